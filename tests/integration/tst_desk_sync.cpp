// The centre's desk end to end: devices with their own encrypted stores against the real
// server over HTTPS on loopback. A facility manager opens a consultation offline; after sync,
// centre staff on another device reply and refer it; the manager's tablet shows the reply; a
// kiosk loan wish becomes a booked loan request from the centre's inbox; each facility's
// support record (its store queries) holds all of it in order; and nobody else holds any of it.
#include "device_session.h"
#include "sync_device.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "engine/local_attachments.h"
#include "engine/mutations.h"
#include "engine/sync_repository.h"
#include "service/sync_service.h"
#include "storage/cipher.h"
#include "storage/database.h"
#include "store/record_repository.h"

#include <QTest>

#include <google/protobuf/util/time_util.h>

using namespace yk;
using namespace yokoten::v1;

namespace {

// The demo exhibition session of autumn 2026 (sync/proto/demo/yokoten-demo.json) and a model
// shown there.
constexpr const char* kExhibitionSession = "eafdecde-e6fb-54d7-8cf2-af8c1725565d";

} // namespace

class TestDeskSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    server::DemoSeed m_seed;

    server::SyncService& service() { return *m_server->syncService(); }

    const server::DemoAccount& account(const std::string& login) { return *test::demoAccount(m_seed, login); }

    std::unique_ptr<test::SyncDevice> device(const std::string& login, DeviceKind kind = DEVICE_KIND_TABLET)
    {
        return test::demoDevice(*m_server, m_seed, login, kind);
    }

    static bool syncOk(test::SyncDevice& d) { return test::syncOk(d); }

    static std::optional<Consultation> consultationOn(test::SyncDevice& d, const std::string& id)
    {
        auto found = d.store().records().find<Consultation>(id);
        return found && *found ? std::optional(**found) : std::nullopt;
    }

    std::optional<Record> onServer(RecordKind kind, const std::string& id)
    {
        return test::onServer(*m_server, kind, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::startWithSyncService();
        QVERIFY(m_server);
        auto seed = server::importDemo(service().store(), server::PasswordCost::forTests());
        QVERIFY2(seed.ok(), seed.ok() ? "" : seed.error().detail.c_str());
        m_seed = *seed;
    }
    void cleanupTestCase() { m_server.reset(); }

    void consultationOfflineThenAnsweredAndSeenByTheFacility()
    {
        auto manager = device("demo-manager");
        auto centre = device("demo-centre");
        auto city = device("demo-city");
        QVERIFY(manager && centre && city);
        QVERIFY(syncOk(*manager));
        const std::string facility = account("demo-manager").organisationId;

        // Offline at the facility: the consultation waits on the tablet, nothing is lost.
        manager->retarget(test::closedPort());
        Consultation draft;
        draft.set_organisation_id(facility);
        draft.set_topic(CONSULTATION_TOPIC_SUBSIDIES);
        draft.set_question("ICT導入の補助金に申請したいのですが、センターの研修の受講が条件ですか。");
        draft.set_contact_preference("電話（平日午後）");
        // A photo of the paper form, kept encrypted on the tablet until it can be sent.
        std::string photo(90 * 1024 + 7, '\0');
        for (std::size_t i = 0; i < photo.size(); ++i)
            photo[i] = static_cast<char>((i * 2654435761u) >> 11);
        auto attached
            = sync::addLocalAttachment(manager->store(), manager->engine(), photo, "申請書.jpg", "");
        QVERIFY(attached.ok());
        *draft.add_attachments() = *attached;
        const Mutation open = sync::makeOpenConsultation(draft);
        const std::string id = open.open_consultation().consultation().id();
        QVERIFY(manager->engine().submit(open).ok());
        auto local = consultationOn(*manager, id);
        QVERIFY(local);
        QCOMPARE(local->state(), CONSULTATION_STATE_RECEIVED);
        QCOMPARE(local->server_version(), 0);
        QVERIFY(!manager->engine().syncOnce());
        QCOMPARE(*sync::SyncRepository(manager->store().database()).outboxCount(), 1);
        QVERIFY(!onServer(RECORD_KIND_CONSULTATION, id));

        manager->retarget(m_server->port());
        QVERIFY(syncOk(*manager));
        const auto stored = onServer(RECORD_KIND_CONSULTATION, id);
        QVERIFY(stored);
        QCOMPARE(stored->consultation().channel(), CONSULTATION_CHANNEL_APP);
        QCOMPARE(stored->consultation().prefecture_code(), 20);
        QVERIFY(consultationOn(*manager, id)->server_version() > 0);

        // The centre's tablet receives it, fetches the photo, answers, refers it and sets a
        // follow-up.
        QVERIFY(syncOk(*centre));
        QVERIFY(consultationOn(*centre, id));
        QCOMPARE(consultationOn(*centre, id)->attachments_size(), 1);
        QVERIFY(centre->engine().queueDownload(attached->sha256(), attached->size_bytes()).ok());
        auto fetched = centre->engine().transferAttachments();
        QVERIFY(fetched.ok());
        QCOMPARE(fetched->downloadedBytes, static_cast<std::int64_t>(photo.size()));
        auto kept = centre->store().database().prepare("SELECT content FROM attachments WHERE sha256 = ?1");
        QVERIFY(kept.ok() && kept->bind(1, attached->sha256()).step() == storage::Statement::Step::Row);
        QVERIFY(kept->columnBlob(0) == photo);
        const Mutation reply = sync::makeReplyConsultation(
            id, "研修の受講記録はこのアプリで出せます。申請の手順をお送りします。");
        QVERIFY(centre->engine().submit(reply).ok());
        // Written offline on the centre's side too: the message waits without a server time.
        const auto waiting = consultationOn(*centre, id);
        QCOMPARE(waiting->messages_size(), 1);
        QVERIFY(!waiting->messages(0).has_written_at());
        QVERIFY(
            centre->engine().submit(sync::makeReferConsultation(id, "よろず支援拠点", "経営面の相談")).ok());
        QVERIFY(centre->engine().submit(sync::makeSetConsultationFollowUp(id, "2026-12-14")).ok());
        QVERIFY(syncOk(*centre));
        const auto answered = consultationOn(*centre, id);
        QCOMPARE(answered->state(), CONSULTATION_STATE_REFERRED);
        QVERIFY(answered->messages(0).has_written_at());

        // The manager's tablet shows the reply from the centre, with who and when.
        QVERIFY(syncOk(*manager));
        const auto seen = consultationOn(*manager, id);
        QVERIFY(seen);
        QCOMPARE(seen->state(), CONSULTATION_STATE_REFERRED);
        QCOMPARE(seen->messages_size(), 1);
        QVERIFY(seen->messages(0).from_centre());
        QCOMPARE(seen->messages(0).text(), reply.reply_consultation().message().text());
        QVERIFY(!seen->messages(0).author_name().empty());
        QCOMPARE(seen->referrals(0).partner(), std::string("よろず支援拠点"));
        QCOMPARE(seen->follow_up_date(), std::string("2026-12-14"));

        // The facility answers back; the centre sees it.
        QVERIFY(manager->engine().submit(sync::makeReplyConsultation(id, "ありがとうございます。")).ok());
        QVERIFY(syncOk(*manager));
        QVERIFY(syncOk(*centre));
        QCOMPARE(consultationOn(*centre, id)->messages_size(), 2);

        // A municipal officer of the facility's own city holds none of the consultations.
        QVERIFY(syncOk(*city));
        auto cityHolds = city->store().records().consultationsNewestFirst();
        QVERIFY(cityHolds.ok());
        QCOMPARE(cityHolds->size(), std::size_t(0));
        // The centre holds its prefecture's (the demo's 30 and this one), the manager its own.
        auto centreHolds = centre->store().records().consultationsNewestFirst();
        QCOMPARE(centreHolds->size(), std::size_t(31));
        auto ownHolds = manager->store().records().consultationsOf(facility);
        QVERIFY(ownHolds.ok() && !ownHolds->empty());
        QCOMPARE(ownHolds->front().id(), id); // newest first
        auto everything = manager->store().records().consultationsNewestFirst();
        QCOMPARE(everything->size(), ownHolds->size()); // nothing of other facilities
    }

    void kioskLoanWishBecomesABookedLoanInTheSupportRecord()
    {
        auto kiosk = device("demo-centre", DEVICE_KIND_KIOSK);
        auto centre = device("demo-centre");
        auto manager = device("demo-manager");
        QVERIFY(kiosk && centre && manager);
        QVERIFY(syncOk(*kiosk));
        const std::string facility = account("demo-manager").organisationId;
        auto session = kiosk->store().records().find<SeminarSession>(kExhibitionSession);
        QVERIFY(session.ok() && session->has_value());
        const std::string modelId = (*session)->shown_model_ids(5);

        VisitorEntry e;
        e.set_kind(VISITOR_ENTRY_KIND_LOAN_REQUEST);
        e.set_session_id(kExhibitionSession);
        e.set_visitor_name("来場 太郎");
        e.set_visitor_organisation("特別養護老人ホーム 千曲の杜（デモ）");
        e.set_visitor_phone("026-000-0000");
        e.set_model_id(modelId);
        e.set_from_date("2027-03-01");
        e.set_to_date("2027-03-10");
        const Mutation wish = sync::makeVisitorEntry(e);
        const std::string entryId = wish.submit_visitor_entry().entry().id();
        QVERIFY(kiosk->engine().submit(wish).ok());
        QVERIFY(syncOk(*kiosk));
        // Write-only: the kiosk keeps nothing of the visitor once the server has it.
        auto kept = kiosk->store().records().visitorEntriesNewestFirst();
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), std::size_t(0));

        // The centre's inbox: newest first, per session; one action makes the loan request.
        QVERIFY(syncOk(*centre));
        auto inbox = centre->store().records().visitorEntriesNewestFirst(kExhibitionSession);
        QVERIFY(inbox.ok() && !inbox->empty());
        QCOMPARE(inbox->front().id(), entryId);
        const Mutation convert
            = sync::makeLoanFromVisitorEntry(inbox->front(), facility, "展示会で体験して試したい");
        const std::string loanId = convert.handle_visitor_entry().loan().id();
        QVERIFY(centre->engine().submit(convert).ok());
        QVERIFY(syncOk(*centre));
        const auto loan = onServer(RECORD_KIND_LOAN_REQUEST, loanId);
        QVERIFY(loan);
        QCOMPARE(loan->loan_request().requester_org_id(), facility);
        QCOMPARE(loan->loan_request().model_id(), modelId);
        QCOMPARE(loan->loan_request().from_date(), std::string("2027-03-01"));
        QCOMPARE(loan->loan_request().state(), LOAN_STATE_REQUESTED);
        QVERIFY(!loan->loan_request().unit_id().empty());
        auto handled = centre->store().records().find<VisitorEntry>(entryId);
        QCOMPARE((*handled)->outcome(), VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
        QCOMPARE((*handled)->handled_by_user_id(), account("demo-centre").userId);
        QVERIFY((*handled)->server_version() > 0);

        // The facility's support record: its loans include the booked request, its consultations
        // are there; the centre's view also matches the kiosk entry to it.
        QVERIFY(syncOk(*manager));
        auto loans = manager->store().records().loansRequestedBy(facility);
        QVERIFY(loans.ok());
        QVERIFY(std::any_of(
            loans->begin(), loans->end(), [&](const LoanRequest& l) { return l.id() == loanId; }));
        auto matched = centre->store().records().visitorEntriesMatchedTo(facility);
        QVERIFY(matched.ok() && !matched->empty());
        QCOMPARE(matched->front().id(), entryId);
        // Visitor personal data stays with the centre: the facility's tablet holds no entry.
        auto facilityEntries = manager->store().records().visitorEntriesNewestFirst();
        QCOMPARE(facilityEntries->size(), std::size_t(0));

        // Handled once: a second handling by the centre is refused and changes nothing.
        QVERIFY(centre->engine().submit(sync::makeNoteVisitorEntry(entryId, facility)).ok());
        QVERIFY(syncOk(*centre));
        QCOMPARE(onServer(RECORD_KIND_VISITOR_ENTRY, entryId)->visitor_entry().outcome(),
            VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
        auto state = centre->engine().stateOf(RECORD_KIND_VISITOR_ENTRY, entryId);
        QVERIFY(state.ok());
    }
};

QTEST_GUILESS_MAIN(TestDeskSync)
#include "tst_desk_sync.moc"
