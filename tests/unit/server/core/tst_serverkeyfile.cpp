// server_key_file: the one reader and writer of server.key, used by the store and the backup.
// A damaged file is refused with a message that says what is wrong, never read as a key.
#include "core/server_key_file.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace yk::server;
using yk::storage::SecretKey;
using yk::storage::StoreErrorCode;
namespace fs = std::filesystem;

namespace {

const std::string kHex = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

bool sameKey(const SecretKey& a, const SecretKey& b)
{
    return std::equal(a.data(), a.data() + SecretKey::Size, b.data());
}

} // namespace

class TestServerKeyFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenKeyReadsBack()
    {
        QTemporaryDir tmp;
        const fs::path path = fs::path(tmp.path().toStdString()) / "server.key";
        const SecretKey key = SecretKey::random();
        QVERIFY(server_key_file::write(path, key).ok());
        QCOMPARE(
            fs::status(path).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        auto read = server_key_file::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().detail.c_str());
        QVERIFY(sameKey(*read, key));
        // Written once: a second write must not replace the key of a store.
        auto again = server_key_file::write(path, SecretKey::random());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, StoreErrorCode::AlreadyExists);
        QVERIFY(sameKey(*server_key_file::read(path), key));
    }

    void parsesEitherCaseOfHex()
    {
        auto key = server_key_file::parse("yokoten-server-key 1\n" + kHex + "\n");
        QVERIFY(key.ok());
        QCOMPARE(int(key->data()[1]), 0x11);
        QCOMPARE(int(key->data()[31]), 0xff);
        QVERIFY(server_key_file::parse("yokoten-server-key 1\n" + kHex).ok()); // no final newline
    }

    void malformedFileIsCorruptWithAReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray hex = QByteArray::fromStdString(kHex);
        QTest::newRow("empty") << QByteArray() << "the first line";
        QTest::newRow("other header") << ("yokoten-server-key 2\n" + hex + "\n") << "the first line";
        QTest::newRow("header only") << QByteArray("yokoten-server-key 1") << "the first line";
        QTest::newRow("windows line ends") << ("yokoten-server-key 1\r\n" + hex + "\r\n") << "the first line";
        QTest::newRow("short key") << ("yokoten-server-key 1\n" + hex.left(62) + "\n") << "64 hex digits";
        QTest::newRow("long key") << ("yokoten-server-key 1\n" + hex + "00\n") << "64 hex digits";
        QTest::newRow("not hex") << ("yokoten-server-key 1\n" + hex.left(63) + "g\n") << "64 hex digits";
        QTest::newRow("text after") << ("yokoten-server-key 1\n" + hex + "\nmore\n") << "more after the key";
    }

    void malformedFileIsCorruptWithAReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        const fs::path path = fs::path(tmp.path().toStdString()) / "server.key";
        writeText(path, text.toStdString());
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
        auto key = server_key_file::read(path);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, StoreErrorCode::Corrupt);
        const QString detail = QString::fromStdString(key.error().detail);
        QVERIFY2(detail.startsWith(QStringLiteral("server.key is not a Yokoten server key file: ")),
            key.error().detail.c_str());
        QVERIFY2(detail.contains(reason), key.error().detail.c_str());
    }

    void missingAndSharedFilesAreRefused()
    {
        QTemporaryDir tmp;
        const fs::path path = fs::path(tmp.path().toStdString()) / "server.key";
        auto missing = server_key_file::read(path);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, StoreErrorCode::NotFound);

        writeText(path, "yokoten-server-key 1\n" + kHex + "\n");
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        auto shared = server_key_file::read(path);
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code, StoreErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(shared.error().detail).contains(QStringLiteral("chmod 600")));
    }
};

QTEST_GUILESS_MAIN(TestServerKeyFile)
#include "tst_serverkeyfile.moc"
