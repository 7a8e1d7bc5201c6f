// RelationRepository: a model's page lists exactly the published cases that name the model
// (then those of its area), the sessions that show it, a session its models; edits, removals,
// filters and the migration that adds the relation tables keep those links exact, and the
// queries are index look-ups, not scans of the cases.
#include "storage/database.h"
#include "store/case_repository.h"
#include "store/migrations.h"
#include "store/record_repository.h"
#include "store/relations.h"
#include "store/store.h"
#include "store_fixture.h"

#include <google/protobuf/util/time_util.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <memory>

using namespace yk::store;
using namespace yokoten::v1;
using google::protobuf::util::TimeUtil;

namespace {

const std::string kModel = yk::test::uuidFor(501); // a bed sensor (monitoring)
const std::string kOtherModel = yk::test::uuidFor(502); // an intercom (ICT)
constexpr int kArea = EQUIPMENT_AREA_MONITORING;

GoodPracticeCase publishedCase(int n, std::vector<std::string> models, int capacity = 60,
    PublicationScope scope = PUBLICATION_SCOPE_PUBLIC)
{
    auto c = yk::test::sampleCase(yk::test::uuidFor(n), "事例 " + std::to_string(n), "背景");
    c.set_state(CASE_STATE_PUBLISHED);
    c.set_publication_scope(scope);
    c.set_facility_capacity(capacity);
    for (auto& m : models)
        c.add_equipment_model_ids(m);
    return c;
}

EquipmentModel model(const std::string& id, const char* name, int area)
{
    EquipmentModel m;
    m.set_id(id);
    m.set_name(name);
    m.set_area(static_cast<EquipmentArea>(area));
    return m;
}

SeminarSession session(int n, std::int64_t startsInDays, std::vector<std::string> models)
{
    SeminarSession s;
    s.set_id(yk::test::uuidFor(n));
    s.set_seminar_id(yk::test::uuidFor(700));
    const auto start = TimeUtil::GetCurrentTime() + TimeUtil::SecondsToDuration(startsInDays * 86400);
    *s.mutable_starts_at() = start;
    *s.mutable_ends_at() = start + TimeUtil::SecondsToDuration(3 * 3600);
    s.set_capacity(40);
    for (auto& m : models)
        s.add_shown_model_ids(m);
    return s;
}

std::vector<std::string> idsOf(const std::vector<ModelCase>& rows)
{
    std::vector<std::string> ids;
    for (const auto& r : rows)
        ids.push_back(r.id);
    return ids;
}

std::int64_t nowMillis()
{
    return TimeUtil::TimestampToMilliseconds(TimeUtil::GetCurrentTime());
}

} // namespace

class TestRelations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::filesystem::path m_path;
    std::unique_ptr<Store> m_store;

    RelationRepository& relations() { return m_store->relations(); }

    void open()
    {
        StoreOptions options;
        options.kdf = KdfSettings::fastForTests();
        m_store.reset();
        auto store = std::filesystem::exists(m_path) ? Store::open(m_path, "passcode", options)
                                                     : Store::create(m_path, "passcode", options);
        QVERIFY2(store.ok(), store ? "" : store.error().detail.c_str());
        m_store = std::move(*store);
    }

    QString planOf(const std::string& sql)
    {
        QString plan;
        auto stmt = m_store->database().cached("EXPLAIN QUERY PLAN " + sql);
        if (!stmt)
            return plan;
        while ((*stmt)->step() == Statement::Step::Row)
            plan += QString::fromStdString((*stmt)->columnText(3)) + QLatin1Char('\n');
        (*stmt)->reset();
        return plan;
    }

private Q_SLOTS:
    void init()
    {
        m_path = std::filesystem::path(m_dir.path().toStdString()) / ("store-" + std::to_string(++m_run));
        open();
        QVERIFY(m_store->records().put(model(kModel, "ベッドセンサー", kArea)).ok());
        QVERIFY(
            m_store->records().put(model(kOtherModel, "インカム", EQUIPMENT_AREA_ICT_INFRASTRUCTURE)).ok());
    }

    void cleanup() { m_store.reset(); }

    void casesNamingTheModelComeFirstThenItsArea()
    {
        auto& cases = m_store->cases();
        QVERIFY(cases.put(publishedCase(1, { kModel })).ok());
        QVERIFY(cases.put(publishedCase(2, {})).ok()); // same area, names no model
        QVERIFY(cases.put(publishedCase(3, { kModel, kOtherModel })).ok());
        auto draft = publishedCase(4, { kModel });
        draft.set_state(CASE_STATE_DRAFT);
        QVERIFY(cases.put(draft).ok());
        auto elsewhere = publishedCase(5, { kOtherModel });
        elsewhere.clear_equipment_areas();
        elsewhere.add_equipment_areas(EQUIPMENT_AREA_ICT_INFRASTRUCTURE);
        QVERIFY(cases.put(elsewhere).ok());

        auto rows = relations().casesOfModel(kModel, kArea, {}, 10);
        QVERIFY(rows.ok());
        const std::vector<std::string> expected { yk::test::uuidFor(3), yk::test::uuidFor(1),
            yk::test::uuidFor(2) };
        QCOMPARE(idsOf(*rows), expected);
        QVERIFY((*rows)[0].namesModel && (*rows)[1].namesModel && !(*rows)[2].namesModel);
        QVERIFY((*rows)[0].headline.has_value());
        QCOMPARE((*rows)[0].serviceTypes, std::vector<int> { SERVICE_TYPE_NURSING_HOME });

        // The other way: the intercom's page shows 3 and 5, never the draft.
        auto other = relations().casesOfModel(kOtherModel, EQUIPMENT_AREA_ICT_INFRASTRUCTURE, {}, 10);
        QVERIFY(other.ok());
        QCOMPARE(idsOf(*other), (std::vector<std::string> { yk::test::uuidFor(5), yk::test::uuidFor(3) }));

        auto limited = relations().casesOfModel(kModel, kArea, {}, 1);
        QVERIFY(limited.ok());
        QCOMPARE(idsOf(*limited), std::vector<std::string> { yk::test::uuidFor(3) });
    }

    void editsAndRemovalsKeepLinksExact()
    {
        auto& cases = m_store->cases();
        QVERIFY(cases.put(publishedCase(1, { kModel })).ok());
        QVERIFY(cases.put(publishedCase(2, { kModel })).ok());
        QVERIFY(cases.put(publishedCase(1, { kOtherModel })).ok()); // case 1 now names the intercom
        QVERIFY(cases.remove(yk::test::uuidFor(2)).ok());

        auto rows = relations().casesOfModel(kModel, 0, {}, 10);
        QVERIFY(rows.ok());
        QVERIFY(rows->empty());
        auto counts = relations().countsOfModel(kModel, 0, false);
        QVERIFY(counts.ok());
        QCOMPARE(counts->namingModel, 0);
        auto left = m_store->database().queryInt("SELECT count(*) FROM case_models");
        QCOMPARE(*left, 1);
    }

    void aKioskSeesPublicCasesOnly()
    {
        auto& cases = m_store->cases();
        QVERIFY(cases.put(publishedCase(1, { kModel })).ok());
        QVERIFY(cases.put(publishedCase(2, { kModel }, 60, PUBLICATION_SCOPE_PREFECTURE)).ok());
        QVERIFY(cases.put(publishedCase(3, {}, 60, PUBLICATION_SCOPE_ORGANISATION)).ok());
        ModelCaseFilter kiosk;
        kiosk.publicOnly = true;
        auto rows = relations().casesOfModel(kModel, kArea, kiosk, 10);
        QVERIFY(rows.ok());
        QCOMPARE(idsOf(*rows), std::vector<std::string> { yk::test::uuidFor(1) });
        auto counts = relations().countsOfModel(kModel, kArea, true);
        QVERIFY(counts.ok());
        QCOMPARE(counts->namingModel, 1);
        QCOMPARE(counts->sameArea, 0);
    }

    void filtersByServiceTypeAndSize()
    {
        auto& cases = m_store->cases();
        QVERIFY(cases.put(publishedCase(1, { kModel }, 20)).ok()); // small nursing home
        auto day = publishedCase(2, { kModel }, 100); // large day service
        day.clear_service_types();
        day.add_service_types(SERVICE_TYPE_DAY_SERVICE);
        QVERIFY(cases.put(day).ok());

        ModelCaseFilter small;
        small.size = FacilitySize::Small;
        auto rows = relations().casesOfModel(kModel, kArea, small, 10);
        QVERIFY(rows.ok());
        QCOMPARE(idsOf(*rows), std::vector<std::string> { yk::test::uuidFor(1) });
        ModelCaseFilter dayService;
        dayService.serviceType = SERVICE_TYPE_DAY_SERVICE;
        rows = relations().casesOfModel(kModel, kArea, dayService, 10);
        QVERIFY(rows.ok());
        QCOMPARE(idsOf(*rows), std::vector<std::string> { yk::test::uuidFor(2) });
        QCOMPARE(facilitySizeOf(0), FacilitySize::Any);
        QCOMPARE(facilitySizeOf(29), FacilitySize::Small);
        QCOMPARE(facilitySizeOf(30), FacilitySize::Medium);
        QCOMPARE(facilitySizeOf(80), FacilitySize::Large);
    }

    void countsAndTypicalEffect()
    {
        auto& cases = m_store->cases();
        // Improvements 50 %, 20 %, 10 % (lower is better), and one figure with no before value.
        const std::pair<double, double> figures[] = { { 60, 30 }, { 50, 40 }, { 100, 90 }, { 0, 5 } };
        int n = 10;
        for (auto [before, after] : figures) {
            auto c = publishedCase(n++, { kModel });
            c.mutable_metrics(0)->set_before_value(before);
            c.mutable_metrics(0)->set_after_value(after);
            c.mutable_metrics(0)->set_lower_is_better(true);
            QVERIFY(cases.put(c).ok());
        }
        QVERIFY(cases.put(publishedCase(20, {})).ok());
        auto counts = relations().countsOfModel(kModel, kArea, false);
        QVERIFY(counts.ok());
        QCOMPARE(counts->namingModel, 4);
        QCOMPARE(counts->withFigure, 3);
        QCOMPARE(counts->sameArea, 1);
        QVERIFY(counts->medianImprovement.has_value());
        QVERIFY(qAbs(*counts->medianImprovement - 0.2) < 1e-9);

        MetricPair higher;
        higher.set_before_value(4);
        higher.set_after_value(5);
        QVERIFY(qAbs(*improvementOf(higher) - 0.25) < 1e-9);
        higher.set_lower_is_better(true);
        QVERIFY(qAbs(*improvementOf(higher) + 0.25) < 1e-9);
    }

    void sessionsAndTheModelsTheyShow()
    {
        auto& records = m_store->records();
        QVERIFY(records.put(session(601, 10, { kModel, kOtherModel })).ok());
        QVERIFY(records.put(session(602, -10, { kModel })).ok()); // over
        auto cancelled = session(603, 20, { kModel });
        cancelled.set_cancelled(true);
        QVERIFY(records.put(cancelled).ok());
        QVERIFY(records.put(session(604, 5, { kOtherModel })).ok());

        auto showing = relations().sessionsShowing(kModel, nowMillis());
        QVERIFY(showing.ok());
        QCOMPARE(showing->size(), 1u);
        QCOMPARE((*showing)[0].id(), yk::test::uuidFor(601));
        auto shown = relations().modelsShownAt(yk::test::uuidFor(601));
        QVERIFY(shown.ok());
        QCOMPARE(shown->size(), 2u);
        QCOMPARE((*shown)[0].id(), kModel); // monitoring sorts before ICT infrastructure

        // Re-planned without the intercom, then the other session removed.
        QVERIFY(records.put(session(601, 10, { kModel })).ok());
        shown = relations().modelsShownAt(yk::test::uuidFor(601));
        QCOMPARE(shown->size(), 1u);
        QVERIFY(records.remove<SeminarSession>(yk::test::uuidFor(604)).ok());
        auto intercom = relations().sessionsShowing(kOtherModel, 0);
        QVERIFY(intercom.ok());
        QVERIFY(intercom->empty());
        QVERIFY(records.remove(RECORD_KIND_SEMINAR_SESSION, yk::test::uuidFor(601)).ok());
        auto left = m_store->database().queryInt("SELECT count(*) FROM session_models");
        QCOMPARE(*left, 2); // 602 and 603 still hold theirs
    }

    void theMigrationLinksExistingRecords()
    {
        QVERIFY(m_store->cases().put(publishedCase(1, { kModel })).ok());
        QVERIFY(m_store->records().put(session(601, 10, { kModel })).ok());
        // A store as version 5 left it: no relation tables (the payloads already carry the ids,
        // as protobuf keeps fields an older program did not know).
        QVERIFY(m_store->database()
                    .exec("DROP TABLE case_models; DROP TABLE session_models; PRAGMA user_version = 5")
                    .ok());
        open();
        QCOMPARE(m_store->schemaVersion(), latestSchemaVersion());
        auto rows = relations().casesOfModel(kModel, 0, {}, 10);
        QVERIFY(rows.ok());
        QCOMPARE(idsOf(*rows), std::vector<std::string> { yk::test::uuidFor(1) });
        auto showing = relations().sessionsShowing(kModel, nowMillis());
        QVERIFY(showing.ok());
        QCOMPARE(showing->size(), 1u);
    }

    void queriesUseTheRelationIndexes()
    {
        const QString naming = planOf("SELECT c.id FROM case_models m JOIN cases c ON c.docid = m.case_docid "
                                      "WHERE m.model_id = 'x' ORDER BY m.case_docid DESC");
        QVERIFY2(naming.contains("SEARCH TABLE case_models AS m USING PRIMARY KEY"), qPrintable(naming));
        QVERIFY2(!naming.contains("SCAN TABLE cases"), qPrintable(naming));
        QVERIFY2(!naming.contains("TEMP B-TREE"), qPrintable(naming));
        const QString shown = planOf("SELECT model_id FROM session_models WHERE session_id = 'x'");
        QVERIFY2(shown.contains("session_models_by_session"), qPrintable(shown));
    }

private:
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
