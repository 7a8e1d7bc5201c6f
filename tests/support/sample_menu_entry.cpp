#include "sample_menu_entry.h"

#include "store_fixture.h"

namespace yk::test {

using namespace yokoten::v1;

SupportMenuEntry sampleMenuEntry(
    const std::string& id, const std::string& seminarId, const std::string& programmeId)
{
    SupportMenuEntry e;
    e.set_id(id);
    e.set_kind(MENU_ENTRY_KIND_SUBSIDY);
    e.set_name("介護テクノロジー導入支援事業（テスト）");
    e.set_provider("県");
    e.set_summary("見守り機器や介護記録ソフトの導入費用を補助します。");
    e.add_eligible_service_types(SERVICE_TYPE_NURSING_HOME);
    e.add_eligible_service_types(SERVICE_TYPE_GERIATRIC_HEALTH);
    auto* small = e.add_tiers();
    small->set_min_staff(1);
    small->set_max_staff(10);
    small->set_cap_yen(1'000'000);
    small->set_rate_numerator(3);
    small->set_rate_denominator(4);
    small->set_label("ICT機器・ソフト（職員1〜10人）");
    auto* large = e.add_tiers();
    large->set_min_staff(101);
    large->set_cap_yen(2'600'000);
    large->set_rate_numerator(3);
    large->set_rate_denominator(4);
    large->set_label("ICT機器・ソフト（職員101人以上）");
    e.set_apply_until("2025-06-30");
    auto* seminar = e.add_requirements();
    seminar->set_id(uuidFor(700));
    seminar->set_text("センターの研修を受講していること");
    seminar->add_seminar_ids(seminarId);
    auto* consult = e.add_requirements();
    consult->set_id(uuidFor(701));
    consult->set_text("導入計画についてセンターに相談していること");
    consult->set_consultation(true);
    if (!programmeId.empty())
        consult->add_programme_ids(programmeId);
    e.set_source("県の交付要綱（テスト）");
    e.set_as_of("2025-03-15");
    return e;
}

} // namespace yk::test
