#include "desk_samples.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "sample_records.h"

#include "engine/mutations.h"
#include "engine/sync_engine.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/seminar.pb.h"
#include "yokoten/v1/visitor.pb.h"

#include <google/protobuf/util/time_util.h>

namespace yk::app {

using namespace yokoten::v1;
using google::protobuf::Timestamp;

using namespace samples;

namespace {

struct Sample {
    const char* organisation;
    ConsultationTopic topic;
    ConsultationChannel channel;
    int daysAgo;
    const char* question;
    const char* reply; ///< the centre's first reply, a few hours later (none: still received)
    const char* partner; ///< a referral, or none
    int closedDaysAgo; ///< -1: open
    int followUpInDays; ///< -1000: none
};

constexpr Sample kSamples[] = {
    { kChikuma, CONSULTATION_TOPIC_TECHNOLOGY, CONSULTATION_CHANNEL_APP, 2,
        "夜間の見守りセンサーを入れたいと考えています。巡視の回数をどこまで減らせるか、他の施設の例を知りたい"
        "です。",
        "ご相談ありがとうございます。県内の特養で、巡視を1晩4回から2回にした事例があります。事例集の該当ペー"
        "ジと、試用貸出できる機種をお送りします。",
        nullptr, -1, 3 },
    { kAsama, CONSULTATION_TOPIC_WHERE_TO_START, CONSULTATION_CHANNEL_EXHIBITION, 3,
        "小規模のグループホームです。何から始めればよいかわからないので相談したい。", nullptr, nullptr, -1,
        -1000 },
    { kAzusa, CONSULTATION_TOPIC_SUBSIDIES, CONSULTATION_CHANNEL_PHONE, 20,
        "ICT導入支援事業の申請に必要な書類と、締め切りを教えてください。",
        "申請書類の一覧をお送りしました。見積書の取り方はよろず支援拠点でも相談できます。", "よろず支援拠点",
        -1, -2 },
    { kTenryu, CONSULTATION_TOPIC_TASKS_AND_ROLES, CONSULTATION_CHANNEL_VISIT, 62,
        "送迎と入浴の時間帯に業務が集中している。役割分担の見直し方を知りたい。",
        "業務の洗い出し表をお持ちしました。次回の訪問で一緒に見直しましょう。", nullptr, 40, -1000 },
    { kChikuma, CONSULTATION_TOPIC_INFORMATION_SHARING, CONSULTATION_CHANNEL_EMAIL, 125,
        "申し送りをインカムに変えたいが、職員の抵抗が心配です。",
        "導入した施設の職員向け説明資料をお送りします。", nullptr, 100, -1000 },
    { kAzusa, CONSULTATION_TOPIC_STAFFING, CONSULTATION_CHANNEL_PHONE, 200,
        "介護助手の募集について相談したい。", "ハローワークの担当窓口をご案内しました。", "ハローワーク", 190,
        -1000 },
    { kChikuma, CONSULTATION_TOPIC_CARE_PLAN_DATA, CONSULTATION_CHANNEL_APP, 300,
        "ケアプランデータ連携システムの利用料と始め方を知りたい。",
        "利用の手順と費用の資料をお送りしました。", nullptr, 290, -1000 },
    { kTenryu, CONSULTATION_TOPIC_WORKPLACE, CONSULTATION_CHANNEL_VISIT, 150, "休憩室の環境を整えたい。",
        "職場環境の改善事例をお伝えしました。", nullptr, 140, -1000 },
};

void addEvent(Consultation& c, ConsultationEventKind kind, const char* by, const QDateTime& time,
    const QString& detail = {})
{
    auto* e = c.add_events();
    e->set_kind(kind);
    e->set_by_user_id(by == nullptr ? "" : by);
    e->set_by_name(by == kCentreUser ? "デモ センター職員" : "デモ 施設職員");
    *e->mutable_at() = at(time);
    e->set_detail(detail.toStdString());
}

} // namespace

bool addDeskSamples(DeviceContext& context, const QDateTime& now)
{
    if (context.store == nullptr)
        return false;
    auto& records = context.store->records();
    bool ok = true;
    const auto put = [&records, &ok](const auto& record) {
        if (!records.put(record))
            ok = false;
    };
    if (auto centre = records.find<Organisation>(kCentre); centre && *centre) {
        Organisation o = **centre;
        o.clear_referral_partners();
        for (const char* partner : { "よろず支援拠点", "ハローワーク", "介護労働安定センター",
                 "福祉人材センター", "専門家派遣（介護テクノロジー）" })
            o.add_referral_partners(partner);
        put(o);
    }
    int n = 0;
    std::string firstId;
    for (const Sample& s : kSamples) {
        Consultation c;
        c.set_id(sampleId(1, ++n));
        if (firstId.empty())
            firstId = c.id();
        c.set_server_version(1);
        c.set_organisation_id(s.organisation);
        c.set_prefecture_code(20);
        c.set_channel(s.channel);
        c.set_topic(s.topic);
        c.set_question(s.question);
        c.set_contact_preference(s.channel == CONSULTATION_CHANNEL_APP ? "電話 平日の午後" : "");
        const QDateTime opened = now.addDays(-s.daysAgo).addSecs(-3600);
        c.set_opened_by_user_id(s.channel == CONSULTATION_CHANNEL_APP ? kFacilityUser : kCentreUser);
        *c.mutable_opened_at() = at(opened);
        addEvent(c, CONSULTATION_EVENT_KIND_OPENED,
            c.opened_by_user_id() == kCentreUser ? kCentreUser : kFacilityUser, opened);
        c.set_state(CONSULTATION_STATE_RECEIVED);
        if (s.reply != nullptr) {
            const QDateTime replied = opened.addSecs(3 * 3600 + n * 1800);
            auto* m = c.add_messages();
            m->set_id(sampleId(2, n));
            m->set_author_user_id(kCentreUser);
            m->set_author_name("デモ センター職員");
            m->set_from_centre(true);
            m->set_text(s.reply);
            *m->mutable_written_at() = at(replied);
            *c.mutable_first_reply_at() = at(replied);
            c.set_state(CONSULTATION_STATE_ANSWERING);
            addEvent(c, CONSULTATION_EVENT_KIND_REPLIED, kCentreUser, replied);
            if (s.partner != nullptr) {
                auto* r = c.add_referrals();
                r->set_partner(s.partner);
                r->set_note("担当者に概要を伝えてあります。");
                r->set_by_user_id(kCentreUser);
                *r->mutable_referred_at() = at(replied.addSecs(600));
                c.set_state(CONSULTATION_STATE_REFERRED);
                addEvent(c, CONSULTATION_EVENT_KIND_REFERRED, kCentreUser, replied.addSecs(600),
                    QString::fromUtf8(s.partner));
            }
        }
        if (s.followUpInDays > -1000) {
            const QString date
                = now.toTimeZone(japanTime()).date().addDays(s.followUpInDays).toString(Qt::ISODate);
            c.set_follow_up_date(date.toStdString());
            addEvent(c, CONSULTATION_EVENT_KIND_FOLLOW_UP_SET, kCentreUser, opened.addDays(1), date);
        }
        if (s.closedDaysAgo >= 0) {
            const QDateTime closed = now.addDays(-s.closedDaysAgo);
            c.set_state(CONSULTATION_STATE_CLOSED);
            *c.mutable_closed_at() = at(closed);
            addEvent(c, CONSULTATION_EVENT_KIND_CLOSED, kCentreUser, closed);
        }
        put(c);
    }

    // The exhibition the kiosk entries come from, and two of its models.
    std::string exhibition;
    if (auto sessions = records.all<SeminarSession>())
        for (const auto& session : *sessions) {
            auto seminar = records.find<Seminar>(session.seminar_id());
            if (seminar && *seminar && (*seminar)->kind() == SEMINAR_KIND_EXHIBITION) {
                exhibition = session.id();
                break;
            }
        }
    std::vector<std::string> models;
    if (auto found = records.all<EquipmentModel>())
        for (const auto& m : *found)
            models.push_back(m.id());
    if (exhibition.empty() || models.size() < 2)
        return false;
    const QDate today = now.toTimeZone(japanTime()).date();
    int entryNumber = 0;
    const auto entry = [&](VisitorEntryKind kind, const char* name, const char* organisation, int hoursAgo) {
        VisitorEntry e;
        e.set_id(sampleId(3, ++entryNumber));
        e.set_server_version(1);
        e.set_kind(kind);
        e.set_session_id(exhibition);
        e.set_visitor_name(name);
        e.set_visitor_organisation(organisation);
        *e.mutable_entered_at() = at(now.addSecs(-hoursAgo * 3600));
        return e;
    };
    auto wish = entry(VISITOR_ENTRY_KIND_LOAN_REQUEST, "山田 花子", "特別養護老人ホーム 千曲の杜", 2);
    wish.set_visitor_phone("026-000-0000");
    wish.set_model_id(models[0]);
    wish.set_from_date(today.addDays(14).toString(Qt::ISODate).toStdString());
    wish.set_to_date(today.addDays(28).toString(Qt::ISODate).toStdString());
    put(wish);
    auto unknown = entry(VISITOR_ENTRY_KIND_LOAN_REQUEST, "佐藤 一郎", "しなの荘", 3);
    unknown.set_visitor_email("sato@example.jp");
    unknown.set_model_id(models[1]);
    unknown.set_from_date(today.addDays(20).toString(Qt::ISODate).toStdString());
    unknown.set_to_date(today.addDays(27).toString(Qt::ISODate).toStdString());
    put(unknown);
    auto visit = entry(VISITOR_ENTRY_KIND_VISIT, "鈴木 次郎", "介護老人保健施設 あずさ苑", 4);
    visit.add_interests(EQUIPMENT_AREA_MONITORING);
    visit.set_outcome(VISITOR_ENTRY_OUTCOME_NOTED);
    visit.set_matched_org_id(kAzusa);
    visit.set_handled_by_user_id(kCentreUser);
    *visit.mutable_handled_at() = at(now.addSecs(-3600));
    put(visit);
    // Questionnaires: adoption, trial wish, barriers, usefulness, seminar, comment.
    struct Answers {
        const char* adoption;
        const char* trial;
        std::vector<const char*> barriers;
        const char* usefulness;
        const char* comment;
    };
    const Answers answers[] = {
        { "considering", "yes", { "cost", "training" }, "5", "移乗支援の機器をもっと見たい" },
        { "not_yet", "undecided", { "cost", "information" }, "4", "" },
        { "introduced", "no", { "maintenance" }, "4", "" },
        { "considering", "yes", { "trial", "cost" }, "5", "見守りセンサーの比較表がほしい" },
        { "not_yet", "yes", { "training", "expert" }, "3", "" },
    };
    int hours = 5;
    for (const auto& a : answers) {
        auto q = entry(VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE, "", "", ++hours);
        const auto add = [&q](const char* id, std::vector<const char*> choices, const char* text) {
            auto* answer = q.add_answers();
            answer->set_question_id(id);
            for (const char* choice : choices)
                answer->add_choices(choice);
            answer->set_text(text);
        };
        add("adoption", { a.adoption }, "");
        add("trial_loan", { a.trial }, "");
        add("barriers", a.barriers, "");
        add("usefulness", { a.usefulness }, "");
        if (*a.comment != 0)
            add("comment", {}, a.comment);
        put(q);
    }

    // A returned loan with its report and an attended seminar: the support record's other rows.
    LoanRequest loan;
    loan.set_id(sampleId(4, 1));
    loan.set_server_version(1);
    loan.set_model_id(models[0]);
    loan.set_requester_org_id(kChikuma);
    loan.set_requester_user_id(kFacilityUser);
    loan.set_from_date(today.addDays(-90).toString(Qt::ISODate).toStdString());
    loan.set_to_date(today.addDays(-76).toString(Qt::ISODate).toStdString());
    loan.set_state(LOAN_STATE_RETURNED);
    loan.set_purpose("夜勤帯の見守りで試したい");
    *loan.mutable_requested_at() = at(now.addDays(-100));
    loan.mutable_report()->set_usefulness(4);
    loan.mutable_report()->set_plans_to_adopt(true);
    loan.mutable_report()->set_findings("夜間の巡視が減り、職員の負担が軽くなった。");
    *loan.mutable_report()->mutable_submitted_at() = at(now.addDays(-70));
    put(loan);

    // One reply the facility wrote offline: it waits to be sent (送信待ち).
    if (context.engine != nullptr
        && !context.engine->submit(
            sync::makeReplyConsultation(firstId, "ありがとうございます。来週、試用貸出の申し込みをします。")))
        ok = false;
    return ok;
}

} // namespace yk::app
