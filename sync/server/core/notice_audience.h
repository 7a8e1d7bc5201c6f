#pragma once

#include "principal.h"
#include "server_store.h"

#include "yokoten/v1/notice.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <string>
#include <vector>

namespace yk::server {

/// Who a notice reaches (NoticeAudience): one rule for placement, for the count of
/// organisations its sender sees, and for who may mark it read.

/// Whether organisation `org` is in `audience`: of its prefecture, in its municipality (the
/// office and the facilities under it), of its service types (facilities only) and of a kind
/// where one of its roles is held. The sender's own organisation is never counted.
bool isInNoticeAudience(const yokoten::v1::Organisation& org, const yokoten::v1::NoticeAudience& audience);

/// Whether a role narrows to the person: empty roles reach everyone of the organisation.
bool holdsNoticeRole(
    const std::vector<yokoten::v1::Role>& roles, const yokoten::v1::NoticeAudience& audience);

/// The organisations (and, when roles narrow it, the accounts holding them) a notice reaches.
struct NoticeReach {
    std::vector<std::string> organisationIds; ///< counted for the sender: "read by N of M"
    std::vector<std::string> userIds; ///< only when the audience names roles
};
StoreResult<NoticeReach> noticeReachOf(RecordQueries& queries, const yokoten::v1::Notice& notice);

/// The audience keys a notice is filed under (placement.cpp): one prefecture or municipality
/// key where the audience is exactly that, else one key per organisation or account reached.
StoreResult<std::vector<std::string>> noticeAudienceKeys(
    RecordQueries& queries, const yokoten::v1::Notice& notice);

/// What `caller` receives of a notice: the read counts only when they belong to its sender's
/// organisation (everyone else gets 0 and 0).
void reduceNoticeFor(yokoten::v1::Notice& notice, const Principal& caller);

} // namespace yk::server
