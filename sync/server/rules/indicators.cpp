#include "indicators.h"

#include "aggregates.h"

#include "core/placement.h"

#include "domain/date.h"
#include "domain/follow_up_schedule.h"
#include "domain/prefecture_aggregate.h"
#include "indicator_ids.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace yk::server {

using namespace yokoten::v1;

namespace {

constexpr int kMaxCasesPerFigure = 20;
constexpr std::string_view kNationalTemplateFamily = "national-7-areas";
constexpr std::string_view kNationalKpiSource
    = "国の介護現場の生産性向上に関するKPI（2023年度基準→2026年度目標）";

domain::Date japanDateOf(const google::protobuf::Timestamp& t)
{
    return domain::japanDate(std::chrono::system_clock::time_point(std::chrono::seconds(t.seconds())));
}

/// Which figure: its topic, the enum value it is about, an assessment area id.
using FigureKey = std::tuple<int, int, std::string>;

FigureKey keyOf(IndicatorTopic topic, int code = 0, std::string key = {})
{
    return { static_cast<int>(topic), code, std::move(key) };
}

/// What is counted for one figure of one area.
struct Tally {
    int records = 0;
    std::set<std::string> contributors; ///< facility ids, or a record id for a person without one
    double sum = 0; ///< means: one value per facility
    int values = 0;
    std::string from; ///< earliest date behind it (means)
    std::string to; ///< newest date behind it (means)
    bool demoValues = false; ///< a value behind it is marked as a demo value (docs/demo-data.md)
};

/// Where the organisations of the prefecture belong.
struct OrgIndex {
    std::string prefectureName;
    std::map<std::string, std::string> municipalityName; ///< municipality id → name
    std::map<std::string, std::string> municipalityOfFacility; ///< facility id → municipality id ('' none)
    int centres = 0;

    bool isFacility(const std::string& id) const { return municipalityOfFacility.count(id) != 0; }
    std::string municipalityOf(const std::string& id) const
    {
        auto found = municipalityOfFacility.find(id);
        if (found != municipalityOfFacility.end())
            return found->second;
        return municipalityName.count(id) != 0 ? id : std::string();
    }
};

/// The tallies of every area: "" is the prefecture total, the rest are municipality ids.
class Tallies {
public:
    explicit Tallies(const OrgIndex& orgs)
        : m_orgs(orgs)
    {
    }

    /// One record of the organisation `orgId` (empty: a person without one, known as
    /// `fallbackContributor`) counted for `key` in the total and in its municipality.
    void count(const FigureKey& key, const std::string& orgId, const std::string& fallbackContributor)
    {
        const std::string contributor = orgId.empty() ? "person:" + fallbackContributor : orgId;
        for (const auto& area : areasOf(orgId)) {
            auto& t = m_areas[area][key];
            ++t.records;
            t.contributors.insert(contributor);
        }
    }
    /// One facility's value for a mean, with the date it was measured or answered.
    void value(const FigureKey& key, const std::string& facilityId, double v, const std::string& date,
        bool demoValue)
    {
        for (const auto& area : areasOf(facilityId)) {
            auto& t = m_areas[area][key];
            t.demoValues = t.demoValues || demoValue;
            ++t.records;
            t.contributors.insert(facilityId);
            t.sum += v;
            ++t.values;
            if (!date.empty() && (t.from.empty() || date < t.from))
                t.from = date;
            if (date > t.to)
                t.to = date;
        }
    }
    const Tally* find(const std::string& area, const FigureKey& key) const
    {
        auto a = m_areas.find(area);
        if (a == m_areas.end())
            return nullptr;
        auto k = a->second.find(key);
        return k == a->second.end() ? nullptr : &k->second;
    }

private:
    std::vector<std::string> areasOf(const std::string& orgId) const
    {
        std::vector<std::string> areas { std::string() };
        auto municipality = m_orgs.municipalityOf(orgId);
        if (!municipality.empty())
            areas.push_back(std::move(municipality));
        return areas;
    }

    const OrgIndex& m_orgs;
    std::map<std::string, std::map<FigureKey, Tally>> m_areas;
};

/// A published case the figures may link to.
struct LinkableCase {
    std::string id;
    std::int64_t publishedAt = 0;
    std::string municipalityId;
    const GoodPracticeCase* body = nullptr;
};

// The words by which a case's own before/after figure names a measured item.
std::string_view kpiWord(MeasureItem item)
{
    switch (item) {
    case MEASURE_ITEM_OVERTIME_HOURS:
        return "残業";
    case MEASURE_ITEM_PAID_LEAVE_DAYS:
        return "有給";
    case MEASURE_ITEM_TURNOVER:
        return "離職";
    default:
        return {};
    }
}

/// The national 2023 → 2026 figure a topic is read against, for the topics that have one.
std::optional<NationalReference> nationalReference(IndicatorTopic topic, int code)
{
    NationalReference r;
    r.set_baseline_year("2023年度");
    r.set_target_year("2026年度");
    r.set_source(std::string(kNationalKpiSource));
    if (topic == INDICATOR_TOPIC_KPI && code == MEASURE_ITEM_OVERTIME_HOURS) {
        r.set_baseline(6.4);
        r.set_target(6.4);
        r.set_target_note("維持または減少");
    } else if (topic == INDICATOR_TOPIC_KPI && code == MEASURE_ITEM_PAID_LEAVE_DAYS) {
        r.set_baseline(7.4);
        r.set_target(8.4);
    } else if (topic == INDICATOR_TOPIC_KPI && code == MEASURE_ITEM_TURNOVER) {
        r.set_baseline(15.7);
        r.set_target(15.3);
    } else if (topic == INDICATOR_TOPIC_TECHNOLOGY_USE) {
        r.set_baseline(29);
        r.set_target(50);
    } else if (topic == INDICATOR_TOPIC_ONE_STOP_CENTRES) {
        r.set_baseline(5);
        r.set_target(47);
        r.set_target_note("全都道府県");
    } else {
        return std::nullopt;
    }
    return r;
}

/// Every named value of an enum but UNSPECIFIED (0).
std::vector<int> enumValues(const google::protobuf::EnumDescriptor* e)
{
    std::vector<int> values;
    for (int i = 0; i < e->value_count(); ++i)
        if (e->value(i)->number() != 0)
            values.push_back(e->value(i)->number());
    return values;
}

class SheetBuilder {
public:
    SheetBuilder(const Tallies& tallies, const std::vector<LinkableCase>& cases, std::string area,
        std::string referenceDate, std::string periodFrom)
        : m_tallies(tallies)
        , m_cases(cases)
        , m_area(std::move(area))
        , m_referenceDate(std::move(referenceDate))
        , m_periodFrom(std::move(periodFrom))
    {
    }

    /// A count over the fiscal year (periodic) or as of today (a state).
    Indicator& count(IndicatorSheet& sheet, IndicatorTopic topic, int code, std::string_view unit,
        std::string_view source, bool periodic)
    {
        const Tally* t = m_tallies.find(m_area, keyOf(topic, code));
        auto& out = add(sheet, topic, code, {}, unit, source, t);
        if (periodic)
            out.set_period_from(m_periodFrom);
        if (!out.withheld())
            out.set_value(t->records);
        return out;
    }
    /// A mean of one value per facility.
    Indicator& mean(IndicatorSheet& sheet, IndicatorTopic topic, int code, std::string key,
        std::string_view unit, std::string_view source)
    {
        const Tally* t = m_tallies.find(m_area, keyOf(topic, code, key));
        auto& out = add(sheet, topic, code, std::move(key), unit, source, t);
        if (!out.withheld()) {
            out.set_value(t->sum / t->values);
            out.set_record_count(t->values);
            out.set_period_from(t->from);
            if (!t->to.empty())
                out.set_reference_date(t->to);
            // A mean of invented demo figures says so, as the figures it is made of do.
            if (t->demoValues)
                out.set_source(out.source() + "（デモ値を含む）");
        }
        return out;
    }
    /// Published cases of the area that `matches` accepts, newest first; none for a withheld figure.
    template <typename Match> void link(Indicator& figure, Match matches) const
    {
        if (figure.withheld())
            return;
        for (const auto& c : m_cases) {
            if (figure.case_ids_size() >= kMaxCasesPerFigure)
                break;
            if (!m_area.empty() && c.municipalityId != m_area)
                continue;
            if (matches(*c.body))
                figure.add_case_ids(c.id);
        }
    }

private:
    Indicator& add(IndicatorSheet& sheet, IndicatorTopic topic, int code, std::string key,
        std::string_view unit, std::string_view source, const Tally* t)
    {
        auto& out = *sheet.add_indicators();
        out.set_topic(topic);
        out.set_code(code);
        out.set_key(std::move(key));
        out.set_unit(std::string(unit));
        out.set_source(std::string(source));
        out.set_reference_date(m_referenceDate);
        if (auto national = nationalReference(topic, code))
            *out.mutable_national() = *national;
        const int facilities = t ? static_cast<int>(t->contributors.size()) : 0;
        out.set_withheld(facilities < kIndicatorMinFacilities);
        if (!out.withheld()) {
            out.set_facility_count(facilities);
            out.set_record_count(t->records);
        }
        return out;
    }

    const Tallies& m_tallies;
    const std::vector<LinkableCase>& m_cases;
    std::string m_area;
    std::string m_referenceDate;
    std::string m_periodFrom;
};

StoreResult<OrgIndex> indexOrganisations(RecordQueries& queries, int prefectureCode)
{
    auto organisations = queries.listByPrefecture(RECORD_KIND_ORGANISATION, prefectureCode);
    if (!organisations)
        return organisations.error();
    OrgIndex index;
    for (const auto& record : *organisations) {
        const auto& o = record.organisation();
        switch (o.kind()) {
        case ORGANISATION_KIND_PREFECTURE:
            index.prefectureName = o.name();
            break;
        case ORGANISATION_KIND_MUNICIPALITY:
            index.municipalityName[o.id()] = o.name();
            break;
        case ORGANISATION_KIND_FACILITY:
            index.municipalityOfFacility[o.id()] = o.parent_id();
            break;
        case ORGANISATION_KIND_CENTRE:
            ++index.centres;
            break;
        default:
            break;
        }
    }
    // A facility whose parent is not a municipality of this prefecture counts in the total only.
    for (auto& [facility, municipality] : index.municipalityOfFacility)
        if (index.municipalityName.count(municipality) == 0)
            municipality.clear();
    return index;
}

/// Everything the figures count, read once for the whole prefecture.
struct Inputs {
    std::vector<Record> seminars, sessions, registrations, checkIns, visitors, loans, consultations,
        programmes, participations, adoptions, cases;
};

StoreStatus readInputs(RecordQueries& q, int prefecture, Inputs& in)
{
    const std::pair<RecordKind, std::vector<Record>*> lists[] = {
        { RECORD_KIND_SEMINAR, &in.seminars },
        { RECORD_KIND_SEMINAR_SESSION, &in.sessions },
        { RECORD_KIND_REGISTRATION, &in.registrations },
        { RECORD_KIND_CHECK_IN, &in.checkIns },
        { RECORD_KIND_VISITOR_ENTRY, &in.visitors },
        { RECORD_KIND_LOAN_REQUEST, &in.loans },
        { RECORD_KIND_CONSULTATION, &in.consultations },
        { RECORD_KIND_PROGRAMME, &in.programmes },
        { RECORD_KIND_PARTICIPATION, &in.participations },
        { RECORD_KIND_ADOPTION, &in.adoptions },
        { RECORD_KIND_CASE, &in.cases },
    };
    for (const auto& [kind, out] : lists) {
        auto records = q.listByPrefecture(kind, prefecture);
        if (!records)
            return records.error();
        *out = std::move(*records);
    }
    return {};
}

void countSeminars(const Inputs& in, domain::Date fyStart, Tallies& tallies)
{
    std::map<std::string, SeminarKind> kindOfSeminar;
    for (const auto& r : in.seminars)
        kindOfSeminar[r.seminar().id()] = r.seminar().kind();
    std::map<std::string, SeminarKind> kindOfSession;
    for (const auto& r : in.sessions)
        kindOfSession[r.seminar_session().id()] = kindOfSeminar[r.seminar_session().seminar_id()];
    std::map<std::string, const Registration*> registrations;
    for (const auto& r : in.registrations) {
        const auto& reg = r.registration();
        registrations[reg.id()] = &reg;
        const bool signedUp
            = reg.status() == REGISTRATION_STATUS_CONFIRMED || reg.status() == REGISTRATION_STATUS_WAITLISTED;
        if (signedUp && japanDateOf(reg.requested_at()) >= fyStart)
            tallies.count(keyOf(INDICATOR_TOPIC_SEMINAR_SIGN_UPS, kindOfSession[reg.session_id()]),
                reg.organisation_id(), reg.id());
    }
    std::set<std::string> attended;
    for (const auto& r : in.checkIns) {
        const auto& c = r.check_in();
        if (c.result() != CHECK_IN_RESULT_ACCEPTED || japanDateOf(c.checked_in_at()) < fyStart)
            continue;
        auto reg = registrations.find(c.registration_id());
        if (reg == registrations.end() || !attended.insert(c.registration_id()).second)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_SEMINAR_ATTENDANCE, kindOfSession[c.session_id()]),
            reg->second->organisation_id(), reg->second->id());
    }
    for (const auto& r : in.visitors) {
        const auto& v = r.visitor_entry();
        if (v.kind() == VISITOR_ENTRY_KIND_VISIT && japanDateOf(v.entered_at()) >= fyStart)
            tallies.count(keyOf(INDICATOR_TOPIC_EXHIBITION_VISITORS), v.matched_org_id(), v.id());
    }
}

void countLoansAndConsultations(const Inputs& in, domain::Date fyStart, Tallies& tallies)
{
    for (const auto& r : in.loans) {
        const auto& l = r.loan_request();
        if (japanDateOf(l.requested_at()) < fyStart)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_LOANS_REQUESTED), l.requester_org_id(), l.id());
        if (l.state() == LOAN_STATE_LENT || l.state() == LOAN_STATE_RETURNED || l.has_report())
            tallies.count(keyOf(INDICATOR_TOPIC_LOANS_LENT), l.requester_org_id(), l.id());
        if (l.has_report())
            tallies.count(keyOf(INDICATOR_TOPIC_LOANS_REPORTED), l.requester_org_id(), l.id());
    }
    for (const auto& r : in.consultations) {
        const auto& c = r.consultation();
        if (japanDateOf(c.opened_at()) < fyStart)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_CONSULTATIONS, 0), c.organisation_id(), c.id());
        tallies.count(keyOf(INDICATOR_TOPIC_CONSULTATIONS, c.topic()), c.organisation_id(), c.id());
    }
}

/// A facility's newest value of a measured item, from its programme figures and check-ins.
struct Latest {
    double value = 0;
    std::string date;
    bool demo = false;
};

/// The mark docs/demo-data.md puts on every invented figure's source.
constexpr std::string_view kDemoValueMark = "デモ値";

/// Counts programmes and adoptions; answers the cases closed participations were written up as.
std::set<std::string> countFollowUp(const Inputs& in, int fiscalYear, domain::Date today, Tallies& tallies)
{
    std::set<std::string> programmeCases;
    std::set<std::string> programmesOfYear;
    for (const auto& r : in.programmes)
        if (r.programme().fiscal_year() == fiscalYear)
            programmesOfYear.insert(r.programme().id());
    std::map<std::pair<std::string, int>, Latest> latest; // (facility, item) → newest value
    auto measured = [&latest](const std::string& facility, const Measurement& m) {
        if (kpiWord(m.item()).empty() || m.measured_on().empty())
            return;
        auto& slot = latest[{ facility, m.item() }];
        if (m.measured_on() >= slot.date)
            slot = { m.value(), m.measured_on(), m.source().find(kDemoValueMark) != std::string::npos };
    };
    for (const auto& r : in.participations) {
        const auto& p = r.participation();
        for (const auto& m : p.measurements())
            measured(p.organisation_id(), m);
        if (programmesOfYear.count(p.programme_id()) == 0)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_PROGRAMME_APPLIED), p.organisation_id(), p.id());
        if (p.state() != PARTICIPATION_STATE_CHOSEN && p.state() != PARTICIPATION_STATE_CLOSED)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_PROGRAMME_CHOSEN), p.organisation_id(), p.id());
        for (int step = IMPROVEMENT_STEP_PREPARE; step <= p.current_step(); ++step)
            tallies.count(keyOf(INDICATOR_TOPIC_PROGRAMME_STEP, step), p.organisation_id(), p.id());
        if (p.state() != PARTICIPATION_STATE_CLOSED)
            continue;
        tallies.count(keyOf(INDICATOR_TOPIC_PROGRAMME_CLOSED), p.organisation_id(), p.id());
        if (!p.case_id().empty())
            programmeCases.insert(p.case_id());
    }
    for (const auto& r : in.adoptions) {
        const auto& a = r.adoption();
        bool overdue = false;
        for (const auto& checkIn : a.check_ins()) {
            for (const auto& m : checkIn.kpis())
                measured(a.organisation_id(), m);
            const auto due = domain::Date::parse(checkIn.due_date());
            if (due
                && domain::standingOf(*due, checkIn.has_answered_at(), today)
                    == domain::CheckInStanding::Overdue)
                overdue = true;
        }
        const bool stalled = a.no_longer_used() || overdue;
        tallies.count(keyOf(stalled ? INDICATOR_TOPIC_ADOPTIONS_STALLED : INDICATOR_TOPIC_ADOPTIONS_IN_USE),
            a.organisation_id(), a.id());
        tallies.count(
            keyOf(INDICATOR_TOPIC_ADOPTIONS_BY_AREA, a.equipment_area()), a.organisation_id(), a.id());
        if (!a.no_longer_used())
            tallies.count(keyOf(INDICATOR_TOPIC_TECHNOLOGY_USE), a.organisation_id(), a.id());
    }
    for (const auto& [which, newest] : latest)
        tallies.value(
            keyOf(INDICATOR_TOPIC_KPI, which.second), which.first, newest.value, newest.date, newest.demo);
    return programmeCases;
}

std::vector<LinkableCase> linkableCases(const Inputs& in, const OrgIndex& orgs)
{
    std::vector<LinkableCase> cases;
    for (const auto& r : in.cases) {
        const auto& c = r.good_practice_case();
        // Only cases every reader of the sheets may open: published to the prefecture or all.
        if (c.state() != CASE_STATE_PUBLISHED
            || (c.publication_scope() != PUBLICATION_SCOPE_PREFECTURE
                && c.publication_scope() != PUBLICATION_SCOPE_PUBLIC))
            continue;
        cases.push_back({ c.id(), c.published_at().seconds(), orgs.municipalityOf(c.owner_org_id()), &c });
    }
    std::sort(cases.begin(), cases.end(), [](const LinkableCase& a, const LinkableCase& b) {
        return a.publishedAt != b.publishedAt ? a.publishedAt > b.publishedAt : a.id < b.id;
    });
    return cases;
}

bool usesTechnology(const GoodPracticeCase& c)
{
    return c.equipment_areas_size() > 0 || c.technologies_size() > 0;
}

/// What every sheet of the prefecture is filled from.
struct SheetInputs {
    const Tallies& tallies;
    const OrgIndex& orgs;
    const AssessmentScores* assessment; ///< null: no national template yet
    const std::set<std::string>& programmeCases;
};

void fillSheet(IndicatorSheet& sheet, SheetBuilder builder, const SheetInputs& inputs,
    const std::string& area, int facilities)
{
    const Tallies& tallies = inputs.tallies;
    constexpr std::string_view seminarSource = "Yokoten の研修会・セミナー申込と受付記録";
    for (int kind : enumValues(SeminarKind_descriptor()))
        builder.count(sheet, INDICATOR_TOPIC_SEMINAR_SIGN_UPS, kind, "件", seminarSource, true);
    for (int kind : enumValues(SeminarKind_descriptor()))
        builder.count(sheet, INDICATOR_TOPIC_SEMINAR_ATTENDANCE, kind, "人", seminarSource, true);
    builder.count(
        sheet, INDICATOR_TOPIC_EXHIBITION_VISITORS, 0, "人", "Yokoten の展示会来場登録（端末）", true);

    constexpr std::string_view loanSource = "Yokoten の試用貸出の申請・貸出・結果報告";
    builder.count(sheet, INDICATOR_TOPIC_LOANS_REQUESTED, 0, "件", loanSource, true);
    builder.count(sheet, INDICATOR_TOPIC_LOANS_LENT, 0, "件", loanSource, true);
    builder.count(sheet, INDICATOR_TOPIC_LOANS_REPORTED, 0, "件", loanSource, true);

    constexpr std::string_view consultationSource = "Yokoten の相談記録（センター受付分）";
    builder.count(sheet, INDICATOR_TOPIC_CONSULTATIONS, 0, "件", consultationSource, true);
    for (int topic : enumValues(ConsultationTopic_descriptor()))
        builder.count(sheet, INDICATOR_TOPIC_CONSULTATIONS, topic, "件", consultationSource, true);

    constexpr std::string_view programmeSource
        = "Yokoten の伴走支援・モデル事業所の応募と支援記録（今年度の事業）";
    builder.count(sheet, INDICATOR_TOPIC_PROGRAMME_APPLIED, 0, "施設", programmeSource, false);
    builder.count(sheet, INDICATOR_TOPIC_PROGRAMME_CHOSEN, 0, "施設", programmeSource, false);
    for (int step : enumValues(ImprovementStep_descriptor()))
        builder.count(sheet, INDICATOR_TOPIC_PROGRAMME_STEP, step, "施設", programmeSource, false);
    auto& closed = builder.count(sheet, INDICATOR_TOPIC_PROGRAMME_CLOSED, 0, "施設", programmeSource, false);
    builder.link(
        closed, [&inputs](const GoodPracticeCase& c) { return inputs.programmeCases.count(c.id()) != 0; });

    constexpr std::string_view adoptionSource = "Yokoten の導入記録と定着フォロー（チェックイン）";
    auto& inUse = builder.count(sheet, INDICATOR_TOPIC_ADOPTIONS_IN_USE, 0, "件", adoptionSource, false);
    builder.link(inUse, usesTechnology);
    builder.count(sheet, INDICATOR_TOPIC_ADOPTIONS_STALLED, 0, "件", adoptionSource, false);
    for (int equipmentArea : enumValues(EquipmentArea_descriptor())) {
        auto& figure = builder.count(
            sheet, INDICATOR_TOPIC_ADOPTIONS_BY_AREA, equipmentArea, "件", adoptionSource, false);
        builder.link(figure, [equipmentArea](const GoodPracticeCase& c) {
            return std::find(c.equipment_areas().begin(), c.equipment_areas().end(), equipmentArea)
                != c.equipment_areas().end();
        });
    }

    if (const auto* assessment = inputs.assessment) {
        std::vector<domain::FacilityAreaScore> scores;
        for (const auto& s : assessment->scores)
            if (area.empty() || inputs.orgs.municipalityOf(s.facilityId) == area)
                scores.push_back(s);
        const domain::PrefectureAggregate aggregate(kIndicatorMinFacilities);
        const auto means = aggregate.aggregate(scores);
        for (const auto& templateArea : assessment->newestTemplate.areas()) {
            auto& figure = *sheet.add_indicators();
            figure.set_topic(INDICATOR_TOPIC_ASSESSMENT_AREA);
            figure.set_key(templateArea.id());
            figure.set_unit("点");
            figure.set_source("Yokoten の自己点検（国の7つの取組、各施設の最新の提出、0〜100点）");
            figure.set_reference_date(
                assessment->newestSubmission.empty() ? sheet.reference_date() : assessment->newestSubmission);
            figure.set_withheld(true);
            for (const auto& m : means) {
                if (m.areaId != templateArea.id() || m.withheld || !m.mean)
                    continue;
                figure.set_withheld(false);
                figure.set_value(*m.mean);
                figure.set_facility_count(m.facilityCount);
                figure.set_record_count(m.facilityCount);
            }
        }
    }

    constexpr std::string_view kpiSource = "伴走支援の測定値と定着フォローの報告（各施設の最新値の平均）";
    for (auto item : { MEASURE_ITEM_OVERTIME_HOURS, MEASURE_ITEM_PAID_LEAVE_DAYS, MEASURE_ITEM_TURNOVER }) {
        const std::string_view unit = item == MEASURE_ITEM_OVERTIME_HOURS ? "時間/月"
            : item == MEASURE_ITEM_PAID_LEAVE_DAYS                        ? "日/年"
                                                                          : "%";
        auto& figure = builder.mean(sheet, INDICATOR_TOPIC_KPI, item, {}, unit, kpiSource);
        const std::string word(kpiWord(item));
        builder.link(figure, [&word](const GoodPracticeCase& c) {
            return std::any_of(c.metrics().begin(), c.metrics().end(),
                [&word](const MetricPair& m) { return m.label().find(word) != std::string::npos; });
        });
    }

    // The share of registered facilities with equipment in use: n is the facilities registered.
    {
        const Tally* t = tallies.find(area, keyOf(INDICATOR_TOPIC_TECHNOLOGY_USE));
        auto& share = *sheet.add_indicators();
        share.set_topic(INDICATOR_TOPIC_TECHNOLOGY_USE);
        share.set_unit("%");
        share.set_source("Yokoten に登録された施設のうち、使い続けている導入記録のある施設の割合");
        share.set_reference_date(sheet.reference_date());
        *share.mutable_national() = *nationalReference(INDICATOR_TOPIC_TECHNOLOGY_USE, 0);
        const int users = t ? static_cast<int>(t->contributors.size()) : 0;
        share.set_withheld(users < kIndicatorMinFacilities || facilities < kIndicatorMinFacilities);
        if (!share.withheld()) {
            share.set_value(100.0 * users / facilities);
            share.set_facility_count(facilities);
            share.set_record_count(users);
        }
        builder.link(share, usesTechnology);
    }

    if (area.empty()) {
        auto& figure = *sheet.add_indicators();
        figure.set_topic(INDICATOR_TOPIC_ONE_STOP_CENTRES);
        figure.set_unit("か所");
        figure.set_source("Yokoten に登録された介護生産性向上総合相談センター");
        figure.set_reference_date(sheet.reference_date());
        *figure.mutable_national() = *nationalReference(INDICATOR_TOPIC_ONE_STOP_CENTRES, 0);
        // Organisations, not facility data: nothing to withhold.
        figure.set_value(inputs.orgs.centres);
        figure.set_record_count(inputs.orgs.centres);
    }
}

} // namespace

StoreResult<std::vector<IndicatorSheet>> computeIndicatorSheets(
    RecordQueries& queries, int prefectureCode, std::chrono::system_clock::time_point now)
{
    auto orgs = indexOrganisations(queries, prefectureCode);
    if (!orgs)
        return orgs.error();
    Inputs in;
    if (auto status = readInputs(queries, prefectureCode, in); !status)
        return status.error();

    const domain::Date today = domain::japanDate(now);
    const int fiscalYear = today.month() >= 4 ? today.year() : today.year() - 1;
    const domain::Date fyStart = *domain::Date::fromYmd(fiscalYear, 4, 1);

    Tallies tallies(*orgs);
    countSeminars(in, fyStart, tallies);
    countLoansAndConsultations(in, fyStart, tallies);
    const auto programmeCases = countFollowUp(in, fiscalYear, today, tallies);

    auto assessment = assessmentScores(queries, prefectureCode, kNationalTemplateFamily);
    const AssessmentScores* scores = nullptr;
    if (assessment)
        scores = &*assessment;
    else if (assessment.error().code != storage::StoreErrorCode::NotFound) {
        return assessment.error();
    }

    const auto cases = linkableCases(in, *orgs);
    std::map<std::string, int> facilitiesIn { { std::string(), 0 } };
    for (const auto& [facility, municipality] : orgs->municipalityOfFacility) {
        ++facilitiesIn[std::string()];
        if (!municipality.empty())
            ++facilitiesIn[municipality];
    }

    std::vector<std::string> areas { std::string() };
    for (const auto& [id, name] : orgs->municipalityName)
        areas.push_back(id);

    std::vector<IndicatorSheet> sheets;
    const auto computedAt
        = std::chrono::time_point_cast<std::chrono::seconds>(now).time_since_epoch().count();
    for (const auto& area : areas) {
        IndicatorSheet sheet;
        sheet.set_id(proto::indicatorSheetId(prefectureCode, area));
        sheet.set_prefecture_code(prefectureCode);
        sheet.set_municipality_id(area);
        sheet.set_area_name(area.empty() ? orgs->prefectureName : orgs->municipalityName[area]);
        sheet.mutable_computed_at()->set_seconds(computedAt);
        sheet.set_reference_date(today.toString());
        sheet.set_period_from(fyStart.toString());
        sheet.set_min_facilities(kIndicatorMinFacilities);
        sheet.set_facilities_registered(facilitiesIn[area]);
        const SheetInputs inputs { tallies, *orgs, scores, programmeCases };
        fillSheet(sheet, SheetBuilder(tallies, cases, area, today.toString(), fyStart.toString()), inputs,
            area, facilitiesIn[area]);
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

StoreResult<std::vector<Record>> fileIndicatorSheets(
    WriteTransaction& tx, int prefectureCode, std::chrono::system_clock::time_point now)
{
    auto sheets = computeIndicatorSheets(tx, prefectureCode, now);
    if (!sheets)
        return sheets.error();
    std::rotate(sheets->begin(), sheets->begin() + 1, sheets->end()); // the total last
    std::vector<Record> stored;
    for (auto& sheet : *sheets) {
        Record record;
        *record.mutable_indicator_sheet() = std::move(sheet);
        if (auto version = putPlaced(tx, record); !version)
            return version.error();
        stored.push_back(std::move(record));
    }
    return stored;
}

StoreStatus fileAllIndicatorSheets(ServerStore& store, std::chrono::system_clock::time_point now)
{
    auto tx = store.write();
    if (!tx)
        return tx.error();
    for (int prefecture = 1; prefecture <= 47; ++prefecture) {
        auto organisations = (*tx)->listByPrefecture(RECORD_KIND_ORGANISATION, prefecture);
        if (!organisations)
            return organisations.error();
        const bool hasCentre = std::any_of(organisations->begin(), organisations->end(),
            [](const Record& r) { return r.organisation().kind() == ORGANISATION_KIND_CENTRE; });
        if (!hasCentre)
            continue;
        if (auto filed = fileIndicatorSheets(**tx, prefecture, now); !filed)
            return filed.error();
    }
    return (*tx)->commit();
}

} // namespace yk::server
