#include "app/qr_image_provider.h"
#include "app/qr_scanner.h"

#include <QSignalSpy>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtTest>

using namespace yk::app;

namespace {

QImage qrImage(const QString& text)
{
    QrImageProvider provider;
    QSize size;
    return provider.requestImage(QString::fromLatin1(QUrl::toPercentEncoding(text)), &size, QSize(360, 360));
}

// Offers the picture as soon as the scanner takes one (the previous decode has finished).
bool offerWhenFree(QrScanner& scanner, const QImage& image)
{
    return QTest::qWaitFor([&] { return scanner.offerImage(image); }, 5000);
}

} // namespace

class TestQrScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesOncePerCode();
    void throttlesFrames();
    void inactiveIgnoresFrames();
    void takesAVideoSink();
};

void TestQrScanner::decodesOncePerCode()
{
    QrScanner scanner;
    scanner.setFrameInterval(0);
    scanner.setCoolDown(300);
    QSignalSpy decoded(&scanner, &QrScanner::decoded);
    const QImage first = qrImage(QStringLiteral("YK1.first.code"));
    const QImage second = qrImage(QStringLiteral("YK1.second.code"));

    QVERIFY(scanner.offerImage(first));
    QTRY_COMPARE(decoded.count(), 1);
    QCOMPARE(decoded.at(0).at(0).toString(), QStringLiteral("YK1.first.code"));
    // Held in front of the camera: seen again and again, reported once.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(offerWhenFree(scanner, first));
        QTest::qWait(30);
    }
    QVERIFY(offerWhenFree(scanner, second)); // a different code at once
    QTRY_COMPARE(decoded.count(), 2);
    QCOMPARE(decoded.at(1).at(0).toString(), QStringLiteral("YK1.second.code"));
    QTest::qWait(100);
    QCOMPARE(decoded.count(), 2);
    // After the cool-down the first code counts again (a second attendee with a shared
    // screenshot, or the same one trying again: the door decides).
    QTest::qWait(400);
    QVERIFY(offerWhenFree(scanner, first));
    QTRY_COMPARE(decoded.count(), 3);
    // A blank frame reports nothing.
    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(offerWhenFree(scanner, blank));
    QTest::qWait(200);
    QCOMPARE(decoded.count(), 3);
}

void TestQrScanner::throttlesFrames()
{
    QrScanner scanner;
    QCOMPARE(scanner.frameInterval(), 250);
    QCOMPARE(scanner.coolDown(), 2000);
    const QImage image = qrImage(QStringLiteral("YK1.throttle"));
    QVERIFY(scanner.offerImage(image));
    QVERIFY(!scanner.offerImage(image)); // at most ~4 frames a second, one decode at a time
    QSignalSpy decoded(&scanner, &QrScanner::decoded);
    QTRY_COMPARE(decoded.count(), 1);
    QTest::qWait(300);
    QVERIFY(scanner.offerImage(image)); // the interval is over and the decoder is free
}

void TestQrScanner::inactiveIgnoresFrames()
{
    QrScanner scanner;
    scanner.setFrameInterval(0);
    scanner.setActive(false);
    QVERIFY(!scanner.offerImage(qrImage(QStringLiteral("YK1.asleep"))));
}

void TestQrScanner::takesAVideoSink()
{
    // No camera here: a frame put into the sink by hand goes the same way a camera's would.
    QrScanner scanner;
    scanner.setFrameInterval(0);
    QVideoSink sink;
    scanner.setVideoSink(&sink);
    QCOMPARE(scanner.videoSink(), &sink);
    QSignalSpy decoded(&scanner, &QrScanner::decoded);
    const QImage image = qrImage(QStringLiteral("YK1.from.a.sink")).convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < image.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
            static_cast<size_t>(image.width()) * 4);
    frame.unmap();
    sink.setVideoFrame(frame);
    QTRY_COMPARE(decoded.count(), 1);
    QCOMPARE(decoded.at(0).at(0).toString(), QStringLiteral("YK1.from.a.sink"));
    scanner.setVideoSink(nullptr);
    QCOMPARE(scanner.videoSink(), nullptr);
}

QTEST_MAIN(TestQrScanner)
#include "tst_qr_scanner.moc"
