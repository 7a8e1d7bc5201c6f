#include "store_backup.h"

#include "core/server_key_file.h"
#include "core/server_store.h"
#include "storage/cipher.h"
#include "storage/database.h"
#include "storage/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace yk::server {

namespace fs = std::filesystem;
using storage::Database;

// All pages in one step: one read transaction, so the copy is one point in time, and under
// WAL the server keeps writing meanwhile. Then the copy is opened as a restore would open it.
storage::StoreStatus backupEmbeddedStore(const fs::path& dataDir, const fs::path& target)
{
    auto key = server_key_file::read(dataDir / ServerStore::KeyFileName);
    if (!key)
        return key.error();
    auto source = Database::open((dataDir / ServerStore::DatabaseFileName).string(), false);
    if (!source)
        return source.error();
    if (auto status = storage::keyAndVerify(*source, *key, ServerStore::CipherPageSize); !status)
        return status;
    if (auto status = source->exec("PRAGMA busy_timeout = 5000"); !status)
        return status;

    const fs::path partial = target.string() + ".partial";
    std::error_code ignored;
    fs::remove(partial, ignored);
    auto copy = Database::open(partial.string(), true);
    if (!copy)
        return copy.error();
    if (auto status = storage::applyKey(*copy, *key, ServerStore::CipherPageSize); !status)
        return status;
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", source->handle(), "main");
    if (!backup)
        return storage::errorFromSqlite(sqlite3_errcode(copy->handle()), "backup", copy->handle());
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = stepped != SQLITE_DONE ? stepped : finished;
        copy->close();
        fs::remove(partial, ignored);
        return storage::errorFromSqlite(code, "backup", nullptr);
    }
    source->close();

    // The copy as a restore would see it: keyed, and every page readable.
    if (auto status = storage::keyAndVerify(*copy, *key, ServerStore::CipherPageSize); !status)
        return status;
    bool whole = false;
    {
        auto check = copy->prepare("PRAGMA quick_check");
        if (!check)
            return check.error();
        whole = check->step() == storage::Statement::Step::Row && check->columnText(0) == "ok";
    }
    copy->close();
    if (!whole) {
        fs::remove(partial, ignored);
        return storage::makeError(storage::StoreErrorCode::Corrupt, "the copy fails quick_check");
    }
    if (int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!synced)
            return storage::errorFromErrno(errno, "fsync backup");
    }
    fs::permissions(
        partial, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ignored);
    std::error_code renamed;
    fs::rename(partial, target, renamed);
    if (renamed)
        return storage::errorFromErrno(renamed.value(), "rename backup");
    return storage::syncDirectory(target.has_parent_path() ? target.parent_path() : fs::path("."));
}

} // namespace yk::server
