// yokoten-cli's loans: request a model of equipment over a date range (queued; the server
// books a unit or waitlists), and list the requests with their state.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "domain/date.h"
#include "engine/mutations.h"
#include "storage/cipher.h"
#include "store/record_repository.h"

#include <cctype>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::string loanStateName(LoanState state)
{
    std::string name = LoanState_Name(state);
    constexpr std::string_view prefix = "LOAN_STATE_";
    if (name.starts_with(prefix))
        name = name.substr(prefix.size());
    for (auto& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

} // namespace

int runLoans(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "request") {
        if (options.words.size() != 3)
            return reportUsage(options, "loans request needs exactly one MODEL_ID");
        const auto from = domain::Date::parse(options.from);
        const auto to = domain::Date::parse(options.to);
        if (!from || !to)
            return reportUsage(options, "loans request needs --from and --to as YYYY-MM-DD");
        if (to->dayNumber() < from->dayNumber())
            return reportUsage(options, "--to is before --from / 終了日が開始日より前です");
        auto model = device->store().records().find<EquipmentModel>(options.words[2]);
        if (!model)
            return report(options, model.error());
        if (!*model)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no equipment model " + options.words[2]));
        LoanRequest loan;
        loan.set_model_id(options.words[2]);
        loan.set_requester_org_id(device->organisationId());
        loan.set_requester_user_id(device->userId());
        loan.set_from_date(from->toString());
        loan.set_to_date(to->toString());
        loan.set_purpose(options.purpose);
        *loan.mutable_requested_at() = nowTimestamp();
        Mutation m = sync::makeLoanRequest(std::move(loan));
        const std::string id = m.request_loan().loan().id();
        return reportQueued(
            options, device->engine->submit(std::move(m)), id, "貸出を申し込みました", "loan request queued");
    }
    if (sub == "list") {
        auto loans = device->store().records().all<LoanRequest>();
        if (!loans)
            return report(options, loans.error());
        JsonWriter json;
        json.beginArray();
        for (const auto& l : *loans) {
            std::string reason;
            const std::string syncState = device->syncStateName(RECORD_KIND_LOAN_REQUEST, l.id(), &reason);
            std::string model;
            if (auto found = device->store().records().find<EquipmentModel>(l.model_id()); found && *found)
                model = (*found)->name();
            if (options.json) {
                json.beginObject()
                    .key("id")
                    .value(l.id())
                    .key("modelId")
                    .value(l.model_id())
                    .key("model")
                    .value(model);
                json.key("from").value(l.from_date()).key("to").value(l.to_date());
                json.key("state").value(loanStateName(l.state())).key("unitId").value(l.unit_id());
                json.key("proposedFrom")
                    .value(l.proposed_from_date())
                    .key("proposedTo")
                    .value(l.proposed_to_date());
                json.key("sync").value(syncState).key("reason").value(reason).endObject();
            } else {
                *options.out << "["
                             << (syncState == "pending" ? "送信待ち / pending" : loanStateName(l.state()))
                             << "] " << model << "  " << l.from_date() << " 〜 " << l.to_date();
                if (l.state() == LOAN_STATE_WAITLISTED && !l.proposed_from_date().empty())
                    *options.out << "（空き / free: " << l.proposed_from_date() << " 〜 "
                                 << l.proposed_to_date() << "）";
                if (syncState == "rejected")
                    *options.out << "  却下 / rejected: " << reason;
                *options.out << "\n    id: " << l.id() << "\n";
            }
        }
        json.endArray();
        if (options.json)
            *options.out << json.finish();
        return ExitOk;
    }
    return reportUsage(options, "loans needs request or list");
}

} // namespace yk::cli
