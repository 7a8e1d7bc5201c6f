#include "app/qr_decoder.h"
#include "app/qr_image_provider.h"

#include <QPainter>
#include <QTransform>
#include <QUrl>
#include <QtTest>

using namespace yk::app;

namespace {

// What the ticket screen draws: libqrencode through the app's image provider.
QImage qrImage(const QString& text, int side)
{
    QrImageProvider provider;
    QSize size;
    return provider.requestImage(
        QString::fromLatin1(QUrl::toPercentEncoding(text)), &size, QSize(side, side));
}

const QString kTicket = QStringLiteral(
    "YK1."
    "CiQ3ZDFjMGEyZS0yMjIyLTRiNGItOGM4Yy0wMDAwMDAwMDAwMDESJDdkMWMwYTJlLTMzMzMtNGI0Yi04YzhjLTAwMDAwMDAwMDAwMRok"
    "NWIwZTlk"
    "MmMtMTExMS00YTRhLThiOGItMDAwMDAwMDAwMDAxIg3lsbHnlLAg6Iqx5a2QKgYIgMvL0QYyEDFhMmIzYzRkNWU2Zjc4ODk."
    "q7dZ1x3mJ0n9cQ2yVb6wTzK4uEoLhRfXgS8iNjPaCkH5MtWvYrDsUeA1lB0GcF3pIxZ7Oq2yNm4Ku9eRjTbLhVw");

} // namespace

class TestQrDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void inACameraLikeFrame();
    void blankAndNullImages();
};

void TestQrDecoder::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("side");
    QTest::newRow("ticket 480") << kTicket << 480;
    QTest::newRow("ticket 1000") << kTicket << 1000;
    QTest::newRow("short code 200") << QStringLiteral("K7QX2M9P") << 200;
}

void TestQrDecoder::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, side);
    const QImage image = qrImage(text, side);
    QCOMPARE(image.width(), side);
    const auto decoded = decodeQr(image);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, text);
}

void TestQrDecoder::inACameraLikeFrame()
{
    // A phone held at the door: the code smaller than the frame, off centre, turned a
    // quarter, on a grey background, smoothly scaled (not whole pixels per module).
    const QImage code = qrImage(kTicket, 400)
                            .scaled(523, 523, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                            .transformed(QTransform().rotate(90));
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(150, 150, 150));
    {
        QPainter painter(&frame);
        painter.drawImage(QPoint(610, 90), code);
    }
    const auto decoded = decodeQr(frame);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, kTicket);
    // And in the grey format a camera's luminance plane gives.
    const auto fromGrey = decodeQr(frame.convertToFormat(QImage::Format_Grayscale8));
    QVERIFY(fromGrey.has_value());
    QCOMPARE(*fromGrey, kTicket);
}

void TestQrDecoder::blankAndNullImages()
{
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(!decodeQr(blank).has_value());
    QVERIFY(!decodeQr(QImage()).has_value());
    // Half a code is no code.
    const QImage half = qrImage(kTicket, 480).copy(0, 0, 480, 240);
    QVERIFY(!decodeQr(half).has_value());
}

QTEST_MAIN(TestQrDecoder)
#include "tst_qr_decoder.moc"
