#include "engine_test_support.h"

#include <algorithm>

namespace yk::test {

using namespace yokoten::v1;

GoodPracticeCase draftCase(InProcessServer& server, const std::string& title, std::size_t textBytes)
{
    GoodPracticeCase c;
    c.set_owner_org_id(server.account("demo-facility").organisationId);
    c.set_author_user_id(server.account("demo-facility").userId);
    c.set_title(title);
    c.set_region("長野県");
    // Spread over the sections, each within the server's limit for a free text (20,000 bytes).
    auto* sections = c.mutable_sections();
    const auto* descriptor = sections->GetDescriptor();
    std::size_t written = 0;
    for (int i = 0; i < descriptor->field_count() && written < textBytes; ++i) {
        std::string text;
        while (text.size() < std::min<std::size_t>(18000, textBytes - written))
            text += "見守りセンサーの導入で夜間の巡回が減った。";
        written += text.size();
        sections->GetReflection()->SetString(sections, descriptor->field(i), std::move(text));
    }
    return c;
}

GoodPracticeCase serverCase(InProcessServer& server, const std::string& id)
{
    auto snapshot = server.service().store().read();
    if (!snapshot)
        return {};
    auto found = (*snapshot)->find(RECORD_KIND_CASE, id);
    if (!found || !*found)
        return {};
    return (*found)->good_practice_case();
}

} // namespace yk::test
