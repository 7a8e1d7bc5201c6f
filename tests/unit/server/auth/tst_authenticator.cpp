// Enrolment, sign-in, access tokens and refresh tokens against a real server store: every
// refusal has its stable code, and a refused enrolment changes nothing in storage.
#include "auth_fixture.h"

#include "auth/auth_crypto.h"
#include "auth/enrolment_code.h"

#include <QtTest>

using namespace yk::server;
using namespace yokoten::v1;
using yk::test::AuthFixture;

namespace {

constexpr const char* kCode = "ABCDEFGHJKMN";

EnrolResponse enrolWith(Authenticator& auth, const std::string& code)
{
    EnrolRequest request;
    request.set_code(code);
    request.set_device_name("受付タブレット");
    request.set_platform("linux");
    auto response = auth.enrol(request);
    if (!response)
        qFatal("enrol refused: %s", response.error().code.c_str());
    return *response;
}

SignInRequest signInRequest(const EnrolResponse& device, const std::string& login = {},
    const std::string& password = AuthFixture::kPassword)
{
    SignInRequest request;
    request.set_device_id(device.device_id());
    request.set_device_secret(device.device_secret());
    request.set_login(login);
    if (!login.empty())
        request.set_password(password);
    return request;
}

RefreshRequest refreshRequest(const EnrolResponse& device, const std::string& token)
{
    RefreshRequest request;
    request.set_device_id(device.device_id());
    request.set_device_secret(device.device_secret());
    request.set_refresh_token(token);
    return request;
}

template <typename T> QString codeOf(const ApiResult<T>& result)
{
    return result ? QStringLiteral("(ok)") : QString::fromStdString(result.error().code);
}

} // namespace

class TestAuthenticator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- enrolment -------------------------------------------------------------------------

    void enrolTradesACodeForDeviceCredentials()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));

        // Typed the way people type: lower case, spaces, dashes.
        const auto device = enrolWith(*auth, "abcd efgh-jkmn");
        QCOMPARE(device.kind(), DEVICE_KIND_TABLET);
        QCOMPARE(device.organisation_id(), std::string(AuthFixture::kFacilityId));
        QCOMPARE(device.device_id().size(), std::size_t { 36 });
        QCOMPARE(auth_crypto::base64UrlDecode(device.device_secret())->size(), std::size_t { 32 });

        // The secret is stored only as its SHA-256; the code is marked used by this device.
        QCOMPARE(f.queryInt("SELECT count(*) FROM devices"), std::int64_t { 1 });
        QCOMPARE(
            f.queryInt("SELECT count(*) FROM devices WHERE secret_hash = x'"
                + QByteArray::fromStdString(auth_crypto::sha256(device.device_secret())).toHex().toStdString()
                + "' AND name = '受付タブレット' AND platform = 'linux'"),
            std::int64_t { 1 });
        QCOMPARE(f.queryInt("SELECT count(*) FROM enrolment_codes WHERE used_at IS NOT NULL AND device_id = '"
                     + device.device_id() + "'"),
            std::int64_t { 1 });
    }

    void replayedCodeIsRefusedAndChangesNothing()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        enrolWith(*auth, kCode);
        const auto before = f.dumpAuthTables();

        EnrolRequest replay;
        replay.set_code("ABCD-EFGH-JKMN");
        const auto second = auth->enrol(replay);
        // Said as an unknown code is: a device that is not enrolled learns nothing more.
        QCOMPARE(codeOf(second), QStringLiteral("enrolment_code_invalid"));
        QCOMPARE(second.error().httpStatus, 401);
        EnrolRequest unknown;
        unknown.set_code("ZZZZ-ZZZZ-ZZZZ");
        const auto invalid = auth->enrol(unknown);
        QCOMPARE(second.error().messageJa, invalid.error().messageJa);
        QCOMPARE(second.error().messageEn, invalid.error().messageEn);
        QVERIFY(!second.error().messageJa.empty());
        QVERIFY(!second.error().messageEn.empty());
        QCOMPARE(f.dumpAuthTables(), before);
    }

    void expiredCodeIsRefusedAndChangesNothing()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_KIOSK, std::chrono::hours(1));
        const auto before = f.dumpAuthTables();
        f.now() += std::chrono::hours(1);

        EnrolRequest request;
        request.set_code(kCode);
        const auto response = auth->enrol(request);
        QCOMPARE(codeOf(response), QStringLiteral("enrolment_code_invalid"));
        QCOMPARE(response.error().httpStatus, 401);
        QCOMPARE(f.dumpAuthTables(), before);

        // A second before expiry it would still have worked.
        f.now() -= std::chrono::seconds(1);
        QVERIFY(auth->enrol(request));
    }

    void unknownOrMalformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << "ZZZZ-ZZZZ-ZZZZ";
        QTest::newRow("empty") << "";
        QTest::newRow("too short") << "ABCD-EFGH-JKM";
        QTest::newRow("too long") << "ABCD-EFGH-JKMNP";
        QTest::newRow("letter U") << "ABCD-EFGH-JKMU";
        QTest::newRow("punctuation") << "ABCD.EFGH.JKMN";
        QTest::newRow("huge") << QString(5000, 'A');
    }

    void unknownOrMalformedCodesAreRefused()
    {
        QFETCH(QString, code);
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto before = f.dumpAuthTables();
        EnrolRequest request;
        request.set_code(code.toStdString());
        const auto response = auth->enrol(request);
        QCOMPARE(codeOf(response), QStringLiteral("enrolment_code_invalid"));
        QCOMPARE(response.error().httpStatus, 401);
        QCOMPARE(f.dumpAuthTables(), before);
    }

    void overlongDeviceNameIsRefused()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto before = f.dumpAuthTables();
        EnrolRequest request;
        request.set_code(kCode);
        request.set_device_name(std::string(Authenticator::kMaxDeviceNameLength + 1, 'x'));
        QCOMPARE(codeOf(auth->enrol(request)), QStringLiteral("invalid_request"));
        QCOMPARE(f.dumpAuthTables(), before);
    }

    void typedCodesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("as printed") << "ABCD-EFGH-JKMN"
                                    << "ABCDEFGHJKMN";
        QTest::newRow("lower case, spaces") << " abcd efgh jkmn "
                                            << "ABCDEFGHJKMN";
        QTest::newRow("full-width (IME)") << "ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ"
                                          << "ABCDEFGHJKMN";
        QTest::newRow("ideographic space") << "ABCD　EFGH　JKMN"
                                           << "ABCDEFGHJKMN";
        QTest::newRow("O and I, L look-alikes") << "O1IL-2345-6789"
                                                << "011123456789";
        QTest::newRow("too short") << "ABCD-EFGH"
                                   << "";
        QTest::newRow("U is not in the alphabet") << "UUUU-UUUU-UUUU"
                                                  << "";
        QTest::newRow("truncated UTF-8") << QString::fromLatin1("ABCD-EFGH-JKM") + QChar(0x00E3) << "";
    }

    void typedCodesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        const auto normalised = enrolment_code::normalise(typed.toStdString());
        canonical.remove(' ');
        if (canonical.isEmpty()) {
            QVERIFY(!normalised.has_value());
        } else {
            QVERIFY(normalised.has_value());
            QCOMPARE(QString::fromStdString(*normalised), canonical);
        }
    }

    void generatedCodesAreTypable()
    {
        for (int i = 0; i < 50; ++i) {
            const auto code = enrolment_code::generate();
            QCOMPARE(code.size(), enrolment_code::kLength);
            const auto shown = enrolment_code::format(code);
            QVERIFY(QRegularExpression("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")
                        .match(QString::fromStdString(shown))
                        .hasMatch());
            QCOMPARE(enrolment_code::normalise(shown).value_or(""), code);
        }
    }

    // ---- sign-in ---------------------------------------------------------------------------

    void userSignsInOnATabletOfTheirOrganisation()
    {
        AuthFixture f;
        const auto userId = f.addUser("sato", AuthFixture::kFacilityId, "facility-manager");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);

        const auto tokens = auth->signIn(signInRequest(device, "sato"));
        QVERIFY2(tokens, qPrintable(codeOf(tokens)));
        QCOMPARE(tokens->user().id(), userId);
        QCOMPARE(tokens->organisation().id(), std::string(AuthFixture::kFacilityId));
        QCOMPARE(tokens->roles_size(), 1);
        QCOMPARE(tokens->roles(0), static_cast<int>(ROLE_FACILITY_MANAGER));
        QCOMPARE(tokens->device_kind(), DEVICE_KIND_TABLET);
        const auto nowSeconds = auth_crypto::unixSeconds(f.now());
        QCOMPARE(tokens->access_expires_at().seconds(), nowSeconds + std::int64_t { 15 * 60 });
        QCOMPARE(tokens->refresh_expires_at().seconds(), nowSeconds + std::int64_t { 30 } * 24 * 3600);
        QVERIFY(!tokens->refresh_token().empty());
        // The refresh token is stored only as a hash.
        QCOMPARE(f.queryInt("SELECT count(*) FROM refresh_tokens WHERE user_id = '" + userId + "'"),
            std::int64_t { 1 });

        const auto principal = auth->authenticate(tokens->access_token());
        QVERIFY2(principal, qPrintable(codeOf(principal)));
        QCOMPARE(principal->deviceId, device.device_id());
        QCOMPARE(principal->userId, userId);
        QCOMPARE(principal->organisationId, std::string(AuthFixture::kFacilityId));
        QCOMPARE(principal->organisationKind, ORGANISATION_KIND_FACILITY);
        QCOMPARE(principal->prefectureCode, 20);
        QCOMPARE(principal->municipalityId, std::string(AuthFixture::kMunicipalityId));
        QVERIFY(principal->hasRole(ROLE_FACILITY_MANAGER));
        QVERIFY(!principal->isDeviceSession());
    }

    void wrongPasswordAndUnknownLoginGiveTheSameAnswer()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);

        const auto wrongPassword = auth->signIn(signInRequest(device, "sato", "not the password"));
        const auto unknownLogin = auth->signIn(signInRequest(device, "suzuki", AuthFixture::kPassword));
        QCOMPARE(codeOf(wrongPassword), QStringLiteral("invalid_credentials"));
        QCOMPARE(codeOf(unknownLogin), QStringLiteral("invalid_credentials"));
        QCOMPARE(wrongPassword.error().httpStatus, unknownLogin.error().httpStatus);
        QCOMPARE(wrongPassword.error().messageJa, unknownLogin.error().messageJa);
        QCOMPARE(wrongPassword.error().messageEn, unknownLogin.error().messageEn);
        QCOMPARE(f.queryInt("SELECT count(*) FROM refresh_tokens"), std::int64_t { 0 });
    }

    void disabledUserIsRefusedEverywhere()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(device, "sato"));
        QVERIFY(tokens);

        QCOMPARE(f.admin({ "user", "disable", "--login", "sato" }), 0);
        const auto signIn = auth->signIn(signInRequest(device, "sato"));
        QCOMPARE(codeOf(signIn), QStringLiteral("user_disabled"));
        const auto principal = auth->authenticate(tokens->access_token());
        QCOMPARE(codeOf(principal), QStringLiteral("user_disabled"));
        QCOMPARE(principal.error().httpStatus, 401);
        // Disabling deleted the user's refresh tokens.
        QCOMPARE(codeOf(auth->refresh(refreshRequest(device, tokens->refresh_token()))),
            QStringLiteral("refresh_token_invalid"));
    }

    void revokedDeviceIsToldSo()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(device, "sato"));
        QVERIFY(tokens);

        QCOMPARE(f.admin({ "device", "revoke", device.device_id() }), 0);
        const auto principal = auth->authenticate(tokens->access_token());
        QCOMPARE(codeOf(principal), QStringLiteral("device_revoked"));
        QCOMPARE(principal.error().httpStatus, 401);
        QCOMPARE(codeOf(auth->signIn(signInRequest(device, "sato"))), QStringLiteral("device_revoked"));
        QCOMPARE(codeOf(auth->refresh(refreshRequest(device, tokens->refresh_token()))),
            QStringLiteral("device_revoked"));
    }

    void wrongDeviceSecretIsRefused()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        auto device = enrolWith(*auth, kCode);
        device.set_device_secret(auth_crypto::base64UrlEncode(auth_crypto::randomBytes(32)));
        QCOMPARE(codeOf(auth->signIn(signInRequest(device, "sato"))), QStringLiteral("device_invalid"));
        device.set_device_id("00000000-0000-4000-8000-00000000ffff");
        QCOMPARE(codeOf(auth->signIn(signInRequest(device, "sato"))), QStringLiteral("device_invalid"));
    }

    void tabletNeedsAUser()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);
        QCOMPARE(codeOf(auth->signIn(signInRequest(device))), QStringLiteral("login_required"));
    }

    void userOfAnotherOrganisationIsRefused()
    {
        AuthFixture f;
        f.addUser("tanaka", AuthFixture::kOtherFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);
        QCOMPARE(
            codeOf(auth->signIn(signInRequest(device, "tanaka"))), QStringLiteral("invalid_credentials"));
    }

    // Which accounts a device may carry, and every refusal said the same way: a wrong
    // password, an unknown login, another organisation's user, a staff account on an
    // attendee's phone, anyone on a kiosk (issue 21). The right password changes nothing.
    void refusedAccountsAnswerLikeAWrongPassword()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        f.addUser("tanaka", AuthFixture::kOtherFacilityId, "facility-staff");
        f.addUser("centre-ito", AuthFixture::kCentreId, "centre-staff");
        f.addUser("guest-mori", AuthFixture::kCentreId, "attendee");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto tablet = enrolWith(*auth, kCode);
        f.insertCode("ABCDEFGHJKMP", AuthFixture::kCentreId, DEVICE_KIND_PHONE, std::chrono::hours(72));
        const auto phone = enrolWith(*auth, "ABCDEFGHJKMP");
        f.insertCode("ABCDEFGHJKMQ", AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, "ABCDEFGHJKMQ");

        const auto reference = auth->signIn(signInRequest(tablet, "sato", "not the password"));
        QCOMPARE(codeOf(reference), QStringLiteral("invalid_credentials"));
        const auto before = f.queryInt("SELECT count(*) FROM refresh_tokens");
        const std::vector<std::pair<const EnrolResponse*, std::string>> refused = {
            { &tablet, "tanaka" }, // another facility's user on this facility's tablet
            { &tablet, "nobody" },
            { &phone, "centre-ito" }, // centre staff on an attendee's phone of the centre
            { &kiosk, "centre-ito" }, // nobody on a kiosk
            { &kiosk, "guest-mori" },
        };
        for (const auto& [device, login] : refused) {
            const auto answer = auth->signIn(signInRequest(*device, login));
            QVERIFY2(!answer, login.c_str());
            QCOMPARE(answer.error().httpStatus, reference.error().httpStatus);
            QCOMPARE(answer.error().code, reference.error().code);
            QCOMPARE(answer.error().messageJa, reference.error().messageJa);
            QCOMPARE(answer.error().messageEn, reference.error().messageEn);
        }
        QCOMPARE(f.queryInt("SELECT count(*) FROM refresh_tokens"), before);

        // What is allowed still works: the facility's own user, an attendee account on a phone.
        QVERIFY(auth->signIn(signInRequest(tablet, "sato")));
        const auto attendee = auth->signIn(signInRequest(phone, "guest-mori"));
        QVERIFY2(attendee, qPrintable(codeOf(attendee)));
        QCOMPARE(attendee->roles_size(), 1);
        QCOMPARE(attendee->roles(0), static_cast<int>(ROLE_ATTENDEE));
    }

    void kioskSignsInAsADeviceWithTheKioskRole()
    {
        AuthFixture f;
        f.addUser("centre-ito", AuthFixture::kCentreId, "centre-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, kCode);

        const auto tokens = auth->signIn(signInRequest(kiosk));
        QVERIFY2(tokens, qPrintable(codeOf(tokens)));
        QVERIFY(!tokens->has_user());
        QCOMPARE(tokens->roles_size(), 1);
        QCOMPARE(tokens->roles(0), static_cast<int>(ROLE_KIOSK));
        const auto principal = auth->authenticate(tokens->access_token());
        QVERIFY(principal);
        QVERIFY(principal->isDeviceSession());
        QVERIFY(principal->isKiosk());
        QCOMPARE(principal->roles, std::vector<Role> { ROLE_KIOSK });
        QCOMPARE(principal->organisationKind, ORGANISATION_KIND_CENTRE);
        QVERIFY(principal->municipalityId.empty());

        // Nobody signs in personally on a kiosk.
        QCOMPARE(
            codeOf(auth->signIn(signInRequest(kiosk, "centre-ito"))), QStringLiteral("invalid_credentials"));
    }

    void phoneSignsInAsAnAttendee()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_PHONE, std::chrono::hours(72));
        const auto phone = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(phone));
        QVERIFY(tokens);
        const auto principal = auth->authenticate(tokens->access_token());
        QVERIFY(principal);
        QCOMPARE(principal->roles, std::vector<Role> { ROLE_ATTENDEE });
        QCOMPARE(principal->deviceKind, DEVICE_KIND_PHONE);
    }

    // ---- access tokens ---------------------------------------------------------------------

    void accessTokenExpires()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(kiosk));
        QVERIFY(tokens);

        f.now() += std::chrono::minutes(15) - std::chrono::seconds(1);
        QVERIFY(auth->authenticate(tokens->access_token()));
        f.now() += std::chrono::seconds(1);
        const auto expired = auth->authenticate(tokens->access_token());
        QCOMPARE(codeOf(expired), QStringLiteral("token_expired"));
        QCOMPARE(expired.error().httpStatus, 401);
    }

    void forgedTokensAreRefused()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(kiosk));
        QVERIFY(tokens);
        const std::string token = tokens->access_token();

        // Flip each byte of the payload and of the signature in turn (as base64url characters).
        for (std::size_t i = 0; i < token.size(); ++i) {
            if (token[i] == '.')
                continue;
            std::string forged = token;
            forged[i] = forged[i] == 'A' ? 'B' : 'A';
            const auto result = auth->authenticate(forged);
            QVERIFY2(!result, qPrintable(QString("byte %1 accepted").arg(i)));
            QCOMPARE(codeOf(result), QStringLiteral("token_invalid"));
        }
        for (const std::string& garbage : { std::string(), std::string("."), std::string("abc.def"),
                 token.substr(0, token.find('.')), token + "A", std::string(100000, 'A') + "." + "AAAA" })
            QCOMPARE(codeOf(auth->authenticate(garbage)), QStringLiteral("token_invalid"));
    }

    void tokenOfAnotherServerIsRefused()
    {
        AuthFixture ours;
        AuthFixture theirs;
        auto ourAuth = ours.openAuthenticator();
        auto theirAuth = theirs.openAuthenticator();
        theirs.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*theirAuth, kCode);
        const auto tokens = theirAuth->signIn(signInRequest(kiosk));
        QVERIFY(tokens);
        QVERIFY(theirAuth->authenticate(tokens->access_token()));
        QCOMPARE(codeOf(ourAuth->authenticate(tokens->access_token())), QStringLiteral("token_invalid"));
    }

    void signingKeyOutlivesARestart()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(kiosk));
        QVERIFY(tokens);
        auth.reset();
        auto reopened = f.openAuthenticator();
        QVERIFY(reopened->authenticate(tokens->access_token()));
        QCOMPARE(f.queryInt("SELECT count(*) FROM meta WHERE key = 'token_hmac_key'"), std::int64_t { 1 });
    }

    // ---- refresh tokens --------------------------------------------------------------------

    void refreshRotatesAndAReusedTokenEndsTheDevicesSessions()
    {
        AuthFixture f;
        f.addUser("sato", AuthFixture::kFacilityId, "facility-staff");
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kFacilityId, DEVICE_KIND_TABLET, std::chrono::hours(72));
        const auto device = enrolWith(*auth, kCode);
        const auto first = auth->signIn(signInRequest(device, "sato"));
        QVERIFY(first);

        f.now() += std::chrono::minutes(20);
        const auto second = auth->refresh(refreshRequest(device, first->refresh_token()));
        QVERIFY2(second, qPrintable(codeOf(second)));
        QVERIFY(second->refresh_token() != first->refresh_token());
        QVERIFY(second->access_token() != first->access_token());
        QCOMPARE(second->user().login(), std::string("sato"));
        QVERIFY(auth->authenticate(second->access_token()));

        // The first token again: someone kept a copy. Refused, and the newest token dies too.
        const auto reused = auth->refresh(refreshRequest(device, first->refresh_token()));
        QCOMPARE(codeOf(reused), QStringLiteral("refresh_token_used"));
        QCOMPARE(reused.error().httpStatus, 401);
        QCOMPARE(codeOf(auth->refresh(refreshRequest(device, second->refresh_token()))),
            QStringLiteral("refresh_token_used"));
        // Signing in again works.
        QVERIFY(auth->signIn(signInRequest(device, "sato")));
    }

    void refreshNeedsTheSameDevice()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        f.insertCode("ABCDEFGHJKMP", AuthFixture::kCentreId, DEVICE_KIND_KIOSK, std::chrono::hours(72));
        const auto kiosk = enrolWith(*auth, kCode);
        const auto other = enrolWith(*auth, "ABCDEFGHJKMP");
        const auto tokens = auth->signIn(signInRequest(kiosk));
        QVERIFY(tokens);
        const auto before = f.dumpAuthTables();
        QCOMPARE(codeOf(auth->refresh(refreshRequest(other, tokens->refresh_token()))),
            QStringLiteral("refresh_token_invalid"));
        QCOMPARE(codeOf(auth->refresh(refreshRequest(kiosk, "not-a-token"))),
            QStringLiteral("refresh_token_invalid"));
        QCOMPARE(f.dumpAuthTables(), before);
        QVERIFY(auth->refresh(refreshRequest(kiosk, tokens->refresh_token())));
    }

    void expiredRefreshTokenIsRefused()
    {
        AuthFixture f;
        auto auth = f.openAuthenticator();
        f.insertCode(kCode, AuthFixture::kCentreId, DEVICE_KIND_PHONE, std::chrono::hours(72));
        const auto phone = enrolWith(*auth, kCode);
        const auto tokens = auth->signIn(signInRequest(phone));
        QVERIFY(tokens);
        f.now() += std::chrono::hours(24 * 30);
        QCOMPARE(codeOf(auth->refresh(refreshRequest(phone, tokens->refresh_token()))),
            QStringLiteral("refresh_token_expired"));
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
