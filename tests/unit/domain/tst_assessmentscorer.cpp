// AssessmentScorer: per-area weighted scores 0..100, unanswered items, invalid answers.
#include "domain/assessment_scorer.h"

#include <QStringList>
#include <QTest>

#include <cmath>
#include <limits>

using namespace yk::domain;

namespace {

AssessmentItemSpec levelItem(std::string id, double weight = 1.0, int min = 0, int max = 4)
{
    return { std::move(id), AssessmentItemKind::Level, min, max, weight };
}

AssessmentItemSpec yesNoItem(std::string id, double weight = 1.0)
{
    return { std::move(id), AssessmentItemKind::YesNo, 0, 0, weight };
}

AssessmentItemSpec numberItem(std::string id)
{
    return { std::move(id), AssessmentItemKind::Number, 0, 0, 1.0 };
}

AssessmentItemSpec textItem(std::string id)
{
    return { std::move(id), AssessmentItemKind::Text, 0, 0, 1.0 };
}

// "level:3", "yes:1", "number:12.5", "number:nan", "text:…"
AssessmentAnswerValue answer(const QString& spec)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString value = spec.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("level"))
        return value.toInt();
    if (kind == QLatin1String("yes"))
        return value == QLatin1String("1");
    if (kind == QLatin1String("number"))
        return value == QLatin1String("nan") ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
    return value.toStdString();
}

QString errorName(AssessmentErrorKind kind)
{
    switch (kind) {
    case AssessmentErrorKind::LevelOutOfRange:
        return QStringLiteral("out-of-range");
    case AssessmentErrorKind::WrongAnswerKind:
        return QStringLiteral("wrong-kind");
    case AssessmentErrorKind::NumberNotFinite:
        return QStringLiteral("not-finite");
    case AssessmentErrorKind::UnknownItem:
        return QStringLiteral("unknown-item");
    case AssessmentErrorKind::InvalidScale:
        return QStringLiteral("invalid-scale");
    case AssessmentErrorKind::InvalidWeight:
        return QStringLiteral("invalid-weight");
    case AssessmentErrorKind::DuplicateItemId:
        return QStringLiteral("duplicate-id");
    }
    return QStringLiteral("?");
}

QString describe(const std::vector<AssessmentError>& errors)
{
    QStringList out;
    for (const AssessmentError& e : errors)
        out << QString::fromStdString(e.itemId) + QLatin1Char(':') + errorName(e.kind);
    return out.join(QLatin1Char(' '));
}

AssessmentTemplateSpec oneArea(std::vector<AssessmentItemSpec> items)
{
    return { { { "1", std::move(items) } } };
}

} // namespace

class TestAssessmentScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void levelIsNormalised_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("value");
        QTest::addColumn<double>("score");
        QTest::newRow("0..4 at 0 (not started)") << 0 << 4 << 0 << 0.0;
        QTest::newRow("0..4 at 1") << 0 << 4 << 1 << 25.0;
        QTest::newRow("0..4 at 2") << 0 << 4 << 2 << 50.0;
        QTest::newRow("0..4 at 4 (established)") << 0 << 4 << 4 << 100.0;
        QTest::newRow("1..5 at 3") << 1 << 5 << 3 << 50.0;
        QTest::newRow("1..5 at 1") << 1 << 5 << 1 << 0.0;
        QTest::newRow("-2..2 at 0") << -2 << 2 << 0 << 50.0;
        QTest::newRow("0..1 at 1") << 0 << 1 << 1 << 100.0;
        QTest::newRow("0..3 at 1") << 0 << 3 << 1 << 100.0 / 3;
    }

    void levelIsNormalised()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(int, value);
        QFETCH(double, score);
        const auto result
            = AssessmentScorer::score(oneArea({ levelItem("1-1", 1.0, min, max) }), { { "1-1", value } });
        QVERIFY(result.ok());
        QVERIFY(result->areas.front().score.has_value());
        QCOMPARE(*result->areas.front().score, score);
        QCOMPARE(*result->overall, score);
    }

    void yesNo_data()
    {
        QTest::addColumn<bool>("yes");
        QTest::addColumn<double>("score");
        QTest::newRow("yes") << true << 100.0;
        QTest::newRow("no") << false << 0.0;
    }

    void yesNo()
    {
        QFETCH(bool, yes);
        QFETCH(double, score);
        const auto result
            = AssessmentScorer::score(oneArea({ yesNoItem("committee") }), { { "committee", yes } });
        QVERIFY(result.ok());
        QCOMPARE(*result->areas.front().score, score);
    }

    void weightedMean()
    {
        // (1·1.0 + 3·0.0 + 2·1.0) / (1 + 3 + 2) = 0.5
        const auto spec = oneArea({ levelItem("a", 1), levelItem("b", 3), yesNoItem("c", 2) });
        const auto result = AssessmentScorer::score(spec, { { "a", 4 }, { "b", 0 }, { "c", true } });
        QVERIFY(result.ok());
        QCOMPARE(*result->areas.front().score, 50.0);
    }

    void unansweredAreReported_data()
    {
        QTest::addColumn<QStringList>("answered");
        QTest::addColumn<int>("answeredCount");
        QTest::addColumn<QString>("unanswered");
        QTest::addColumn<double>("score"); // -1: no score
        // Items: a (level, w1), b (level, w3), c (yes/no, w1), d (level, w0: not scored),
        // n (number), t (text). Answers: a=4, b=2, c=no, d=4, n=12, t=…
        QTest::newRow("all answered") << QStringList { "a", "b", "c", "d", "n", "t" } << 3 << "" << 50.0;
        QTest::newRow("score over the answered only") << QStringList { "a" } << 1 << "b,c" << 100.0;
        QTest::newRow("weights of the answered only") << QStringList { "a", "b" } << 2 << "c" << 62.5;
        QTest::newRow("unscored answers do not count")
            << QStringList { "d", "n", "t" } << 0 << "a,b,c" << -1.0;
        QTest::newRow("nothing answered: no score") << QStringList {} << 0 << "a,b,c" << -1.0;
    }

    void unansweredAreReported()
    {
        QFETCH(QStringList, answered);
        QFETCH(int, answeredCount);
        QFETCH(QString, unanswered);
        QFETCH(double, score);
        const auto spec = oneArea({ levelItem("a", 1), levelItem("b", 3), yesNoItem("c", 1),
            levelItem("d", 0), numberItem("n"), textItem("t") });
        const AssessmentAnswers all { { "a", 4 }, { "b", 2 }, { "c", false }, { "d", 4 }, { "n", 12.0 },
            { "t", std::string("申し送りを口頭から記録へ") } };
        AssessmentAnswers answers;
        for (const QString& id : answered)
            answers.insert(*all.find(id.toStdString()));

        const auto result = AssessmentScorer::score(spec, answers);
        QVERIFY(result.ok());
        const AreaScore& area = result->areas.front();
        QCOMPARE(area.scoredItems, 3);
        QCOMPARE(area.answeredItems, answeredCount);
        QStringList ids;
        for (const auto& id : area.unansweredItemIds)
            ids << QString::fromStdString(id);
        QCOMPARE(ids.join(QLatin1Char(',')), unanswered);
        QCOMPARE(area.score.has_value(), score >= 0);
        if (score >= 0)
            QCOMPARE(*area.score, score);
    }

    void areaWithoutScoredItems()
    {
        const auto result = AssessmentScorer::score(
            oneArea({ numberItem("overtime"), textItem("notes") }), { { "overtime", 12.5 } });
        QVERIFY(result.ok());
        QCOMPARE(result->areas.front().scoredItems, 0);
        QVERIFY(!result->areas.front().score.has_value());
        QVERIFY(!result->overall.has_value());
    }

    void invalidAnswers_data()
    {
        QTest::addColumn<QString>("itemKind");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("errors");
        QTest::newRow("level above max") << "level"
                                         << "level:5"
                                         << "x:out-of-range";
        QTest::newRow("level below min") << "level"
                                         << "level:-1"
                                         << "x:out-of-range";
        QTest::newRow("yes/no for a level") << "level"
                                            << "yes:1"
                                            << "x:wrong-kind";
        QTest::newRow("level for a yes/no") << "yesno"
                                            << "level:1"
                                            << "x:wrong-kind";
        QTest::newRow("text for a number") << "number"
                                           << "text:12"
                                           << "x:wrong-kind";
        QTest::newRow("number not finite") << "number"
                                           << "number:nan"
                                           << "x:not-finite";
        QTest::newRow("number for a text") << "text"
                                           << "number:1"
                                           << "x:wrong-kind";
        QTest::newRow("out of range on an unscored level") << "level0"
                                                           << "level:9"
                                                           << "x:out-of-range";
    }

    void invalidAnswers()
    {
        QFETCH(QString, itemKind);
        QFETCH(QString, answer);
        QFETCH(QString, errors);
        AssessmentItemSpec item = itemKind == QLatin1String("level") ? levelItem("x")
            : itemKind == QLatin1String("level0")                    ? levelItem("x", 0)
            : itemKind == QLatin1String("yesno")                     ? yesNoItem("x")
            : itemKind == QLatin1String("number")                    ? numberItem("x")
                                                                     : textItem("x");
        const auto result = AssessmentScorer::score(
            oneArea({ item, levelItem("ok") }), { { "x", ::answer(answer) }, { "ok", 4 } });
        QVERIFY(!result.ok());
        QCOMPARE(describe(result.error()), errors);
    }

    void everyErrorIsListed()
    {
        const AssessmentTemplateSpec spec { { { "1", { levelItem("1-1"), yesNoItem("1-2") } },
            { "2", { levelItem("2-1") } } } };
        const auto result
            = AssessmentScorer::score(spec, { { "1-1", 7 }, { "1-2", 3 }, { "2-1", 2 }, { "9-9", 1 } });
        QVERIFY(!result.ok());
        QCOMPARE(
            describe(result.error()), QStringLiteral("1-1:out-of-range 1-2:wrong-kind 9-9:unknown-item"));
    }

    void templateFaults_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("weight");
        QTest::addColumn<bool>("duplicate");
        QTest::addColumn<QString>("errors");
        QTest::newRow("max equals min") << 2 << 2 << 1.0 << false << "a:invalid-scale";
        QTest::newRow("max below min") << 4 << 0 << 1.0 << false << "a:invalid-scale";
        QTest::newRow("negative weight") << 0 << 4 << -1.0 << false << "a:invalid-weight";
        QTest::newRow("weight not finite")
            << 0 << 4 << std::numeric_limits<double>::infinity() << false << "a:invalid-weight";
        QTest::newRow("duplicate item id") << 0 << 4 << 1.0 << true << "a:duplicate-id";
    }

    void templateFaults()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(double, weight);
        QFETCH(bool, duplicate);
        QFETCH(QString, errors);
        AssessmentTemplateSpec spec = oneArea({ levelItem("a", weight, min, max) });
        if (duplicate)
            spec.areas.push_back({ "2", { yesNoItem("a") } });
        const auto result = AssessmentScorer::score(spec, {});
        QVERIFY(!result.ok());
        QCOMPARE(describe(result.error()), errors);
    }

    void overallIsMeanOfScoredAreas()
    {
        const AssessmentTemplateSpec spec { {
            { "1", { levelItem("1-1") } }, { "2", { yesNoItem("2-1") } },
            { "3", { levelItem("3-1") } }, // unanswered: left out of the overall mean
        } };
        const auto result = AssessmentScorer::score(spec, { { "1-1", 2 }, { "2-1", true } });
        QVERIFY(result.ok());
        QCOMPARE(result->areas.size(), std::size_t(3));
        QCOMPARE(result->areas[0].areaId, std::string("1"));
        QCOMPARE(*result->areas[0].score, 50.0);
        QCOMPARE(*result->areas[1].score, 100.0);
        QVERIFY(!result->areas[2].score.has_value());
        QCOMPARE(*result->overall, 75.0);
    }

    void noAnswersNoOverall()
    {
        const auto result = AssessmentScorer::score(oneArea({ levelItem("a"), yesNoItem("b") }), {});
        QVERIFY(result.ok());
        QVERIFY(!result->overall.has_value());
        QCOMPARE(result->areas.front().answeredItems, 0);
        QCOMPARE(result->areas.front().scoredItems, 2);
    }

    // A checklist: weighted yes/no items are requirements, met by yes; levels, numbers, text
    // and unweighted yes/no items are not counted.
    void requirementsMetPerArea()
    {
        AssessmentTemplateSpec spec;
        spec.areas.push_back({ "committee", { yesNoItem("c-1"), yesNoItem("c-2"), textItem("c-3") } });
        spec.areas.push_back(
            { "staff", { yesNoItem("s-1"), yesNoItem("s-2", 0), numberItem("s-3"), levelItem("s-4") } });
        const AssessmentAnswers answers { { "c-1", true }, { "c-2", false },
            { "c-3", std::string("4月に開催") }, { "s-2", false }, { "s-3", 8.0 }, { "s-4", 4 } };
        const auto status = AssessmentScorer::requirements(spec, answers);
        QVERIFY(status.ok());
        QCOMPARE(status->required, 3);
        QCOMPARE(status->met, 1);
        QVERIFY(!status->allMet());
        QCOMPARE(status->areas.size(), std::size_t(2));
        QCOMPARE(status->areas[0].met, 1);
        QCOMPARE(status->areas[0].unmetItemIds, std::vector<std::string> { "c-2" });
        QCOMPARE(status->areas[1].required, 1);
        QCOMPARE(status->areas[1].unansweredItemIds, std::vector<std::string> { "s-1" });

        AssessmentAnswers all = answers;
        all["c-2"] = true;
        all["s-1"] = true;
        QVERIFY(AssessmentScorer::requirements(spec, all)->allMet());
        // The same answers that cannot be scored cannot be counted: a level for a yes/no item.
        all["c-1"] = 1;
        const auto bad = AssessmentScorer::requirements(spec, all);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().front().itemId, std::string("c-1"));
        // Nothing to meet is never "all met".
        QVERIFY(!AssessmentScorer::requirements(oneArea({ textItem("t") }), {})->allMet());
    }
};

QTEST_GUILESS_MAIN(TestAssessmentScorer)
#include "tst_assessmentscorer.moc"
