#include "test_ticket_signer.h"

#include "app/ticket_verifier.h"

#include <QtTest>

using namespace yk::app;
using namespace yokoten::v1;

namespace {

constexpr const char* kSession = "5b0e9d2c-1111-4a4a-8b8b-000000000001";
constexpr const char* kOtherSession = "5b0e9d2c-1111-4a4a-8b8b-000000000002";

TicketPayload payloadFor(const char* sessionId)
{
    TicketPayload p;
    p.set_ticket_id("7d1c0a2e-2222-4b4b-8c8c-000000000001");
    p.set_registration_id("7d1c0a2e-3333-4b4b-8c8c-000000000001");
    p.set_session_id(sessionId);
    p.set_attendee_display_name("山田 花子");
    p.mutable_issued_at()->set_seconds(1'780'000'000);
    return p;
}

std::string qr(const Ticket& ticket)
{
    return test::TestTicketSigner::qrText(ticket).toStdString();
}

} // namespace

Q_DECLARE_METATYPE(TicketStatus)

class TestTicketVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validTicketPasses();
    void whitespaceAndBareForm();
    void changedPayloadByteIsTampered();
    void changedSignatureIsTampered();
    void otherKeyIsForeign();
    void otherKeyClaimingOursIsTampered();
    void otherSessionIsWrongSession();
    void garbageIsMalformed_data();
    void garbageIsMalformed();
    void noKeyInAccount();
    void keyIdDerivedWhenAccountHasNone();
};

void TestTicketVerifier::validTicketPasses()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const Ticket ticket = server.sign(payloadFor(kSession));
    const auto result = verifier.verifyQrText(qr(ticket), kSession);
    QCOMPARE(result.status, TicketStatus::Valid);
    QCOMPARE(result.payload.registration_id(), std::string("7d1c0a2e-3333-4b4b-8c8c-000000000001"));
    QCOMPARE(QString::fromStdString(result.payload.attendee_display_name()), QStringLiteral("山田 花子"));
    QCOMPARE(result.ticket.payload(), ticket.payload());
    QCOMPARE(result.ticket.signature(), ticket.signature());
    // Any session when none is asked for.
    QCOMPARE(verifier.verifyQrText(qr(ticket), {}).status, TicketStatus::Valid);
    QCOMPARE(verifier.verify(ticket, kSession).status, TicketStatus::Valid);
}

void TestTicketVerifier::whitespaceAndBareForm()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const std::string text = qr(server.sign(payloadFor(kSession)));
    std::string wrapped = "  " + text.substr(0, 20) + "\r\n" + text.substr(20) + "\n";
    QCOMPARE(verifier.verifyQrText(wrapped, kSession).status, TicketStatus::Valid);
    QCOMPARE(verifier.verifyQrText(text.substr(4), kSession).status, TicketStatus::Valid); // no "YK1."
    std::string lower = "yk1." + text.substr(4);
    QCOMPARE(verifier.verifyQrText(lower, kSession).status, TicketStatus::Valid);
}

void TestTicketVerifier::changedPayloadByteIsTampered()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    Ticket ticket = server.sign(payloadFor(kSession));
    // Change one byte of the attendee's name: the payload still parses and still names our
    // key, only the signature no longer covers it.
    std::string payload = ticket.payload();
    const auto at = payload.find("山田");
    QVERIFY(at != std::string::npos);
    payload[at + 2] = static_cast<char>(payload[at + 2] ^ 0x01);
    ticket.set_payload(payload);
    TicketPayload parsed;
    QVERIFY(parsed.ParseFromString(ticket.payload()));
    QCOMPARE(parsed.signing_key_id(), server.keyId());
    const auto result = verifier.verifyQrText(qr(ticket), kSession);
    QCOMPARE(result.status, TicketStatus::Tampered);
    QVERIFY(result.payload.registration_id().empty()); // nothing from an unverified payload
}

void TestTicketVerifier::changedSignatureIsTampered()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    Ticket ticket = server.sign(payloadFor(kSession));
    std::string signature = ticket.signature();
    signature[10] = static_cast<char>(signature[10] ^ 0x80);
    ticket.set_signature(signature);
    QCOMPARE(verifier.verifyQrText(qr(ticket), kSession).status, TicketStatus::Tampered);
}

void TestTicketVerifier::otherKeyIsForeign()
{
    // Another server (or a test system) signed it with its own key and named that key in
    // the payload: ForeignKey, so the door can say "this ticket is not from this server".
    test::TestTicketSigner server;
    test::TestTicketSigner other;
    QVERIFY(server.keyId() != other.keyId());
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const auto result = verifier.verifyQrText(qr(other.sign(payloadFor(kSession))), kSession);
    QCOMPARE(result.status, TicketStatus::ForeignKey);
}

void TestTicketVerifier::otherKeyClaimingOursIsTampered()
{
    // A forger who writes our key id into the payload cannot be told apart from someone who
    // changed a genuine ticket: the payload claims our key and our key does not verify it.
    test::TestTicketSigner server;
    test::TestTicketSigner forger;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const Ticket forged = forger.sign(payloadFor(kSession), server.keyId());
    QCOMPARE(verifier.verifyQrText(qr(forged), kSession).status, TicketStatus::Tampered);
    // And a ticket our key really signed but that names another key is not ours either.
    const Ticket misnamed = server.sign(payloadFor(kSession), "00000000deadbeef");
    QCOMPARE(verifier.verifyQrText(qr(misnamed), kSession).status, TicketStatus::ForeignKey);
}

void TestTicketVerifier::otherSessionIsWrongSession()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const auto result = verifier.verifyQrText(qr(server.sign(payloadFor(kOtherSession))), kSession);
    QCOMPARE(result.status, TicketStatus::WrongSession);
    QCOMPARE(result.payload.session_id(), std::string(kOtherSession));
}

void TestTicketVerifier::garbageIsMalformed_data()
{
    QTest::addColumn<QString>("text");
    test::TestTicketSigner server;
    const Ticket ticket = server.sign(payloadFor(kSession));
    const QString good = test::TestTicketSigner::qrText(ticket);
    const QStringList parts = good.split(QLatin1Char('.'));
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \n ");
    QTest::newRow("a web address") << QStringLiteral("https://example.org/ticket?id=42");
    QTest::newRow("prefix only") << QStringLiteral("YK1.");
    QTest::newRow("no signature") << parts[0] + QLatin1Char('.') + parts[1];
    QTest::newRow("three parts") << good + QStringLiteral(".AAAA");
    QTest::newRow("standard base64 alphabet") << QStringLiteral("YK1.ab+/.cd==");
    QTest::newRow("short signature") << parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.')
            + parts[2].left(40);
    QString oddPayload = parts[1] + QLatin1Char('A'); // 4n+1 characters cannot come from whole bytes
    while (oddPayload.size() % 4 != 1)
        oddPayload += QLatin1Char('A');
    QTest::newRow("impossible base64 length")
        << parts[0] + QLatin1Char('.') + oddPayload + QLatin1Char('.') + parts[2];
    QTest::newRow("short code") << QStringLiteral("K7QX2M9P");
}

void TestTicketVerifier::garbageIsMalformed()
{
    QFETCH(QString, text);
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(server.serverInfo()));
    const auto result = verifier.verifyQrText(text.toStdString(), kSession);
    QCOMPARE(result.status, TicketStatus::Malformed);
    QVERIFY(!result.detail.empty());
}

void TestTicketVerifier::noKeyInAccount()
{
    test::TestTicketSigner server;
    TicketVerifier verifier(TicketKey::fromServerInfo(ServerInfo()));
    QCOMPARE(
        verifier.verifyQrText(qr(server.sign(payloadFor(kSession))), kSession).status, TicketStatus::NoKey);
}

void TestTicketVerifier::keyIdDerivedWhenAccountHasNone()
{
    test::TestTicketSigner server;
    ServerInfo info = server.serverInfo();
    info.clear_ticket_key_id();
    const TicketKey key = TicketKey::fromServerInfo(info);
    QCOMPARE(key.keyId, server.keyId());
    QCOMPARE(TicketVerifier(key).verifyQrText(qr(server.sign(payloadFor(kSession))), kSession).status,
        TicketStatus::Valid);
}

QTEST_GUILESS_MAIN(TestTicketVerifier)
#include "tst_ticket_verifier.moc"
