#include "demo_import.h"

#include "case_repository.h"
#include "record_repository.h"
#include "store.h"

namespace yk::store {

StoreResult<std::int64_t> importDataset(Store& store, const yokoten::v1::DemoDataset& set)
{
    auto transaction = Transaction::begin(store.database());
    if (!transaction)
        return transaction.error();
    std::int64_t written = 0;
    auto putAll = [&](const auto& records, auto& repository) -> StoreStatus {
        for (const auto& record : records) {
            if (auto status = repository.put(record); !status)
                return status;
            ++written;
        }
        return {};
    };
    RecordRepository& records = store.records();
    // Organisations first: everything else refers to them.
    StoreStatus outcome = putAll(set.organisations(), records);
    if (outcome)
        outcome = putAll(set.users(), records);
    if (outcome)
        outcome = putAll(set.cases(), store.cases());
    if (outcome)
        outcome = putAll(set.seminars(), records);
    if (outcome)
        outcome = putAll(set.seminar_sessions(), records);
    if (outcome)
        outcome = putAll(set.equipment_models(), records);
    if (outcome)
        outcome = putAll(set.equipment_units(), records);
    if (outcome)
        outcome = putAll(set.assessment_templates(), records);
    if (outcome)
        outcome = putAll(set.consultations(), records);
    if (outcome)
        outcome = putAll(set.visitor_entries(), records);
    if (outcome)
        outcome = putAll(set.programmes(), records);
    if (outcome)
        outcome = putAll(set.participations(), records);
    if (outcome)
        outcome = putAll(set.adoptions(), records);
    if (outcome)
        outcome = putAll(set.notices(), records);
    if (outcome)
        outcome = putAll(set.support_menu_entries(), records);
    if (!outcome)
        return outcome.error(); // the transaction rolls back: nothing of the set stays
    if (auto status = (*transaction)->commit(); !status)
        return status.error();
    return written;
}

} // namespace yk::store
