#pragma once

#include "record_repository.h"
#include "storage_names.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yk::store {

/// Which notices each user of this device has read (table notice_reads). Reading is a
/// person's: a notice stays on a user's home page until they have read it, even when a
/// colleague on the same shared tablet has. The server only learns, through MarkNoticeRead,
/// that someone of the organisation has. Shared by the app and yokoten-cli.
StoreStatus markNoticeReadBy(
    Database& db, std::string_view noticeId, std::string_view userId, std::int64_t atMillis);
/// The ids of the notices `userId` has read on this device.
StoreResult<std::vector<std::string>> noticesReadBy(Database& db, std::string_view userId);

/// The notices waiting on `userId`'s home page, newest first: not withdrawn, not sent by their
/// own organisation `organisationId` (those are in its sent list), not read by them here.
StoreResult<std::vector<yokoten::v1::Notice>> unreadNoticesFor(
    Database& db, RecordRepository& records, std::string_view userId, std::string_view organisationId);

} // namespace yk::store
