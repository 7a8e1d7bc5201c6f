// The backup and restore of the embedded server store exactly as docs/operations.md tells an
// operator: `yokoten-server backup` while the real server runs and writes, the key and the
// certificate kept apart, the data folder lost, a restore into a fresh folder, the server
// started on it, and the same device, user and records come back over HTTPS.
#include "device_session.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "core/server_store.h"

#include <QtTest>

#include <algorithm>
#include <csignal>
#include <filesystem>

using yk::test::HttpsClient;
using yk::test::runServerCommand;
using yk::test::ServerProcess;
using yk::test::TempDir;
namespace fs = std::filesystem;
namespace v1 = yokoten::v1;

namespace {

struct Device {
    std::string id;
    std::string secret;
};

/// Every record a signed-in device pulls from scratch, page by page, serialised.
std::vector<std::string> pullEverything(HttpsClient& client, const std::string& token, std::string& error)
{
    std::vector<std::string> records;
    v1::PullRequest pull;
    for (int page = 0; page < 1000; ++page) {
        const auto pulled = client.post<v1::PullResponse>("/v1/pull", pull, token);
        if (!pulled.reply) {
            error = "pull: " + std::to_string(pulled.status) + " " + pulled.error.code()
                + pulled.transportError;
            return {};
        }
        for (const auto& record : pulled.reply->records())
            records.push_back(record.SerializeAsString());
        if (!pulled.reply->has_more())
            return records;
        pull.set_cursor(pulled.reply->cursor());
    }
    error = "pull never ended";
    return {};
}

} // namespace

class TestBackupRestore : public QObject {
    Q_OBJECT

    static Device enrol(HttpsClient& client, const std::string& code)
    {
        v1::EnrolRequest request;
        request.set_code(code);
        request.set_device_name("backup test tablet");
        request.set_platform("linux");
        const auto enrolled = client.post<v1::EnrolResponse>("/v1/devices/enrol", request);
        if (!enrolled.reply)
            return {};
        return { enrolled.reply->device_id(), enrolled.reply->device_secret() };
    }

    static yk::test::ProtobufReply<v1::SessionTokens> signIn(
        HttpsClient& client, const Device& device, const yk::server::DemoAccount& account)
    {
        v1::SignInRequest request;
        request.set_device_id(device.id);
        request.set_device_secret(device.secret);
        request.set_login(account.login);
        request.set_password(account.password);
        return client.post<v1::SessionTokens>("/v1/auth/sign-in", request);
    }

private Q_SLOTS:
    void onlineBackupRestoresIntoAFreshFolder()
    {
        TempDir temp;
        const fs::path data = temp.path() / "data";
        QCOMPARE(runServerCommand({ "init", "--data", data.string() }).exitCode, 0);

        // Demo data and two enrolment codes for the demo facility, before the server runs
        // (the embedded store serves one process).
        yk::server::DemoSeed seed;
        std::string firstCode;
        std::string laterCode;
        {
            auto store = yk::server::ServerStore::open(data);
            QVERIFY(store);
            auto imported = yk::server::importDemo(**store, yk::server::PasswordCost::forTests());
            QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().detail.c_str());
            seed = imported.value();
            const auto tablet = std::find_if(seed.codes.begin(), seed.codes.end(),
                [](const auto& code) { return code.kind == v1::DEVICE_KIND_TABLET; });
            QVERIFY(tablet != seed.codes.end());
            firstCode = tablet->code;
            laterCode = yk::test::makeEnrolmentCode(**store, tablet->organisationId, v1::DEVICE_KIND_TABLET);
            QVERIFY(!laterCode.empty());
        }
        const auto tablet = std::find_if(seed.codes.begin(), seed.codes.end(),
            [](const auto& code) { return code.kind == v1::DEVICE_KIND_TABLET; });
        const auto account = std::find_if(seed.accounts.begin(), seed.accounts.end(),
            [&](const auto& a) { return a.organisationId == tablet->organisationId; });
        QVERIFY(account != seed.accounts.end());

        // The server runs; a device enrols (a write the backup must hold, still in the WAL)
        // and pulls what its user may see.
        auto original = ServerProcess::run(data);
        QVERIFY(original);
        HttpsClient client(original->port(), data / "tls" / "server.crt");
        const Device device = enrol(client, firstCode);
        QVERIFY(!device.id.empty());
        const auto tokens = signIn(client, device, *account);
        QVERIFY2(tokens.reply.has_value(), tokens.error.message_en().c_str());
        std::string error;
        const auto before = pullEverything(client, tokens.reply->access_token(), error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(!before.empty());

        // The documented procedure: server.key and tls/ once, apart; server.db by `backup`
        // while the server keeps serving.
        const fs::path keySafe = temp.path() / "key-safe";
        fs::create_directories(keySafe);
        fs::copy_file(data / "server.key", keySafe / "server.key");
        fs::copy(data / "tls", keySafe / "tls");
        const fs::path backupDir = temp.path() / "backups";
        fs::create_directories(backupDir);
        const fs::path backup = backupDir / "server.db";
        const auto backedUp
            = runServerCommand({ "backup", "--data", data.string(), "--to", backup.string() });
        QVERIFY2(backedUp.exitCode == 0, backedUp.err.c_str());
        QCOMPARE(fs::status(backup).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
        QVERIFY(!fs::exists(backup.string() + ".partial"));
        // An existing backup is never overwritten.
        const auto again = runServerCommand({ "backup", "--data", data.string(), "--to", backup.string() });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.find("already exists") != std::string::npos);

        // After the backup the server still serves: a second device enrols. The backup is the
        // point in time before it.
        QCOMPARE(client.request("GET", "/v1/health").status, 200);
        const Device later = enrol(client, laterCode);
        QVERIFY(!later.id.empty());
        QVERIFY(signIn(client, later, *account).reply.has_value());
        client.close();
        original->signal(SIGTERM);
        QCOMPARE(original->wait(), 0);

        // The data folder is lost. Restore: a fresh folder, the backup as server.db, the key
        // and the certificate from where they were kept.
        fs::remove_all(data);
        const fs::path restored = temp.path() / "restored";
        fs::create_directory(restored);
        fs::permissions(restored, fs::perms::owner_all, fs::perm_options::replace);
        fs::copy_file(backup, restored / "server.db");
        fs::copy_file(keySafe / "server.key", restored / "server.key");
        fs::permissions(restored / "server.key", fs::perms::owner_read | fs::perms::owner_write,
            fs::perm_options::replace);
        fs::copy(keySafe / "tls", restored / "tls");

        auto restoredServer = ServerProcess::run(restored);
        QVERIFY(restoredServer);
        HttpsClient restoredClient(restoredServer->port(), restored / "tls" / "server.crt");
        QCOMPARE(restoredClient.request("GET", "/v1/health").status, 200);
        // The device enrolled before the backup and its user sign in again …
        const auto restoredTokens = signIn(restoredClient, device, *account);
        QVERIFY2(restoredTokens.reply.has_value(), restoredTokens.error.message_en().c_str());
        // … and pull exactly the records they pulled before.
        const auto after = pullEverything(restoredClient, restoredTokens.reply->access_token(), error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(after.size(), before.size());
        QVERIFY(after == before);
        // The device enrolled after the backup is not known to the restored store.
        const auto laterSignIn = signIn(restoredClient, later, *account);
        QVERIFY(!laterSignIn.reply.has_value());
        QVERIFY(laterSignIn.status >= 400 && laterSignIn.status < 500);
        restoredClient.close();
        restoredServer->signal(SIGTERM);
        QCOMPARE(restoredServer->wait(), 0);
    }

    void backupRefusesWhatIsNotAStore()
    {
        TempDir temp;
        const auto noStore = runServerCommand(
            { "backup", "--data", (temp.path() / "none").string(), "--to", (temp.path() / "b.db").string() });
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY(!fs::exists(temp.path() / "b.db"));
        QVERIFY(!fs::exists(temp.path() / "b.db.partial"));

        const auto usage = runServerCommand({ "backup", "--data", temp.path().string() });
        QCOMPARE(usage.exitCode, 2);
    }

    void backupWithAWrongKeyFails()
    {
        TempDir temp;
        const fs::path first = temp.path() / "first";
        const fs::path second = temp.path() / "second";
        QCOMPARE(runServerCommand({ "init", "--data", first.string() }).exitCode, 0);
        QCOMPARE(runServerCommand({ "init", "--data", second.string() }).exitCode, 0);
        // first's database with second's key: the backup must say so and write nothing.
        fs::copy_file(second / "server.key", first / "server.key", fs::copy_options::overwrite_existing);
        const auto result = runServerCommand(
            { "backup", "--data", first.string(), "--to", (temp.path() / "b.db").string() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.empty());
        QVERIFY(!fs::exists(temp.path() / "b.db"));
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
