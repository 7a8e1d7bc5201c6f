#include "bench_cases.h"

#include <cstdio>
#include <vector>

namespace yk::bench {

namespace {

// Sentence pieces in the register of the national case booklet; combined at random they give
// text with the vocabulary and the term frequencies of real cases (common words everywhere,
// equipment names in a minority of cases).
const std::vector<std::string> kCommon = {
    "介護職員の業務負担を軽減するため、施設全体で業務の見直しに取り組んだ。",
    "利用者の生活の質を保ちながら、職員が働き続けられる職場づくりを目指した。",
    "生産性向上委員会を毎月開催し、現場の課題を洗い出して優先順位を付けた。",
    "導入の前後で職員アンケートを実施し、負担感の変化を数値で確認した。",
    "介護助手を採用し、配膳や清掃などの間接業務を切り分けた。",
    "新人職員への指導方法がばらばらだったため、手順書を作成して教え方を統一した。",
    "申し送りの時間が長く、残業の原因になっていたため、記録の様式を見直した。",
    "法人内の他の事業所にも取組を横展開し、成果報告会で共有した。",
    "県の補助金を活用し、初期費用の三分の一を賄った。",
    "ベテラン職員の不安に丁寧に向き合い、小さな成功体験を積み重ねた。",
    "管理者が率先して取組に参加したことで、職員の理解が進んだ。",
    "夜勤帯の職員配置を見直し、休憩時間を確実に取れるようにした。",
    "腰痛を訴える職員が多かったため、ノーリフティングケアの研修を行った。",
    "職員の有給休暇の取得日数が増え、離職率も前年度より低下した。",
    "家族への説明会を開き、新しい取組への理解と協力を得た。",
    "市町村の担当者と連携し、地域の事業所向けに見学会を開催した。",
    "業務の時間を計測するタイムスタディを行い、無駄な移動を見える化した。",
    "5Sの考え方に基づいて備品の置き場所を決め、探す時間を減らした。",
    "会議の回数を減らし、必要な情報は掲示板とチャットで共有するようにした。",
    "研修の内容を動画にまとめ、いつでも見返せるようにした。",
};
const std::vector<std::string> kSpecific = {
    "居室にベッドセンサー型の見守り機器を設置し、夜間の巡視を必要な時だけに切り替えた。",
    "見守りセンサーの通知をスマートフォンで受け取れるようにし、駆け付けの判断を早めた。",
    "インカムを導入し、離れた場所にいる職員同士がすぐに連絡を取れるようにした。",
    "介護記録ソフトを導入し、タブレットから音声入力で記録できるようにした。",
    "装着型の移乗支援機器を試用し、抱え上げによる腰への負担を確かめた。",
    "非装着型の移乗支援機器を浴室に配置し、入浴介助の負担を減らした。",
    "排泄予測機器で排尿のタイミングを把握し、トイレ誘導の空振りを減らした。",
    "入浴支援機器の導入で、一人介助でも安全に入浴できるようになった。",
    "スマートウォッチで利用者の心拍と睡眠を確認し、体調の変化に早く気付けるようにした。",
    "Wi-Fi環境を整備し、全フロアでタブレットが使えるようにした。",
    "ICT機器の活用により、記録の転記作業がなくなった。",
    "見学に来た事業所に、導入の手順と失敗談を包み隠さず伝えた。",
};

} // namespace

std::string makeText(std::mt19937& rng, std::size_t targetBytes)
{
    std::string text;
    std::uniform_int_distribution<std::size_t> common(0, kCommon.size() - 1);
    std::uniform_int_distribution<std::size_t> specific(0, kSpecific.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> number(2, 98);
    while (text.size() < targetBytes) {
        if (percent(rng) < 8)
            text += kSpecific[specific(rng)];
        else
            text += kCommon[common(rng)];
        if (percent(rng) < 15)
            text += "その結果、指標は" + std::to_string(number(rng)) + "%から" + std::to_string(number(rng))
                + "%に変化した。";
    }
    return text;
}

yokoten::v1::GoodPracticeCase makeCase(std::mt19937& rng, int n)
{
    yokoten::v1::GoodPracticeCase c;
    char id[37];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", n);
    c.set_id(id);
    c.set_owner_org_id("00000000-0000-4000-8000-000000000001");
    c.set_owner_org_name("デモ事業所" + std::to_string(n % 2000));
    c.set_prefecture_code(1 + n % 47);
    c.set_fiscal_year(2019 + n % 7);
    c.set_category(static_cast<yokoten::v1::CaseCategory>(1 + n % 6));
    c.set_state(yokoten::v1::CASE_STATE_PUBLISHED);
    // A title is one sentence, without its full stop.
    const std::string sentence = makeText(rng, 1);
    c.set_title(sentence.substr(0, sentence.find("。")));
    auto* s = c.mutable_sections();
    // About 6 KB of section text per case, split like a booklet page.
    for (std::string* field :
        { s->mutable_background(), s->mutable_purpose(), s->mutable_activities(), s->mutable_effects(),
            s->mutable_next_steps(), s->mutable_hurdles(), s->mutable_solutions(), s->mutable_key_points() })
        *field = makeText(rng, 750);
    c.add_equipment_areas(static_cast<yokoten::v1::EquipmentArea>(1 + n % 10));
    c.add_service_types(static_cast<yokoten::v1::ServiceType>(1 + n % 10));
    c.mutable_updated_at()->set_seconds(1'600'000'000 + n);
    return c;
}

const std::vector<std::string>& searchQueries()
{
    static const std::vector<std::string> queries = { "見守り", "インカム", "移乗支援", "夜勤", "記録ソフト",
        "介護助手", "腰痛", "見守り 夜間", "ICT", "指標", "変化 指標", "介", "標" };
    return queries;
}

} // namespace yk::bench
