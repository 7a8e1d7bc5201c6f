#include "labels.h"

#include <array>

namespace yk::store {

namespace {

struct Prefecture {
    std::string_view ja;
    std::string_view en;
};

// JIS X 0401 order: index = code - 1.
constexpr std::array<Prefecture, 47> kPrefectures { {
    { "北海道", "Hokkaido" },
    { "青森県", "Aomori" },
    { "岩手県", "Iwate" },
    { "宮城県", "Miyagi" },
    { "秋田県", "Akita" },
    { "山形県", "Yamagata" },
    { "福島県", "Fukushima" },
    { "茨城県", "Ibaraki" },
    { "栃木県", "Tochigi" },
    { "群馬県", "Gunma" },
    { "埼玉県", "Saitama" },
    { "千葉県", "Chiba" },
    { "東京都", "Tokyo" },
    { "神奈川県", "Kanagawa" },
    { "新潟県", "Niigata" },
    { "富山県", "Toyama" },
    { "石川県", "Ishikawa" },
    { "福井県", "Fukui" },
    { "山梨県", "Yamanashi" },
    { "長野県", "Nagano" },
    { "岐阜県", "Gifu" },
    { "静岡県", "Shizuoka" },
    { "愛知県", "Aichi" },
    { "三重県", "Mie" },
    { "滋賀県", "Shiga" },
    { "京都府", "Kyoto" },
    { "大阪府", "Osaka" },
    { "兵庫県", "Hyogo" },
    { "奈良県", "Nara" },
    { "和歌山県", "Wakayama" },
    { "鳥取県", "Tottori" },
    { "島根県", "Shimane" },
    { "岡山県", "Okayama" },
    { "広島県", "Hiroshima" },
    { "山口県", "Yamaguchi" },
    { "徳島県", "Tokushima" },
    { "香川県", "Kagawa" },
    { "愛媛県", "Ehime" },
    { "高知県", "Kochi" },
    { "福岡県", "Fukuoka" },
    { "佐賀県", "Saga" },
    { "長崎県", "Nagasaki" },
    { "熊本県", "Kumamoto" },
    { "大分県", "Oita" },
    { "宮崎県", "Miyazaki" },
    { "鹿児島県", "Kagoshima" },
    { "沖縄県", "Okinawa" },
} };

template <std::size_t N> std::string_view pick(const std::array<std::string_view, N>& names, int value)
{
    return value > 0 && static_cast<std::size_t>(value) < N ? names[static_cast<std::size_t>(value)]
                                                            : std::string_view();
}

constexpr std::array<std::string_view, 7> kCategoryJa { "", "部署間連携・情報共有",
    "モデル事業所・事例の横展開", "人材育成", "ICT活用", "情報発信", "業務改善" };
constexpr std::array<std::string_view, 7> kCategoryEn { "",
    "Inter-department cooperation & information sharing", "Model facilities & spreading cases",
    "Staff development", "ICT use", "Publicity", "Work improvement" };
constexpr std::array<std::string_view, 11> kAreaJa { "", "移乗支援", "移動支援", "排泄支援",
    "見守り・コミュニケーション", "入浴支援", "介護業務支援", "機能訓練支援", "食事・栄養管理支援",
    "認知症生活支援", "ICT基盤" };
constexpr std::array<std::string_view, 11> kAreaEn { "", "Transfer support", "Mobility support",
    "Toileting support", "Monitoring & communication", "Bathing support", "Care-work support",
    "Functional training support", "Meals & nutrition support", "Dementia daily-life support",
    "ICT infrastructure" };
constexpr std::array<std::string_view, 11> kServiceJa { "", "特別養護老人ホーム", "介護老人保健施設",
    "介護医療院", "認知症グループホーム", "特定施設", "訪問介護", "通所介護", "小規模多機能型居宅介護",
    "居宅介護支援", "短期入所生活介護" };
constexpr std::array<std::string_view, 11> kServiceEn { "", "Nursing home (tokuyō)",
    "Geriatric health facility (rōken)", "Integrated care hospital", "Dementia group home",
    "Specified facility (private care home)", "Home-visit care", "Day service",
    "Small multifunctional home care", "Care management", "Short stay" };
constexpr std::array<std::string_view, 5> kStateEn { "", "draft", "submitted", "published", "archived" };

// yokoten.v1.ConsultationTopic, Channel and State, in enum order.
constexpr std::array<std::string_view, 9> kTopicJa { "", "テクノロジーの活用・選び方",
    "業務の切り分け・役割分担", "職場環境の整備", "情報共有", "補助金・申請", "人材確保・定着",
    "ケアプランデータ連携", "何から始めればよいか" };
constexpr std::array<std::string_view, 9> kTopicEn { "", "Using and choosing technology",
    "Sorting out tasks and roles", "Workplace environment", "Information sharing",
    "Subsidies and applications", "Staffing", "Care-plan data exchange", "Where to start" };
constexpr std::array<std::string_view, 7> kChannelJa { "", "アプリ", "電話", "来所・訪問", "展示会", "メール",
    "定着フォロー" };
constexpr std::array<std::string_view, 7> kChannelEn { "", "app", "phone", "visit", "exhibition", "e-mail",
    "adoption follow-up" };
constexpr std::array<std::string_view, 5> kConsultationStateJa { "", "受付", "対応中", "つなぎ済み", "完了" };
constexpr std::array<std::string_view, 5> kConsultationStateEn { "", "received", "answering", "referred",
    "closed" };

} // namespace

std::string_view prefectureNameJa(int code)
{
    return code >= 1 && code <= 47 ? kPrefectures[static_cast<std::size_t>(code - 1)].ja : std::string_view();
}

std::string_view prefectureNameEn(int code)
{
    return code >= 1 && code <= 47 ? kPrefectures[static_cast<std::size_t>(code - 1)].en : std::string_view();
}

std::string_view caseCategoryJa(int category)
{
    return pick(kCategoryJa, category);
}
std::string_view caseCategoryEn(int category)
{
    return pick(kCategoryEn, category);
}
std::string_view equipmentAreaJa(int area)
{
    return pick(kAreaJa, area);
}
std::string_view equipmentAreaEn(int area)
{
    return pick(kAreaEn, area);
}
std::string_view serviceTypeJa(int serviceType)
{
    return pick(kServiceJa, serviceType);
}
std::string_view serviceTypeEn(int serviceType)
{
    return pick(kServiceEn, serviceType);
}
std::string_view caseStateEn(int state)
{
    return pick(kStateEn, state);
}
std::string_view consultationTopicJa(int topic)
{
    return pick(kTopicJa, topic);
}
std::string_view consultationTopicEn(int topic)
{
    return pick(kTopicEn, topic);
}
std::string_view consultationChannelJa(int channel)
{
    return pick(kChannelJa, channel);
}
std::string_view consultationChannelEn(int channel)
{
    return pick(kChannelEn, channel);
}
std::string_view consultationStateJa(int state)
{
    return pick(kConsultationStateJa, state);
}
std::string_view consultationStateEn(int state)
{
    return pick(kConsultationStateEn, state);
}

} // namespace yk::store
