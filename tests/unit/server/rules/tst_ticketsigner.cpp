// TicketSigner: Ed25519 tickets that a door device verifies offline with the public key.

#include "core/server_store.h"
#include "rules/ticket_signer.h"
#include "test_store_location.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace yokoten::v1;
using yk::server::ServerStore;
using yk::server::TicketSigner;

class TestTicketSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void signedTicketVerifies();
    void keySurvivesReopen();
    void forgeriesAreRefused();
    void anotherServersKeyIsRefused();
    void publicKeyVerifiesWithPlainOpenSsl();
    void shortCodeIsStableAndUnambiguous();

private:
    static TicketPayload payload(const std::string& ticketId = "00000000-0000-4000-8000-000000000001");

    std::unique_ptr<QTemporaryDir> m_dir;
    yk::test::TestStoreLocation m_location;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<TicketSigner> m_signer;
};

TicketPayload TestTicketSigner::payload(const std::string& ticketId)
{
    TicketPayload p;
    p.set_ticket_id(ticketId);
    p.set_registration_id("00000000-0000-4000-8000-000000000002");
    p.set_session_id("00000000-0000-4000-8000-000000000003");
    p.set_attendee_display_name("山田 花子");
    p.mutable_issued_at()->set_seconds(1'743'465'600);
    return p;
}

void TestTicketSigner::init()
{
    m_signer.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = yk::test::newTestStoreLocation(m_dir->filePath("store").toStdString());
    auto store = yk::test::createServerStore(m_location);
    QVERIFY(store.ok());
    m_store = std::move(*store);
    auto signer = TicketSigner::open(*m_store);
    QVERIFY(signer.ok());
    m_signer = std::move(*signer);
}

void TestTicketSigner::signedTicketVerifies()
{
    const Ticket ticket = m_signer->sign(payload());
    QCOMPARE(ticket.signature().size(), std::size_t(64));
    const auto verified = m_signer->verify(ticket);
    QVERIFY(verified.has_value());
    QCOMPARE(verified->registration_id(), payload().registration_id());
    QCOMPARE(verified->attendee_display_name(), payload().attendee_display_name());
    QCOMPARE(verified->signing_key_id(), m_signer->keyId());
    QCOMPARE(m_signer->keyId().size(), std::size_t(16));
    QCOMPARE(m_signer->publicKey().size(), std::size_t(32));
}

void TestTicketSigner::keySurvivesReopen()
{
    const std::string publicKey = m_signer->publicKey();
    const Ticket ticket = m_signer->sign(payload());
    m_signer.reset();
    m_store.reset();
    auto store = yk::test::openServerStore(m_location);
    QVERIFY(store.ok());
    m_store = std::move(*store);
    auto signer = TicketSigner::open(*m_store);
    QVERIFY(signer.ok());
    QCOMPARE((*signer)->publicKey(), publicKey);
    QVERIFY((*signer)->verify(ticket).has_value());
}

void TestTicketSigner::forgeriesAreRefused()
{
    const Ticket ticket = m_signer->sign(payload());

    Ticket changedPayload = ticket;
    TicketPayload other = payload();
    other.set_signing_key_id(m_signer->keyId());
    other.set_session_id("00000000-0000-4000-8000-000000000099");
    changedPayload.set_payload(other.SerializeAsString());
    QVERIFY(!m_signer->verify(changedPayload).has_value());

    Ticket flippedByte = ticket;
    flippedByte.mutable_payload()->back() ^= 0x01;
    QVERIFY(!m_signer->verify(flippedByte).has_value());

    Ticket truncated = ticket;
    truncated.mutable_signature()->resize(63);
    QVERIFY(!m_signer->verify(truncated).has_value());

    Ticket badSignature = ticket;
    (*badSignature.mutable_signature())[10] ^= 0x40;
    QVERIFY(!m_signer->verify(badSignature).has_value());

    QVERIFY(!m_signer->verify(Ticket()).has_value());
}

void TestTicketSigner::anotherServersKeyIsRefused()
{
    QTemporaryDir otherDir;
    auto otherStore = yk::test::createServerStore(
        yk::test::newTestStoreLocation(otherDir.filePath("store").toStdString()));
    QVERIFY(otherStore.ok());
    auto otherSigner = TicketSigner::open(**otherStore);
    QVERIFY(otherSigner.ok());
    QVERIFY((*otherSigner)->publicKey() != m_signer->publicKey());
    QVERIFY((*otherSigner)->keyId() != m_signer->keyId());
    const Ticket foreign = (*otherSigner)->sign(payload());
    QVERIFY(!m_signer->verify(foreign).has_value());
}

void TestTicketSigner::publicKeyVerifiesWithPlainOpenSsl()
{
    // What a door device does offline: only the raw public key from /v1/server-info.
    const Ticket ticket = m_signer->sign(payload());
    const auto& raw = m_signer->publicKey();
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    QVERIFY(key != nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QCOMPARE(EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key), 1);
    const int verified = EVP_DigestVerify(ctx,
        reinterpret_cast<const unsigned char*>(ticket.signature().data()), ticket.signature().size(),
        reinterpret_cast<const unsigned char*>(ticket.payload().data()), ticket.payload().size());
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    QCOMPARE(verified, 1);
}

void TestTicketSigner::shortCodeIsStableAndUnambiguous()
{
    const Ticket a = m_signer->sign(payload("00000000-0000-4000-8000-000000000001"));
    const Ticket b = m_signer->sign(payload("00000000-0000-4000-8000-000000000002"));
    QCOMPARE(a.short_code().size(), std::size_t(8));
    QCOMPARE(a.short_code(), TicketSigner::shortCodeFor("00000000-0000-4000-8000-000000000001"));
    QVERIFY(a.short_code() != b.short_code());
    for (int i = 0; i < 200; ++i) {
        const auto code = TicketSigner::shortCodeFor("ticket-" + std::to_string(i));
        QCOMPARE(code.size(), std::size_t(8));
        for (const char c : code)
            QVERIFY2(std::string("01OIoil").find(c) == std::string::npos, code.c_str());
    }
}

QTEST_GUILESS_MAIN(TestTicketSigner)
#include "tst_ticketsigner.moc"
