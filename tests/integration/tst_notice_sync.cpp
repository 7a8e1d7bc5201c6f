// Notices (お知らせ), end to end: devices with their own encrypted stores against the real
// server over HTTPS on loopback. The demo centre writes to its prefecture; the notice waits on
// the facility manager's home page until they have read it, while a colleague on the same
// tablet still has it unread; each organisation counts once; the count reaches the centre's
// tablet by an ordinary pull and nobody else's. Narrowed audiences reach only whom they name;
// roles that may not publish, and notices beyond the sender's area, are refused and change
// nothing; a withdrawn notice leaves the audience's tablets.
#include "device_session.h"
#include "sync_device.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "domain/date.h"
#include "engine/mutations.h"
#include "service/sync_service.h"
#include "store/notice_reads.h"
#include "store/record_repository.h"

#include <QTest>

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

Notice notice(const std::string& title)
{
    Notice n;
    n.set_title(title);
    n.set_body("詳しくは添付の要項をご覧ください。");
    return n;
}

constexpr int kNagano = 20;

} // namespace

class TestNoticeSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    server::DemoSeed m_seed;

    server::SyncService& service() { return *m_server->syncService(); }
    const server::DemoAccount& account(const std::string& login) { return *test::demoAccount(m_seed, login); }
    std::unique_ptr<test::SyncDevice> device(const std::string& login)
    {
        return test::demoDevice(*m_server, m_seed, login);
    }
    static bool syncOk(test::SyncDevice& d) { return test::syncOk(d); }
    static std::optional<Notice> on(test::SyncDevice& d, const std::string& id)
    {
        auto found = d.store().records().find<Notice>(id);
        return found && *found ? std::optional(**found) : std::nullopt;
    }
    std::optional<Notice> onServer(const std::string& id)
    {
        auto r = test::onServer(*m_server, RECORD_KIND_NOTICE, id);
        return r ? std::optional(r->notice()) : std::nullopt;
    }
    /// Whether the notice waits on the home page of `login` on device `d`.
    bool unreadOn(test::SyncDevice& d, const std::string& login, const std::string& id)
    {
        const auto& who = account(login);
        auto unread = store::unreadNoticesFor(
            d.store().database(), d.store().records(), who.userId, who.organisationId);
        return unread
            && std::any_of(unread->begin(), unread->end(), [&](const Notice& n) { return n.id() == id; });
    }
    /// What the person does when they open it: read here, and the server told.
    bool read(test::SyncDevice& d, const std::string& login, const std::string& id)
    {
        return store::markNoticeReadBy(d.store().database(), id, account(login).userId, 1).ok()
            && d.engine().submit(sync::makeMarkNoticeRead(id)).ok() && syncOk(d);
    }
    /// Organisations of the demo prefecture other than the centre: the whole-prefecture audience.
    int organisationsOfThePrefectureButTheCentre()
    {
        auto snapshot = service().store().read();
        auto orgs = (*snapshot)->listByPrefecture(RECORD_KIND_ORGANISATION, kNagano);
        return static_cast<int>(std::count_if(orgs->begin(), orgs->end(), [this](const Record& r) {
            return r.organisation().id() != account("demo-centre").organisationId;
        }));
    }
    /// Pushes `m` from `d` and says whether the server refused it.
    static bool refused(test::SyncDevice& d, const Mutation& m)
    {
        if (!d.engine().submit(m).ok())
            return false;
        auto report = d.engine().syncOnce();
        return report.ok() && report->rejected == 1;
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

    void showsUntilReadAndTheCountReachesTheSender()
    {
        auto centre = device("demo-centre");
        auto manager = device("demo-manager");
        auto staff = device("demo-facility");
        auto city = device("demo-city");
        QVERIFY(centre && manager && staff && city);

        Notice n = notice("補助金の申請受付を始めました");
        n.set_deadline(japanToday().addDays(14).toString());
        const Mutation publish = sync::makePublishNotice(n);
        const std::string id = publish.publish_notice().notice().id();
        QVERIFY(centre->engine().submit(publish).ok());
        QVERIFY(syncOk(*centre));
        const int everyone = organisationsOfThePrefectureButTheCentre();
        QVERIFY(everyone > 10);
        QCOMPARE(onServer(id)->audience_org_count(), everyone);
        QCOMPARE(onServer(id)->audience().prefecture_code(), kNagano);

        // It reaches the facility's tablet, without the sender's counts, and waits there for
        // both people who use the tablet.
        QVERIFY(syncOk(*manager));
        const auto onTablet = on(*manager, id);
        QVERIFY(onTablet);
        QCOMPARE(onTablet->deadline(), n.deadline());
        QCOMPARE(onTablet->audience_org_count(), 0);
        QVERIFY(unreadOn(*manager, "demo-manager", id));
        QVERIFY(unreadOn(*manager, "demo-facility", id));

        // The manager reads it: gone from their home page, still on their colleague's.
        QVERIFY(read(*manager, "demo-manager", id));
        QVERIFY(!unreadOn(*manager, "demo-manager", id));
        QVERIFY(unreadOn(*manager, "demo-facility", id));
        QCOMPARE(onServer(id)->read_org_count(), 1);

        // A second reader of the same facility changes nothing; the city's officer counts.
        QVERIFY(syncOk(*staff));
        QVERIFY(read(*staff, "demo-facility", id));
        QCOMPARE(onServer(id)->read_org_count(), 1);
        QVERIFY(syncOk(*city));
        QVERIFY(read(*city, "demo-city", id));
        QCOMPARE(onServer(id)->read_org_count(), 2);

        // The count reaches the centre's tablet by an ordinary pull; the audience's copies
        // carry no count.
        QVERIFY(syncOk(*centre));
        QCOMPARE(on(*centre, id)->read_org_count(), 2);
        QCOMPARE(on(*centre, id)->audience_org_count(), everyone);
        QVERIFY(!unreadOn(*centre, "demo-centre", id)); // its own notice is in its sent list
        QVERIFY(syncOk(*manager));
        QCOMPARE(on(*manager, id)->read_org_count(), 0);
        QCOMPARE(on(*city, id)->read_org_count(), 0);

        // Withdrawn, it leaves the audience's tablets and stays in the sender's list.
        QVERIFY(centre->engine().submit(sync::makeWithdrawNotice(id)).ok());
        QVERIFY(syncOk(*centre));
        QVERIFY(on(*centre, id)->withdrawn());
        QVERIFY(syncOk(*manager));
        QVERIFY(!on(*manager, id));
    }

    void narrowedAudiencesReachOnlyWhomTheyName()
    {
        auto centre = device("demo-centre");
        auto manager = device("demo-manager");
        auto staff = device("demo-facility");
        auto city = device("demo-city");
        QVERIFY(centre && manager && staff && city);

        Notice forManagers = notice("委員会の設置状況を教えてください");
        forManagers.mutable_audience()->add_roles(ROLE_FACILITY_MANAGER);
        const Mutation toManagers = sync::makePublishNotice(forManagers);
        Notice forDayServices = notice("通所介護の送迎記録の研修");
        forDayServices.mutable_audience()->add_service_types(SERVICE_TYPE_DAY_SERVICE);
        const Mutation toDayServices = sync::makePublishNotice(forDayServices);
        QVERIFY(centre->engine().submit(toManagers).ok());
        QVERIFY(centre->engine().submit(toDayServices).ok());
        QVERIFY(syncOk(*centre));
        const std::string managersId = toManagers.publish_notice().notice().id();
        const std::string dayServicesId = toDayServices.publish_notice().notice().id();
        QVERIFY(onServer(managersId)->audience_org_count() >= 1);
        QVERIFY(onServer(dayServicesId)->audience_org_count() >= 1);

        QVERIFY(syncOk(*manager) && syncOk(*staff) && syncOk(*city));
        QVERIFY(on(*manager, managersId)); // a manager of a facility
        QVERIFY(!on(*staff, managersId)); // staff of the same facility are not named
        QVERIFY(!on(*city, managersId));
        QVERIFY(!on(*manager, dayServicesId)); // the demo facility is a nursing home
        QVERIFY(!on(*city, dayServicesId));
        // Nor may the city's officer mark read what it was not sent.
        QVERIFY(refused(*city, sync::makeMarkNoticeRead(managersId)));
        QCOMPARE(onServer(managersId)->read_org_count(), 0);
    }

    void refusedNoticesChangeNothing()
    {
        auto manager = device("demo-manager");
        auto city = device("demo-city");
        auto centre = device("demo-centre");
        QVERIFY(manager && city && centre);

        // A facility may not publish.
        const Mutation fromFacility = sync::makePublishNotice(notice("施設からのお知らせ"));
        QVERIFY(refused(*manager, fromFacility));
        QVERIFY(!onServer(fromFacility.publish_notice().notice().id()));
        QVERIFY(!on(*manager, fromFacility.publish_notice().notice().id()));

        // A municipality writes to its own municipality only (松本市 is another one).
        Notice elsewhere = notice("他の市へのお知らせ");
        elsewhere.mutable_audience()->set_municipality_id("f90a7f6d-9d30-4967-b73e-d7c8e40175d2");
        const Mutation beyond = sync::makePublishNotice(elsewhere);
        QVERIFY(refused(*city, beyond));
        QVERIFY(!onServer(beyond.publish_notice().notice().id()));
        // … and to its own, it reaches the facilities under it.
        const Mutation own = sync::makePublishNotice(notice("市内の事業所の皆さまへ"));
        QVERIFY(city->engine().submit(own).ok());
        QVERIFY(syncOk(*city));
        QCOMPARE(onServer(own.publish_notice().notice().id())->audience().municipality_id(),
            account("demo-city").organisationId);
        QVERIFY(syncOk(*manager));
        QVERIFY(on(*manager, own.publish_notice().notice().id()));

        // A deadline already past, another prefecture, an empty title.
        Notice late = notice("締切が過去のお知らせ");
        late.set_deadline(japanToday().addDays(-1).toString());
        const Mutation pastDeadline = sync::makePublishNotice(late);
        QVERIFY(refused(*centre, pastDeadline));
        QVERIFY(!onServer(pastDeadline.publish_notice().notice().id()));
        Notice tokyo = notice("東京都の事業所へ");
        tokyo.mutable_audience()->set_prefecture_code(13);
        const Mutation otherPrefecture = sync::makePublishNotice(tokyo);
        QVERIFY(refused(*centre, otherPrefecture));
        QVERIFY(!onServer(otherPrefecture.publish_notice().notice().id()));
        const Mutation untitled = sync::makePublishNotice(notice("　"));
        QVERIFY(refused(*centre, untitled));
        QVERIFY(!onServer(untitled.publish_notice().notice().id()));
    }
};

QTEST_GUILESS_MAIN(TestNoticeSync)
#include "tst_notice_sync.moc"
