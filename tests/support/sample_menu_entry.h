#pragma once

#include "yokoten/v1/support_menu.pb.h"

#include <string>

namespace yk::test {

/// A subsidy of the support menu (介護テクノロジー導入支援 shape: two staff-count tiers at 3/4,
/// a deadline, residential services) whose first requirement is satisfied by `seminarId` and,
/// when `programmeId` is given, whose second is satisfied by that programme. Ids of the
/// requirements are fixed so that a test can name them.
yokoten::v1::SupportMenuEntry sampleMenuEntry(
    const std::string& id, const std::string& seminarId, const std::string& programmeId = {});

} // namespace yk::test
