// From trial to lasting use, end to end: devices with their own encrypted stores against the
// real server over HTTPS on loopback. The centre publishes a programme; a facility applies from
// its tablet; two centre tablets choose for the last place at once and one of them is told no;
// visit logs written offline at the facility reach the facility's tablet after sync; closing
// the support leaves a case draft with dated, sourced before → after figures on the facility's
// tablet. A loan report that plans to buy makes an adoption whose 1-month check-in is due;
// answering "no longer used" puts it on the centre's list of stalled adoptions. A support menu
// entry's requirement leads the facility's manager to a seminar's session, the sign-up from it
// meets the requirement, and the entry's rules PDF is readable by the facility. Indicators: a
// town's officer asks for the figures and pulls them with source, n and date; a figure from
// four facilities is withheld, from five it is shown; a facility's tablet holds none.
#include "device_session.h"
#include "sample_menu_entry.h"
#include "sync_device.h"
#include "test_server.h"

#include "admin/account_admin.h"
#include "auth/demo_seed.h"
#include "core/placement.h"
#include "device_session.h"
#include "domain/follow_up_schedule.h"
#include "engine/local_attachments.h"
#include "engine/mutations.h"
#include "engine/sync_repository.h"
#include "indicator_ids.h"
#include "service/sync_service.h"
#include "storage/cipher.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/support_menu_progress.h"

#include <google/protobuf/util/time_util.h>

#include <QTest>

#include <atomic>
#include <thread>

using namespace yk;
using namespace yokoten::v1;

namespace {

domain::Date japanToday()
{
    const auto japan
        = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) + std::chrono::hours(9);
    return domain::Date::fromDayNumber(
        std::chrono::floor<std::chrono::days>(japan).time_since_epoch().count());
}

Measurement figure(
    MeasureItem item, MeasurePhase phase, double value, const std::string& date, const std::string& source)
{
    Measurement m;
    m.set_id(storage::newUuid());
    m.set_item(item);
    m.set_phase(phase);
    m.set_value(value);
    m.set_measured_on(date);
    m.set_source(source);
    return m;
}

} // namespace

class TestFollowUpSync : public QObject {
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

    template <typename Message> static std::optional<Message> on(test::SyncDevice& d, const std::string& id)
    {
        auto found = d.store().records().find<Message>(id);
        return found && *found ? std::optional(**found) : std::nullopt;
    }

    std::optional<Record> onServer(RecordKind kind, const std::string& id)
    {
        return test::onServer(*m_server, kind, id);
    }

    /// Another demo facility of the prefecture applying, as its own staff would from their
    /// tablet (the demo has accounts for one facility only).
    bool applyAsAnotherFacility(const std::string& programmeId, const std::string& participationId)
    {
        std::string facility;
        {
            auto snapshot = service().store().read();
            if (!snapshot)
                return false;
            auto orgs = (*snapshot)->listByPrefecture(RECORD_KIND_ORGANISATION, 20);
            if (!orgs)
                return false;
            for (const auto& r : *orgs)
                if (r.organisation().kind() == ORGANISATION_KIND_FACILITY
                    && r.organisation().id() != account("demo-manager").organisationId)
                    facility = r.organisation().id();
        }
        if (facility.empty())
            return false;
        server::Principal staff;
        staff.deviceId = storage::newUuid();
        staff.deviceKind = DEVICE_KIND_TABLET;
        staff.userId = storage::newUuid();
        staff.organisationId = facility;
        staff.organisationKind = ORGANISATION_KIND_FACILITY;
        staff.prefectureCode = 20;
        staff.roles = { ROLE_FACILITY_MANAGER };
        ProgrammeApplication application;
        application.set_reason("記録の転記に時間がかかる");
        application.set_goals("記録を一度の入力で済ませたい");
        PushRequest request;
        auto* m = request.add_mutations();
        *m = sync::makeApplyToProgramme(programmeId, facility, application, participationId);
        m->set_seq(1);
        auto pushed = service().push(staff, request);
        return pushed.ok() && pushed->results_size() == 1
            && pushed->results(0).status() == MUTATION_STATUS_APPLIED;
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

    void programmeFromApplicationToCaseDraft()
    {
        auto manager = device("demo-manager");
        auto centre = device("demo-centre");
        auto centre2 = device("demo-centre");
        QVERIFY(manager && centre && centre2);
        const std::string facility = account("demo-manager").organisationId;
        const auto today = japanToday();

        // The centre publishes; the programme reaches the facility's tablet.
        SupportProgramme programme;
        programme.set_kind(PROGRAMME_KIND_ACCOMPANIMENT);
        programme.set_title("試験用 伴走支援（1事業所）");
        programme.set_fiscal_year(today.year());
        programme.set_apply_from(today.addDays(-7).toString());
        programme.set_apply_until(today.addDays(7).toString());
        programme.set_places(1);
        const Mutation publish = sync::makePublishProgramme(programme);
        const std::string programmeId = publish.publish_programme().programme().id();
        QVERIFY(centre->engine().submit(publish).ok());
        QVERIFY(syncOk(*centre));
        QVERIFY(syncOk(*manager));
        const auto onTablet = on<SupportProgramme>(*manager, programmeId);
        QVERIFY(onTablet);
        QCOMPARE(onTablet->places(), 1);
        QCOMPARE(onTablet->min_visits(), 3);

        // The facility applies; another facility too.
        ProgrammeApplication application;
        application.set_reason("夜勤帯の記録と見守りの負担が大きい");
        application.set_goals("記録の二重入力をなくし、残業を減らす");
        application.set_contact("事務室（平日9時〜17時）");
        const Mutation apply = sync::makeApplyToProgramme(programmeId, facility, application);
        const std::string mine = apply.apply_to_programme().participation().id();
        QVERIFY(manager->engine().submit(apply).ok());
        QCOMPARE(on<ProgrammeParticipation>(*manager, mine)->state(), PARTICIPATION_STATE_APPLIED);
        QVERIFY(syncOk(*manager));
        const std::string theirs = storage::newUuid();
        QVERIFY(applyAsAnotherFacility(programmeId, theirs));

        // Two centre tablets choose for the one place at the same moment: one is told no.
        QVERIFY(syncOk(*centre));
        QVERIFY(syncOk(*centre2));
        QVERIFY(centre->engine().submit(sync::makeDecideApplication(mine, true)).ok());
        QVERIFY(centre2->engine().submit(sync::makeDecideApplication(theirs, true)).ok());
        std::atomic<int> ready { 0 };
        bool synced[2] = { false, false };
        test::SyncDevice* tablets[2] = { centre.get(), centre2.get() };
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i)
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < 2) { }
                synced[i] = tablets[i]->engine().syncOnce().ok();
            });
        for (auto& t : threads)
            t.join();
        QVERIFY(synced[0] && synced[1]);
        const auto a = onServer(RECORD_KIND_PARTICIPATION, mine)->participation().state();
        const auto b = onServer(RECORD_KIND_PARTICIPATION, theirs)->participation().state();
        QCOMPARE((a == PARTICIPATION_STATE_CHOSEN) + (b == PARTICIPATION_STATE_CHOSEN), 1);
        QCOMPARE(onServer(RECORD_KIND_PROGRAMME, programmeId)->programme().chosen_count(), 1);
        // The refused tablet shows the application as it stands on the server again.
        test::SyncDevice& refused = a == PARTICIPATION_STATE_CHOSEN ? *centre2 : *centre;
        const std::string refusedId = a == PARTICIPATION_STATE_CHOSEN ? theirs : mine;
        QVERIFY(syncOk(refused));
        QCOMPARE(on<ProgrammeParticipation>(refused, refusedId)->state(), PARTICIPATION_STATE_APPLIED);
        if (a != PARTICIPATION_STATE_CHOSEN) {
            // Make the demo facility the chosen one for the rest of the walk.
            QVERIFY(centre->engine().submit(sync::makeDecideApplication(theirs, false)).ok());
            QVERIFY(centre->engine().submit(sync::makeDecideApplication(mine, true)).ok());
            QVERIFY(syncOk(*centre));
        }
        QCOMPARE(
            onServer(RECORD_KIND_PARTICIPATION, mine)->participation().state(), PARTICIPATION_STATE_CHOSEN);

        // At the facility, offline: the centre's adviser writes two visit logs and figures.
        QVERIFY(syncOk(*centre));
        centre->retarget(test::closedPort());
        VisitLog visit;
        visit.set_visit_date(today.addDays(-1).toString());
        visit.set_attendees("施設長、介護主任、夜勤リーダー");
        visit.set_activities("特性要因図で夜勤帯の記録の流れを見える化した");
        visit.set_next_actions("生産性向上委員会を月1回開く");
        visit.set_step(IMPROVEMENT_STEP_VISUALISE);
        QVERIFY(centre->engine().submit(sync::makeLogVisit(mine, visit)).ok());
        visit.set_visit_date(today.toString());
        visit.set_activities("委員会の初回に同席し、記録様式の見直し案を作った");
        visit.set_step(IMPROVEMENT_STEP_PLAN);
        QVERIFY(centre->engine().submit(sync::makeLogVisit(mine, visit)).ok());
        QVERIFY(centre->engine()
                    .submit(sync::makeRecordMeasurement(mine,
                        figure(MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_BEFORE, 11.5, "2026-09",
                            "勤怠システム")))
                    .ok());
        QVERIFY(
            centre->engine()
                .submit(sync::makeRecordMeasurement(mine,
                    figure(MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_AFTER, 7.5, "2026-11", "勤怠システム")))
                .ok());
        const auto pending = on<ProgrammeParticipation>(*centre, mine);
        QCOMPARE(pending->visits_size(), 2);
        QVERIFY(!pending->visits(0).has_written_at()); // 送信待ち until the server has it
        QVERIFY(!centre->engine().syncOnce());
        QCOMPARE(onServer(RECORD_KIND_PARTICIPATION, mine)->participation().visits_size(), 0);

        centre->retarget(m_server->port());
        QVERIFY(syncOk(*centre));
        QCOMPARE(*sync::SyncRepository(centre->store().database()).outboxCount(), 0);
        QVERIFY(syncOk(*manager));
        const auto seen = on<ProgrammeParticipation>(*manager, mine);
        QVERIFY(seen);
        QCOMPARE(seen->state(), PARTICIPATION_STATE_CHOSEN);
        QCOMPARE(seen->visits_size(), 2);
        QVERIFY(seen->visits(1).has_written_at());
        QCOMPARE(seen->visits(0).author_user_id(), account("demo-centre").userId);
        QCOMPARE(seen->measurements_size(), 2);

        // The centre closes the support; the facility's tablet gets the case draft to finish.
        const Mutation close = sync::makeCloseParticipation(mine, "訪問2回と電話で委員会を立ち上げた");
        const std::string caseId = close.close_participation().case_id();
        QVERIFY(centre->engine().submit(close).ok());
        QVERIFY(syncOk(*centre));
        QVERIFY(syncOk(*manager));
        QCOMPARE(on<ProgrammeParticipation>(*manager, mine)->case_id(), caseId);
        auto draft = manager->store().cases().find(caseId);
        QVERIFY(draft.ok() && draft->has_value());
        const GoodPracticeCase& c = **draft;
        QCOMPARE(c.state(), CASE_STATE_DRAFT);
        QCOMPARE(c.owner_org_id(), facility);
        QCOMPARE(c.metrics_size(), 1);
        QCOMPARE(c.metrics(0).before_date(), std::string("2026-09"));
        QCOMPARE(c.metrics(0).after_date(), std::string("2026-11"));
        QCOMPARE(c.metrics(0).source(), std::string("勤怠システム"));
        QCOMPARE(c.metrics(0).before_value(), 11.5);
        QCOMPARE(c.metrics(0).after_value(), 7.5);
        // The draft is the facility's until it submits it: the centre's tablet holds none.
        auto atCentre = centre->store().cases().find(caseId);
        QVERIFY(atCentre.ok() && !atCentre->has_value());
    }

    void indicatorsReachTheMunicipalOfficer()
    {
        // A town of the demo prefecture with five facilities of its own, and its officer.
        const std::string town = storage::newUuid();
        std::vector<std::string> facilities;
        {
            auto tx = service().store().write();
            QVERIFY(tx.ok());
            auto place = [&](const std::string& id, OrganisationKind kind, const std::string& parent,
                             const std::string& name) {
                Record r;
                auto* o = r.mutable_organisation();
                o->set_id(id);
                o->set_kind(kind);
                o->set_parent_id(parent);
                o->set_prefecture_code(20);
                o->set_name(name);
                return server::putPlaced(**tx, r).ok();
            };
            QVERIFY(place(town, ORGANISATION_KIND_MUNICIPALITY, {}, "指標テスト町"));
            for (int n = 1; n <= 5; ++n) {
                facilities.push_back(storage::newUuid());
                QVERIFY(place(facilities.back(), ORGANISATION_KIND_FACILITY, town,
                    "テスト施設" + std::to_string(n) + "（デモ）"));
            }
            QVERIFY((*tx)->commit().ok());
        }
        server::AdminOptions options;
        options.passwordCost = server::PasswordCost::forTests();
        const std::string password = "town-officer-password";
        QVERIFY(server::addUser(
            service().store(), { town, ROLE_MUNICIPAL_OFFICER, "test-town", {}, password }, options)
                    .ok());
        auto officer = test::SyncDevice::create(m_server->port(), m_server->caFile());
        QVERIFY(officer);
        const auto enrolled = officer->enrolAndSignIn(
            test::makeEnrolmentCode(service().store(), town, DEVICE_KIND_TABLET), "test-town", password);
        QVERIFY2(enrolled.empty(), enrolled.c_str());
        auto centre = device("demo-centre");
        auto manager = device("demo-manager");
        QVERIFY(centre && manager);

        // The centre takes phone consultations from four of the five.
        auto consult = [&](const std::string& facility) {
            Consultation c;
            c.set_organisation_id(facility);
            c.set_channel(CONSULTATION_CHANNEL_PHONE);
            c.set_topic(CONSULTATION_TOPIC_SUBSIDIES);
            c.set_question("見守り機器の補助金の申請時期を知りたい");
            return centre->engine().submit(sync::makeOpenConsultation(c)).ok() && syncOk(*centre);
        };
        for (int n = 0; n < 4; ++n)
            QVERIFY(consult(facilities[n]));
        auto figures = [&]() -> std::optional<IndicatorSheet> {
            if (!officer->engine().submit(sync::makeRefreshIndicators(20)).ok() || !syncOk(*officer))
                return std::nullopt;
            return on<IndicatorSheet>(*officer, proto::indicatorSheetId(20, town));
        };
        auto subsidies = [](const IndicatorSheet& s) {
            for (const auto& i : s.indicators())
                if (i.topic() == INDICATOR_TOPIC_CONSULTATIONS && i.code() == CONSULTATION_TOPIC_SUBSIDIES)
                    return i;
            return Indicator();
        };
        const auto four = figures();
        QVERIFY(four);
        QCOMPARE(four->area_name(), std::string("指標テスト町"));
        QCOMPARE(four->facilities_registered(), 5);
        QCOMPARE(four->reference_date(), japanToday().toString());
        const auto withheld = subsidies(*four);
        QCOMPARE(withheld.topic(), INDICATOR_TOPIC_CONSULTATIONS);
        QVERIFY(withheld.withheld());
        QCOMPARE(withheld.facility_count(), 0);
        QCOMPARE(withheld.value(), 0.0);
        QVERIFY(!withheld.source().empty());
        // The officer also holds the prefecture's total, and no other municipality's sheet.
        QVERIFY(on<IndicatorSheet>(*officer, proto::indicatorSheetId(20)));
        auto held = officer->store().records().all<IndicatorSheet>();
        QVERIFY(held.ok());
        QCOMPARE(held->size(), std::size_t(2));

        QVERIFY(consult(facilities[4]));
        const auto five = figures();
        QVERIFY(five);
        const auto shown = subsidies(*five);
        QVERIFY(!shown.withheld());
        QCOMPARE(shown.value(), 5.0);
        QCOMPARE(shown.facility_count(), 5);
        QCOMPARE(shown.unit(), std::string("件"));
        QCOMPARE(shown.reference_date(), japanToday().toString());
        QVERIFY(!shown.period_from().empty());

        // The centre holds every sheet of the prefecture; a facility's tablet none.
        QVERIFY(syncOk(*centre));
        QVERIFY(on<IndicatorSheet>(*centre, proto::indicatorSheetId(20, town)));
        QVERIFY(syncOk(*manager));
        auto onTablet = manager->store().records().all<IndicatorSheet>();
        QVERIFY(onTablet.ok());
        QVERIFY(onTablet->empty());
    }

    void loanReportToStalledAdoption()
    {
        auto manager = device("demo-manager");
        auto centre = device("demo-centre");
        QVERIFY(manager && centre);
        QVERIFY(syncOk(*manager));
        QVERIFY(syncOk(*centre));
        const std::string facility = account("demo-manager").organisationId;
        const auto today = japanToday();

        // A trial loan of a model in the demo catalogue, lent and returned.
        auto models = manager->store().records().all<EquipmentModel>();
        QVERIFY(models.ok() && !models->empty());
        std::string modelId;
        for (const auto& m : *models)
            if (m.prefecture_code() == 20)
                modelId = m.id();
        QVERIFY(!modelId.empty());
        LoanRequest loan;
        loan.set_model_id(modelId);
        loan.set_requester_org_id(facility);
        loan.set_from_date(today.addDays(40).toString());
        loan.set_to_date(today.addDays(42).toString());
        loan.set_purpose("夜間の見守りの負担を減らせるか試す");
        const Mutation request = sync::makeLoanRequest(loan);
        const std::string loanId = request.request_loan().loan().id();
        QVERIFY(manager->engine().submit(request).ok());
        QVERIFY(syncOk(*manager));
        const auto booked = onServer(RECORD_KIND_LOAN_REQUEST, loanId);
        QVERIFY(booked);
        if (booked->loan_request().state() == LOAN_STATE_REQUESTED
            || booked->loan_request().state() == LOAN_STATE_APPROVED) {
            QVERIFY(syncOk(*centre));
            Mutation step;
            if (booked->loan_request().state() == LOAN_STATE_REQUESTED) {
                step.mutable_approve_loan()->set_loan_id(loanId);
                QVERIFY(centre->engine().submit(step).ok());
            }
            step.mutable_mark_loan_lent()->set_loan_id(loanId);
            QVERIFY(centre->engine().submit(step).ok());
            step.mutable_mark_loan_returned()->set_loan_id(loanId);
            QVERIFY(centre->engine().submit(step).ok());
            QVERIFY(syncOk(*centre));
        }
        QCOMPARE(onServer(RECORD_KIND_LOAN_REQUEST, loanId)->loan_request().state(), LOAN_STATE_RETURNED);

        QVERIFY(syncOk(*manager));
        Mutation report;
        report.mutable_file_loan_report()->set_loan_id(loanId);
        auto* r = report.mutable_file_loan_report()->mutable_report();
        r->set_usefulness(5);
        r->set_plans_to_adopt(true);
        r->set_findings("夜間の訪室が減り、利用者の睡眠も妨げにくい");
        QVERIFY(manager->engine().submit(report).ok());
        QVERIFY(syncOk(*manager));

        auto adoptions = manager->store().records().adoptionsOf(facility);
        QVERIFY(adoptions.ok());
        std::optional<Adoption> made;
        for (const auto& a : *adoptions)
            if (a.source_loan_id() == loanId)
                made = a;
        QVERIFY(made);
        QCOMPARE(made->model_id(), modelId);
        QCOMPARE(made->check_ins(0).months_after(), 1);
        QCOMPARE(made->check_ins(0).due_date(), domain::addMonths(today, 1).toString());
        // Seen a month on, the 1-month check-in is due, not yet stalled.
        const auto monthOn = domain::addMonths(today, 1);
        QCOMPARE(domain::standingOf(*domain::Date::parse(made->check_ins(0).due_date()), false, monthOn),
            domain::CheckInStanding::Due);

        // The facility answers that it no longer uses it: the centre's list of stalled
        // adoptions (its store's adoptions of the prefecture that are no longer used or
        // overdue) now names it.
        AdoptionCheckIn answer;
        answer.set_months_after(1);
        answer.set_use(ADOPTION_USE_NO_LONGER_USED);
        answer.set_staff_using(0);
        answer.set_obstacles("購入が来年度予算になり、返却後は使っていない");
        QVERIFY(manager->engine().submit(sync::makeAnswerAdoptionCheckIn(made->id(), answer)).ok());
        QVERIFY(syncOk(*manager));
        QVERIFY(syncOk(*centre));
        auto atCentre = centre->store().records().adoptionsOf(facility);
        QVERIFY(atCentre.ok());
        int stalled = 0;
        for (const auto& a : *atCentre) {
            bool overdue = false;
            for (const auto& checkIn : a.check_ins())
                overdue = overdue
                    || domain::standingOf(*domain::Date::parse(checkIn.due_date()),
                           checkIn.use() != ADOPTION_USE_UNSPECIFIED, today)
                        == domain::CheckInStanding::Overdue;
            if (a.id() == made->id())
                QVERIFY(a.no_longer_used());
            stalled += (a.no_longer_used() || overdue) && a.id() == made->id();
        }
        QCOMPARE(stalled, 1);
        // A municipal officer of the same city holds none of it.
        auto city = device("demo-city");
        QVERIFY(city && syncOk(*city));
        auto cityAdoptions = city->store().records().adoptionsOf(facility);
        QVERIFY(cityAdoptions.ok() && cityAdoptions->empty());
    }

    void menuEntryRequirementLeadsToSignUp()
    {
        using google::protobuf::util::TimeUtil;
        auto manager = device("demo-manager");
        auto centre = device("demo-centre");
        auto pref = device("demo-pref");
        auto city = device("demo-city");
        QVERIFY(manager && centre && pref && city);
        const std::string facility = account("demo-manager").organisationId;

        // A demo session still open for sign-up: the seminar the requirement will name.
        QVERIFY(syncOk(*manager));
        auto sessions = manager->store().records().all<SeminarSession>();
        QVERIFY(sessions.ok());
        const auto now = TimeUtil::GetCurrentTime();
        const auto open = std::find_if(sessions->begin(), sessions->end(), [&now](const SeminarSession& s) {
            return !s.cancelled() && s.registration_deadline() > now
                && s.confirmed_count() + 1 < s.capacity();
        });
        QVERIFY2(open != sessions->end(), "the demo has no session open for sign-up");
        const std::string seminarId = open->seminar_id();

        // The centre saves an entry with its rules as a PDF; the PDF waits on the tablet until sent.
        const std::string pdf
            = "%PDF-1.4\n% 交付要綱（テスト）\n" + std::string(40 * 1024, 'x') + "\n%%EOF\n";
        auto attached
            = sync::addLocalAttachment(centre->store(), centre->engine(), pdf, "交付要綱.pdf", "要綱");
        QVERIFY(attached.ok());
        QCOMPARE(attached->mime_type(), std::string("application/pdf"));
        auto entry = test::sampleMenuEntry(storage::newUuid(), seminarId);
        *entry.mutable_rules_pdf() = *attached;
        QVERIFY(centre->engine().submit(sync::makeSaveMenuEntry(entry)).ok());
        QVERIFY(syncOk(*centre));
        const auto stored = onServer(RECORD_KIND_SUPPORT_MENU_ENTRY, entry.id());
        QVERIFY(stored);
        QCOMPARE(stored->support_menu_entry().prefecture_code(), 20);

        // A facility may not publish one: refused, and the server keeps nothing of it.
        auto own = test::sampleMenuEntry(storage::newUuid(), seminarId);
        QVERIFY(manager->engine().submit(sync::makeSaveMenuEntry(own)).ok());
        auto refused = manager->engine().syncOnce();
        QVERIFY(refused.ok());
        QCOMPARE(refused->rejected, std::int64_t { 1 });
        QVERIFY(!onServer(RECORD_KIND_SUPPORT_MENU_ENTRY, own.id()));
        QVERIFY(!on<SupportMenuEntry>(*manager, own.id()));

        // The manager reads the entry; the seminar requirement is not met yet.
        QVERIFY(syncOk(*manager));
        const auto onTablet = on<SupportMenuEntry>(*manager, entry.id());
        QVERIFY(onTablet);
        auto progress = store::requirementProgress(manager->store().records(), *onTablet, facility);
        QVERIFY(progress.ok());
        QCOMPARE(progress->size(), std::size_t(2));
        QCOMPARE(progress->at(0).met, store::RequirementMet::No);

        // From the requirement to the seminar's sessions, and one tap to sign up.
        const auto& requirement = onTablet->requirements(0);
        QCOMPARE(requirement.seminar_ids(0), seminarId);
        auto ofSeminar = manager->store().records().sessionsOfSeminar(requirement.seminar_ids(0));
        QVERIFY(ofSeminar.ok());
        const auto session = std::find_if(ofSeminar->begin(), ofSeminar->end(),
            [&open](const SeminarSession& s) { return s.id() == open->id(); });
        QVERIFY(session != ofSeminar->end());
        sync::SignUpDetails details;
        details.sessionId = session->id();
        details.userId = account("demo-manager").userId;
        details.organisationId = facility;
        details.attendeeName = "デモ 管理者";
        const Mutation signUp = sync::makeSignUp(details);
        const std::string registrationId = signUp.sign_up().registration().id();
        QVERIFY(manager->engine().submit(signUp).ok());
        // Shown as registered at once (waiting to be sent), then confirmed by the server.
        progress = store::requirementProgress(manager->store().records(), *onTablet, facility);
        QCOMPARE(progress->at(0).met, store::RequirementMet::Registered);
        QVERIFY(syncOk(*manager));
        const auto registration = onServer(RECORD_KIND_REGISTRATION, registrationId);
        QVERIFY(registration);
        QCOMPARE(registration->registration().status(), REGISTRATION_STATUS_CONFIRMED);
        progress = store::requirementProgress(manager->store().records(), *onTablet, facility);
        QCOMPARE(progress->at(0).met, store::RequirementMet::Registered);
        QCOMPARE(progress->at(0).recordId, registrationId);

        // The facility reads the rules PDF the centre attached.
        QVERIFY(manager->engine().queueDownload(attached->sha256(), attached->size_bytes()).ok());
        auto fetched = manager->engine().transferAttachments();
        QVERIFY(fetched.ok());
        QCOMPARE(fetched->downloadedBytes, static_cast<std::int64_t>(pdf.size()));

        // The prefecture office and the municipality read it too; the prefecture office may
        // withdraw it, and the facility then sees it marked.
        QVERIFY(syncOk(*city));
        QVERIFY(on<SupportMenuEntry>(*city, entry.id()));
        QVERIFY(syncOk(*pref));
        QVERIFY(on<SupportMenuEntry>(*pref, entry.id()));
        QVERIFY(pref->engine().submit(sync::makeWithdrawMenuEntry(entry.id())).ok());
        QVERIFY(syncOk(*pref));
        QVERIFY(syncOk(*manager));
        QVERIFY(on<SupportMenuEntry>(*manager, entry.id())->withdrawn());
    }
};

QTEST_GUILESS_MAIN(TestFollowUpSync)
#include "tst_followup_sync.moc"
