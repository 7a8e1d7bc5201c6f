// The `yokoten-server user …` and `device …` commands and the demo seed: exit codes, --json
// output, what they store, and that what they make can sign in.
#include "auth_fixture.h"

#include "auth/demo_seed.h"
#include "core/placement.h"
#include "json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sstream>

using namespace yk::server;
using namespace yokoten::v1;
using yk::test::AuthFixture;

namespace {

QJsonObject parseJson(const std::string& text)
{
    QJsonParseError error {};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not one JSON object: %s", text.c_str());
    return doc.object();
}

std::optional<User> userRecord(ServerStore& store, const std::string& id)
{
    auto snapshot = store.read();
    auto found = (*snapshot)->find(RECORD_KIND_USER, id);
    if (!found || !*found)
        return std::nullopt;
    return (*found)->user();
}

EnrolResponse enrol(Authenticator& auth, const std::string& code)
{
    EnrolRequest request;
    request.set_code(code);
    auto response = auth.enrol(request);
    if (!response)
        qFatal("enrol refused: %s", response.error().code.c_str());
    return *response;
}

ApiResult<SessionTokens> signIn(
    Authenticator& auth, const EnrolResponse& device, const std::string& login, const std::string& password)
{
    SignInRequest request;
    request.set_device_id(device.device_id());
    request.set_device_secret(device.device_secret());
    request.set_login(login);
    request.set_password(password);
    return auth.signIn(request);
}

} // namespace

class TestAdminCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- usage -----------------------------------------------------------------------------

    void helpIsAnsweredWithoutAStore_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("top") << QStringList { "--help" };
        QTest::newRow("user") << QStringList { "user", "--help" };
        QTest::newRow("user add") << QStringList { "user", "add", "--help" };
        QTest::newRow("user disable") << QStringList { "user", "disable", "--help" };
        QTest::newRow("device code") << QStringList { "device", "code", "--org", "x", "--help" };
        QTest::newRow("device list") << QStringList { "device", "list", "--help" };
        QTest::newRow("device revoke") << QStringList { "device", "revoke", "--help" };
    }

    void helpIsAnsweredWithoutAStore()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const auto& a : args)
            argv.push_back(a.toStdString());
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(answerAdminCommandWithoutStore(argv, out, err), std::optional<int>(0));
        QVERIFY(
            out.str().find("Usage") != std::string::npos || out.str().find("commands") != std::string::npos);
        QVERIFY(err.str().empty());
    }

    void validCommandsNeedTheStore()
    {
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(answerAdminCommandWithoutStore(
                     { "device", "code", "--data", "/somewhere", "--org", "x", "--kind", "kiosk" }, out, err),
            std::nullopt);
        QVERIFY(out.str().empty());
        QVERIFY(err.str().empty());
        QVERIFY(isAdminCommand({ "user", "add" }));
        QVERIFY(!isAdminCommand({ "run" }));
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << "which command";
        QTest::newRow("unknown command") << QStringList { "frobnicate" } << "unknown command";
        QTest::newRow("no sub-command") << QStringList { "device" } << "needs a sub-command";
        QTest::newRow("unknown sub-command") << QStringList { "user", "delete" } << "unknown command";
        QTest::newRow("missing --org")
            << QStringList { "user", "add", "--role", "attendee", "--login", "abc" } << "missing --org";
        QTest::newRow("missing value") << QStringList { "user", "add", "--org" } << "--org needs a value";
        QTest::newRow("bad role") << QStringList { "user", "add", "--org", "o", "--role", "boss", "--login",
            "abc" } << "unknown role";
        QTest::newRow("bad login") << QStringList { "user", "add", "--org", "o", "--role", "attendee",
            "--login", "a b" } << "login";
        QTest::newRow("bad kind") << QStringList { "device", "code", "--org", "o", "--kind", "toaster" }
                                  << "unknown device kind";
        QTest::newRow("bad ttl") << QStringList { "device", "code", "--org", "o", "--kind", "kiosk",
            "--ttl-hours", "0" } << "--ttl-hours";
        QTest::newRow("unknown option") << QStringList { "device", "list", "--colour" } << "unknown option";
        QTest::newRow("missing device id") << QStringList { "device", "revoke" } << "missing DEVICE_ID";
        QTest::newRow("extra argument") << QStringList { "device", "list", "extra" } << "unexpected argument";
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        AuthFixture f;
        const auto before = f.dumpAuthTables();
        std::vector<std::string> argv;
        for (const auto& a : args)
            argv.push_back(a.toStdString());
        QCOMPARE(f.admin(argv), 2);
        QVERIFY2(f.err.find(message.toStdString()) != std::string::npos, f.err.c_str());
        QVERIFY(f.out.empty());
        QCOMPARE(f.dumpAuthTables(), before);
    }

    // ---- users -----------------------------------------------------------------------------

    void userAddStoresASyncedUserAndAHashedPassword()
    {
        AuthFixture f;
        QCOMPARE(f.admin({ "user", "add", "--data", "/ignored", "--org", AuthFixture::kFacilityId, "--role",
                             "facility-staff", "--login", "sato", "--name", "佐藤 \"花子\"", "--json" },
                     "long enough password\r\n"),
            0);
        const auto json = parseJson(f.out);
        QCOMPARE(json.value("login").toString(), QStringLiteral("sato"));
        QCOMPARE(json.value("role").toString(), QStringLiteral("facility-staff"));
        QCOMPARE(json.value("display_name").toString(), QStringLiteral("佐藤 \"花子\""));
        const auto userId = json.value("user_id").toString().toStdString();

        const auto user = userRecord(f.store(), userId);
        QVERIFY(user.has_value());
        QCOMPARE(user->organisation_id(), std::string(AuthFixture::kFacilityId));
        QCOMPARE(user->roles_size(), 1);
        QCOMPARE(user->roles(0), static_cast<int>(ROLE_FACILITY_STAFF));
        QVERIFY(user->server_version() > 0); // filed through placement: it syncs
        QCOMPARE(f.queryInt("SELECT count(*) FROM audience WHERE id = '" + userId + "'"), std::int64_t { 2 });
        QCOMPARE(f.queryInt("SELECT count(*) FROM credentials WHERE login = 'sato' AND password_hash LIKE "
                            "'scrypt$%' AND instr(password_hash, 'long enough') = 0"),
            std::int64_t { 1 });

        // The password read from standard input (without its line end) signs in.
        auto auth = f.openAuthenticator();
        const auto device = enrol(*auth, f.newCode(AuthFixture::kFacilityId, "tablet"));
        QVERIFY(signIn(*auth, device, "sato", "long enough password"));
    }

    void userAddFailures_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("short password") << AuthFixture::kFacilityId << "suzuki"
                                        << "123456789"
                                        << "password_too_short";
        QTest::newRow("short Japanese") << AuthFixture::kFacilityId << "suzuki"
                                        << "あいうえおかきくけ"
                                        << "password_too_short";
        QTest::newRow("no password") << AuthFixture::kFacilityId << "suzuki"
                                     << ""
                                     << "password_missing";
        QTest::newRow("unknown org") << "00000000-0000-4000-8000-00000000dead"
                                     << "suzuki"
                                     << "long enough password\n"
                                     << "unknown_organisation";
        QTest::newRow("login taken") << AuthFixture::kFacilityId << "sato"
                                     << "long enough password\n"
                                     << "login_taken";
    }

    void userAddFailures()
    {
        QFETCH(QString, org);
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, code);
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        const auto before = f.dumpAuthTables();
        QCOMPARE(f.admin({ "user", "add", "--org", org.toStdString(), "--role", "attendee", "--login",
                             login.toStdString(), "--json" },
                     password.toStdString()),
            1);
        QCOMPARE(parseJson(f.err).value("error").toString(), code);
        QVERIFY(f.out.empty());
        QCOMPARE(f.dumpAuthTables(), before);
        // Without --json the failure is one line of text.
        QCOMPARE(f.admin({ "user", "add", "--org", org.toStdString(), "--role", "attendee", "--login",
                             login.toStdString() },
                     password.toStdString()),
            1);
        QVERIFY(f.err.rfind("yokoten-server: ", 0) == 0);
    }

    void userDisableMarksTheRecordAndEndsSessions()
    {
        AuthFixture f;
        const auto userId = f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        const auto device = enrol(*auth, f.newCode(AuthFixture::kFacilityId, "tablet"));
        QVERIFY(signIn(*auth, device, "sato", AuthFixture::kPassword));
        const auto versionBefore = userRecord(f.store(), userId)->server_version();
        QCOMPARE(f.queryInt("SELECT count(*) FROM refresh_tokens"), std::int64_t { 1 });

        QCOMPARE(f.admin({ "user", "disable", "--login", "sato", "--json" }), 0);
        const auto json = parseJson(f.out);
        QCOMPARE(json.value("disabled").toBool(), true);
        QCOMPARE(json.value("user_id").toString().toStdString(), userId);
        const auto user = userRecord(f.store(), userId);
        QVERIFY(user->disabled());
        QVERIFY(user->server_version() > versionBefore);
        QCOMPARE(f.queryInt("SELECT count(*) FROM refresh_tokens"), std::int64_t { 0 });

        QCOMPARE(f.admin({ "user", "disable", "--login", "nobody" }), 1);
        QVERIFY(f.err.find("no user") != std::string::npos);
    }

    // ---- devices ---------------------------------------------------------------------------

    void deviceCodeEnrolsOneDeviceOfThatKind()
    {
        AuthFixture f;
        QCOMPARE(
            f.admin({ "device", "code", "--org", AuthFixture::kCentreId, "--kind", "kiosk", "--json" }), 0);
        const auto json = parseJson(f.out);
        const auto code = json.value("code").toString();
        QVERIFY2(QRegularExpression("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$").match(code).hasMatch(),
            qPrintable(code));
        QCOMPARE(json.value("kind").toString(), QStringLiteral("kiosk"));
        // 72 hours after 2025-04-01T09:00:00Z.
        QCOMPARE(json.value("expires_at").toString(), QStringLiteral("2025-04-04T09:00:00Z"));
        QCOMPARE(f.queryInt("SELECT count(*) FROM enrolment_codes"), std::int64_t { 1 });

        auto auth = f.openAuthenticator();
        const auto device = enrol(*auth, code.toLower().toStdString());
        QCOMPARE(device.kind(), DEVICE_KIND_KIOSK);
        QCOMPARE(device.organisation_id(), std::string(AuthFixture::kCentreId));

        // Text form with a chosen lifetime.
        QCOMPARE(f.admin({ "device", "code", "--org", AuthFixture::kFacilityId, "--kind", "tablet",
                     "--ttl-hours", "2" }),
            0);
        QVERIFY(f.out.find("Enrolment code: ") != std::string::npos);
        QVERIFY(f.out.find("2025-04-01T11:00:00Z") != std::string::npos);

        QCOMPARE(f.admin({ "device", "code", "--org", "00000000-0000-4000-8000-00000000dead", "--kind",
                     "tablet" }),
            1);
        QVERIFY(f.err.find("no organisation") != std::string::npos);
    }

    void deviceListAndRevoke()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        const auto tablet = enrol(*auth, f.newCode(AuthFixture::kFacilityId, "tablet"));
        const auto kiosk = enrol(*auth, f.newCode(AuthFixture::kCentreId, "kiosk"));
        SignInRequest kioskSignIn;
        kioskSignIn.set_device_id(kiosk.device_id());
        kioskSignIn.set_device_secret(kiosk.device_secret());
        QVERIFY(auth->signIn(kioskSignIn));

        QCOMPARE(f.admin({ "device", "list", "--json" }), 0);
        auto json = parseJson(f.out);
        QCOMPARE(json.value("count").toInt(), 2);
        const auto devices = json.value("devices").toArray();
        QCOMPARE(devices.size(), 2);
        QSet<QString> ids;
        for (const auto& device : devices) {
            ids.insert(device.toObject().value("device_id").toString());
            QVERIFY(device.toObject().value("revoked_at").isNull());
        }
        QVERIFY(ids.contains(QString::fromStdString(tablet.device_id())));
        QVERIFY(ids.contains(QString::fromStdString(kiosk.device_id())));

        QCOMPARE(f.admin({ "device", "list", "--org", AuthFixture::kCentreId, "--json" }), 0);
        QCOMPARE(parseJson(f.out).value("count").toInt(), 1);
        QCOMPARE(f.admin({ "device", "list", "--org", "00000000-0000-4000-8000-00000000dead" }), 1);

        QCOMPARE(f.admin({ "device", "revoke", kiosk.device_id(), "--json" }), 0);
        QCOMPARE(parseJson(f.out).value("revoked_at").toString(), QStringLiteral("2025-04-01T09:00:00Z"));
        QCOMPARE(
            f.queryInt("SELECT count(*) FROM refresh_tokens WHERE device_id = '" + kiosk.device_id() + "'"),
            std::int64_t { 0 });
        QCOMPARE(f.queryInt("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"), std::int64_t { 1 });

        QCOMPARE(f.admin({ "device", "list" }), 0);
        QVERIFY(f.out.find(kiosk.device_id()) != std::string::npos);
        QVERIFY(f.out.find("revoked") != std::string::npos);

        QCOMPARE(f.admin({ "device", "revoke", "00000000-0000-4000-8000-00000000dead" }), 1);
        QVERIFY(f.err.find("no device") != std::string::npos);
    }

    void jsonStringsParseBack()
    {
        const std::string tricky
            = std::string("quote \" backslash \\ newline \n tab \t bell \x07 日本語 ") + '\x01';
        const auto text = "{\"v\":" + yk::proto::jsonQuoted(tricky) + "}";
        QCOMPARE(parseJson(text).value("v").toString().toStdString(), tricky);
    }

    // ---- demo seed -------------------------------------------------------------------------

    void seedDemoMakesAccountsThatSignIn()
    {
        AuthFixture f(false);
        std::ostringstream out;
        const auto status = seedDemo(f.store(), out, PasswordCost::forTests());
        QVERIFY2(status, status ? "" : status.error().detail.c_str());
        const std::string printed = out.str();

        // Read the accounts back from the printed table: login, role, password, organisation.
        std::map<std::string, std::string> passwords;
        std::istringstream lines(printed);
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind("demo-", 0) != 0)
                continue;
            std::istringstream fields(line);
            std::string login;
            std::string role;
            std::string password;
            fields >> login >> role >> password;
            QVERIFY(QRegularExpression("^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$")
                        .match(QString::fromStdString(password))
                        .hasMatch());
            passwords[login] = password;
        }
        for (const char* login : { "demo-facility", "demo-manager", "demo-city", "demo-pref", "demo-centre" })
            QVERIFY2(passwords.contains(login), login);
        QVERIFY(printed.find("tablet") != std::string::npos);
        QVERIFY(printed.find("kiosk") != std::string::npos);
        QVERIFY(printed.find("phone") != std::string::npos);
        QVERIFY(printed.find("centre") != std::string::npos);
        QCOMPARE(f.queryInt("SELECT count(*) FROM enrolment_codes"), std::int64_t { 4 });
        QVERIFY(
            f.queryInt("SELECT count(*) FROM records WHERE kind = " + std::to_string(RECORD_KIND_CASE)) > 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM records WHERE kind = " + std::to_string(RECORD_KIND_USER)),
            static_cast<std::int64_t>(passwords.size()));

        // Every account signs in on a device of its organisation.
        auto auth = f.openAuthenticator();
        std::map<std::string, EnrolResponse> deviceOfOrg;
        for (const auto& [login, password] : passwords) {
            std::string orgId;
            {
                auto snapshot = f.store().read();
                auto stmt = (*snapshot)->db().prepare("SELECT user_id FROM credentials WHERE login = ?");
                (*stmt)->bind(1, login);
                QVERIFY((*stmt)->step() == yk::server::SqlStatement::Step::Row);
                const auto userId = (*stmt)->columnText(0);
                (*stmt)->reset();
                orgId = (*(*snapshot)->find(RECORD_KIND_USER, userId))->user().organisation_id();
            }
            if (!deviceOfOrg.contains(orgId))
                deviceOfOrg.emplace(orgId, enrol(*auth, f.newCode(orgId, "tablet")));
            const auto tokens = signIn(*auth, deviceOfOrg.at(orgId), login, password);
            QVERIFY2(tokens, login.c_str());
            QVERIFY(auth->authenticate(tokens->access_token()));
            QVERIFY(!signIn(*auth, deviceOfOrg.at(orgId), login, password + "x"));
        }

        // A second seed is refused and prints nothing.
        std::ostringstream again;
        const auto second = seedDemo(f.store(), again, PasswordCost::forTests());
        QVERIFY(!second);
        QCOMPARE(second.error().code, yk::storage::StoreErrorCode::AlreadyExists);
        QVERIFY(again.str().empty());
    }

    void demoCodesEnrolTheRightDevices()
    {
        AuthFixture f(false);
        auto seed = importDemo(f.store(), PasswordCost::forTests(), f.now());
        QVERIFY(seed);
        QCOMPARE(seed->codes.size(), std::size_t { 4 });
        QCOMPARE(seed->accounts.size(), std::size_t { 5 });
        auto auth = f.openAuthenticator();
        std::string facilityOrg;
        std::string centreOrg;
        for (const auto& account : seed->accounts) {
            if (account.login == "demo-facility")
                facilityOrg = account.organisationId;
            if (account.login == "demo-centre")
                centreOrg = account.organisationId;
        }
        // The facility's tablet, the kiosk, the phone, and the centre's own tablet (`./yk demo
        // centre`), on which every centre account signs in.
        for (const auto& code : seed->codes) {
            const auto device = enrol(*auth, code.code);
            QCOMPARE(device.kind(), code.kind);
            const bool facilityTablet = code.label == "tablet";
            QCOMPARE(device.organisation_id(), facilityTablet ? facilityOrg : centreOrg);
            if (code.kind == DEVICE_KIND_TABLET) {
                const std::string& org = facilityTablet ? facilityOrg : centreOrg;
                for (const auto& account : seed->accounts) {
                    if (account.organisationId == org)
                        QVERIFY(signIn(*auth, device, account.login, account.password));
                }
            }
        }
        QCOMPARE(seed->codes.back().label, std::string("centre"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
