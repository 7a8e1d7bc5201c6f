// The HTTP layer in front of the real SyncService: enrol with a demo code, sign in, pull,
// push, and the errors a device meets, all over HTTPS on loopback.
#include "test_server.h"

#include "auth/demo_seed.h"
#include "service/sync_service.h"

#include <QtTest>

using yk::test::TestServer;
namespace v1 = yokoten::v1;

class TestSyncOverHttps : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    yk::server::DemoSeed m_seed;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::startWithSyncService();
        QVERIFY(m_server);
        auto seed
            = yk::server::importDemo(m_server->syncService()->store(), yk::server::PasswordCost::forTests());
        QVERIFY2(seed.ok(), seed.ok() ? "" : seed.error().detail.c_str());
        m_seed = seed.value();
        QVERIFY(!m_seed.accounts.empty());
        QVERIFY(!m_seed.codes.empty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void healthAndServerInfo()
    {
        auto client = m_server->client();
        QCOMPARE(client.request("GET", "/v1/health").status, 200);
        const auto info = client.get<v1::ServerInfo>("/v1/server-info");
        QCOMPARE(info.status, 200);
        QVERIFY(info.reply.has_value());
        QCOMPARE(info.reply->protocol_version(), 1);
        QVERIFY(!info.reply->server_id().empty());
    }

    void enrolSignInPullPush()
    {
        auto client = m_server->client();
        const auto tabletCode = std::find_if(m_seed.codes.begin(), m_seed.codes.end(),
            [](const auto& code) { return code.kind == v1::DEVICE_KIND_TABLET; });
        QVERIFY(tabletCode != m_seed.codes.end());

        v1::EnrolRequest enrol;
        enrol.set_code(tabletCode->code);
        enrol.set_device_name("test tablet");
        enrol.set_platform("linux");
        const auto enrolled = client.post<v1::EnrolResponse>("/v1/devices/enrol", enrol);
        QVERIFY2(enrolled.reply.has_value(), enrolled.error.message_en().c_str());

        // The code is single use.
        const auto replay = client.post<v1::EnrolResponse>("/v1/devices/enrol", enrol);
        QVERIFY(replay.status >= 400 && replay.status < 500);
        QVERIFY(!replay.error.code().empty());

        const auto account = std::find_if(m_seed.accounts.begin(), m_seed.accounts.end(),
            [&](const auto& a) { return a.organisationId == tabletCode->organisationId; });
        QVERIFY(account != m_seed.accounts.end());
        v1::SignInRequest signIn;
        signIn.set_device_id(enrolled.reply->device_id());
        signIn.set_device_secret(enrolled.reply->device_secret());
        signIn.set_login(account->login);
        signIn.set_password(account->password);
        const auto tokens = client.post<v1::SessionTokens>("/v1/auth/sign-in", signIn);
        QVERIFY2(tokens.reply.has_value(), tokens.error.message_en().c_str());
        const std::string token = tokens.reply->access_token();

        v1::PullRequest pull;
        const auto pulled = client.post<v1::PullResponse>("/v1/pull", pull, token);
        QVERIFY2(pulled.reply.has_value(), pulled.error.message_en().c_str());
        QVERIFY(pulled.reply->records_size() > 0);

        v1::PushRequest push; // an empty batch is a valid no-op
        const auto pushed = client.post<v1::PushResponse>("/v1/push", push, token);
        QVERIFY2(pushed.reply.has_value(), pushed.error.message_en().c_str());
        QCOMPARE(pushed.reply->results_size(), 0);

        const auto forged = client.post<v1::PullResponse>("/v1/pull", pull, token + "x");
        QCOMPARE(forged.status, 401);
        QVERIFY(!forged.error.code().empty());
    }

    void wrongPasswordIsRefusedClearly()
    {
        auto client = m_server->client();
        v1::SignInRequest signIn;
        signIn.set_device_id("no-such-device");
        signIn.set_login("nobody");
        signIn.set_password("wrong password");
        const auto reply = client.post<v1::SessionTokens>("/v1/auth/sign-in", signIn);
        QVERIFY(reply.status == 401 || reply.status == 403);
        QVERIFY(!reply.error.message_ja().empty());
        QVERIFY(!reply.error.message_en().empty());
    }
};

QTEST_GUILESS_MAIN(TestSyncOverHttps)
#include "tst_sync_over_https.moc"
