#include "notice_samples.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "sample_records.h"

#include "store/notice_reads.h"
#include "store/record_repository.h"
#include "store/store.h"

namespace yk::app {

using namespace yokoten::v1;
using namespace samples;

namespace {

constexpr int kNagano = 20;
constexpr int kNoticeSample = 30;

Notice sampleNotice(int n, const char* title, const char* body, const QDateTime& published)
{
    Notice notice;
    notice.set_id(sampleId(kNoticeSample, n));
    notice.set_server_version(1);
    notice.set_title(title);
    notice.set_body(body);
    notice.mutable_audience()->set_prefecture_code(kNagano);
    notice.set_sender_org_id(kCentre);
    notice.set_sender_org_name("長野県介護生産性向上総合相談センター");
    notice.set_sender_user_id(kCentreUser);
    *notice.mutable_published_at() = at(published);
    return notice;
}

} // namespace

bool addNoticeSamples(DeviceContext& context, const QDateTime& now)
{
    if (context.store == nullptr)
        return false;
    auto& records = context.store->records();
    const QDate today = now.toTimeZone(japanTime()).date();

    Notice subsidy = sampleNotice(1, "【締切あり】補助金の申請に添える研修受講証明を発行します（デモ）",
        "今年度の研修会を受講した事業所に、補助金の申請に添える受講証明を発行します（デモ）。\n"
        "必要な事業所は、締切までに様式（PDF）に記入してセンターへお送りください。",
        now.addDays(-2));
    subsidy.set_deadline(today.addDays(5).toString(Qt::ISODate).toStdString());
    auto* pdf = subsidy.add_attachments();
    pdf->set_sha256(std::string(64, 'a'));
    pdf->set_file_name("受講証明 申込様式（デモ）.pdf");
    pdf->set_mime_type("application/pdf");
    pdf->set_size_bytes(182000);

    Notice holidays = sampleNotice(2, "年末年始のセンターの休業日（デモ）",
        "12月29日から1月3日まで、センターの窓口と電話相談はお休みです（デモ）。アプリからの相談は受け付け、"
        "休み明けに順にお返事します。",
        now.addDays(-6));

    Notice committee = sampleNotice(3, "管理者向けオンライン研修の録画を公開しました（デモ）",
        "先月の管理者向け研修（業務の切り出しと介護助手）の録画を、締切まで視聴できます（デモ）。",
        now.addDays(-12));
    committee.set_deadline(today.addDays(18).toString(Qt::ISODate).toStdString());
    committee.mutable_audience()->add_roles(ROLE_FACILITY_MANAGER);

    bool ok = records.put(subsidy).ok() && records.put(holidays).ok() && records.put(committee).ok();
    // The tour's device has no account: the committee notice is read by "nobody in particular".
    ok = ok
        && store::markNoticeReadBy(context.store->database(), committee.id(), "", now.toMSecsSinceEpoch())
               .ok();
    return ok;
}

} // namespace yk::app
