// CaseRepository: records and their search index stay in step through put, update and
// remove; search honours every filter and ranks title matches first.
#include "store_fixture.h"

#include "store/case_repository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace yk::store;
using yk::test::sampleCase;
using yk::test::uuidFor;

namespace {

std::vector<std::string> ids(const std::vector<CaseSummary>& rows)
{
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(row.id);
    return out;
}

} // namespace

class TestCaseRepository : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Store> m_store;

    CaseRepository& cases() { return m_store->cases(); }

private Q_SLOTS:
    void init()
    {
        StoreOptions options;
        options.kdf = KdfSettings::fastForTests();
        m_tmp = std::make_unique<QTemporaryDir>(); // a fresh store for every test and data row
        auto store = Store::create(
            std::filesystem::path(m_tmp->path().toStdString()) / "store", "passcode", options);
        QVERIFY(store.ok());
        m_store = std::move(*store);

        // 1: monitoring at night, Nagano, nursing home, ICT.
        auto night = sampleCase(uuidFor(1), "夜間の見守りセンサーで巡視を減らす", "夜勤の負担が大きかった。");
        // 2: intercoms, Tokyo, day service, inter-department. Mentions 見守り only in the body.
        auto intercom = sampleCase(
            uuidFor(2), "ｲﾝｶﾑで職員間の連絡を速くする", "見守り中でも手を離さず連絡したかった。");
        intercom.set_prefecture_code(13);
        intercom.set_category(yokoten::v1::CASE_CATEGORY_INTER_DEPARTMENT);
        intercom.clear_equipment_areas();
        intercom.add_equipment_areas(yokoten::v1::EQUIPMENT_AREA_ICT_INFRASTRUCTURE);
        intercom.clear_technologies();
        intercom.add_technologies("インカム");
        intercom.clear_service_types();
        intercom.add_service_types(yokoten::v1::SERVICE_TYPE_DAY_SERVICE);
        intercom.mutable_sections()->set_activities("全職員にインカムを配布した。");
        intercom.mutable_updated_at()->set_seconds(1'730'000'000);
        // 3: staff development without equipment, Oita.
        auto training
            = sampleCase(uuidFor(3), "ＯＪＴの手順書で新人育成をそろえる", "教え方が人によって違った。");
        training.set_prefecture_code(44);
        training.set_category(yokoten::v1::CASE_CATEGORY_STAFF_DEVELOPMENT);
        training.clear_equipment_areas();
        training.clear_technologies();
        auto* s = training.mutable_sections();
        s->set_purpose("新人が安心して働ける職場にする。");
        s->set_activities("OJTの手順書を作り、指導役を決めた。");
        s->set_effects("離職が減った。");
        for (const auto& c : { night, intercom, training })
            QVERIFY(cases().put(c).ok());
    }
    void cleanup()
    {
        m_store.reset();
        m_tmp.reset();
    }

    void findReturnsTheStoredRecord()
    {
        auto found = cases().find(uuidFor(2));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((**found).technologies(0), std::string("インカム"));
        auto missing = cases().find(uuidFor(99));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
    }

    void searchFindsByFoldedText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString one = QString::fromStdString(uuidFor(1));
        const QString two = QString::fromStdString(uuidFor(2));
        const QString three = QString::fromStdString(uuidFor(3));
        QTest::newRow("word inside a longer word") << "見守り" << QStringList { one, two };
        QTest::newRow("half-width query, full-width text") << "ｲﾝｶﾑ" << QStringList { one, two };
        QTest::newRow("full-width title, ASCII query") << "ojt" << QStringList { three };
        QTest::newRow("one character starting a word") << "育" << QStringList { three };
        QTest::newRow("one character ending a word") << "苑" << QStringList { one, two, three };
        QTest::newRow("organisation name") << "さくら苑" << QStringList { one, two, three };
        QTest::newRow("prefecture name") << "大分" << QStringList { three };
        QTest::newRow("category label") << "人材育成" << QStringList { three };
        QTest::newRow("two words, both in each") << "見守り インカム" << QStringList { one, two };
        QTest::newRow("two words AND") << "センサー インカム" << QStringList { one };
        QTest::newRow("no match") << "入浴" << QStringList {};
        QTest::newRow("only punctuation") << "「」、。" << QStringList {};
    }
    void searchFindsByFoldedText()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        auto rows = cases().search(query.toStdString());
        QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().detail.c_str());
        QStringList found;
        for (const auto& id : ids(*rows))
            found << QString::fromStdString(id);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void titleMatchesRankAboveBodyMatches()
    {
        // Case 2 is newer but mentions 見守り only in its body; case 1 has it in the title.
        auto rows = cases().search("見守り");
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(2));
        QCOMPARE((*rows)[0].id, uuidFor(1));
        QVERIFY((*rows)[0].score > (*rows)[1].score);
    }

    void filtersNarrowTheResults_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("prefecture");
        QTest::addColumn<int>("area");
        QTest::addColumn<int>("service");
        QTest::addColumn<int>("expectedCount");
        QTest::newRow("no filter") << 0 << 0 << 0 << 0 << 3;
        QTest::newRow("category ICT") << int(yokoten::v1::CASE_CATEGORY_ICT) << 0 << 0 << 0 << 1;
        QTest::newRow("prefecture Tokyo") << 0 << 13 << 0 << 0 << 1;
        QTest::newRow("area monitoring") << 0 << 0 << int(yokoten::v1::EQUIPMENT_AREA_MONITORING) << 0 << 1;
        QTest::newRow("service day service")
            << 0 << 0 << 0 << int(yokoten::v1::SERVICE_TYPE_DAY_SERVICE) << 1;
        QTest::newRow("service nursing home")
            << 0 << 0 << 0 << int(yokoten::v1::SERVICE_TYPE_NURSING_HOME) << 2;
        QTest::newRow("contradicting filters") << int(yokoten::v1::CASE_CATEGORY_ICT) << 13 << 0 << 0 << 0;
    }
    void filtersNarrowTheResults()
    {
        QFETCH(int, category);
        QFETCH(int, prefecture);
        QFETCH(int, area);
        QFETCH(int, service);
        QFETCH(int, expectedCount);
        CaseFilter filter { category, prefecture, area, service, 0 };
        // "さくら苑" is in every case's organisation name, so only the filter decides.
        auto searched = cases().search("さくら苑", filter);
        QVERIFY(searched.ok());
        QCOMPARE(int(searched->size()), expectedCount);
        auto browsed = cases().browse(filter);
        QVERIFY(browsed.ok());
        QCOMPARE(int(browsed->size()), expectedCount);
    }

    void browseIsNewestFirst()
    {
        auto rows = cases().browse();
        QVERIFY(rows.ok());
        QCOMPARE(rows->front().id, uuidFor(2));
        auto page = cases().browse({}, 1, 1);
        QCOMPARE(page->size(), size_t(1));
        QCOMPARE(page->front().id, (*rows)[1].id);
    }

    void updateReindexes()
    {
        auto night = *cases().find(uuidFor(1));
        night->set_title("夜間の排泄予測で誘導を減らす");
        night->mutable_sections()->set_background("トイレ誘導の空振りが多かった。");
        night->clear_technologies();
        night->clear_equipment_areas();
        night->add_equipment_areas(yokoten::v1::EQUIPMENT_AREA_TOILETING);
        night->mutable_sections()->set_activities("排泄予測機器を導入した。");
        QVERIFY(cases().put(*night).ok());
        QCOMPARE(*cases().count(), 3);
        QCOMPARE(ids(*cases().search("排泄予測")), std::vector<std::string> { uuidFor(1) });
        QCOMPARE(ids(*cases().search("センサー")), std::vector<std::string> {}); // the old words are gone
        CaseFilter toileting;
        toileting.equipmentArea = yokoten::v1::EQUIPMENT_AREA_TOILETING;
        QCOMPARE(ids(*cases().browse(toileting)), std::vector<std::string> { uuidFor(1) });
        CaseFilter monitoring;
        monitoring.equipmentArea = yokoten::v1::EQUIPMENT_AREA_MONITORING;
        QVERIFY(cases().browse(monitoring)->empty());
    }

    void removeDropsRecordAndIndex()
    {
        QCOMPARE(cases().search("連絡を速く")->size(), size_t(1));
        QVERIFY(cases().remove(uuidFor(2)).ok());
        QVERIFY(cases().remove(uuidFor(2)).ok()); // a second tombstone is harmless
        QCOMPARE(*cases().count(), 2);
        QVERIFY(cases().search("連絡を速く")->empty());
        auto leftovers = m_store->database().queryInt("SELECT count(*) FROM case_search");
        QCOMPARE(*leftovers, 2);
        auto links = m_store->database().queryInt("SELECT count(*) FROM case_service_types");
        QCOMPARE(*links, 2);
    }

    // Summaries (issue 23) are found by the words of their title under the same rules as
    // whole cases (folded, one character, several words, title matches newest first), then by
    // their organisation, by no other text, and once only however often a case changes
    // between summary and whole.
    void summariesAreFoundByTheirTitle()
    {
        auto whole = sampleCase(
            uuidFor(4), "見守りカメラとリフトで入浴介助を軽くする", "腰痛で休む職員が多かった。");
        whole.set_category(yokoten::v1::CASE_CATEGORY_STAFF_DEVELOPMENT);
        auto summary = whole;
        summary.clear_sections();
        summary.set_summary_only(true);
        QVERIFY(cases().put(summary).ok());
        const auto found = [this](std::string_view query, const CaseFilter& filter = {}) {
            auto rows = cases().search(query, filter);
            return rows ? ids(*rows) : std::vector<std::string> { "error" };
        };
        // The newest title match first, then the older one, then the body match.
        QCOMPARE(found("見守り"), (std::vector<std::string> { uuidFor(4), uuidFor(1), uuidFor(2) }));
        QCOMPARE((*cases().search("見守り"))[0].score, 2.0);
        QCOMPARE(found("ﾘﾌﾄ"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("浴"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("リフト 入浴"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("リフト 夜間"), std::vector<std::string> {});
        QCOMPARE(found("腰痛"), std::vector<std::string> {}); // no text of its own
        // Its text is its title and its organisation, newest first among the text matches.
        auto organisation = cases().search("さくら苑");
        QCOMPARE(ids(*organisation),
            (std::vector<std::string> { uuidFor(4), uuidFor(3), uuidFor(2), uuidFor(1) }));
        QCOMPARE((*organisation)[0].score, 1.0);
        QCOMPARE(found("長野"), std::vector<std::string> { uuidFor(1) }); // a prefecture is a filter
        CaseFilter ict { yokoten::v1::CASE_CATEGORY_ICT, 0, 0, 0, 0 };
        QCOMPARE(found("見守り", ict), std::vector<std::string> { uuidFor(1) });
        // Read back whole from the row and the shortened payload.
        QCOMPARE(cases().find(uuidFor(4))->value().SerializeAsString(), summary.SerializeAsString());
        auto& db = m_store->database();
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_search"), 3);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_summary_search"), 1);

        QVERIFY(cases().put(whole).ok()); // fetched whole
        QCOMPARE(found("リフト"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("腰痛"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_summary_search"), 0);
        QVERIFY(cases().put(summary).ok()); // evicted back to its summary
        QCOMPARE(found("リフト"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("腰痛"), std::vector<std::string> {});
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_search"), 3);

        summary.set_title("床走行リフトで移乗を軽くする"); // a new title replaces the old one
        QVERIFY(cases().put(summary).ok());
        QCOMPARE(found("入浴"), std::vector<std::string> {});
        QCOMPARE(found("移乗"), std::vector<std::string> { uuidFor(4) });
        QCOMPARE(found("見守り"), (std::vector<std::string> { uuidFor(1), uuidFor(2) }));
        QVERIFY(cases().remove(uuidFor(4)).ok());
        QCOMPARE(found("移乗"), std::vector<std::string> {});
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_summary_search"), 0);
        QCOMPARE(*cases().count(), 3);
    }

    void caseWithoutIdIsRejected()
    {
        yokoten::v1::GoodPracticeCase nameless;
        nameless.set_title("idなし");
        auto status = cases().put(nameless);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, StoreErrorCode::InvalidArgument);
        QCOMPARE(*cases().count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
