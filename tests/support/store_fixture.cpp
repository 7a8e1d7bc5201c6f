#include "store_fixture.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace yk::test {

std::map<std::string, std::string> snapshotFolder(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream content;
        content << in.rdbuf();
        files[entry.path().filename().string()] = content.str();
    }
    return files;
}

bool fileContains(const std::filesystem::path& file, std::string_view needle)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str().find(needle) != std::string::npos;
}

std::string queryPlanOf(yk::storage::Database& db, const std::string& sql)
{
    std::string plan;
    auto stmt = db.cached("EXPLAIN QUERY PLAN " + sql);
    if (!stmt)
        return plan;
    while ((*stmt)->step() == yk::storage::Statement::Step::Row)
        plan += (*stmt)->columnText(3) + '\n';
    (*stmt)->reset();
    return plan;
}

yokoten::v1::GoodPracticeCase sampleCase(
    const std::string& id, const std::string& title, const std::string& background)
{
    yokoten::v1::GoodPracticeCase c;
    c.set_id(id);
    c.set_revision(1);
    c.set_owner_org_id(uuidFor(900));
    c.set_owner_org_name("特別養護老人ホームさくら苑");
    c.set_prefecture_code(20);
    c.set_fiscal_year(2024);
    c.set_title(title);
    c.set_category(yokoten::v1::CASE_CATEGORY_ICT);
    auto* s = c.mutable_sections();
    s->set_background(background);
    s->set_purpose("夜勤職員の負担を減らし、利用者の睡眠を妨げない見守りを実現する。");
    s->set_activities("全居室にベッドセンサーを設置し、職員にはインカムを配布した。");
    s->set_effects("夜間の巡視回数が減り、職員の歩数が大きく減少した。");
    s->set_next_steps("記録ソフトとの連携を進める。");
    s->set_hurdles("ベテラン職員が機器の通知を信頼しなかった。");
    s->set_solutions("1か月間、巡視と通知を併用して通知の正確さを確かめてもらった。");
    s->set_key_points("導入前に目的を全職員で共有すること。");
    c.add_equipment_areas(yokoten::v1::EQUIPMENT_AREA_MONITORING);
    c.add_technologies("見守りセンサー");
    c.add_service_types(yokoten::v1::SERVICE_TYPE_NURSING_HOME);
    auto* m = c.add_metrics();
    m->set_label("業務負担を感じる職員の割合");
    m->set_unit("%");
    m->set_before_value(82.0);
    m->set_after_value(64.0);
    m->set_source("職員アンケート（テスト値）");
    m->set_lower_is_better(true);
    c.set_state(yokoten::v1::CASE_STATE_PUBLISHED);
    c.set_publication_scope(yokoten::v1::PUBLICATION_SCOPE_PUBLIC);
    c.mutable_updated_at()->set_seconds(1'720'000'000);
    return c;
}

std::string uuidFor(int n)
{
    char text[37];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

} // namespace yk::test
