#include "follow_up_samples.h"

#include "engine_bridge.h"
#include "follow_up_text.h"
#include "record_text.h"
#include "sample_records.h"

#include "engine/mutations.h"
#include "engine/sync_engine.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <google/protobuf/util/time_util.h>

namespace yk::app {

using namespace yokoten::v1;
using google::protobuf::Timestamp;

using namespace samples;

namespace {

constexpr int kNagano = 20;

std::string isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

Measurement figure(int n, MeasureItem item, MeasurePhase phase, double value, const char* unit,
    const char* on, const char* source)
{
    Measurement m;
    m.set_id(sampleId(13, n));
    m.set_item(item);
    m.set_phase(phase);
    m.set_value(value);
    m.set_unit(unit);
    m.set_measured_on(on);
    m.set_source(source);
    return m;
}

/// An adoption on `adopted` with the server's schedule; check-ins before `answeredUpTo`
/// months answered with `use`.
Adoption adoption(int n, const char* organisation, const char* name, const char* label, const QDate& adopted,
    int answeredUpTo, AdoptionUse use, const QDateTime& now)
{
    Adoption a;
    a.set_id(sampleId(14, n));
    a.set_server_version(1);
    a.set_organisation_id(organisation);
    a.set_organisation_name(name);
    a.set_prefecture_code(kNagano);
    a.set_label(label);
    a.set_adopted_on(isoDate(adopted));
    a.set_funding_source("地域医療介護総合確保基金（ICT導入支援）");
    a.set_funding_fiscal_year(fiscalYearOf(adopted));
    a.set_purpose("夜間の巡視と記録の負担を減らす");
    a.set_created_by_user_id(kFacilityUser);
    *a.mutable_created_at() = at(QDateTime(adopted, QTime(17, 0), japanTime()));
    for (const auto& slot : domain::checkInSchedule(toDomainDate(adopted))) {
        auto* k = a.add_check_ins();
        k->set_months_after(slot.monthsAfter);
        k->set_due_date(slot.due.toString());
        if (slot.monthsAfter >= answeredUpTo)
            continue;
        k->set_use(use);
        k->set_staff_using(use == ADOPTION_USE_NO_LONGER_USED ? 0 : 18);
        k->set_obstacles(
            use == ADOPTION_USE_NO_LONGER_USED ? "通知が多すぎて夜勤者が電源を切ってしまう" : "");
        *k->add_kpis() = figure(100 + n * 10 + slot.monthsAfter, MEASURE_ITEM_OVERTIME_HOURS,
            MEASURE_PHASE_AFTER, use == ADOPTION_USE_NO_LONGER_USED ? 11.5 : 8.2, "時間/月",
            slot.due.toString().substr(0, 7).c_str(), "勤怠システム");
        k->set_answered_by_user_id(kFacilityUser);
        const QDate due = QDate::fromString(QString::fromStdString(slot.due.toString()), Qt::ISODate);
        *k->mutable_answered_at() = at(QDateTime(due.addDays(2), QTime(10, 0), japanTime()));
    }
    a.set_no_longer_used(use == ADOPTION_USE_NO_LONGER_USED && answeredUpTo > 1);
    return a;
}

} // namespace

bool addFollowUpSamples(DeviceContext& context, const QDateTime& now)
{
    if (context.store == nullptr)
        return false;
    auto& records = context.store->records();
    bool ok = true;
    const auto put = [&records, &ok](const auto& record) {
        if (!records.put(record))
            ok = false;
    };
    const QDate today = now.toTimeZone(japanTime()).date();
    const int fiscalYear = fiscalYearOf(today);

    SupportProgramme programme;
    programme.set_id(sampleId(11, 1));
    programme.set_server_version(1);
    programme.set_kind(PROGRAMME_KIND_ACCOMPANIMENT);
    programme.set_prefecture_code(kNagano);
    programme.set_owner_org_id(kCentre);
    programme.set_title("伴走支援事業（生産性向上の取組支援）");
    programme.set_description("センターの相談員と専門家が半年間、月1回程度訪問し、課題の見える化から実行計画"
                              "の見直しまで一緒に取り組みます。");
    programme.set_fiscal_year(fiscalYear);
    programme.set_apply_from(isoDate(today.addDays(-20)));
    programme.set_apply_until(isoDate(today.addDays(20)));
    programme.set_support_from(isoDate(QDate(fiscalYear, 10, 1)));
    programme.set_support_until(isoDate(QDate(fiscalYear + 1, 3, 31)));
    programme.set_places(3);
    programme.set_eligibility_note(
        "長野県内の介護事業所（サービス種別は問いません）。管理者の了承があること。");
    programme.add_adviser_user_ids(kCentreUser);
    programme.add_adviser_names("デモ センター職員");
    programme.set_min_visits(3);
    programme.set_created_by_user_id(kCentreUser);
    *programme.mutable_published_at() = at(now.addDays(-21));
    put(programme);

    struct Applicant {
        const char* organisation;
        const char* name;
        ParticipationState state;
        const char* reason;
        const char* goals;
    };
    const Applicant applicants[] = {
        { kChikuma, "特別養護老人ホーム 千曲の杜（デモ）", PARTICIPATION_STATE_CHOSEN,
            "夜勤の負担が大きく、離職が続いている。",
            "見守りセンサーと記録の仕組みを見直し、夜間の巡視と残業を減らしたい。" },
        { kAzusa, "介護老人保健施設あずさ苑（デモ）", PARTICIPATION_STATE_APPLIED,
            "委員会を立ち上げたが、何から手をつけるか決まらない。", "業務の洗い出しと役割分担の見直し。" },
        { kTenryu, "デイサービス天竜（デモ）", PARTICIPATION_STATE_NOT_CHOSEN,
            "送迎と入浴の時間帯に業務が集中している。", "送迎計画の見直しと記録の電子化。" },
    };
    int n = 0;
    for (const auto& a : applicants) {
        ProgrammeParticipation p;
        p.set_id(sampleId(12, ++n));
        p.set_server_version(1);
        p.set_programme_id(programme.id());
        p.set_organisation_id(a.organisation);
        p.set_organisation_name(a.name);
        p.set_prefecture_code(kNagano);
        p.mutable_application()->set_reason(a.reason);
        p.mutable_application()->set_goals(a.goals);
        p.mutable_application()->set_contact("事務室（平日 9時〜17時）");
        p.set_state(a.state);
        p.set_applied_by_user_id(kFacilityUser);
        *p.mutable_applied_at() = at(now.addDays(-18 + n));
        if (a.state == PARTICIPATION_STATE_CHOSEN) {
            p.set_decided_by_user_id(kCentreUser);
            *p.mutable_decided_at() = at(now.addDays(-10));
            p.set_plan_goal("夜間の巡視を見守りセンサーで減らし、月平均残業を8時間以下にする");
            p.set_current_step(IMPROVEMENT_STEP_ACT);
            const ImprovementStep steps[] = { IMPROVEMENT_STEP_PREPARE, IMPROVEMENT_STEP_VISUALISE,
                IMPROVEMENT_STEP_PLAN, IMPROVEMENT_STEP_ACT };
            const char* notes[] = { "委員会を設置", "業務の洗い出しと特性要因図", "実行計画を合意",
                "センサー導入と記録の見直しを開始" };
            for (int s = 0; s < 4; ++s) {
                auto* h = p.add_step_history();
                h->set_step(steps[s]);
                h->set_note(notes[s]);
                h->set_by_user_id(kCentreUser);
                h->set_by_name("デモ センター職員");
                *h->mutable_at() = at(now.addDays(-9 + 2 * s));
            }
            const struct {
                int daysAgo;
                bool phone;
                const char* activities;
                const char* next;
                ImprovementStep step;
            } visits[] = {
                { 9, false,
                    "委員会メンバーと業務の洗い出し。夜間帯の巡視と記録に時間がかかっていることを確認。",
                    "1週間のタイムスタディを実施する", IMPROVEMENT_STEP_VISUALISE },
                { 5, true, "タイムスタディの結果を電話で確認。", "実行計画の案を作る",
                    IMPROVEMENT_STEP_PLAN },
                { 2, false, "実行計画を合意。見守りセンサーの設置場所と運用ルールを決めた。",
                    "2週間試して振り返る", IMPROVEMENT_STEP_ACT },
            };
            int v = 0;
            for (const auto& visit : visits) {
                auto* log = p.add_visits();
                log->set_id(sampleId(15, ++v));
                log->set_visit_date(isoDate(today.addDays(-visit.daysAgo)));
                log->set_by_phone(visit.phone);
                log->set_attendees("施設長、介護主任、夜勤リーダー");
                log->set_activities(visit.activities);
                log->set_next_actions(visit.next);
                log->set_step(visit.step);
                log->set_author_user_id(kCentreUser);
                log->set_author_name("デモ センター職員");
                *log->mutable_written_at() = at(now.addDays(-visit.daysAgo));
            }
            *p.add_measurements() = figure(1, MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_BEFORE, 12.5,
                "時間/月", isoDate(today.addMonths(-3)).substr(0, 7).c_str(), "勤怠システム");
            *p.add_measurements() = figure(2, MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_AFTER, 8.0,
                "時間/月", isoDate(today.addMonths(-1)).substr(0, 7).c_str(), "勤怠システム");
            *p.add_measurements() = figure(3, MEASURE_ITEM_BURDEN_SHARE, MEASURE_PHASE_BEFORE, 68, "%",
                isoDate(today.addDays(-60)).c_str(), "職員アンケート（n=32）");
        }
        put(p);
    }

    // Adoptions: one with the 3-month check-in due now, one overdue (stalled), one no longer used.
    put(adoption(1, kChikuma, "特別養護老人ホーム 千曲の杜（デモ）", "見守りセンサー 20台",
        today.addMonths(-3).addDays(5), 3, ADOPTION_USE_IN_USE, now));
    put(adoption(2, kChikuma, "特別養護老人ホーム 千曲の杜（デモ）", "インカム 15台", today.addMonths(-14),
        12, ADOPTION_USE_PARTLY, now));
    put(adoption(3, kAzusa, "介護老人保健施設あずさ苑（デモ）", "移乗支援ロボット 2台", today.addMonths(-7),
        6, ADOPTION_USE_NO_LONGER_USED, now));

    // Written on this device and not sent yet: an application and a visit log (送信待ち).
    if (context.engine != nullptr) {
        ProgrammeApplication application;
        application.set_reason("小規模で職員が少なく、何から始めればよいかわからない。");
        application.set_goals("記録の電子化と申し送りの短縮。");
        application.set_contact("管理者（平日午前）");
        VisitLog visit;
        visit.set_visit_date(isoDate(today));
        visit.set_by_phone(true);
        visit.set_activities("センサーの通知設定を電話で確認。");
        visit.set_next_actions("次回訪問で振り返り");
        visit.set_step(IMPROVEMENT_STEP_ACT);
        if (!context.engine->submit(
                sync::makeApplyToProgramme(programme.id(), kAsama, application, sampleId(12, 4)))
            || !context.engine->submit(sync::makeLogVisit(sampleId(12, 1), visit)))
            ok = false;
    }
    return ok;
}

} // namespace yk::app
