#include "app/qr_image_provider.h"

#include <QTest>

#include <algorithm>

using yk::app::QrImageProvider;

namespace {

// The 7×7 finder pattern with its top-left module at (row, col): a dark ring, a light ring
// and a dark 3×3 centre.
template <typename Modules> bool hasFinderPattern(const Modules& m, int row, int col)
{
    for (int r = 0; r < 7; ++r) {
        for (int c = 0; c < 7; ++c) {
            const int ring = std::min({ r, c, 6 - r, 6 - c });
            const bool dark = ring != 1;
            if (bool(m[row + r][col + c]) != dark)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrImageProvider : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesATicketAsModules()
    {
        const QByteArray text = "YK1." + QByteArray(120, 'A') + "." + QByteArray(86, 'B');
        const auto modules = QrImageProvider::encode(text);
        const int n = static_cast<int>(modules.size());
        // A QR symbol of version v is 17 + 4v modules square; 211 bytes need more than
        // version 1 (21×21, 17 bytes at most).
        QVERIFY(n > 21);
        QCOMPARE((n - 17) % 4, 0);
        for (const auto& row : modules)
            QCOMPARE(static_cast<int>(row.size()), n);
        // Finder patterns at the top-left, top-right and bottom-left corners, none at the
        // bottom-right: that corner is where the decoder knows the orientation from.
        QVERIFY(hasFinderPattern(modules, 0, 0));
        QVERIFY(hasFinderPattern(modules, 0, n - 7));
        QVERIFY(hasFinderPattern(modules, n - 7, 0));
        QVERIFY(!hasFinderPattern(modules, n - 7, n - 7));
        // The timing patterns between the finders alternate dark and light, starting dark.
        for (int i = 8; i < n - 8; ++i) {
            QCOMPARE(bool(modules[6][i]), i % 2 == 0);
            QCOMPARE(bool(modules[i][6]), i % 2 == 0);
        }
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
