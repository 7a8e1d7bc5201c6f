#pragma once

#include "local_store.h"
#include "sync_error.h"

#include <memory>

namespace yk::sync {

/// A transaction of the device store for a local write: commits with a full fsync, since
/// what it holds exists nowhere else.
SyncResult<std::unique_ptr<storage::Transaction>> beginTransaction(LocalStore& store);

/// A transaction that writes what the server already holds (a pull page, a push answer).
/// It commits without waiting for the disk (WAL, synchronous = NORMAL): a crash of the app
/// loses nothing, and a power cut at worst rolls the device back to an earlier sync, which
/// the next sync repeats (pulls and acknowledgements are idempotent). What only the device
/// holds — a local write in the outbox — still commits with a full fsync.
class ServerDataTransaction {
public:
    static SyncResult<std::unique_ptr<ServerDataTransaction>> begin(LocalStore& store);
    ~ServerDataTransaction();
    ServerDataTransaction(const ServerDataTransaction&) = delete;
    ServerDataTransaction& operator=(const ServerDataTransaction&) = delete;

    SyncStatus commit();

private:
    explicit ServerDataTransaction(LocalStore& store);
    LocalStore& m_store;
    std::unique_ptr<storage::Transaction> m_tx;
};

} // namespace yk::sync
