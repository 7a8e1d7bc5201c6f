// The sync engine against the real server over HTTPS on loopback: devices that work offline,
// then converge. Every check compares what devices hold with what the server holds.
#include "device_session.h"
#include "sync_device.h"
#include "test_server.h"

#include "admin/admin_commands.h"
#include "auth/demo_seed.h"
#include "engine/mutations.h"
#include "engine/sync_repository.h"
#include "service/sync_service.h"
#include "storage/cipher.h"
#include "storage/database.h"
#include "store/case_repository.h"
#include "store/envelope_repository.h"
#include "store/record_repository.h"

#include <QTest>

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <atomic>
#include <sstream>
#include <stdexcept>

using namespace yk;
using namespace yokoten::v1;

class TestSyncEngine : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    server::DemoSeed m_seed;
    std::atomic<std::int64_t> m_clockShiftSeconds { 0 };

    server::SyncService& service() { return *m_server->syncService(); }

    const server::DemoAccount& account(const std::string& login)
    {
        const auto* found = test::demoAccount(m_seed, login);
        if (found == nullptr)
            qFatal("no demo account %s", login.c_str());
        return *found;
    }

    /// A device of `login`'s organisation, enrolled and signed in as them.
    std::unique_ptr<test::SyncDevice> device(
        const std::string& login, DeviceKind kind = DEVICE_KIND_TABLET, test::SyncDeviceOptions options = {})
    {
        return test::demoDevice(*m_server, m_seed, login, kind, std::move(options));
    }

    static bool syncOk(test::SyncDevice& d, sync::SyncReport* out = nullptr)
    {
        auto report = d.engine().syncOnce();
        if (!report) {
            qWarning("sync failed: %s (%s)", report.error().messageEn.c_str(), report.error().detail.c_str());
            return false;
        }
        if (out != nullptr)
            *out = *report;
        return true;
    }

    /// Centre staff make a seminar with one session of `capacity` seats, through the engine.
    std::string makeSession(int capacity)
    {
        auto centre = device("demo-centre");
        if (!centre)
            return {};
        const std::string seminarId = storage::newUuid();
        const std::string sessionId = storage::newUuid();
        Mutation a;
        auto* seminar = a.mutable_create_seminar()->mutable_seminar();
        seminar->set_id(seminarId);
        seminar->set_organiser_org_id(account("demo-centre").organisationId);
        seminar->set_prefecture_code(20);
        seminar->set_title("見守りセンサー体験会");
        seminar->set_kind(SEMINAR_KIND_EXHIBITION);
        Mutation b;
        auto* session = b.mutable_create_session()->mutable_session();
        session->set_id(sessionId);
        session->set_seminar_id(seminarId);
        session->set_capacity(capacity);
        session->set_venue_name("長野会場");
        session->mutable_starts_at()->set_seconds(4102444800);
        session->mutable_ends_at()->set_seconds(4102452000);
        session->mutable_registration_deadline()->set_seconds(4102358400);
        if (!centre->engine().submit(a) || !centre->engine().submit(b) || !syncOk(*centre))
            return {};
        return sessionId;
    }

    static Registration registrationOn(test::SyncDevice& d, const std::string& id)
    {
        auto found = d.store().records().find<Registration>(id);
        return found && *found ? **found : Registration {};
    }

    static std::optional<Record> serverRecord(
        server::SyncService& service, RecordKind kind, const std::string& id)
    {
        auto snapshot = service.store().read();
        if (!snapshot)
            return std::nullopt;
        auto found = (*snapshot)->find(kind, id);
        if (!found || !*found)
            return std::nullopt;
        return **found;
    }

    /// Where any of `needles` occurs in the store: every column of every row of every table
    /// (records, outbox, outcomes, sync state, search tables …), as "table.column".
    static QStringList storeHolds(store::Store& s, const std::vector<std::string>& needles)
    {
        QStringList found;
        auto tables = s.database().prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
        if (!tables)
            return { "cannot list tables" };
        std::vector<std::string> names;
        while (tables->step() == storage::Statement::Step::Row)
            names.push_back(tables->columnText(0));
        tables->reset();
        if (names.size() < 10)
            return { "too few tables" };
        for (const auto& table : names) {
            auto rows = s.database().prepare("SELECT * FROM \"" + table + "\"");
            if (!rows)
                continue; // a virtual table's shadow that cannot be read directly
            const int columns = sqlite3_column_count(rows->handle());
            while (rows->step() == storage::Statement::Step::Row) {
                for (int c = 0; c < columns; ++c) {
                    const std::string bytes = rows->columnBlob(c);
                    for (const auto& needle : needles) {
                        if (bytes.find(needle) != std::string::npos)
                            found << QString::fromStdString(
                                table + "." + sqlite3_column_name(rows->handle(), c));
                    }
                }
            }
            rows->reset();
        }
        return found;
    }

    /// A seminar sign-up as a visitor or attendee enters it.
    static Mutation signUpFor(
        const std::string& sessionId, const std::string& name, const std::string& email = {})
    {
        return sync::makeSignUp({ .sessionId = sessionId,
            .attendeeName = name,
            .attendeeOrganisation = "さくら苑",
            .attendeeEmail = email });
    }

    /// A visitor entry of `kind` for the session with the visitor's name and e-mail.
    static Mutation visitorEntryFor(VisitorEntryKind kind, const std::string& sessionId,
        const std::string& name = {}, const std::string& email = {})
    {
        Mutation m;
        auto* e = m.mutable_submit_visitor_entry()->mutable_entry();
        e->set_id(storage::newUuid());
        e->set_kind(kind);
        e->set_session_id(sessionId);
        e->set_visitor_name(name);
        e->set_visitor_email(email);
        return m;
    }

private Q_SLOTS:
    void init()
    {
        m_clockShiftSeconds = 0;
        m_server = test::TestServer::startWithSyncService({}, [this](server::ServiceOptions& options) {
            options.clock = [this] {
                return std::chrono::system_clock::now() + std::chrono::seconds(m_clockShiftSeconds.load());
            };
        });
        QVERIFY(m_server);
        auto seed = server::importDemo(service().store(), server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        m_seed = *seed;
    }

    void cleanup() { m_server.reset(); }

    // A device edits the same field twice before it syncs: the second edit was made on top of
    // the first, so the server applies both in order and nobody sees a conflict with
    // themselves (found from outside: "t2 vs t1" against the same user).
    void aSecondEditOfAFieldBeforeSyncingDoesNotConflict()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        GoodPracticeCase draft;
        draft.set_owner_org_id(account("demo-facility").organisationId);
        draft.set_title("t0");
        auto create = sync::makeCreateCase(draft);
        const std::string id = create.create_case().good_practice_case().id();
        QVERIFY(a->engine().submit(create).ok());
        QVERIFY(syncOk(*a));
        for (const char* title : { "t1", "t2" }) {
            GoodPracticeCase values;
            values.set_title(title);
            const auto local = a->store().cases().find(id);
            QVERIFY(local && *local);
            QVERIFY(
                a->engine().submit(sync::makeCaseEdit(id, (*local)->revision(), { "title" }, values)).ok());
        }
        sync::SyncReport report;
        QVERIFY(syncOk(*a, &report));
        QCOMPARE(report.conflicts, 0);
        const auto onServer = serverRecord(service(), RECORD_KIND_CASE, id);
        QVERIFY(onServer);
        QCOMPARE(onServer->good_practice_case().title(), std::string("t2"));
        QCOMPARE(onServer->good_practice_case().open_conflicts_size(), 0);
        QCOMPARE((*a->store().cases().find(id))->title(), std::string("t2"));
    }

    // Sixty drafts of about 144 KB each (every section within its limit) are more than the
    // server's 8 MiB request limit together: they go in several pushes instead of failing
    // forever with "the connection broke off".
    void anOutboxOverTheBodyLimitIsSentInPieces()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        std::vector<std::string> ids;
        std::string text;
        while (text.size() < 18000)
            text += "移乗支援機器を使った介助の手順を職員全員で見直した。";
        for (int i = 0; i < 60; ++i) {
            GoodPracticeCase draft;
            draft.set_owner_org_id(account("demo-facility").organisationId);
            draft.set_title("下書き " + std::to_string(i));
            auto* sections = draft.mutable_sections();
            for (int f = 0; f < sections->GetDescriptor()->field_count(); ++f)
                sections->GetReflection()->SetString(sections, sections->GetDescriptor()->field(f), text);
            auto create = sync::makeCreateCase(draft);
            ids.push_back(create.create_case().good_practice_case().id());
            QVERIFY(a->engine().submit(create).ok());
        }
        sync::SyncReport report;
        QVERIFY(syncOk(*a, &report));
        QCOMPARE(report.applied, 60);
        QCOMPARE(*sync::SyncRepository(a->store().database()).outboxCount(), 0);
        for (const auto& id : ids)
            QVERIFY(serverRecord(service(), RECORD_KIND_CASE, id).has_value());
    }

    // Two tablets, both offline, take the last seat. Each shows "waiting to send", never a
    // seat; after both sync exactly one holds the seat and the other waits, and both devices
    // and the server agree.
    void lastSeatGoesToExactlyOneOfTwoOfflineDevices()
    {
        const std::string sessionId = makeSession(1);
        QVERIFY(!sessionId.empty());
        auto a = device("demo-facility");
        auto b = device("demo-manager");
        QVERIFY(a && b);
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));

        // Offline: the server is out of reach.
        const auto nowhere = test::closedPort();
        a->retarget(nowhere);
        b->retarget(nowhere);
        std::string ids[2];
        test::SyncDevice* devices[2] = { a.get(), b.get() };
        for (int i = 0; i < 2; ++i) {
            const Mutation m
                = sync::makeSignUp({ .sessionId = sessionId, .attendeeName = i == 0 ? "職員A" : "管理者B" });
            ids[i] = m.sign_up().registration().id();
            QVERIFY(devices[i]->engine().submit(m).ok());
            QCOMPARE(registrationOn(*devices[i], ids[i]).status(), REGISTRATION_STATUS_PENDING);
            auto state = devices[i]->engine().stateOf(RECORD_KIND_REGISTRATION, ids[i]);
            QVERIFY(state && *state == sync::RecordSyncState::Pending);
            auto offline = devices[i]->engine().syncOnce();
            QVERIFY(!offline);
            QCOMPARE(offline.error().code, sync::SyncErrorCode::Unreachable);
            // Nothing lost, still pending.
            QCOMPARE(*sync::SyncRepository(devices[i]->store().database()).outboxCount(), 1);
        }
        auto overview = a->engine().overview();
        QVERIFY(overview && !overview->online && overview->pending == 1 && overview->lastError);

        a->retarget(m_server->port());
        b->retarget(m_server->port());
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));
        QVERIFY(syncOk(*a)); // A learns about B's registration (same facility)

        const auto first = registrationOn(*a, ids[0]);
        const auto second = registrationOn(*b, ids[1]);
        QCOMPARE(first.status(), REGISTRATION_STATUS_CONFIRMED); // A was first at the server
        QVERIFY(!first.ticket().payload().empty());
        QCOMPARE(second.status(), REGISTRATION_STATUS_WAITLISTED);
        QCOMPARE(second.waitlist_position(), 1);
        for (int i = 0; i < 2; ++i) {
            auto server = serverRecord(service(), RECORD_KIND_REGISTRATION, ids[i]);
            QVERIFY(server);
            // Both devices hold exactly the server's record of each registration.
            QCOMPARE(
                registrationOn(*a, ids[i]).SerializeAsString(), server->registration().SerializeAsString());
            QCOMPARE(
                registrationOn(*b, ids[i]).SerializeAsString(), server->registration().SerializeAsString());
            QCOMPARE(*sync::SyncRepository(devices[i]->store().database()).outboxCount(), 0);
        }
        QCOMPARE(test::storeContents(a->store()), test::storeContents(b->store()));
    }

    // Different fields edited on two devices merge; the same field edited on both becomes a
    // conflict that both devices show with both values.
    void concurrentCaseEditsMergeOrConflict()
    {
        auto a = device("demo-facility");
        auto b = device("demo-manager");
        QVERIFY(a && b);
        const std::string caseId = storage::newUuid();
        Mutation create;
        auto* c = create.mutable_create_case()->mutable_good_practice_case();
        c->set_id(caseId);
        c->set_owner_org_id(account("demo-facility").organisationId);
        c->set_title("インカム導入で申し送りを短縮");
        c->set_category(CASE_CATEGORY_ICT);
        c->set_fiscal_year(2026);
        c->mutable_sections()->set_background("申し送りに毎日30分かかっていた。");
        QVERIFY(a->engine().submit(create).ok());
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));
        auto onB = b->store().cases().find(caseId);
        QVERIFY(onB && *onB);
        QCOMPARE((*onB)->revision(), 1);

        auto edit = [&](test::SyncDevice& d, const std::string& field, const std::string& value) {
            auto current = d.store().cases().find(caseId);
            Mutation m;
            auto* e = m.mutable_edit_case();
            e->set_case_id(caseId);
            e->set_base_revision((*current)->revision());
            e->add_fields(field);
            if (field == "title")
                e->mutable_values()->set_title(value);
            else if (field == "region")
                e->mutable_values()->set_region(value);
            else
                e->mutable_values()->mutable_sections()->set_background(value);
            return d.engine().submit(m).ok();
        };
        // Different fields, both offline from the same revision.
        QVERIFY(edit(*a, "title", "インカム導入で申し送りを15分短縮"));
        QVERIFY(edit(*b, "sections.background", "申し送りに毎日30分、夜勤明けは45分かかっていた。"));
        QCOMPARE((*b->store().cases().find(caseId))->sections().background(),
            std::string("申し送りに毎日30分、夜勤明けは45分かかっていた。")); // shown at once
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));
        QVERIFY(syncOk(*a));
        for (auto* d : { a.get(), b.get() }) {
            const auto merged = *d->store().cases().find(caseId);
            QCOMPARE(merged->title(), std::string("インカム導入で申し送りを15分短縮"));
            QCOMPARE(merged->sections().background(),
                std::string("申し送りに毎日30分、夜勤明けは45分かかっていた。"));
            QCOMPARE(merged->open_conflicts_size(), 0);
        }

        // The same field, both offline.
        QVERIFY(edit(*a, "region", "松本圏域"));
        QVERIFY(edit(*b, "region", "上小圏域"));
        QVERIFY(syncOk(*a));
        sync::SyncReport report;
        QVERIFY(syncOk(*b, &report));
        QCOMPARE(report.conflicts, 1);
        QVERIFY(syncOk(*a));
        const auto server = serverRecord(service(), RECORD_KIND_CASE, caseId);
        QVERIFY(server);
        for (auto* d : { a.get(), b.get() }) {
            const auto shown = *d->store().cases().find(caseId);
            QCOMPARE(shown->region(), std::string("松本圏域")); // the first edit stands …
            QCOMPARE(shown->open_conflicts_size(), 1); // … and the other waits beside it
            QCOMPARE(shown->open_conflicts(0).field(), std::string("region"));
            QCOMPARE(shown->open_conflicts(0).theirs(), std::string("松本圏域"));
            QCOMPARE(shown->open_conflicts(0).ours(), std::string("上小圏域"));
            QCOMPARE(shown->SerializeAsString(), server->good_practice_case().SerializeAsString());
        }

        // Settling it: a new edit of the field clears the conflict everywhere.
        QVERIFY(edit(*b, "region", "上小圏域"));
        QVERIFY(syncOk(*b));
        QVERIFY(syncOk(*a));
        QCOMPARE((*a->store().cases().find(caseId))->open_conflicts_size(), 0);
        QCOMPARE((*a->store().cases().find(caseId))->region(), std::string("上小圏域"));
    }

    // Two tablets ask for the last free unit of a model for overlapping weeks: one is
    // booked, the other waitlisted with the first free range proposed.
    void overlappingLoanRequestsBookOneAndWaitlistTheOther()
    {
        auto a = device("demo-facility");
        auto b = device("demo-manager");
        QVERIFY(a && b);
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));
        // The model with the fewest units, from what the device pulled; all but one of its
        // units are booked for the fortnight first, so one unit is left to compete for.
        auto units = a->store().records().all<EquipmentUnit>();
        QVERIFY(units && !units->empty());
        std::map<std::string, int> perModel;
        for (const auto& u : *units)
            ++perModel[u.model_id()];
        const auto fewest = std::min_element(perModel.begin(), perModel.end(),
            [](const auto& x, const auto& y) { return x.second < y.second; });
        const std::string modelId = fewest->first;
        for (int i = 1; i < fewest->second; ++i) {
            Mutation m;
            auto* l = m.mutable_request_loan()->mutable_loan();
            l->set_id(storage::newUuid());
            l->set_model_id(modelId);
            l->set_from_date("2027-02-01");
            l->set_to_date("2027-02-21");
            QVERIFY(a->engine().submit(m).ok());
        }
        QVERIFY(syncOk(*a));

        const auto nowhere = test::closedPort();
        a->retarget(nowhere);
        b->retarget(nowhere);
        auto request = [&](test::SyncDevice& d, const char* from, const char* to) {
            Mutation m;
            auto* l = m.mutable_request_loan()->mutable_loan();
            l->set_id(storage::newUuid());
            l->set_model_id(modelId);
            l->set_from_date(from);
            l->set_to_date(to);
            l->set_purpose("夜間見守りの試行");
            return d.engine().submit(m).ok() ? l->id() : std::string();
        };
        const auto first = request(*a, "2027-02-01", "2027-02-14");
        const auto second = request(*b, "2027-02-08", "2027-02-21");
        QVERIFY(!first.empty() && !second.empty());
        a->retarget(m_server->port());
        b->retarget(m_server->port());
        QVERIFY(syncOk(*a));
        QVERIFY(syncOk(*b));
        QVERIFY(syncOk(*a));

        auto loanOn = [](test::SyncDevice& d, const std::string& id) {
            auto found = d.store().records().find<LoanRequest>(id);
            return found && *found ? **found : LoanRequest {};
        };
        const auto booked = loanOn(*a, first);
        const auto waiting = loanOn(*b, second);
        QCOMPARE(booked.state(), LOAN_STATE_REQUESTED);
        QVERIFY(!booked.unit_id().empty());
        QCOMPARE(waiting.state(), LOAN_STATE_WAITLISTED);
        QVERIFY(!waiting.proposed_from_date().empty());
        QVERIFY(waiting.proposed_from_date() > "2027-02-14"); // after the booked fortnight
        for (const auto& id : { first, second }) {
            const auto server = serverRecord(service(), RECORD_KIND_LOAN_REQUEST, id);
            QVERIFY(server);
            QCOMPARE(loanOn(*a, id).SerializeAsString(), server->loan_request().SerializeAsString());
            QCOMPARE(loanOn(*b, id).SerializeAsString(), server->loan_request().SerializeAsString());
        }
    }

    // A change the server refuses comes back with its reason; its optimistic effect goes.
    void rejectedMutationShowsItsReasonAndLeavesNoTrace()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        const Mutation m = sync::makeSignUp({ .sessionId = storage::newUuid() }); // no such session
        const auto* r = &m.sign_up().registration();
        QVERIFY(a->engine().submit(m).ok());
        sync::SyncReport report;
        QVERIFY(syncOk(*a, &report));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejections.size(), std::size_t(1));
        auto state = a->engine().stateOf(RECORD_KIND_REGISTRATION, r->id());
        QVERIFY(state && *state == sync::RecordSyncState::Rejected);
        auto outcome
            = sync::SyncRepository(a->store().database()).latestOutcome(RECORD_KIND_REGISTRATION, r->id());
        QVERIFY(outcome && *outcome);
        QCOMPARE((*outcome)->reasonCode, std::string("not_found"));
        QVERIFY(!(*outcome)->messageJa.empty() && !(*outcome)->messageEn.empty());
        auto gone = a->store().records().find<Registration>(r->id());
        QVERIFY(gone && !*gone);
        QCOMPARE(*sync::SyncRepository(a->store().database()).outboxCount(), 0);
    }

    // The access token runs out (15 minutes): the engine renews it and carries on.
    void expiredAccessTokenIsRenewed()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        QVERIFY(syncOk(*a));
        const auto before = a->engine().session()->tokens().access_token();
        m_clockShiftSeconds = 20 * 60;
        QVERIFY(syncOk(*a));
        QVERIFY(a->engine().session()->tokens().access_token() != before);
        // 31 days on, the refresh token has run out too: sign in again, nothing queued is lost.
        QVERIFY(a->engine().submit(sync::makeSignUp({ .sessionId = storage::newUuid() })).ok());
        m_clockShiftSeconds = 31LL * 24 * 3600;
        auto expired = a->engine().syncOnce();
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, sync::SyncErrorCode::SessionExpired);
        QCOMPARE(*sync::SyncRepository(a->store().database()).outboxCount(), 1);
        QVERIFY(a->engine().signIn("demo-facility", account("demo-facility").password).ok());
        QVERIFY(syncOk(*a));
        QCOMPARE(*sync::SyncRepository(a->store().database()).outboxCount(), 0);
    }

    // Centre staff revoke a lost tablet: on its next contact it learns so and its store is
    // deleted for good.
    void revokedDeviceIsTold()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        QVERIFY(syncOk(*a));
        const std::string deviceId = a->engine().account()->device_id();
        std::istringstream in;
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(
            server::runAdminCommand(service().store(), { "device", "revoke", deviceId }, in, out, err), 0);
        auto refused = a->engine().syncOnce();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, sync::SyncErrorCode::DeviceRevoked);
        QVERIFY(a->engine().revoked());
        QVERIFY(refused.error().messageJa.find("削除") != std::string::npos);
    }

    // A device whose clock is 20 minutes slow is told so (the server's Date header), in
    // words a care worker can act on; the sync itself still works.
    void wrongDeviceClockIsReported()
    {
        auto d = test::SyncDevice::create(m_server->port(), m_server->caFile(), [] {
            test::SyncDeviceOptions options;
            options.engine.nowMillis = [] {
                return std::chrono::duration_cast<std::chrono::milliseconds>(
                    (std::chrono::system_clock::now() - std::chrono::minutes(20)).time_since_epoch())
                    .count();
            };
            return options;
        }());
        QVERIFY(d);
        const auto& who = account("demo-facility");
        QVERIFY(d->enrolAndSignIn(
                     test::makeEnrolmentCode(service().store(), who.organisationId, DEVICE_KIND_TABLET),
                     who.login, who.password)
                    .empty());
        QVERIFY(syncOk(*d));
        auto overview = d->engine().overview();
        QVERIFY(overview);
        QVERIFY(std::abs(overview->clockSkewMs - 20 * 60 * 1000) < 5000);
        QVERIFY(overview->lastError);
        QCOMPARE(overview->lastError->serverCode, std::string("clock_skew"));
        QVERIFY(overview->lastError->messageJa.find("時計") != std::string::npos);
    }

    // A photo added to a case on one tablet travels in chunks, and the other tablet fetches
    // it on demand, checks its address and keeps it encrypted. A download cut off part-way
    // resumes from the chunks already kept.
    void attachmentsTravelInChunksAndResume()
    {
        test::SyncDeviceOptions small;
        small.engine.attachmentChunkBytes = 256 * 1024;
        auto make = [&](const std::string& login) {
            auto d = test::SyncDevice::create(m_server->port(), m_server->caFile(), small);
            const auto& who = account(login);
            if (!d
                || !d->enrolAndSignIn(
                         test::makeEnrolmentCode(service().store(), who.organisationId, DEVICE_KIND_TABLET),
                         who.login, who.password)
                        .empty())
                return std::unique_ptr<test::SyncDevice>();
            return d;
        };
        auto a = make("demo-facility");
        auto b = make("demo-manager");
        QVERIFY(a && b);
        const std::string caseId = storage::newUuid();
        Mutation create;
        auto* c = create.mutable_create_case()->mutable_good_practice_case();
        c->set_id(caseId);
        c->set_title("移乗支援機器の写真付き事例");
        c->set_category(CASE_CATEGORY_WORK_IMPROVEMENT);
        c->set_fiscal_year(2026);
        QVERIFY(a->engine().submit(create).ok());

        std::string photo(700 * 1024 + 13, '\0');
        for (std::size_t i = 0; i < photo.size(); ++i)
            photo[i] = static_cast<char>((i * 2654435761u) >> 13);
        const std::string sha = storage::sha256Hex(photo);
        auto put = a->store().database().prepare("INSERT INTO attachments (sha256, mime_type, size_bytes, "
                                                 "content) VALUES (?1, 'image/jpeg', ?2, ?3)");
        QVERIFY(put.ok());
        QVERIFY(
            put->bind(1, sha).bind(2, static_cast<std::int64_t>(photo.size())).bindBlob(3, photo).run().ok());
        QVERIFY(a->engine().queueUpload(sha, static_cast<std::int64_t>(photo.size())).ok());
        Mutation attach;
        auto* edit = attach.mutable_edit_case();
        edit->set_case_id(caseId);
        edit->set_base_revision(1);
        edit->add_fields("attachments");
        auto* ref = edit->mutable_values()->add_attachments();
        ref->set_sha256(sha);
        ref->set_mime_type("image/jpeg");
        ref->set_size_bytes(static_cast<std::int64_t>(photo.size()));
        ref->set_file_name("transfer.jpg");
        QVERIFY(a->engine().submit(attach).ok());
        sync::SyncReport report;
        QVERIFY(syncOk(*a, &report));
        QCOMPARE(report.uploadedBytes, static_cast<std::int64_t>(photo.size()));

        QVERIFY(syncOk(*b));
        auto onB = b->store().cases().find(caseId);
        QVERIFY(onB && *onB && (*onB)->attachments_size() == 1);
        QVERIFY(b->engine().queueDownload(sha, static_cast<std::int64_t>(photo.size())).ok());
        // As if a connection broke after the first chunk: that chunk is kept, the rest follows.
        auto part = b->store().database().prepare(
            "INSERT INTO attachment_parts (sha256, offset, data) VALUES (?1, 0, ?2)");
        QVERIFY(part->bind(1, sha).bindBlob(2, std::string_view(photo).substr(0, 256 * 1024)).run().ok());
        auto done = b->store().database().prepare(
            "UPDATE attachment_transfers SET done_bytes = ?2 WHERE sha256 = ?1");
        QVERIFY(done->bind(1, sha).bind(2, static_cast<std::int64_t>(256 * 1024)).run().ok());
        auto fetched = b->engine().transferAttachments();
        QVERIFY(fetched.ok());
        QCOMPARE(fetched->downloadedBytes, static_cast<std::int64_t>(photo.size() - 256 * 1024));
        auto read = b->store().database().prepare("SELECT content FROM attachments WHERE sha256 = ?1");
        QVERIFY(read->bind(1, sha).step() == storage::Statement::Step::Row);
        QVERIFY(read->columnBlob(0) == photo);
        QCOMPARE(b->store().database().queryInt("SELECT count(*) FROM attachment_parts").value(), 0);
        QCOMPARE(b->engine().overview()->pendingDownloads, 0);
    }

    // The server answers "reset" (here: the device's cursor is from before a restore of the
    // server): the device drops what it pulled, keeps what it has not sent, and ends with
    // exactly what a fresh device holds.
    void resetDropsPulledRecordsAndKeepsPendingWork()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        QVERIFY(syncOk(*a));
        auto cursor = sync::SyncRepository(a->store().database()).value("cursor");
        QVERIFY(cursor.ok() && cursor->has_value());
        // "c1:<version>:<scopes>": a version far beyond the server's.
        std::string text = **cursor;
        const auto first = text.find(':');
        const auto second = text.find(':', first + 1);
        text = text.substr(0, first + 1) + "999999" + text.substr(second);
        QVERIFY(sync::SyncRepository(a->store().database()).setValue("cursor", text).ok());
        // Something pulled that the server no longer has: it must go.
        {
            auto tx = storage::Transaction::begin(a->store().database());
            QVERIFY(tx.ok());
            Record stray;
            stray.mutable_organisation()->set_id(storage::newUuid());
            stray.mutable_organisation()->set_name("復元前にだけあった組織");
            QVERIFY(a->store().envelopes().put(stray).ok());
            QVERIFY((*tx)->commit().ok());
        }
        Mutation m;
        auto* c = m.mutable_create_case()->mutable_good_practice_case();
        c->set_id(storage::newUuid());
        c->set_title("リセット中も残る下書き");
        c->set_category(CASE_CATEGORY_ICT);
        c->set_fiscal_year(2026);
        QVERIFY(a->engine().submit(m).ok());
        sync::SyncReport report;
        QVERIFY(syncOk(*a, &report));
        QVERIFY(report.reset);
        QCOMPARE(report.applied, 1);
        auto fresh = device("demo-facility");
        QVERIFY(fresh && syncOk(*fresh));
        QCOMPARE(test::storeContents(a->store()), test::storeContents(fresh->store()));
        QVERIFY(a->store().cases().find(c->id())->has_value());
    }

    // A user's store is theirs: another person cannot sign in on it and send its outbox.
    void anotherUserCannotSignInOnAStore()
    {
        auto a = device("demo-facility");
        QVERIFY(a);
        auto other = a->engine().signIn("demo-manager", account("demo-manager").password);
        QVERIFY(!other);
        QCOMPARE(other.error().code, sync::SyncErrorCode::Forbidden);
        QCOMPARE(a->engine().session()->tokens().user().login(), std::string("demo-facility"));
    }

    // Two devices of one user that synced hold the same records, byte for byte, and the
    // synced cases are searchable in Japanese.
    void devicesOfOneUserHoldTheSameRecords()
    {
        auto a = device("demo-pref");
        QVERIFY(a);
        QVERIFY(syncOk(*a));
        auto b = device("demo-pref");
        QVERIFY(b);
        QVERIFY(syncOk(*b));
        const auto contents = test::storeContents(a->store());
        QVERIFY(contents.size() > 100);
        QCOMPARE(contents, test::storeContents(b->store()));
        QVERIFY(a->store().cases().count().value() > 0);
        // Search works on synced cases.
        auto found = a->store().cases().search("見守り");
        QVERIFY(found && !found->empty());
    }

    // A kiosk is write-only for visitor data (issue 5): it takes a visit, a loan wish, a
    // questionnaire, a seminar sign-up and a loan request while the server is out of reach,
    // keeps them across a restart, sends them, and then not one byte of the visitor's name or
    // e-mail is left anywhere in its store; the centre's staff pull them with the name.
    void kioskKeepsNoVisitorDataOnceSent()
    {
        const std::string sessionId = makeSession(10);
        QVERIFY(!sessionId.empty());
        auto kiosk = device("demo-centre", DEVICE_KIND_KIOSK);
        QVERIFY(kiosk);
        QVERIFY(syncOk(*kiosk));
        auto models = kiosk->store().records().all<EquipmentModel>();
        QVERIFY(models);
        const auto model = std::find_if(models->begin(), models->end(),
            [](const EquipmentModel& m) { return m.prefecture_code() == 20; });
        QVERIFY(model != models->end());

        const std::string name = "横展 来場花子";
        const std::string email = "hanako.visitor@example.jp";
        const std::string phone = "090-1234-9876";
        kiosk->retarget(test::closedPort());
        auto entry = [&](VisitorEntryKind kind) {
            Mutation m = visitorEntryFor(kind, sessionId, name, email);
            auto* e = m.mutable_submit_visitor_entry()->mutable_entry();
            e->set_visitor_organisation("さくら苑");
            e->set_visitor_phone(phone);
            e->set_facility_type(SERVICE_TYPE_NURSING_HOME);
            e->add_interests(EQUIPMENT_AREA_MONITORING);
            if (kind == VISITOR_ENTRY_KIND_LOAN_REQUEST) {
                e->set_model_id(model->id());
                e->set_from_date("2027-03-01");
                e->set_to_date("2027-03-07");
            } else if (kind == VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE) {
                auto* a = e->add_answers();
                a->set_question_id("interest");
                a->add_choices("monitoring");
                a->set_text("夜間の見守りを試したい");
            }
            *e->mutable_entered_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
            return m;
        };
        std::vector<std::string> entryIds;
        for (const auto kind : { VISITOR_ENTRY_KIND_VISIT, VISITOR_ENTRY_KIND_LOAN_REQUEST,
                 VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE }) {
            const auto m = entry(kind);
            entryIds.push_back(m.submit_visitor_entry().entry().id());
            QVERIFY(kiosk->engine().submit(m).ok());
        }
        const Mutation signUp = signUpFor(sessionId, name, email);
        const auto* r = &signUp.sign_up().registration();
        QVERIFY(kiosk->engine().submit(signUp).ok());
        Mutation loan;
        auto* l = loan.mutable_request_loan()->mutable_loan();
        l->set_id(storage::newUuid());
        l->set_model_id(model->id());
        l->set_requester_org_id(account("demo-facility").organisationId);
        l->set_from_date("2027-04-01");
        l->set_to_date("2027-04-03");
        QVERIFY(kiosk->engine().submit(loan).ok());

        auto offline = kiosk->engine().syncOnce();
        QVERIFY(!offline);
        QCOMPARE(offline.error().code, sync::SyncErrorCode::Unreachable);
        // Pending entries are kept, shown as pending, and survive a restart of the app.
        QVERIFY(kiosk->reopen());
        QCOMPARE(*sync::SyncRepository(kiosk->store().database()).outboxCount(), 5);
        for (const auto& id : entryIds) {
            auto pending = kiosk->store().records().find<VisitorEntry>(id);
            QVERIFY(pending && *pending);
            QCOMPARE((*pending)->visitor_name(), name);
            auto state = kiosk->engine().stateOf(RECORD_KIND_VISITOR_ENTRY, id);
            QVERIFY(state && *state == sync::RecordSyncState::Pending);
        }
        QVERIFY(!storeHolds(kiosk->store(), { name, email }).isEmpty()); // the scan below can see it

        kiosk->retarget(m_server->port());
        sync::SyncReport report;
        QVERIFY(syncOk(*kiosk, &report));
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.purged, 5);
        QCOMPARE(*sync::SyncRepository(kiosk->store().database()).outboxCount(), 0);
        const QStringList traces = storeHolds(kiosk->store(), { name, email, phone });
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(", ")));
        auto overview = kiosk->engine().overview();
        QVERIFY(overview);
        QCOMPARE(overview->visitorEntriesSent, 5);
        QCOMPARE(overview->visitorEntriesRefused, 0);
        // Deleted rows are overwritten in the file, not only unlinked.
        QCOMPARE(*kiosk->store().database().queryInt("PRAGMA secure_delete"), 1);
        // A kiosk's pull has the public audience only: syncing again brings nothing back.
        QVERIFY(syncOk(*kiosk));
        QVERIFY(storeHolds(kiosk->store(), { name, email, phone }).isEmpty());
        QVERIFY(kiosk->reopen());
        QVERIFY(storeHolds(kiosk->store(), { name, email, phone }).isEmpty());

        // The centre's staff of the prefecture pull every entry, with the visitor's name.
        for (const auto& id : entryIds) {
            const auto onServer = serverRecord(service(), RECORD_KIND_VISITOR_ENTRY, id);
            QVERIFY(onServer);
            QCOMPARE(onServer->visitor_entry().device_id(), overview->deviceId);
        }
        auto centre = device("demo-centre");
        QVERIFY(centre);
        QVERIFY(syncOk(*centre));
        for (const auto& id : entryIds) {
            auto seen = centre->store().records().find<VisitorEntry>(id);
            QVERIFY(seen && *seen);
            QCOMPARE((*seen)->visitor_name(), name);
            QCOMPARE((*seen)->visitor_email(), email);
        }
        QCOMPARE(registrationOn(*centre, r->id()).attendee_name(), name);
    }

    // A kiosk refused by the server keeps nothing of the refused entry either, and counts it.
    void kioskPurgesRefusedEntries()
    {
        auto kiosk = device("demo-centre", DEVICE_KIND_KIOSK);
        QVERIFY(kiosk);
        // No such session.
        const Mutation m = visitorEntryFor(
            VISITOR_ENTRY_KIND_VISIT, storage::newUuid(), "拒否 太郎", "refused.visitor@example.jp");
        const auto* e = &m.submit_visitor_entry().entry();
        QVERIFY(kiosk->engine().submit(m).ok());
        sync::SyncReport report;
        QVERIFY(syncOk(*kiosk, &report));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.purged, 1);
        QVERIFY(storeHolds(kiosk->store(), { "拒否 太郎", "refused.visitor@example.jp" }).isEmpty());
        auto overview = kiosk->engine().overview();
        QVERIFY(overview);
        QCOMPARE(overview->visitorEntriesRefused, 1);
        QCOMPARE(overview->visitorEntriesSent, 0);
        // The reason stays for the attendant (it names no visitor).
        auto outcome = sync::SyncRepository(kiosk->store().database())
                           .latestOutcome(RECORD_KIND_VISITOR_ENTRY, e->id());
        QVERIFY(outcome && *outcome);
        QCOMPARE((*outcome)->reasonCode, std::string("not_found"));
    }

    // The kiosk dies after the server applied its push and before it recorded the answer.
    // After the restart the server answers "duplicate", and that is an answer too: the entry
    // is purged.
    void kioskPurgesAnEntryWhoseAnswerWasLost()
    {
        const std::string sessionId = makeSession(10);
        QVERIFY(!sessionId.empty());
        bool armed = false;
        test::SyncDeviceOptions options;
        options.engine.checkpoint = [&armed](std::string_view point) {
            if (armed && point == "push_answered") {
                armed = false;
                throw std::runtime_error("killed at push_answered");
            }
        };
        auto kiosk = device("demo-centre", DEVICE_KIND_KIOSK, options);
        QVERIFY(kiosk);
        const Mutation m
            = visitorEntryFor(VISITOR_ENTRY_KIND_VISIT, sessionId, "中断 三郎", "lost.answer@example.jp");
        const auto* e = &m.submit_visitor_entry().entry();
        QVERIFY(kiosk->engine().submit(m).ok());
        armed = true;
        bool died = false;
        try {
            (void)kiosk->engine().syncOnce();
        } catch (const std::runtime_error&) {
            died = true;
        }
        QVERIFY(died);
        QVERIFY(serverRecord(service(), RECORD_KIND_VISITOR_ENTRY, e->id()));
        QVERIFY(kiosk->reopen());
        QCOMPARE(*sync::SyncRepository(kiosk->store().database()).outboxCount(),
            1); // the device never heard the answer

        sync::SyncReport report;
        QVERIFY(syncOk(*kiosk, &report));
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.purged, 1);
        QCOMPARE(*sync::SyncRepository(kiosk->store().database()).outboxCount(), 0);
        QVERIFY(storeHolds(kiosk->store(), { "中断 三郎", "lost.answer@example.jp" }).isEmpty());
    }

    // Issue 19: a case saved with the default scope stays with its organisation: published at
    // once when submitted, held by a colleague's tablet, never by the municipality's, the
    // centre's or the prefecture's devices (nor fetched by id). Widened to the municipality it
    // reaches the city; narrowed again, the city's copy is dropped by the next pull.
    void aCaseSavedWithTheDefaultScopeStaysInTheOrganisation()
    {
        auto author = device("demo-facility");
        auto colleague = device("demo-manager");
        auto city = device("demo-city");
        auto centre = device("demo-centre");
        auto pref = device("demo-pref");
        QVERIFY(author && colleague && city && centre && pref);
        GoodPracticeCase draft;
        draft.set_owner_org_id(account("demo-facility").organisationId);
        draft.set_title("夜勤の申し送りをインカムで短くした");
        auto create = sync::makeCreateCase(draft); // no scope chosen: the default
        const std::string id = create.create_case().good_practice_case().id();
        QVERIFY(author->engine().submit(create).ok());
        QVERIFY(author->engine().submit(sync::makeSubmitCase(id)).ok());
        QVERIFY(syncOk(*author));
        const auto stored = serverRecord(service(), RECORD_KIND_CASE, id);
        QVERIFY(stored);
        QCOMPARE(stored->good_practice_case().publication_scope(), PUBLICATION_SCOPE_ORGANISATION);
        QCOMPARE(stored->good_practice_case().state(), CASE_STATE_PUBLISHED);

        const auto holds = [&](test::SyncDevice& d) {
            auto found = d.store().cases().find(id);
            return found.ok() && found->has_value();
        };
        for (auto* d : { colleague.get(), city.get(), centre.get(), pref.get() })
            QVERIFY(syncOk(*d));
        QVERIFY(holds(*author));
        QVERIFY(holds(*colleague));
        for (auto* other : { city.get(), centre.get(), pref.get() }) {
            QVERIFY(!holds(*other));
            auto refused = other->engine().fetchWholeCase(id);
            QVERIFY(!refused);
            QCOMPARE(refused.error().serverCode, std::string("not_found"));
        }

        // The author widens it to the municipality: the city's officers now read it, the
        // centre and the prefecture do not.
        const auto scopeEdit = [&](PublicationScope scope) {
            GoodPracticeCase values;
            values.set_publication_scope(scope);
            const auto current = author->store().cases().find(id);
            return sync::makeCaseEdit(id, (*current)->revision(), { "publication_scope" }, values);
        };
        QVERIFY(author->engine().submit(scopeEdit(PUBLICATION_SCOPE_MUNICIPALITY)).ok());
        QVERIFY(syncOk(*author));
        for (auto* d : { city.get(), centre.get(), pref.get() })
            QVERIFY(syncOk(*d));
        QVERIFY(holds(*city));
        QVERIFY(!holds(*centre));
        QVERIFY(!holds(*pref));

        // Narrowed again: the city's next pull drops it.
        QVERIFY(author->engine().submit(scopeEdit(PUBLICATION_SCOPE_ORGANISATION)).ok());
        QVERIFY(syncOk(*author));
        QVERIFY(syncOk(*city));
        QVERIFY(!holds(*city));
        QVERIFY(syncOk(*colleague));
        QVERIFY(holds(*colleague));
    }

    // Issue 23: a phone holds case summaries and fetches a whole case over HTTPS, exactly as
    // the server holds it; a case it may not see is 404 like one that does not exist, no
    // token is 401, and without a connection it says so and keeps the summary.
    void phoneFetchesAWholeCaseOverHttps()
    {
        const std::string id = "b02ef20d-daff-4145-bf8d-d7e964393bbb"; // published, public
        const std::string draft = "ca1e6966-c3d4-4cf8-baeb-45f2a1e329d7"; // a facility's draft
        auto phone = device("demo-centre", DEVICE_KIND_PHONE);
        QVERIFY(phone);
        QVERIFY(syncOk(*phone));
        auto summary = phone->store().cases().find(id);
        QVERIFY(summary.ok() && summary->has_value() && (*summary)->summary_only());
        QVERIFY(!(*summary)->has_sections());

        auto whole = phone->engine().fetchWholeCase(id);
        QVERIFY2(whole.ok(), whole.ok() ? "" : whole.error().detail.c_str());
        const auto onServer = serverRecord(service(), RECORD_KIND_CASE, id);
        QVERIFY(onServer);
        QCOMPARE(whole->SerializeAsString(), onServer->good_practice_case().SerializeAsString());
        auto stored = phone->store().cases().find(id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->SerializeAsString(), onServer->good_practice_case().SerializeAsString());

        for (const std::string& hidden : { draft, storage::newUuid() }) {
            auto refused = phone->engine().fetchWholeCase(hidden);
            QVERIFY(!refused);
            QCOMPARE(refused.error().serverCode, std::string("not_found"));
        }
        QVERIFY(!phone->store().cases().find(draft)->has_value());
        auto client = m_server->client();
        QCOMPARE(client.request("GET", "/v1/cases/" + id).status, 401);

        phone->retarget(test::closedPort());
        auto offline = phone->engine().fetchWholeCase("0da546c9-43fd-4ceb-aed6-2c78f5f4cdc9");
        QVERIFY(!offline);
        QCOMPARE(offline.error().code, sync::SyncErrorCode::Unreachable);
        QVERIFY((*phone->store().cases().find("0da546c9-43fd-4ceb-aed6-2c78f5f4cdc9"))->summary_only());
    }

    // An attendee's phone answers the questionnaire of its own confirmed registration: the
    // answer is pending, then the server's copy stays on the phone (phones are not kiosks);
    // a second questionnaire for the same registration is refused with its reason.
    void phoneAnswersItsSeminarQuestionnaireOnce()
    {
        const std::string sessionId = makeSession(10);
        QVERIFY(!sessionId.empty());
        auto phone = device("demo-centre", DEVICE_KIND_PHONE);
        QVERIFY(phone);
        const Mutation s = signUpFor(sessionId, "受講 二郎", "jiro@example.jp");
        const auto* reg = &s.sign_up().registration();
        QVERIFY(phone->engine().submit(s).ok());
        QVERIFY(syncOk(*phone));
        QCOMPARE(registrationOn(*phone, reg->id()).status(), REGISTRATION_STATUS_CONFIRMED);

        auto questionnaire = [&](const std::string& id) {
            Mutation m = visitorEntryFor(VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, sessionId);
            auto* e = m.mutable_submit_visitor_entry()->mutable_entry();
            e->set_id(id);
            e->set_registration_id(reg->id());
            auto* a = e->add_answers();
            a->set_question_id("satisfaction");
            a->add_choices("5");
            return m;
        };
        const std::string first = storage::newUuid();
        QVERIFY(phone->engine().submit(questionnaire(first)).ok());
        auto pending = phone->store().records().find<VisitorEntry>(first);
        QVERIFY(pending && *pending);
        QCOMPARE((*pending)->server_version(), 0);
        QVERIFY(syncOk(*phone));
        auto kept = phone->store().records().find<VisitorEntry>(first);
        QVERIFY(kept && *kept);
        QVERIFY((*kept)->server_version() > 0);
        QCOMPARE((*kept)->device_id(), phone->engine().overview()->deviceId);
        auto state = phone->engine().stateOf(RECORD_KIND_VISITOR_ENTRY, first);
        QVERIFY(state && *state == sync::RecordSyncState::Synced);

        const std::string second = storage::newUuid();
        QVERIFY(phone->engine().submit(questionnaire(second)).ok());
        sync::SyncReport report;
        QVERIFY(syncOk(*phone, &report));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.purged, 0);
        auto outcome = sync::SyncRepository(phone->store().database())
                           .latestOutcome(RECORD_KIND_VISITOR_ENTRY, second);
        QVERIFY(outcome && *outcome);
        QCOMPARE((*outcome)->reasonCode, std::string("already_answered"));
        QVERIFY(!(*outcome)->messageJa.empty() && !(*outcome)->messageEn.empty());
        auto gone = phone->store().records().find<VisitorEntry>(second);
        QVERIFY(gone && !*gone);
    }

    // Two centre-staff devices check the same ticket in while offline (two doors, two
    // nonces). After both sync the server holds one accepted and one duplicate check-in, and
    // both devices hold both, as the server has them.
    void sameTicketCheckedInOfflineAtTwoDoors()
    {
        const std::string sessionId = makeSession(5);
        QVERIFY(!sessionId.empty());
        auto attendee = device("demo-facility");
        QVERIFY(attendee);
        const Mutation s = signUpFor(sessionId, "受講 一郎");
        const auto* reg = &s.sign_up().registration();
        QVERIFY(attendee->engine().submit(s).ok());
        QVERIFY(syncOk(*attendee));
        const auto registration = registrationOn(*attendee, reg->id());
        QCOMPARE(registration.status(), REGISTRATION_STATUS_CONFIRMED);
        QVERIFY(registration.has_ticket());

        auto doorA = device("demo-centre");
        auto doorB = device("demo-centre");
        QVERIFY(doorA && doorB);
        QVERIFY(syncOk(*doorA));
        QVERIFY(syncOk(*doorB));
        TicketPayload payload;
        QVERIFY(payload.ParseFromString(registration.ticket().payload()));
        std::string checkInIds[2];
        test::SyncDevice* doors[2] = { doorA.get(), doorB.get() };
        for (int i = 0; i < 2; ++i) {
            doors[i]->retarget(test::closedPort());
            Mutation m;
            auto* c = m.mutable_record_check_in()->mutable_check_in();
            c->set_id(storage::newUuid());
            c->set_nonce(storage::newUuid());
            c->set_session_id(sessionId);
            c->set_ticket_id(payload.ticket_id());
            *c->mutable_checked_in_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
            *m.mutable_record_check_in()->mutable_ticket() = registration.ticket();
            checkInIds[i] = c->id();
            QVERIFY(doors[i]->engine().submit(m).ok());
            QVERIFY(!doors[i]->engine().syncOnce());
        }
        for (auto* door : doors)
            door->retarget(m_server->port());
        QVERIFY(syncOk(*doorA));
        QVERIFY(syncOk(*doorB));
        QVERIFY(syncOk(*doorA)); // A learns of B's check-in

        std::map<CheckInResult, int> results;
        for (const auto& id : checkInIds) {
            const auto onServer = serverRecord(service(), RECORD_KIND_CHECK_IN, id);
            QVERIFY(onServer);
            ++results[onServer->check_in().result()];
            for (auto* door : doors) {
                auto held = door->store().records().find<CheckIn>(id);
                QVERIFY(held && *held);
                QCOMPARE((*held)->SerializeAsString(), onServer->check_in().SerializeAsString());
            }
        }
        QCOMPARE(results[CHECK_IN_RESULT_ACCEPTED], 1);
        QCOMPARE(results[CHECK_IN_RESULT_DUPLICATE], 1);
        QCOMPARE(serverRecord(service(), RECORD_KIND_CHECK_IN, checkInIds[0])->check_in().result(),
            CHECK_IN_RESULT_ACCEPTED); // door A reached the server first
        for (auto* door : doors)
            QCOMPARE(*sync::SyncRepository(door->store().database()).outboxCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
