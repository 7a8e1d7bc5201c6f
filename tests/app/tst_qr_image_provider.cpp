#include "app/qr_image_provider.h"

#include <QTest>

using yk::app::QrImageProvider;

class TestQrImageProvider : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesATicketAsModules()
    {
        const QByteArray text = "YK1." + QByteArray(120, 'A') + "." + QByteArray(86, 'B');
        const auto modules = QrImageProvider::encode(text);
        QVERIFY(modules.size() >= 21); // version 1 is 21×21; this needs more
        QCOMPARE(modules.front().size(), modules.size());
        // The three finder patterns: dark top-left, top-right and bottom-left corners.
        const std::size_t n = modules.size();
        QVERIFY(modules[0][0] && modules[0][n - 1] && modules[n - 1][0]);
        QVERIFY(!modules[n - 1][n - 1] || n > 21);
        // A different text gives a different code.
        QVERIFY(QrImageProvider::encode(text + "X") != modules);
    }

    void drawsAtTheRequestedSizeWithAQuietZone()
    {
        QrImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(QStringLiteral("YK1.abc.def"), &size, QSize(300, 300));
        QCOMPARE(size, QSize(300, 300));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                dark += image.pixelColor(x, y) == QColor(Qt::black) ? 1 : 0;
        QVERIFY(dark > 100);
    }
};

QTEST_MAIN(TestQrImageProvider)
#include "tst_qr_image_provider.moc"
