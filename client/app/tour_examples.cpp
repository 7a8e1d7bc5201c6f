#include "tour_examples.h"

#include "assessment_controller.h"

#include "assessment_templates.h"

#include "engine/mutations.h"
#include "engine/sync_engine.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <google/protobuf/util/time_util.h>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;
using google::protobuf::util::TimeUtil;

namespace {

bool signUpForNextSession(store::Store& store, sync::SyncEngine& engine, std::int64_t now)
{
    auto sessions = store.records().all<SeminarSession>();
    if (!sessions)
        return false;
    const SeminarSession* next = nullptr;
    for (const auto& s : *sessions)
        if (s.starts_at().seconds() > now
            && (next == nullptr || s.starts_at().seconds() < next->starts_at().seconds()))
            next = &s;
    if (next == nullptr)
        return false;
    sync::SignUpDetails details;
    details.sessionId = next->id();
    details.attendeeName = "山田 花子";
    details.attendeeOrganisation = "特別養護老人ホーム さくら苑";
    return static_cast<bool>(engine.submit(sync::makeSignUp(details)));
}

bool requestLoan(store::Store& store, sync::SyncEngine& engine, std::int64_t now)
{
    auto models = store.records().all<EquipmentModel>();
    if (!models || models->empty())
        return false;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone("Asia/Tokyo")).date();
    LoanRequest loan;
    loan.set_model_id(models->front().id());
    loan.set_from_date(today.addDays(14).toString(Qt::ISODate).toStdString());
    loan.set_to_date(today.addDays(27).toString(Qt::ISODate).toStdString());
    loan.set_purpose("夜間の見守りを2週間試す");
    *loan.mutable_requested_at() = TimeUtil::SecondsToTimestamp(now);
    return static_cast<bool>(engine.submit(sync::makeLoanRequest(std::move(loan))));
}

// Every scored item answered, levels spread over the scale, so the result has a shape.
bool submitAssessment(store::Store& store, sync::SyncEngine& engine, std::int64_t now)
{
    auto templates = store.records().all<AssessmentTemplate>();
    if (!templates)
        return false;
    // The national guideline's current version (current templates list guidelines first).
    const auto current = proto::currentTemplates(*templates);
    if (current.empty() || proto::isChecklist(current.front()))
        return false;
    const auto& latest = current.front();
    AssessmentResponse response;
    response.set_template_id(latest.id());
    response.set_template_version(latest.version());
    constexpr std::int64_t aMonth = 30 * 24 * 3600;
    *response.mutable_started_at() = TimeUtil::SecondsToTimestamp(now - aMonth - 3600);
    *response.mutable_submitted_at() = TimeUtil::SecondsToTimestamp(now - aMonth);
    int n = 0;
    for (const auto& area : latest.areas())
        for (const auto& item : area.items()) {
            AssessmentAnswer answer;
            answer.set_item_id(item.id());
            if (item.kind() == ASSESSMENT_ITEM_KIND_LEVEL && item.scale_size() > 0)
                answer.set_level(item.scale((n * 2 + 1) % item.scale_size()).value());
            else if (item.kind() == ASSESSMENT_ITEM_KIND_YES_NO)
                answer.set_yes(n % 3 != 0);
            else
                continue;
            *response.add_answers() = answer;
            ++n;
        }
    if (n == 0)
        return false;
    return static_cast<bool>(engine.submit(AssessmentController::submission(std::move(response))));
}

} // namespace

bool addTourExamples(store::Store& store, sync::SyncEngine& engine, std::int64_t nowSeconds)
{
    const bool signedUp = signUpForNextSession(store, engine, nowSeconds);
    const bool requested = requestLoan(store, engine, nowSeconds);
    const bool submitted = submitAssessment(store, engine, nowSeconds);
    return signedUp && requested && submitted;
}

} // namespace yk::app
