#include "notice_audience.h"

#include "audience.h"

#include <algorithm>

namespace yk::server {

using namespace yokoten::v1;

namespace {

bool kindFitsRole(OrganisationKind kind, int role)
{
    switch (role) {
    case ROLE_FACILITY_STAFF:
    case ROLE_FACILITY_MANAGER:
        return kind == ORGANISATION_KIND_FACILITY;
    case ROLE_MUNICIPAL_OFFICER:
        return kind == ORGANISATION_KIND_MUNICIPALITY;
    case ROLE_PREFECTURE_OFFICER:
        return kind == ORGANISATION_KIND_PREFECTURE;
    case ROLE_CENTRE_STAFF:
        return kind == ORGANISATION_KIND_CENTRE;
    default:
        return false;
    }
}

template <typename List, typename Value> bool contains(const List& list, const Value& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// The audience is one whole prefecture or one whole municipality: one key reaches it.
bool isWholeArea(const NoticeAudience& a)
{
    return a.service_types().empty() && a.roles().empty();
}

} // namespace

bool isInNoticeAudience(const Organisation& org, const NoticeAudience& a)
{
    if (a.prefecture_code() <= 0 || org.prefecture_code() != a.prefecture_code())
        return false;
    if (!a.municipality_id().empty()) {
        const bool underIt
            = org.kind() == ORGANISATION_KIND_FACILITY && org.parent_id() == a.municipality_id();
        if (!underIt && org.id() != a.municipality_id())
            return false;
    }
    if (!a.service_types().empty()) {
        if (org.kind() != ORGANISATION_KIND_FACILITY)
            return false;
        const bool anyType = std::any_of(org.service_types().begin(), org.service_types().end(),
            [&a](int type) { return contains(a.service_types(), type); });
        if (!anyType)
            return false;
    }
    if (!a.roles().empty()) {
        const bool fits = std::any_of(
            a.roles().begin(), a.roles().end(), [&org](int role) { return kindFitsRole(org.kind(), role); });
        if (!fits)
            return false;
    }
    return true;
}

bool holdsNoticeRole(const std::vector<Role>& roles, const NoticeAudience& a)
{
    if (a.roles().empty())
        return true;
    return std::any_of(roles.begin(), roles.end(), [&a](Role role) { return contains(a.roles(), role); });
}

StoreResult<NoticeReach> noticeReachOf(RecordQueries& queries, const Notice& notice)
{
    NoticeReach reach;
    const auto& a = notice.audience();
    auto orgs = queries.listByPrefecture(RECORD_KIND_ORGANISATION, a.prefecture_code());
    if (!orgs)
        return orgs.error();
    std::vector<std::string> candidates;
    for (const auto& record : *orgs) {
        const auto& org = record.organisation();
        if (org.id() != notice.sender_org_id() && isInNoticeAudience(org, a))
            candidates.push_back(org.id());
    }
    std::sort(candidates.begin(), candidates.end());
    if (a.roles().empty()) {
        reach.organisationIds = std::move(candidates);
        return reach;
    }
    // With roles, an organisation counts where someone holds one of them.
    auto users = queries.listByPrefecture(RECORD_KIND_USER, a.prefecture_code());
    if (!users)
        return users.error();
    for (const auto& record : *users) {
        const auto& user = record.user();
        if (user.disabled()
            || !std::binary_search(candidates.begin(), candidates.end(), user.organisation_id()))
            continue;
        std::vector<Role> roles;
        for (int role : user.roles())
            roles.push_back(static_cast<Role>(role));
        if (!holdsNoticeRole(roles, a))
            continue;
        reach.userIds.push_back(user.id());
        if (!contains(reach.organisationIds, user.organisation_id()))
            reach.organisationIds.push_back(user.organisation_id());
    }
    return reach;
}

StoreResult<std::vector<std::string>> noticeAudienceKeys(RecordQueries& queries, const Notice& notice)
{
    const auto& a = notice.audience();
    if (notice.withdrawn() || a.prefecture_code() <= 0)
        return std::vector<std::string>();
    if (isWholeArea(a))
        return std::vector<std::string> { a.municipality_id().empty()
                ? audience::prefecture(a.prefecture_code())
                : audience::wholeMunicipality(a.municipality_id()) };
    auto reach = noticeReachOf(queries, notice);
    if (!reach)
        return reach.error();
    std::vector<std::string> keys;
    if (a.roles().empty()) {
        for (const auto& id : reach->organisationIds)
            keys.push_back(audience::organisation(id));
    } else {
        for (const auto& id : reach->userIds)
            keys.push_back(audience::user(id));
    }
    return keys;
}

void reduceNoticeFor(Notice& notice, const Principal& caller)
{
    const bool sender = !caller.isDeviceSession() && !caller.organisationId.empty()
        && caller.organisationId == notice.sender_org_id();
    if (!sender) {
        notice.set_audience_org_count(0);
        notice.set_read_org_count(0);
    }
}

} // namespace yk::server
