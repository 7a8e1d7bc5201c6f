#include "demo_dataset.h"

#include "domain/follow_up_schedule.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace {

namespace v1 = yokoten::v1;

const v1::DemoDataset& demo()
{
    static const auto result = yk::proto::builtinDemoDataset();
    return result.dataset;
}

/// The Japan-local calendar date (UTC+9) of a protobuf timestamp.
QDate jstDate(const google::protobuf::Timestamp& t)
{
    return QDateTime::fromSecsSinceEpoch(t.seconds(), QTimeZone(9 * 3600)).date();
}

/// 2026-11-21T00:00:00+09:00, "today" of the demo.
constexpr qint64 kDemoToday = 1795186800;

std::map<std::string, const v1::Organisation*> organisationsById()
{
    std::map<std::string, const v1::Organisation*> byId;
    for (const auto& o : demo().organisations())
        byId[o.id()] = &o;
    return byId;
}

const v1::GoodPracticeCase* caseById(const std::string& id)
{
    for (const auto& k : demo().cases())
        if (k.id() == id)
            return &k;
    return nullptr;
}

// docs/demo-data.md: an invented figure's source ends in this mark; any other figure is
// one of kRealFigures, on the demo case that stands for the real case it comes from.
const std::string kDemoValueMark = "（デモ値）";

bool isDemoValue(const v1::MetricPair& m)
{
    return m.source().ends_with(kDemoValueMark);
}

const char* const kUedaCareRecords = "f1a145d9-711d-5ea0-aed3-5645b914d68c";
const char* const kOitaPlatform = "c425ee25-4a3f-4cbe-bddb-04a82ccbce3a";
const char* const kYamanashiModels = "2d54dbca-1892-411f-9b5e-2565fcff1509";
const char* const kFujisawaPackage = "78a5db3d-c2e7-46a0-9d35-03f2b4d107da";
const char* const kToyamaAward = "ba3bde93-4fe9-4825-b02f-5944796a1b18";
const char* const kFukuiFourDayWeek = "4abcd0c3-3add-4a06-8f94-33b64bbadccf";
const char* const kShizuokaSmartwatches = "f9fe5208-5ba3-4cdf-aa89-91adc07f5217";

/// A figure from a real case (shared DOMAIN.md), as the demo data must carry it.
struct RealFigure {
    const char* caseId;
    const char* labelStart;
    double before;
    double after;
    const char* beforeDate;
    const char* afterDate;
};

const RealFigure kRealFigures[] = {
    // One 老健 in Ueda, Nagano, put its unused care-record software to work.
    { kUedaCareRecords, "業務の負担を感じる職員の割合", 85.0, 70.6, "2023-12", "2024-03" },
    { kUedaCareRecords, "ワーク・エンゲイジメント（UWES-9", 2.86, 3.04, "2023-12", "2024-03" },
    // Oita's platform: 17 of 18 municipalities at the first meeting, August 2024.
    { kOitaPlatform, "プラットフォームに参加した市町村数", 0, 17, "2024-04", "2024-08" },
    // Yamanashi: 2 model facilities a year, FY2022 to FY2024.
    { kYamanashiModels, "モデル事業所の累計数", 2, 6, "2023-03", "2025-03" },
    // Fujisawa: 5 of the city's 17 nursing homes joined the package.
    { kFujisawaPackage, "伴走支援に参加した市内特養の数", 0, 5, "2024-04", "2024-09" },
    // Shizuoka city: smartwatches for 30 people, from FY2024; the trial still runs.
    { kShizuokaSmartwatches, "スマートウォッチを貸し出した在宅の高齢者数", 0, 30, "2024-04", "2025-03" },
};

bool isMonth(const std::string& date)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$"));
    return shape.match(QString::fromStdString(date)).hasMatch();
}

} // namespace

class TestDemoDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinParsesAndChecks()
    {
        const auto result = yk::proto::builtinDemoDataset();
        QVERIFY2(result.ok(), result.error.c_str());
    }
    void demoTodayConstant()
    {
        QCOMPARE(
            kDemoToday, QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone(9 * 3600)).toSecsSinceEpoch());
    }
    void organisationsHaveFittingParents()
    {
        const auto orgs = organisationsById();
        QVERIFY(demo().organisations_size() >= 20);
        for (const auto& o : demo().organisations()) {
            const QByteArray what = QByteArray::fromStdString(o.name());
            QVERIFY2(!o.name().empty(), o.id().c_str());
            if (o.kind() == v1::ORGANISATION_KIND_PREFECTURE) {
                QVERIFY2(o.parent_id().empty(), what);
                continue;
            }
            const auto parent = orgs.find(o.parent_id());
            QVERIFY2(parent != orgs.end(), what);
            QCOMPARE(parent->second->prefecture_code(), o.prefecture_code());
            switch (o.kind()) {
            case v1::ORGANISATION_KIND_MUNICIPALITY:
            case v1::ORGANISATION_KIND_CENTRE:
                QCOMPARE(parent->second->kind(), v1::ORGANISATION_KIND_PREFECTURE);
                break;
            case v1::ORGANISATION_KIND_FACILITY:
                QCOMPARE(parent->second->kind(), v1::ORGANISATION_KIND_MUNICIPALITY);
                QVERIFY2(o.service_types_size() > 0, what);
                QVERIFY2(o.capacity() > 0 && o.staff_count() > 0, what);
                QVERIFY2(!o.region().empty(), what);
                break;
            default:
                QFAIL((what + " has no kind").constData());
            }
        }
        // JIS X 0401 codes of the featured prefectures.
        const std::map<std::string, int> jis = { { "北海道", 1 }, { "茨城県", 8 }, { "東京都", 13 },
            { "神奈川県", 14 }, { "富山県", 16 }, { "福井県", 18 }, { "山梨県", 19 }, { "長野県", 20 },
            { "静岡県", 22 }, { "京都府", 26 }, { "大分県", 44 } };
        int prefectures = 0;
        for (const auto& o : demo().organisations()) {
            if (o.kind() != v1::ORGANISATION_KIND_PREFECTURE)
                continue;
            ++prefectures;
            const auto code = jis.find(o.name());
            QVERIFY2(code != jis.end(), o.name().c_str());
            QCOMPARE(o.prefecture_code(), code->second);
        }
        QCOMPARE(prefectures, int(jis.size()));
    }
    void demoUsersOnePerRole()
    {
        const auto orgs = organisationsById();
        const std::map<std::string, std::pair<v1::Role, v1::OrganisationKind>> expected = {
            { "demo-facility", { v1::ROLE_FACILITY_STAFF, v1::ORGANISATION_KIND_FACILITY } },
            { "demo-manager", { v1::ROLE_FACILITY_MANAGER, v1::ORGANISATION_KIND_FACILITY } },
            { "demo-city", { v1::ROLE_MUNICIPAL_OFFICER, v1::ORGANISATION_KIND_MUNICIPALITY } },
            { "demo-pref", { v1::ROLE_PREFECTURE_OFFICER, v1::ORGANISATION_KIND_PREFECTURE } },
            { "demo-centre", { v1::ROLE_CENTRE_STAFF, v1::ORGANISATION_KIND_CENTRE } },
        };
        std::set<std::string> logins;
        for (const auto& u : demo().users()) {
            QVERIFY2(logins.insert(u.login()).second, u.login().c_str());
            QVERIFY2(!u.display_name().empty(), u.login().c_str());
            const auto want = expected.find(u.login());
            QVERIFY2(want != expected.end(), u.login().c_str());
            QCOMPARE(u.roles_size(), 1);
            QCOMPARE(u.roles(0), want->second.first);
            QCOMPARE(orgs.at(u.organisation_id())->kind(), want->second.second);
        }
        QCOMPARE(logins.size(), expected.size());
    }
    void casesAreManyAndFromManyPlaces()
    {
        const auto& cases = demo().cases();
        QVERIFY2(cases.size() >= 14, QByteArray::number(cases.size()));
        std::set<std::string> owners;
        std::set<int> prefectures;
        for (const auto& k : cases) {
            owners.insert(k.owner_org_id());
            prefectures.insert(k.prefecture_code());
        }
        QVERIFY2(owners.size() >= 9, QByteArray::number(qulonglong(owners.size())));
        QVERIFY2(prefectures.size() >= 9, QByteArray::number(qulonglong(prefectures.size())));
    }
    void casesCoverEveryCategory()
    {
        std::set<int> categories;
        for (const auto& k : demo().cases())
            categories.insert(k.category());
        for (int c = v1::CASE_CATEGORY_INTER_DEPARTMENT; c <= v1::CASE_CATEGORY_WORK_IMPROVEMENT; ++c)
            QVERIFY2(categories.count(c), v1::CaseCategory_Name(c).c_str());
    }
    void everyCaseIsComplete()
    {
        const auto orgs = organisationsById();
        std::set<std::string> users;
        for (const auto& u : demo().users())
            users.insert(u.id());
        int published = 0, notYet = 0;
        for (const auto& k : demo().cases()) {
            const QByteArray what = QByteArray::fromStdString(k.title());
            const auto& s = k.sections();
            for (const std::string* section : { &s.background(), &s.purpose(), &s.activities(), &s.effects(),
                     &s.next_steps(), &s.hurdles(), &s.solutions(), &s.key_points() })
                QVERIFY2(!section->empty(), what);
            QVERIFY2(k.category() != v1::CASE_CATEGORY_UNSPECIFIED, what);
            QVERIFY2(k.fiscal_year() >= 2020 && k.fiscal_year() <= 2026, what);
            const auto* owner = orgs.at(k.owner_org_id());
            QCOMPARE(k.owner_org_name(), owner->name());
            QCOMPARE(k.prefecture_code(), owner->prefecture_code());
            QVERIFY2(!k.funding().source().empty(), what);
            QVERIFY2(k.metrics_size() >= 1 && k.metrics_size() <= 3, what);
            for (const auto& m : k.metrics()) {
                const QByteArray figure = what + " / " + QByteArray::fromStdString(m.label());
                QVERIFY2(!m.label().empty() && !m.unit().empty(), figure);
                QVERIFY2(!m.source().empty() && m.source() != kDemoValueMark, figure);
                QVERIFY2(isMonth(m.before_date()) && isMonth(m.after_date()), figure);
                QVERIFY2(m.before_date() <= m.after_date(), figure);
            }
            QVERIFY2(k.publication_scope() != v1::PUBLICATION_SCOPE_UNSPECIFIED, what);
            if (!k.author_user_id().empty())
                QVERIFY2(users.count(k.author_user_id()), what);
            QVERIFY2(k.created_at().seconds() > 0, what);
            QVERIFY2(k.updated_at().seconds() >= k.created_at().seconds(), what);
            QVERIFY2(k.updated_at().seconds() < kDemoToday, what);
            if (k.state() == v1::CASE_STATE_PUBLISHED) {
                ++published;
                QVERIFY2(k.published_at().seconds() >= k.created_at().seconds(), what);
            } else {
                ++notYet;
                QVERIFY2(!k.has_published_at(), what);
            }
        }
        QVERIFY(published > notYet);
        QVERIFY(notYet >= 2);
    }
    // Team rule: a real figure stays with the real case it came from, with source and date;
    // an invented one is marked as a demo value.
    void figuresNotMarkedAsDemoValuesAreRealFigures()
    {
        std::map<const RealFigure*, int> seen;
        for (const auto& k : demo().cases()) {
            for (const auto& m : k.metrics()) {
                if (isDemoValue(m))
                    continue;
                const QByteArray what
                    = QByteArray::fromStdString(k.title() + " / " + m.label() + " / " + m.source());
                const RealFigure* real = nullptr;
                for (const auto& f : kRealFigures)
                    if (k.id() == f.caseId && m.label().starts_with(f.labelStart))
                        real = &f;
                QVERIFY2(real, "neither a known real figure nor marked （デモ値）: " + what);
                QCOMPARE(m.before_value(), real->before);
                QCOMPARE(m.after_value(), real->after);
                QCOMPARE(m.before_date(), std::string(real->beforeDate));
                QCOMPARE(m.after_date(), std::string(real->afterDate));
                ++seen[real];
            }
        }
        for (const auto& f : kRealFigures)
            QVERIFY2(seen[&f] == 1, f.labelStart);
    }
    // The Ueda figures belong to the care-record case of a 老健 in Ueda, and to no other case,
    // not as a figure and not in a text.
    void uedaFiguresStayWithTheUedaCareRecordCase()
    {
        const auto orgs = organisationsById();
        const auto* ueda = caseById(kUedaCareRecords);
        QVERIFY(ueda);
        const auto* facility = orgs.at(ueda->owner_org_id());
        QCOMPARE(facility->kind(), v1::ORGANISATION_KIND_FACILITY);
        QCOMPARE(facility->service_types_size(), 1);
        QCOMPARE(facility->service_types(0), v1::SERVICE_TYPE_GERIATRIC_HEALTH);
        QCOMPARE(orgs.at(facility->parent_id())->name(), std::string("上田市"));
        QCOMPARE(ueda->prefecture_code(), 20);
        QCOMPARE(ueda->fiscal_year(), 2023);
        QCOMPARE(ueda->category(), v1::CASE_CATEGORY_ICT);
        QVERIFY(std::count(ueda->technologies().begin(), ueda->technologies().end(), "介護記録ソフト") == 1);
        for (const auto& m : ueda->metrics())
            QVERIFY2(!isDemoValue(m), m.label().c_str());

        const double uedaValues[] = { 85.0, 70.6, 2.86, 3.04 };
        const char* const uedaWords[] = { "85.0", "70.6", "2.86", "3.04" };
        for (const auto& k : demo().cases()) {
            if (k.id() == kUedaCareRecords)
                continue;
            const QByteArray what = QByteArray::fromStdString(k.title());
            for (const auto& m : k.metrics())
                for (const double v : uedaValues)
                    QVERIFY2(m.before_value() != v && m.after_value() != v, what);
            const auto& s = k.sections();
            for (const std::string* text : { &s.background(), &s.purpose(), &s.activities(), &s.effects(),
                     &s.next_steps(), &s.hurdles(), &s.solutions(), &s.key_points(), &k.title() })
                for (const char* word : uedaWords)
                    QVERIFY2(text->find(word) == std::string::npos, what + " quotes " + word);
        }
    }
    // The national booklet files these three under モデル事業所・事例の横展開.
    void modelFacilityCasesAsTheBookletFilesThem()
    {
        const std::pair<const char*, const char*> cases[]
            = { { kFujisawaPackage, "藤沢市" }, { kToyamaAward, "富山県" }, { kFukuiFourDayWeek, "福井県" } };
        for (const auto& [id, owner] : cases) {
            const auto* k = caseById(id);
            QVERIFY2(k, owner);
            QCOMPARE(k->owner_org_name(), std::string(owner));
            QCOMPARE(k->category(), v1::CASE_CATEGORY_MODEL_FACILITY);
        }
    }
    // Shizuoka city's smartwatch trial has not ended: no result is claimed as final.
    void shizuokaTrialIsNotReportedFinished()
    {
        const auto* k = caseById(kShizuokaSmartwatches);
        QVERIFY(k);
        QCOMPARE(k->owner_org_name(), std::string("静岡市"));
        QVERIFY2(k->title().ends_with("（実証中）"), k->title().c_str());
        QVERIFY2(k->sections().effects().find("実証は続いて") != std::string::npos,
            k->sections().effects().c_str());
        for (const auto& m : k->metrics())
            QVERIFY2(!isDemoValue(m), ("an invented result of a running trial: " + m.label()).c_str());
    }
    // Facility names of the demo are invented and say so; so do invented funding amounts.
    void inventedNamesAndAmountsAreMarked()
    {
        for (const auto& o : demo().organisations())
            if (o.kind() == v1::ORGANISATION_KIND_FACILITY)
                QVERIFY2(o.name().ends_with("（デモ）"), o.name().c_str());
        for (const auto& k : demo().cases()) {
            const auto& f = k.funding();
            if (f.initial_cost_yen() != 0 || f.running_cost_yen_per_year() != 0)
                QVERIFY2(f.note().ends_with(kDemoValueMark), k.title().c_str());
        }
    }
    // The demo programme has the shape of Nagano's FY2024 accompaniment support (25 applied,
    // 6 chosen); its facilities and figures are demo values and say so, and every figure has
    // a date and a source. The adoptions' check-ins are the schedule the server writes.
    void programmeAndAdoptionsAreMarkedDemoValues()
    {
        QCOMPARE(demo().programmes_size(), 1);
        const auto& p = demo().programmes(0);
        QVERIFY(p.title().ends_with("（デモ）"));
        int chosen = 0;
        for (const auto& part : demo().participations()) {
            QCOMPARE(part.programme_id(), p.id());
            chosen += part.state() == v1::PARTICIPATION_STATE_CHOSEN;
            for (const auto& m : part.measurements()) {
                QVERIFY2(isMonth(m.measured_on()), m.measured_on().c_str());
                QVERIFY2(m.source().ends_with(kDemoValueMark), m.source().c_str());
            }
            for (const auto& v : part.visits())
                QVERIFY(yk::domain::Date::parse(v.visit_date()).has_value());
        }
        QCOMPARE(demo().participations_size(), 25);
        QCOMPARE(p.application_count(), 25);
        QCOMPARE(chosen, 6);
        QCOMPARE(p.chosen_count(), chosen);
        QVERIFY(chosen <= p.places());

        int noLongerUsed = 0;
        for (const auto& a : demo().adoptions()) {
            QVERIFY2(a.label().ends_with("（デモ）"), a.label().c_str());
            const auto adopted = yk::domain::Date::parse(a.adopted_on());
            QVERIFY(adopted);
            const auto schedule = yk::domain::checkInSchedule(*adopted);
            QCOMPARE(a.check_ins_size(), static_cast<int>(schedule.size()));
            for (int i = 0; i < a.check_ins_size(); ++i) {
                QCOMPARE(a.check_ins(i).months_after(), schedule[static_cast<std::size_t>(i)].monthsAfter);
                QCOMPARE(a.check_ins(i).due_date(), schedule[static_cast<std::size_t>(i)].due.toString());
            }
            noLongerUsed += a.no_longer_used();
        }
        QCOMPARE(noLongerUsed, 1);
    }
    // The demo centre's support menu: every entry has a source and an as-of date, and links its
    // requirements to the demo seminars and programme; a tier's amount is one of the real
    // subsidy shapes (robots ¥1M / ¥300k per unit, ICT ¥1M–¥2.6M by staff count, third-party
    // accompaniment ¥300k at 1/2, a national model facility ¥20M) or marked （デモ値）.
    void supportMenuIsLinkedAndMarked()
    {
        QVERIFY(demo().support_menu_entries_size() >= 3);
        int seminarLinks = 0;
        int programmeLinks = 0;
        int consultationLinks = 0;
        const std::set<std::int64_t> realCaps { 1'000'000, 300'000, 2'600'000, 20'000'000 };
        for (const auto& e : demo().support_menu_entries()) {
            QVERIFY2(!e.source().empty() && yk::domain::Date::parse(e.as_of()), e.name().c_str());
            QCOMPARE(e.prefecture_code(), 20);
            for (const auto& r : e.requirements()) {
                seminarLinks += r.seminar_ids_size();
                programmeLinks += r.programme_ids_size();
                consultationLinks += r.consultation();
            }
            for (const auto& t : e.tiers())
                if (t.cap_yen() != 0 && !realCaps.contains(t.cap_yen()))
                    QVERIFY2(
                        t.demo_value() && t.label().find("デモ値") != std::string::npos, t.label().c_str());
            for (const auto& t : e.tiers())
                if (t.demo_value())
                    QVERIFY2(t.label().find("デモ値") != std::string::npos, t.label().c_str());
        }
        QVERIFY(seminarLinks > 0 && programmeLinks > 0 && consultationLinks > 0);
    }
    void casesMentionMonitoringAndIntercoms()
    {
        int monitoring = 0, intercom = 0;
        for (const auto& k : demo().cases()) {
            bool m = false, i = false;
            for (const auto& t : k.technologies()) {
                m = m || t.find("見守り") != std::string::npos;
                i = i || t.find("インカム") != std::string::npos;
            }
            monitoring += m;
            intercom += i;
        }
        QVERIFY2(monitoring >= 3, QByteArray::number(monitoring));
        QVERIFY(intercom >= 1);
    }
    void everyEquipmentAreaIsLendable()
    {
        const auto orgs = organisationsById();
        std::map<std::string, int> unitsPerModel;
        std::map<std::string, const v1::EquipmentModel*> models;
        for (const auto& m : demo().equipment_models())
            models[m.id()] = &m;
        std::set<std::string> tags;
        int outOfService = 0, retired = 0;
        for (const auto& u : demo().equipment_units()) {
            ++unitsPerModel[u.model_id()];
            QVERIFY2(tags.insert(u.asset_tag()).second, u.asset_tag().c_str());
            QCOMPARE(u.centre_org_id(), models.at(u.model_id())->centre_org_id());
            QVERIFY(u.status() != v1::UNIT_STATUS_UNSPECIFIED);
            if (u.status() == v1::UNIT_STATUS_OUT_OF_SERVICE) {
                ++outOfService;
                QVERIFY2(!u.out_of_service_from().empty(), u.asset_tag().c_str());
                if (!u.out_of_service_until().empty())
                    QVERIFY(u.out_of_service_from() <= u.out_of_service_until());
            }
            retired += u.status() == v1::UNIT_STATUS_RETIRED;
        }
        QVERIFY(outOfService >= 2);
        QVERIFY(retired >= 1);
        std::set<int> areasWithUnits;
        for (const auto& m : demo().equipment_models()) {
            const QByteArray what = QByteArray::fromStdString(m.name());
            const auto centre = orgs.find(m.centre_org_id());
            QVERIFY2(centre != orgs.end(), what);
            QCOMPARE(centre->second->kind(), v1::ORGANISATION_KIND_CENTRE);
            QCOMPARE(m.prefecture_code(), centre->second->prefecture_code());
            QVERIFY2(m.max_loan_days() >= 7 && m.max_loan_days() <= 90, what);
            const int n = unitsPerModel[m.id()];
            QVERIFY2(n >= 2 && n <= 4, what);
            if (m.area() == v1::EQUIPMENT_AREA_TRANSFER)
                QVERIFY2(m.subcategory() == "装着型" || m.subcategory() == "非装着型", what);
            areasWithUnits.insert(m.area());
        }
        for (int a = v1::EQUIPMENT_AREA_TRANSFER; a <= v1::EQUIPMENT_AREA_ICT_INFRASTRUCTURE; ++a)
            QVERIFY2(areasWithUnits.count(a), v1::EquipmentArea_Name(a).c_str());
    }
    void assessmentTemplateHasSevenAreas()
    {
        const v1::AssessmentTemplate* national = nullptr;
        for (const auto& t : demo().assessment_templates())
            if (t.family() == "national-7-areas" && t.version() == 1)
                national = &t;
        QVERIFY(national);
        QCOMPARE(national->areas_size(), 7);
        std::set<std::string> itemIds;
        int yesNo = 0, numbers = 0;
        for (int i = 0; i < national->areas_size(); ++i) {
            const auto& area = national->areas(i);
            QCOMPARE(area.number(), i + 1);
            QVERIFY(!area.title().empty());
            int levels = 0;
            for (const auto& item : area.items()) {
                QVERIFY2(itemIds.insert(item.id()).second, item.id().c_str());
                QVERIFY2(item.id().rfind(std::to_string(i + 1) + "-", 0) == 0, item.id().c_str());
                QVERIFY2(!item.text().empty() && !item.guidance().empty(), item.id().c_str());
                switch (item.kind()) {
                case v1::ASSESSMENT_ITEM_KIND_LEVEL:
                    ++levels;
                    QCOMPARE(item.weight(), 1.0);
                    QCOMPARE(item.scale_size(), 5);
                    for (int v = 0; v < item.scale_size(); ++v) {
                        QCOMPARE(item.scale(v).value(), v);
                        QVERIFY(!item.scale(v).label().empty());
                    }
                    break;
                case v1::ASSESSMENT_ITEM_KIND_YES_NO:
                    ++yesNo;
                    break;
                case v1::ASSESSMENT_ITEM_KIND_NUMBER:
                    ++numbers;
                    QCOMPARE(item.weight(), 0.0);
                    QVERIFY(!item.unit().empty());
                    break;
                default:
                    break;
                }
            }
            QVERIFY2(levels >= 2, area.title().c_str());
        }
        QCOMPARE(yesNo, 0); // the committee is its own obligation, not a scored item of area 1
        QVERIFY(numbers >= 3);
        QCOMPARE(national->areas(0).title(), std::string("職場環境の整備"));
        QCOMPARE(national->areas(6).title(), std::string("理念・行動指針の徹底"));
    }
    // Issue 19, part 5: the committee obligation is a yes/no checklist for the services it
    // applies to; the prefecture certification checklist is marked as invented throughout.
    void assessmentChecklistsAreTheirOwnTemplates()
    {
        const v1::AssessmentTemplate* committee = nullptr;
        const v1::AssessmentTemplate* certification = nullptr;
        for (const auto& t : demo().assessment_templates()) {
            if (t.kind() == v1::ASSESSMENT_TEMPLATE_KIND_OBLIGATION)
                committee = &t;
            if (t.kind() == v1::ASSESSMENT_TEMPLATE_KIND_CERTIFICATION)
                certification = &t;
        }
        QVERIFY(committee && certification);
        QCOMPARE(committee->prefecture_code(), 0);
        QVERIFY(!committee->basis().empty());
        std::set<int> services(committee->service_types().begin(), committee->service_types().end());
        QVERIFY(services.count(v1::SERVICE_TYPE_NURSING_HOME) && services.count(v1::SERVICE_TYPE_GROUP_HOME)
            && services.count(v1::SERVICE_TYPE_SHORT_STAY));
        QVERIFY(
            !services.count(v1::SERVICE_TYPE_DAY_SERVICE) && !services.count(v1::SERVICE_TYPE_HOME_VISIT));
        int requirements = 0;
        for (const auto& area : committee->areas())
            for (const auto& item : area.items()) {
                QVERIFY(item.kind() != v1::ASSESSMENT_ITEM_KIND_LEVEL);
                requirements += item.kind() == v1::ASSESSMENT_ITEM_KIND_YES_NO && item.weight() > 0;
            }
        QVERIFY(requirements >= 1);

        QVERIFY(certification->prefecture_code() > 0);
        QVERIFY(certification->title().find("（デモ）") != std::string::npos);
        QVERIFY(certification->basis().find("デモ") != std::string::npos);
        for (const auto& area : certification->areas())
            for (const auto& item : area.items())
                QVERIFY2(item.text().find("（デモ項目）") != std::string::npos, item.id().c_str());
    }
    void seminarSessionsIncludeTheFuture()
    {
        std::set<std::string> seminarIds;
        for (const auto& s : demo().seminars())
            seminarIds.insert(s.id());
        int future = 0, full = 0;
        for (const auto& s : demo().seminar_sessions()) {
            QVERIFY2(s.ends_at().seconds() > s.starts_at().seconds(), s.id().c_str());
            QVERIFY2(s.registration_deadline().seconds() <= s.ends_at().seconds(), s.id().c_str());
            QVERIFY2(!s.venue_name().empty() || !s.online_url().empty(), s.id().c_str());
            if (!s.online_url().empty())
                QVERIFY2(s.online_url().rfind("https://example.org/", 0) == 0, s.online_url().c_str());
            QVERIFY2(s.confirmed_count() <= s.capacity(), s.id().c_str());
            if (s.waitlist_count() > 0)
                QCOMPARE(s.confirmed_count(), s.capacity());
            future += s.starts_at().seconds() > kDemoToday;
            full += s.confirmed_count() == s.capacity();
        }
        QVERIFY2(future >= 3, QByteArray::number(future));
        QVERIFY(full >= 1);
    }
    void naganoFiscal2024Sessions()
    {
        std::map<std::string, const v1::Seminar*> nagano;
        for (const auto& s : demo().seminars())
            if (s.prefecture_code() == 20)
                nagano[s.id()] = &s;
        struct Expected {
            QDate date;
            v1::SeminarKind kind;
            const char* venue;
        };
        const Expected expected[] = {
            { QDate(2024, 7, 16), v1::SEMINAR_KIND_BEGINNER, "飯田" },
            { QDate(2024, 7, 17), v1::SEMINAR_KIND_BEGINNER, "佐久" },
            { QDate(2024, 8, 29), v1::SEMINAR_KIND_TRAINING, "松本" },
            { QDate(2024, 8, 30), v1::SEMINAR_KIND_TRAINING, "長野" },
        };
        for (const auto& e : expected) {
            bool found = false;
            for (const auto& s : demo().seminar_sessions()) {
                const auto seminar = nagano.find(s.seminar_id());
                if (seminar == nagano.end() || seminar->second->kind() != e.kind)
                    continue;
                if (jstDate(s.starts_at()) == e.date && s.venue_name().find(e.venue) != std::string::npos) {
                    found = true;
                    QVERIFY(seminar->second->issues_certificate());
                }
            }
            QVERIFY2(found, qPrintable(e.date.toString(Qt::ISODate) + QString::fromUtf8(e.venue)));
        }
    }
    void unknownFieldIsAnError()
    {
        const auto result = yk::proto::parseDemoDataset(R"({"noSuchField": 1})");
        QVERIFY(!result.ok());
        QVERIFY(result.error.find("noSuchField") != std::string::npos);
    }
    void danglingReferenceIsAnError()
    {
        const auto result = yk::proto::parseDemoDataset(R"({"equipmentUnits": [
            {"id": "00000000-0000-4000-8000-000000000001",
             "modelId": "00000000-0000-4000-8000-000000000002"}]})");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.find("unknown id") != std::string::npos, result.error.c_str());
    }
    void isUuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("valid") << "123e4567-e89b-42d3-a456-426614174000" << true;
        QTest::newRow("upper case") << "123E4567-E89B-42D3-A456-426614174000" << false;
        QTest::newRow("short") << "123e4567-e89b-42d3-a456-42661417400" << false;
        QTest::newRow("dash misplaced") << "123e4567e-89b-42d3-a456-426614174000" << false;
        QTest::newRow("empty") << "" << false;
    }
    void isUuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(yk::proto::isUuid(text.toStdString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
