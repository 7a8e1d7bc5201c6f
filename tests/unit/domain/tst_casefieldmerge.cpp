// CaseFieldMerge: three-way merge of case fields, conflicts that keep both values, resolve.
#include "domain/case_field_merge.h"

#include <QStringList>
#include <QTest>

using namespace yk::domain;

namespace {

// "title=A;background=B" → fields; "title=" is a key holding an empty string.
CaseFields fields(const QString& spec)
{
    CaseFields out;
    for (const QString& entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq < 0)
            qFatal("bad field in test data: %s", qPrintable(entry));
        out.insert_or_assign(entry.left(eq).toStdString(), entry.mid(eq + 1).toStdString());
    }
    return out;
}

QString describe(const CaseFields& f)
{
    QStringList out;
    for (const auto& [name, value] : f)
        out << QString::fromStdString(name) + QLatin1Char('=') + QString::fromStdString(value);
    return out.join(QLatin1Char(';'));
}

// "field:base/ours/theirs;…"
QString describe(const std::vector<FieldConflict>& conflicts)
{
    QStringList out;
    for (const FieldConflict& c : conflicts)
        out << QStringLiteral("%1:%2/%3/%4")
                   .arg(QString::fromStdString(c.field), QString::fromStdString(c.base),
                       QString::fromStdString(c.ours), QString::fromStdString(c.theirs));
    return out.join(QLatin1Char(';'));
}

QString join(const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& n : names)
        out << QString::fromStdString(n);
    return out.join(QLatin1Char(','));
}

CaseMergeResult mergeOk(const QString& base, const QString& ours, const QString& theirs)
{
    auto result = CaseFieldMerge::merge({ 3, fields(base) }, { 3, fields(ours) }, { 5, fields(theirs) });
    if (!result)
        qFatal("merge failed");
    return std::move(*result);
}

} // namespace

class TestCaseFieldMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QString>("conflicts");
        QTest::addColumn<QString>("fromOurs");

        QTest::newRow("nothing changed") << "title=T;purpose=P"
                                         << "title=T;purpose=P"
                                         << "title=T;purpose=P"
                                         << "purpose=P;title=T"
                                         << ""
                                         << "";
        QTest::newRow("only ours changed") << "title=T;purpose=P"
                                           << "title=T2;purpose=P"
                                           << "title=T;purpose=P"
                                           << "purpose=P;title=T2"
                                           << ""
                                           << "title";
        QTest::newRow("only theirs changed") << "title=T;purpose=P"
                                             << "title=T;purpose=P"
                                             << "title=T;purpose=P2"
                                             << "purpose=P2;title=T"
                                             << ""
                                             << "";
        QTest::newRow("different fields on each side merge") << "title=T;purpose=P"
                                                             << "title=T2;purpose=P"
                                                             << "title=T;purpose=P2"
                                                             << "purpose=P2;title=T2"
                                                             << ""
                                                             << "title";
        QTest::newRow("same change on both sides") << "title=T"
                                                   << "title=T2"
                                                   << "title=T2"
                                                   << "title=T2"
                                                   << ""
                                                   << "";
        QTest::newRow("different changes conflict, theirs kept") << "title=T;purpose=P"
                                                                 << "title=Ours;purpose=P"
                                                                 << "title=Theirs;purpose=P"
                                                                 << "purpose=P;title=Theirs"
                                                                 << "title:T/Ours/Theirs"
                                                                 << "";
        QTest::newRow("conflict next to a clean change") << "title=T;effects=E"
                                                         << "title=Ours;effects=E2"
                                                         << "title=Theirs;effects=E"
                                                         << "effects=E2;title=Theirs"
                                                         << "title:T/Ours/Theirs"
                                                         << "effects";
        QTest::newRow("ours adds a field") << "title=T"
                                           << "title=T;hurdles=H"
                                           << "title=T"
                                           << "hurdles=H;title=T"
                                           << ""
                                           << "hurdles";
        QTest::newRow("both add the same field differently") << "title=T"
                                                             << "title=T;hurdles=A"
                                                             << "title=T;hurdles=B"
                                                             << "hurdles=B;title=T"
                                                             << "hurdles:/A/B"
                                                             << "";
        QTest::newRow("ours clears a field by dropping the key") << "title=T;purpose=P"
                                                                 << "title=T"
                                                                 << "title=T;purpose=P"
                                                                 << "title=T"
                                                                 << ""
                                                                 << "purpose";
        QTest::newRow("ours clears a field with an empty value") << "title=T;purpose=P"
                                                                 << "title=T;purpose="
                                                                 << "title=T;purpose=P"
                                                                 << "title=T"
                                                                 << ""
                                                                 << "purpose";
        QTest::newRow("missing and empty are the same value") << "title=T"
                                                              << "title=T;purpose="
                                                              << "title=T;key_points="
                                                              << "title=T"
                                                              << ""
                                                              << "";
        QTest::newRow("ours clears, theirs edits: conflict with an empty side") << "title=T;purpose=P"
                                                                                << "title=T"
                                                                                << "title=T;purpose=P2"
                                                                                << "purpose=P2;title=T"
                                                                                << "purpose:P//P2"
                                                                                << "";
        QTest::newRow("ours edits, theirs clears: conflict, field stays cleared") << "title=T;purpose=P"
                                                                                  << "title=T;purpose=P2"
                                                                                  << "title=T"
                                                                                  << "title=T"
                                                                                  << "purpose:P/P2/"
                                                                                  << "";
        QTest::newRow("both clear: no conflict") << "title=T;purpose=P"
                                                 << "title=T;purpose="
                                                 << "title=T"
                                                 << "title=T"
                                                 << ""
                                                 << "";
        QTest::newRow("Japanese text") << "background=人手不足"
                                       << "background=人手不足が深刻"
                                       << "background=人手不足"
                                       << "background=人手不足が深刻"
                                       << ""
                                       << "background";
        QTest::newRow("all empty") << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "";
    }

    void merge()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QString, conflicts);
        QFETCH(QString, fromOurs);

        const CaseMergeResult result = mergeOk(base, ours, theirs);
        QCOMPARE(describe(result.merged.fields), merged);
        QCOMPARE(describe(result.conflicts), conflicts);
        QCOMPARE(join(result.appliedFromOurs), fromOurs);
        QCOMPARE(result.merged.revision, std::int64_t(5));
        // The merged record never stores an empty value.
        for (const auto& entry : result.merged.fields)
            QVERIFY(!entry.second.empty());
    }

    void conflictHoldsBaseOursAndTheirs()
    {
        const CaseMergeResult result = mergeOk(QStringLiteral("effects=残業 10時間"),
            QStringLiteral("effects=残業 6時間"), QStringLiteral("effects=残業 7時間"));
        QCOMPARE(result.conflicts.size(), std::size_t(1));
        const FieldConflict& c = result.conflicts.front();
        QCOMPARE(c.field, std::string("effects"));
        QCOMPARE(c.base, std::string("残業 10時間"));
        QCOMPARE(c.ours, std::string("残業 6時間"));
        QCOMPARE(c.theirs, std::string("残業 7時間"));
        QCOMPARE(result.merged.fields.at("effects"), std::string("残業 7時間"));
    }

    void resolve_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("merged");
        QTest::newRow("choose ours") << int(ConflictChoice::Ours) << ""
                                     << "purpose=P;title=Ours";
        QTest::newRow("choose theirs") << int(ConflictChoice::Theirs) << ""
                                       << "purpose=P;title=Theirs";
        QTest::newRow("custom value") << int(ConflictChoice::Custom) << "Ours and Theirs"
                                      << "purpose=P;title=Ours and Theirs";
        QTest::newRow("custom empty clears the field") << int(ConflictChoice::Custom) << ""
                                                       << "purpose=P";
        QTest::newRow("custom ignored for ours") << int(ConflictChoice::Ours) << "ignored"
                                                 << "purpose=P;title=Ours";
    }

    void resolve()
    {
        QFETCH(int, choice);
        QFETCH(QString, custom);
        QFETCH(QString, merged);
        CaseMergeResult result = mergeOk(QStringLiteral("title=T;purpose=P;effects=E"),
            QStringLiteral("title=Ours;purpose=P;effects=E1"), QStringLiteral("title=Theirs;purpose=P"));
        QCOMPARE(result.conflicts.size(), std::size_t(2));

        const std::string customValue = custom.toStdString();
        const auto status
            = CaseFieldMerge::resolve(result, "title", static_cast<ConflictChoice>(choice), customValue);
        QVERIFY(status.ok());
        // Only the resolved conflict is gone; the other still waits for the author.
        QCOMPARE(describe(result.conflicts), QStringLiteral("effects:E/E1/"));
        QVERIFY(CaseFieldMerge::resolve(result, "effects", ConflictChoice::Theirs).ok());
        QVERIFY(result.conflicts.empty());
        QCOMPARE(describe(result.merged.fields), merged);
    }

    void resolveUnknownOrSettledField()
    {
        CaseMergeResult result
            = mergeOk(QStringLiteral("title=T"), QStringLiteral("title=A"), QStringLiteral("title=B"));
        const auto unknown = CaseFieldMerge::resolve(result, "purpose", ConflictChoice::Ours);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error(), ResolveError::NoSuchConflict);
        QVERIFY(CaseFieldMerge::resolve(result, "title", ConflictChoice::Ours).ok());
        const auto again = CaseFieldMerge::resolve(result, "title", ConflictChoice::Theirs);
        QVERIFY(!again.ok());
        QCOMPARE(result.merged.fields.at("title"), std::string("A"));
    }

    void revisions_data()
    {
        QTest::addColumn<int>("baseRevision");
        QTest::addColumn<int>("theirRevision");
        QTest::addColumn<bool>("ok");
        QTest::newRow("edit on the current revision") << 7 << 7 << true;
        QTest::newRow("edit on an older revision") << 4 << 7 << true;
        QTest::newRow("base newer than the server") << 8 << 7 << false;
    }

    void revisions()
    {
        QFETCH(int, baseRevision);
        QFETCH(int, theirRevision);
        QFETCH(bool, ok);
        const auto result = CaseFieldMerge::merge({ baseRevision, fields(QStringLiteral("title=T")) },
            { baseRevision, fields(QStringLiteral("title=U")) },
            { theirRevision, fields(QStringLiteral("title=T")) });
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->merged.revision, std::int64_t(theirRevision));
            QCOMPARE(result->merged.fields.at("title"), std::string("U"));
        } else {
            QCOMPARE(result.error(), CaseMergeError::BaseNewerThanTheirs);
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseFieldMerge)
#include "tst_casefieldmerge.moc"
