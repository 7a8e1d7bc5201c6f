#include "transactions.h"

namespace yk::sync {

SyncResult<std::unique_ptr<storage::Transaction>> beginTransaction(LocalStore& store)
{
    auto tx = storage::Transaction::begin(store.database());
    if (!tx)
        return syncErrorFromStore(tx.error());
    return std::move(*tx);
}

SyncResult<std::unique_ptr<ServerDataTransaction>> ServerDataTransaction::begin(LocalStore& store)
{
    if (auto status = store.database().exec("PRAGMA synchronous = NORMAL"); !status)
        return syncErrorFromStore(status.error());
    std::unique_ptr<ServerDataTransaction> tx(new ServerDataTransaction(store));
    auto inner = storage::Transaction::begin(store.database());
    if (!inner)
        return syncErrorFromStore(inner.error());
    tx->m_tx = std::move(*inner);
    return tx;
}

ServerDataTransaction::ServerDataTransaction(LocalStore& store)
    : m_store(store)
{
}

ServerDataTransaction::~ServerDataTransaction()
{
    m_tx.reset();
    (void)m_store.database().exec("PRAGMA synchronous = FULL");
}

SyncStatus ServerDataTransaction::commit()
{
    if (auto status = m_tx->commit(); !status)
        return syncErrorFromStore(status.error());
    return {};
}

} // namespace yk::sync
