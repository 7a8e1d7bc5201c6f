#include "demo_store_fixture.h"
#include "test_ticket_signer.h"

#include "app/check_in_controller.h"
#include "app/check_in_list_model.h"

#include "engine/sync_engine.h"
#include "engine/sync_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/seminar.pb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace yk::app;
using namespace yokoten::v1;

namespace {

constexpr const char* kSession = "0c7f3a10-5e5e-4d4d-9a9a-00000000c001";
constexpr const char* kOtherSession = "0c7f3a10-5e5e-4d4d-9a9a-00000000c002";
constexpr const char* kDeviceId = "0c7f3a10-5e5e-4d4d-9a9a-0000000d0001";

struct Attendee {
    std::string registrationId;
    std::string ticketId;
    std::string name;
    std::string shortCode;
};

const Attendee kSato { "0c7f3a10-5e5e-4d4d-9a9a-0000000a0001", "0c7f3a10-5e5e-4d4d-9a9a-0000000b0001",
    "佐藤 一郎", "K7QX2M9P" };
const Attendee kSuzuki { "0c7f3a10-5e5e-4d4d-9a9a-0000000a0002", "0c7f3a10-5e5e-4d4d-9a9a-0000000b0002",
    "鈴木 花子", "R4TW8NZC" };
const Attendee kTanaka { "0c7f3a10-5e5e-4d4d-9a9a-0000000a0003", "0c7f3a10-5e5e-4d4d-9a9a-0000000b0003",
    "田中 三郎", "H6VB3JXE" };

Ticket ticketFor(const test::TestTicketSigner& server, const Attendee& a, const char* sessionId = kSession)
{
    TicketPayload p;
    p.set_ticket_id(a.ticketId);
    p.set_registration_id(a.registrationId);
    p.set_session_id(sessionId);
    p.set_attendee_display_name(a.name);
    p.mutable_issued_at()->set_seconds(1'780'000'000);
    Ticket t = server.sign(p);
    t.set_short_code(a.shortCode);
    return t;
}

/// What the outbox holds, parsed.
std::vector<Mutation> outbox(test::DemoStore& demo)
{
    std::vector<Mutation> out;
    demo.onEngine([&out](DeviceContext& context) {
        auto entries = yk::sync::SyncRepository(context.store->database()).outbox();
        QVERIFY(static_cast<bool>(entries));
        for (const auto& e : *entries) {
            Mutation m;
            QVERIFY(m.ParseFromString(e.mutation));
            out.push_back(std::move(m));
        }
    });
    return out;
}

std::vector<Mutation> checkInsQueued(test::DemoStore& demo)
{
    std::vector<Mutation> out;
    for (auto& m : outbox(demo))
        if (m.has_record_check_in())
            out.push_back(std::move(m));
    return out;
}

} // namespace

class TestCheckInController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstScanAcceptedAndQueued();
    void secondScanIsDuplicateAndStillQueued();
    void tamperedQrQueuesNothing();
    void foreignAndWrongSessionQueueNothing();
    void shortCodePath();
    void cancelledRegistrationIsRefused();
    void serverVerdictDuplicateShowsAfterSync();
    void noKeyWithoutAccount();

private:
    std::unique_ptr<test::DemoStore> m_demo;
    std::unique_ptr<test::TestTicketSigner> m_server;
    bool m_withAccount = true;
};

void TestCheckInController::init()
{
    m_server = std::make_unique<test::TestTicketSigner>();
    m_demo = std::make_unique<test::DemoStore>();
    QVERIFY(m_demo->open());
    const bool withAccount = m_withAccount;
    const test::TestTicketSigner& server = *m_server;
    m_demo->onEngine([&server, withAccount](DeviceContext& context) {
        if (withAccount) {
            // What enrolment leaves in the store (SyncEngine's "account" entry): the server's
            // ticket key comes with the ServerInfo.
            yokoten::device::DeviceAccount account;
            account.set_server_url("https://127.0.0.1:1");
            account.set_device_id(kDeviceId);
            *account.mutable_server() = server.serverInfo();
            QVERIFY(yk::sync::SyncRepository(context.store->database())
                        .setValue("account", account.SerializeAsString()));
        }
        auto& records = context.store->records();
        for (const auto* sessionId : { kSession, kOtherSession }) {
            SeminarSession s;
            s.set_id(sessionId);
            s.set_server_version(1);
            s.set_seminar_id("seminar-door");
            s.set_capacity(30);
            QVERIFY(records.put(s));
        }
        for (const Attendee* a : { &kSato, &kSuzuki, &kTanaka }) {
            Registration r;
            r.set_id(a->registrationId);
            r.set_server_version(1);
            r.set_session_id(kSession);
            r.set_attendee_name(a->name);
            r.set_status(a == &kTanaka ? REGISTRATION_STATUS_CANCELLED : REGISTRATION_STATUS_CONFIRMED);
            *r.mutable_ticket() = ticketFor(server, *a);
            QVERIFY(records.put(r));
        }
    });
}

void TestCheckInController::cleanup()
{
    m_demo.reset();
    m_server.reset();
    m_withAccount = true;
}

void TestCheckInController::firstScanAcceptedAndQueued()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QTRY_COMPARE(door.confirmedCount(), 2);
    QCOMPARE(door.checkedInCount(), 0);
    const qint64 before = m_demo->pending();

    QSignalSpy scanned(&door, &CheckInController::scanned);
    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(*m_server, kSato)));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::Accepted);
    QCOMPARE(door.attendeeName(), QString::fromStdString(kSato.name));
    QVERIFY(door.queued());
    QVERIFY(!door.message().isEmpty());
    QCOMPARE(m_demo->pending(), before + 1);

    const auto queued = checkInsQueued(*m_demo);
    QCOMPARE(queued.size(), std::size_t(1));
    const RecordCheckIn& op = queued.front().record_check_in();
    QCOMPARE(op.check_in().id(), door.checkInId().toStdString());
    QCOMPARE(op.check_in().session_id(), std::string(kSession));
    QCOMPARE(op.check_in().registration_id(), kSato.registrationId);
    QCOMPARE(op.check_in().ticket_id(), kSato.ticketId);
    QCOMPARE(op.check_in().device_id(), std::string(kDeviceId));
    QCOMPARE(op.check_in().nonce().size(), std::size_t(32));
    QVERIFY(op.check_in().checked_in_at().seconds() > 1'700'000'000);
    // The server verifies the same bytes again.
    QCOMPARE(op.ticket().payload(), ticketFor(*m_server, kSato).payload());
    QCOMPARE(op.ticket().signature().size(), std::size_t(64));
    QTRY_COMPARE(door.checkedInCount(), 1);
}

void TestCheckInController::secondScanIsDuplicateAndStillQueued()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    const QString qr = test::TestTicketSigner::qrText(ticketFor(*m_server, kSato));
    door.checkInQr(qr);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::Accepted);
    const QString firstId = door.checkInId();

    door.checkInQr(qr);
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(door.state(), CheckInController::Duplicate);
    QCOMPARE(door.attendeeName(), QString::fromStdString(kSato.name));
    // A repeat is an event too: queued with its own id and nonce, for the server to record
    // as DUPLICATE; the attendee still counts once.
    QVERIFY(door.queued());
    QVERIFY(door.checkInId() != firstId);
    const auto queued = checkInsQueued(*m_demo);
    QCOMPARE(queued.size(), std::size_t(2));
    QVERIFY(queued[0].record_check_in().check_in().nonce() != queued[1].record_check_in().check_in().nonce());
    QTRY_COMPARE(door.checkedInCount(), 1);

    // The same person by short code is the same ticket.
    door.checkInShortCode(QString::fromStdString(kSato.shortCode));
    QTRY_COMPARE(scanned.count(), 3);
    QCOMPARE(door.state(), CheckInController::Duplicate);
}

void TestCheckInController::tamperedQrQueuesNothing()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    Ticket ticket = ticketFor(*m_server, kSato);
    std::string payload = ticket.payload();
    const auto at = payload.find(kSato.registrationId);
    QVERIFY(at != std::string::npos);
    payload[at] = payload[at] == '0' ? '1' : '0'; // another registration, the same signature
    ticket.set_payload(payload);
    const qint64 before = m_demo->pending();
    door.checkInQr(test::TestTicketSigner::qrText(ticket));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::Tampered);
    QVERIFY(!door.queued());
    QVERIFY(door.attendeeName().isEmpty());
    QVERIFY(!door.message().isEmpty());
    QCOMPARE(m_demo->pending(), before);
    QVERIFY(checkInsQueued(*m_demo).empty());

    door.checkInQr(QStringLiteral("https://example.org/not-a-ticket"));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(door.state(), CheckInController::Malformed);
    QCOMPARE(m_demo->pending(), before);
}

void TestCheckInController::foreignAndWrongSessionQueueNothing()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    test::TestTicketSigner other;
    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(other, kSato)));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::ForeignKey);

    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(*m_server, kSuzuki, kOtherSession)));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(door.state(), CheckInController::WrongSession);
    QCOMPARE(door.attendeeName(), QString::fromStdString(kSuzuki.name));
    QVERIFY(checkInsQueued(*m_demo).empty());
}

void TestCheckInController::shortCodePath()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    // Typed from paper: lower case, a dash and a space do not matter.
    door.checkInShortCode(QStringLiteral(" r4tw-8nzc "));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::Accepted);
    QCOMPARE(door.attendeeName(), QString::fromStdString(kSuzuki.name));
    auto queued = checkInsQueued(*m_demo);
    QCOMPARE(queued.size(), std::size_t(1));
    QCOMPARE(queued.front().record_check_in().check_in().registration_id(), kSuzuki.registrationId);
    QCOMPARE(queued.front().record_check_in().ticket().signature().size(), std::size_t(64));

    door.checkInShortCode(QStringLiteral("ZZZZZZZZ"));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(door.state(), CheckInController::NotFound);
    QCOMPARE(checkInsQueued(*m_demo).size(), std::size_t(1));

    // A short code of another session is not found at this door.
    CheckInController otherDoor;
    m_demo->wire(otherDoor);
    otherDoor.setSessionId(QString::fromLatin1(kOtherSession));
    QSignalSpy otherScanned(&otherDoor, &CheckInController::scanned);
    otherDoor.checkInShortCode(QString::fromStdString(kSato.shortCode));
    QTRY_COMPARE(otherScanned.count(), 1);
    QCOMPARE(otherDoor.state(), CheckInController::NotFound);
}

void TestCheckInController::cancelledRegistrationIsRefused()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(*m_server, kTanaka)));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::NotConfirmed);
    door.checkInShortCode(QString::fromStdString(kTanaka.shortCode));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(door.state(), CheckInController::NotConfirmed);
    QVERIFY(checkInsQueued(*m_demo).empty());
}

void TestCheckInController::serverVerdictDuplicateShowsAfterSync()
{
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    CheckInListModel log;
    m_demo->wire(log);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(*m_server, kSato)));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::Accepted);
    const std::string id = door.checkInId().toStdString();
    // Before sync the log shows it waiting to be sent, by this device.
    QTRY_COMPARE(log.count(), 1);
    QCOMPARE(log.data(log.index(0, 0), CheckInListModel::ResultRole).toInt(), int(CheckInListModel::Pending));
    QVERIFY(log.data(log.index(0, 0), CheckInListModel::ThisDeviceRole).toBool());
    QCOMPARE(log.data(log.index(0, 0), CheckInListModel::AttendeeRole).toString(),
        QString::fromStdString(kSato.name));

    // What a pull brings when another door pushed the same ticket first: the server's copy
    // of this check-in, marked DUPLICATE (the engine's sync is covered by its own tests).
    QSignalSpy changed(&door, &CheckInController::resultChanged);
    m_demo->onEngine([&id](DeviceContext& context) {
        auto queued = yk::sync::SyncRepository(context.store->database()).outbox();
        QVERIFY(queued && !queued->empty());
        QVERIFY(yk::sync::SyncRepository(context.store->database()).removeOutboxUpTo(queued->back().seq));
        CheckIn c;
        c.set_id(id);
        c.set_server_version(7);
        c.set_nonce("n-this-door");
        c.set_ticket_id(kSato.ticketId);
        c.set_registration_id(kSato.registrationId);
        c.set_session_id(kSession);
        c.set_device_id(kDeviceId);
        c.mutable_checked_in_at()->set_seconds(1'780'000'100);
        c.set_result(CHECK_IN_RESULT_DUPLICATE);
        QVERIFY(context.store->records().put(c));
        // The accepted one from the other door.
        c.set_id("0c7f3a10-5e5e-4d4d-9a9a-0000000e0001");
        c.set_nonce("n-other-door");
        c.set_device_id("0c7f3a10-5e5e-4d4d-9a9a-0000000d0002");
        c.mutable_checked_in_at()->set_seconds(1'780'000'000);
        c.set_result(CHECK_IN_RESULT_ACCEPTED);
        QVERIFY(context.store->records().put(c));
    });
    m_demo->bridge->notifyDataChanged();
    QTRY_COMPARE(door.state(), CheckInController::Duplicate);
    QVERIFY(changed.count() >= 1);
    QVERIFY(door.message().contains(QStringLiteral("別の端末"))
        || door.message().contains(QStringLiteral("another device")));
    QCOMPARE(door.checkedInCount(), 1);
    // The log: this door's scan marked duplicate, the other door's accepted, newest first.
    QTRY_COMPARE(log.count(), 2);
    QTRY_COMPARE(log.duplicateCount(), 1);
    QCOMPARE(
        log.data(log.index(0, 0), CheckInListModel::CheckInIdRole).toString(), QString::fromStdString(id));
    QCOMPARE(
        log.data(log.index(0, 0), CheckInListModel::ResultRole).toInt(), int(CheckInListModel::Duplicate));
    QVERIFY(log.data(log.index(0, 0), CheckInListModel::ThisDeviceRole).toBool());
    QCOMPARE(
        log.data(log.index(1, 0), CheckInListModel::ResultRole).toInt(), int(CheckInListModel::Accepted));
    QVERIFY(!log.data(log.index(1, 0), CheckInListModel::ThisDeviceRole).toBool());
    QVERIFY(!log.data(log.index(1, 0), CheckInListModel::ResultTextRole).toString().isEmpty());
}

void TestCheckInController::noKeyWithoutAccount()
{
    cleanup();
    m_withAccount = false;
    init();
    CheckInController door;
    m_demo->wire(door);
    door.setSessionId(QString::fromLatin1(kSession));
    QSignalSpy scanned(&door, &CheckInController::scanned);
    door.checkInQr(test::TestTicketSigner::qrText(ticketFor(*m_server, kSato)));
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(door.state(), CheckInController::NoKey);
    QVERIFY(checkInsQueued(*m_demo).empty());
}

QTEST_MAIN(TestCheckInController)
#include "tst_check_in_controller.moc"
