// Follow-up after adoption (定着フォロー): a facility (or centre staff for it) records equipment it
// adopted; the server writes the check-in schedule (domain/follow_up_schedule.h); each check-in
// is answered by the facility or the centre. A loan's result report that plans to adopt makes
// an adoption too (loan_rules.cpp calls adoptionFromLoan).
//
// Only the facility and the centre of its prefecture see or change an adoption.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/follow_up_schedule.h"
#include "storage/cipher.h"

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr int kMaxKpis = 20;
constexpr int kMaxStaff = 100000;
/// Adoptions may be recorded ahead of delivery, but not years ahead.
constexpr int kMaxDaysAhead = 366;

void writeSchedule(Adoption& a, domain::Date adoptedOn)
{
    a.clear_check_ins();
    for (const auto& slot : domain::checkInSchedule(adoptedOn)) {
        auto* checkIn = a.add_check_ins();
        checkIn->set_months_after(slot.monthsAfter);
        checkIn->set_due_date(slot.due.toString());
    }
}

Outcome storeAdoption(RuleContext& ctx, const Adoption& a)
{
    Record record = wrap(a);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

bool mayFollow(const Principal& caller, const std::string& organisationId, int prefectureCode)
{
    return authorization::isFacilityWorkerOf(caller, organisationId)
        || authorization::isCentreStaffOf(caller, prefectureCode);
}

} // namespace

Outcome recordAdoption(RuleContext& ctx, const RecordAdoption& op)
{
    const auto& in = op.adoption();
    if (!isUuid(in.id()))
        return invalidField("id");
    if (!isUuid(in.organisation_id()))
        return invalidField("organisation_id");
    if (!in.model_id().empty() && !isUuid(in.model_id()))
        return invalidField("model_id");
    if (!EquipmentArea_IsValid(in.equipment_area()))
        return invalidField("equipment_area");
    if (charCount(in.label()) > kMaxShortTextChars)
        return invalidField("label");
    if (charCount(in.funding_source()) > kMaxShortTextChars)
        return invalidField("funding_source");
    if (in.funding_fiscal_year() != 0 && (in.funding_fiscal_year() < 2000 || in.funding_fiscal_year() > 2100))
        return invalidField("funding_fiscal_year");
    if (in.purpose().size() > kMaxTextBytes)
        return invalidField("purpose");
    if (!in.source_loan_id().empty())
        return invalidField("source_loan_id"); // set by the server from a loan report only

    auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, in.organisation_id());
    if (!org)
        return org.error();
    if (!*org || (*org)->organisation().kind() != ORGANISATION_KIND_FACILITY)
        return notFound("事業所", "The facility");
    const auto& facility = (*org)->organisation();
    if (!mayFollow(ctx.caller, facility.id(), facility.prefecture_code()))
        return forbidden();
    if (!in.model_id().empty()) {
        auto model = ctx.tx.find(RECORD_KIND_EQUIPMENT_MODEL, in.model_id());
        if (!model)
            return model.error();
        if (!*model)
            return invalidField("model_id");
    }
    if (in.model_id().empty() && in.equipment_area() == EQUIPMENT_AREA_UNSPECIFIED && isBlank(in.label()))
        return invalidArgument("導入した機器（機種・分野・名前のいずれか）を入れてください。",
            "Please say what was adopted (a model, an area or a name).");
    if (in.adopted_on().empty())
        return invalidArgument("導入した日を入れてください。", "Please enter the date of adoption.");
    const auto adopted = domain::Date::parse(in.adopted_on());
    if (!adopted || *adopted > japanDate(ctx.now).addDays(kMaxDaysAhead))
        return invalidField("adopted_on");

    auto existing = ctx.tx.find(RECORD_KIND_ADOPTION, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        if (ctx.replayBySender && (*existing)->adoption().organisation_id() == in.organisation_id())
            return applied({ **existing });
        return alreadyExists();
    }

    Adoption a = in;
    a.set_server_version(0);
    a.set_organisation_name(facility.name());
    a.set_prefecture_code(facility.prefecture_code());
    a.set_created_by_user_id(ctx.caller.userId);
    *a.mutable_created_at() = toTimestamp(ctx.now);
    a.set_no_longer_used(false);
    writeSchedule(a, *adopted);
    return storeAdoption(ctx, a);
}

StoreResult<Record> adoptionFromLoan(RuleContext& ctx, const LoanRequest& loan)
{
    Adoption a;
    a.set_id(storage::newUuid());
    a.set_organisation_id(loan.requester_org_id());
    a.set_model_id(loan.model_id());
    auto model = ctx.tx.find(RECORD_KIND_EQUIPMENT_MODEL, loan.model_id());
    if (!model)
        return model.error();
    if (*model) {
        const auto& m = (*model)->equipment_model();
        a.set_equipment_area(m.area());
        a.set_label(
            utf8Prefix(m.maker().empty() ? m.name() : m.maker() + " " + m.name(), kMaxShortTextChars));
    }
    auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, loan.requester_org_id());
    if (!org)
        return org.error();
    if (*org) {
        a.set_organisation_name((*org)->organisation().name());
        a.set_prefecture_code((*org)->organisation().prefecture_code());
    }
    // The report says the facility plans to buy: the follow-up starts from the report's day,
    // and the facility corrects the date and funding when it records the purchase.
    a.set_adopted_on(japanDate(ctx.now).toString());
    a.set_purpose(loan.purpose());
    a.set_source_loan_id(loan.id());
    a.set_created_by_user_id(ctx.caller.userId);
    *a.mutable_created_at() = toTimestamp(ctx.now);
    writeSchedule(a, japanDate(ctx.now));
    Record record = wrap(a);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return record;
}

Outcome answerAdoptionCheckIn(RuleContext& ctx, const AnswerAdoptionCheckIn& op)
{
    auto found = ctx.tx.find(RECORD_KIND_ADOPTION, op.adoption_id());
    if (!found)
        return found.error();
    if (!*found)
        return notFound("導入の記録", "The adoption");
    Adoption a = (*found)->adoption();
    if (!mayFollow(ctx.caller, a.organisation_id(), a.prefecture_code()))
        return forbidden();
    const auto& in = op.check_in();
    if (!domain::isScheduledMonth(in.months_after()))
        return invalidField("check_in.months_after");
    if (in.use() == ADOPTION_USE_UNSPECIFIED || !AdoptionUse_IsValid(in.use()))
        return invalidArgument(
            "今も使っているかを選んでください。", "Please say whether it is still in use.");
    if (in.staff_using() < 0 || in.staff_using() > kMaxStaff)
        return invalidField("check_in.staff_using");
    if (in.obstacles().size() > kMaxTextBytes)
        return invalidField("check_in.obstacles");
    if (in.kpis_size() > kMaxKpis)
        return invalidField("check_in.kpis");
    for (const auto& kpi : in.kpis())
        if (auto problem = measurementProblem(kpi, false, "check_in.kpis"))
            return *problem;

    AdoptionCheckIn* slot = nullptr;
    for (auto& checkIn : *a.mutable_check_ins())
        if (checkIn.months_after() == in.months_after())
            slot = &checkIn;
    if (slot == nullptr)
        return invalidField("check_in.months_after");
    const std::string due = slot->due_date();
    *slot = in;
    slot->set_due_date(due);
    slot->clear_kpis();
    for (const auto& kpi : in.kpis())
        *slot->add_kpis() = acceptedMeasurement(ctx, kpi);
    slot->set_answered_by_user_id(ctx.caller.userId);
    *slot->mutable_answered_at() = toTimestamp(ctx.now);
    // The newest answer decides whether the equipment is still used.
    const AdoptionCheckIn* newest = nullptr;
    for (const auto& checkIn : a.check_ins())
        if (checkIn.use() != ADOPTION_USE_UNSPECIFIED
            && (newest == nullptr || checkIn.months_after() > newest->months_after()))
            newest = &checkIn;
    a.set_no_longer_used(newest != nullptr && newest->use() == ADOPTION_USE_NO_LONGER_USED);
    return storeAdoption(ctx, a);
}

} // namespace yk::server::rules
