// The yokoten-server executable: help and usage errors, init's files, run + health over
// HTTPS, SIGTERM → exit 0.
#include "test_server.h"

#include <QtTest>

#include <csignal>
#include <filesystem>
#include <fstream>

using yk::test::runServerCommand;
using yk::test::ServerProcess;
using yk::test::TempDir;
namespace fs = std::filesystem;

class TestServerCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("top") << QStringList { "--help" };
        QTest::newRow("init") << QStringList { "init", "--help" };
        QTest::newRow("run") << QStringList { "run", "--help" };
        QTest::newRow("user add") << QStringList { "user", "add", "--help" };
    }
    void helpExitsZero()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const auto& arg : args)
            argv.push_back(arg.toStdString());
        const auto result = runServerCommand(argv);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.empty());
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("unknown command") << QStringList { "serve" };
        QTest::newRow("init without data") << QStringList { "init" };
        QTest::newRow("unknown option") << QStringList { "init", "--data", "x", "--colour" };
        QTest::newRow("cert without key") << QStringList { "init", "--data", "x", "--tls-cert", "a.pem" };
        QTest::newRow("bad listen") << QStringList { "run", "--data", "x", "--listen", "localhost" };
        QTest::newRow("bad threads") << QStringList { "run", "--data", "x", "--threads", "0" };
        QTest::newRow("missing value") << QStringList { "run", "--data" };
    }
    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const auto& arg : args)
            argv.push_back(arg.toStdString());
        const auto result = runServerCommand(argv);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.find("yokoten-server") != std::string::npos);
    }

    void initWritesStoreAndCertificate()
    {
        TempDir temp;
        const fs::path data = temp.path() / "data";
        const auto result = runServerCommand({ "init", "--data", data.string() });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(fs::exists(data / "server.db"));
        QVERIFY(fs::exists(data / "tls" / "server.crt"));
        const auto keyPerms = fs::status(data / "tls" / "server.key").permissions();
        QCOMPARE(keyPerms & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        QVERIFY(result.out.find((data / "tls" / "server.crt").string()) != std::string::npos);

        // A second init refuses and leaves the first untouched.
        const auto size = fs::file_size(data / "tls" / "server.crt");
        const auto again = runServerCommand({ "init", "--data", data.string() });
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(fs::file_size(data / "tls" / "server.crt"), size);
    }

    void initTakesGivenCertificateFiles()
    {
        TempDir temp;
        const fs::path first = temp.path() / "first";
        QCOMPARE(runServerCommand({ "init", "--data", first.string() }).exitCode, 0);
        const fs::path second = temp.path() / "second";
        const auto result = runServerCommand({ "init", "--data", second.string(), "--tls-cert",
            (first / "tls" / "server.crt").string(), "--tls-key", (first / "tls" / "server.key").string() });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(fs::file_size(second / "tls" / "server.crt"), fs::file_size(first / "tls" / "server.crt"));
        QCOMPARE(fs::status(second / "tls" / "server.key").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);

        // A key that does not belong to the certificate is refused before anything is made.
        const fs::path third = temp.path() / "third";
        QCOMPARE(runServerCommand({ "init", "--data", (temp.path() / "other").string() }).exitCode, 0);
        const auto mismatch = runServerCommand(
            { "init", "--data", third.string(), "--tls-cert", (first / "tls" / "server.crt").string(),
                "--tls-key", (temp.path() / "other" / "tls" / "server.key").string() });
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY(!fs::exists(third / "server.db"));
    }

    void runServesHealthAndStopsOnSigterm()
    {
        TempDir temp;
        const fs::path data = temp.path() / "data";
        QCOMPARE(runServerCommand({ "init", "--data", data.string() }).exitCode, 0);
        auto process = ServerProcess::run(data);
        QVERIFY(process);
        yk::test::HttpsClient client(process->port(), data / "tls" / "server.crt");
        const auto health = client.request("GET", "/v1/health");
        QVERIFY2(health.ok(), health.transportError.c_str());
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, std::string(R"({"status":"ok"})"));
        client.close();

        process->signal(SIGTERM);
        QCOMPARE(process->wait(), 0);
    }

    void runRefusesAMissingStore()
    {
        TempDir temp;
        const auto result = runServerCommand(
            { "run", "--data", (temp.path() / "none").string(), "--listen", "127.0.0.1:0" });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.empty());
    }

    // A key file others can read is refused with what to do about it, not "check what you
    // entered".
    void runNamesAWrongKeyFileMode()
    {
        TempDir temp;
        const fs::path data = temp.path() / "data";
        QCOMPARE(runServerCommand({ "init", "--data", data.string() }).exitCode, 0);
        fs::permissions(data / "server.key",
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
        const auto result = runServerCommand({ "run", "--data", data.string(), "--listen", "127.0.0.1:0" });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.find("chmod 600 server.key") != std::string::npos, result.err.c_str());
        QVERIFY2(result.err.find("0644") != std::string::npos, result.err.c_str());
        QVERIFY2(result.err.find("check what you entered") == std::string::npos, result.err.c_str());
    }

    // A byte flipped in a page of the store: the start-up check finds it, the server does not
    // serve, and says how to recover (docs/operations.md).
    void runRefusesADamagedStore()
    {
        TempDir temp;
        const fs::path data = temp.path() / "data";
        QCOMPARE(runServerCommand({ "init", "--data", data.string(), "--demo" }).exitCode, 0);
        const auto size = fs::file_size(data / "server.db");
        QVERIFY(size > 8 * 4096);
        {
            std::fstream file(data / "server.db", std::ios::in | std::ios::out | std::ios::binary);
            const auto offset = static_cast<std::streamoff>((size / 4096 / 2) * 4096 + 1000);
            file.seekg(offset);
            char byte = 0;
            file.read(&byte, 1);
            byte = static_cast<char>(byte ^ 0x5a);
            file.seekp(offset);
            file.write(&byte, 1);
        }
        const auto result = runServerCommand({ "run", "--data", data.string(), "--listen", "127.0.0.1:0" });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.find("integrity check") != std::string::npos, result.err.c_str());
        QVERIFY2(result.err.find("backup") != std::string::npos, result.err.c_str());
        QVERIFY(result.out.find("serving") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
