#include "questionnaire.h"

#include "app_settings.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

namespace yk::app {

namespace {

enum class Type { Single, Multi, Scale, Text };

struct Option {
    const char* id;
    const char* ja;
    const char* en;
};

struct Question {
    const char* id;
    Type type;
    bool required;
    const char* ja;
    const char* en;
    std::span<const Option> options;
};

// 導入状況 / 試用貸出 / 導入の課題 (the barriers 416 Nagano facilities named most) / 研修会.
constexpr Option kAdoption[] = {
    { "introduced", "導入済み", "Already introduced" },
    { "considering", "導入を検討中", "Considering it" },
    { "not_yet", "まだ検討していない", "Not considered yet" },
};
constexpr Option kTrial[] = {
    { "yes", "希望する", "Yes" },
    { "undecided", "わからない", "Not sure" },
    { "no", "希望しない", "No" },
};
constexpr Option kBarriers[] = {
    { "cost", "導入費用", "Cost" },
    { "training", "職員の研修が必要", "Staff need training" },
    { "trial", "試用期間が必要", "Need a trial period" },
    { "expert", "専門家の助言が必要", "Need expert advice" },
    { "maintenance", "保守・メンテナンス", "Maintenance" },
    { "information", "情報が足りない", "Too little information" },
};
constexpr Option kSeminar[] = {
    { "want", "参加したい", "I want to attend" },
    { "undecided", "未定", "Undecided" },
    { "no", "参加しない", "No" },
};
constexpr Option kScale[] = {
    { "1", "1", "1" },
    { "2", "2", "2" },
    { "3", "3", "3" },
    { "4", "4", "4" },
    { "5", "5", "5" },
};
constexpr Option kUnderstanding[] = {
    { "well", "よく理解できた", "Understood well" },
    { "mostly", "おおむね理解できた", "Mostly understood" },
    { "little", "あまり理解できなかった", "Understood little" },
};
constexpr Option kApply[] = {
    { "yes", "取り組みたい", "Yes, we will" },
    { "considering", "検討したい", "We will consider it" },
    { "difficult", "難しい", "Difficult for us" },
};
// The seven areas of the national guideline, as themes for the next seminar.
constexpr Option kThemes[] = {
    { "environment", "職場環境の整備", "Workplace environment" },
    { "roles", "業務の明確化と役割分担", "Clear tasks and roles" },
    { "procedures", "手順書の作成", "Written procedures" },
    { "records", "記録・報告様式の工夫", "Records and reports" },
    { "sharing", "情報共有の工夫", "Information sharing" },
    { "ojt", "OJTの仕組みづくり", "On-the-job training" },
    { "principles", "理念・行動指針の徹底", "Shared principles" },
};

constexpr Question kExhibition[] = {
    { "adoption", Type::Single, true, "介護テクノロジー（介護ロボット・ICT）の導入状況",
        "Has your facility introduced care technology (robots, ICT)?", kAdoption },
    { "trial_loan", Type::Single, true, "機器の試用貸出を希望しますか",
        "Would you like to borrow a device for a trial?", kTrial },
    { "barriers", Type::Multi, false, "導入の課題（いくつでも）", "What stands in the way? (choose any)",
        kBarriers },
    { "usefulness", Type::Scale, true, "本日の展示は参考になりましたか（5が最高）",
        "How useful was today's exhibition? (5 = very)", kScale },
    { "seminar", Type::Single, false, "センターの研修会に参加したいですか",
        "Would you attend the centre's seminars?", kSeminar },
    { "comment", Type::Text, false, "ご意見・ご要望", "Comments and requests", {} },
};

constexpr Question kSeminarQuestions[] = {
    { "satisfaction", Type::Scale, true, "本日の研修の満足度（5が最高）",
        "How satisfied are you with today's seminar? (5 = very)", kScale },
    { "understanding", Type::Single, true, "内容は理解できましたか", "Did you understand the content?",
        kUnderstanding },
    { "apply", Type::Single, true, "職場で取り組みたいと思いますか", "Will you try this at your workplace?",
        kApply },
    { "next_themes", Type::Multi, false, "今後聞きたいテーマ（いくつでも）",
        "Themes for next time (choose any)", kThemes },
    { "comment", Type::Text, false, "ご意見・ご感想", "Comments", {} },
};

std::span<const Question> questionsOf(Questionnaire::Kind kind)
{
    if (kind == Questionnaire::Kind::Seminar)
        return kSeminarQuestions;
    return kExhibition;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Single:
        return QStringLiteral("single");
    case Type::Multi:
        return QStringLiteral("multi");
    case Type::Scale:
        return QStringLiteral("scale");
    case Type::Text:
        return QStringLiteral("text");
    }
    return {};
}

constexpr qsizetype kMaxAnswerTextChars = 2000;

} // namespace

Questionnaire::Questionnaire(QObject* parent)
    : QObject(parent)
{
}

void Questionnaire::setSettings(AppSettings* settings)
{
    if (settings == m_settings)
        return;
    if (m_settings != nullptr)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings != nullptr)
        connect(m_settings, &AppSettings::languageChanged, this, &Questionnaire::changed);
    Q_EMIT settingsChanged();
    Q_EMIT changed();
}

QString Questionnaire::kind() const
{
    return m_kind == Kind::Seminar ? QStringLiteral("seminar") : QStringLiteral("exhibition");
}

void Questionnaire::setKind(const QString& kind)
{
    const Kind value = kind == QLatin1String("seminar") ? Kind::Seminar : Kind::Exhibition;
    if (value == m_kind)
        return;
    m_kind = value;
    Q_EMIT changed();
}

QVariantList Questionnaire::questions() const
{
    QVariantList list;
    for (const Question& q : questionsOf(m_kind)) {
        QVariantList options;
        for (const Option& o : q.options)
            options.append(QVariantMap { { QStringLiteral("id"), QString::fromLatin1(o.id) },
                { QStringLiteral("text"), AppSettings::pick(o.ja, o.en) } });
        list.append(QVariantMap { { QStringLiteral("id"), QString::fromLatin1(q.id) },
            { QStringLiteral("type"), typeName(q.type) },
            { QStringLiteral("text"), AppSettings::pick(q.ja, q.en) },
            { QStringLiteral("required"), q.required }, { QStringLiteral("options"), options } });
    }
    return list;
}

QString Questionnaire::toAnswers(Kind kind, const QVariantMap& form,
    google::protobuf::RepeatedPtrField<yokoten::v1::QuestionnaireAnswer>* out)
{
    const auto questions = questionsOf(kind);
    for (auto it = form.begin(); it != form.end(); ++it) {
        const bool known = std::any_of(questions.begin(), questions.end(),
            [&](const Question& q) { return it.key() == QLatin1String(q.id); });
        if (!known)
            return AppSettings::pick(
                "この質問はアンケートにありません。", "This question is not part of the questionnaire.");
    }
    for (const Question& q : questions) {
        const QVariantMap given = form.value(QString::fromLatin1(q.id)).toMap();
        const QStringList choices = given.value(QStringLiteral("choices")).toStringList();
        const QString text = given.value(QStringLiteral("text")).toString().trimmed();
        for (const QString& choice : choices) {
            const bool valid = std::any_of(q.options.begin(), q.options.end(),
                [&](const Option& o) { return choice == QLatin1String(o.id); });
            if (!valid)
                return AppSettings::pick(
                    "選択肢が正しくありません。", "An answer is not one of the options.");
        }
        if (q.type != Type::Multi && choices.size() > 1)
            return AppSettings::pick(
                "この質問は一つだけ選んでください。", "Choose only one answer to this question.");
        if (text.size() > kMaxAnswerTextChars)
            return AppSettings::pick(
                "ご意見は2000文字までにしてください。", "Please keep comments to 2,000 characters.");
        const bool empty = choices.isEmpty() && text.isEmpty();
        if (empty && q.required)
            return AppSettings::pick("「", "\"") + AppSettings::pick(q.ja, q.en)
                + AppSettings::pick("」に答えてください。", "\" needs an answer.");
        if (empty)
            continue;
        auto* answer = out->Add();
        answer->set_question_id(q.id);
        for (const QString& choice : choices)
            answer->add_choices(choice.toStdString());
        answer->set_text(text.toStdString());
    }
    return {};
}

} // namespace yk::app
