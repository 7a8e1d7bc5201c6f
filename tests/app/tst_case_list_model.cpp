#include "app_test_fixture.h"

#include "app/case_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using yk::app::CaseListModel;

class TestCaseListModel : public QObject {
    Q_OBJECT

    static QStringList titles(const CaseListModel& model)
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.data(model.index(i), CaseListModel::TitleRole).toString();
        return out;
    }

    static bool reloaded(CaseListModel& model)
    {
        QSignalSpy spy(&model, &CaseListModel::reloaded);
        return spy.wait(10000);
    }

private Q_SLOTS:
    void browsesTheDemoCasesNewestFirst()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        CaseListModel model;
        app.wire(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloaded(model));
        QVERIFY2(model.rowCount() >= 5, qPrintable(QString::number(model.rowCount())));
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            QVERIFY(!model.data(index, CaseListModel::CaseIdRole).toString().isEmpty());
            QVERIFY(!model.data(index, CaseListModel::CategoryNameRole).toString().isEmpty());
        }
    }

    // The search: 見守り finds the monitoring cases, and only cases that mention it.
    void searchesJapaneseAsYouType()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        CaseListModel model;
        app.wire(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloaded(model));
        const int all = model.rowCount();
        model.setQuery(QStringLiteral("見守り"));
        QVERIFY(reloaded(model));
        const QStringList found = titles(model);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() < all);
        QVERIFY2(found.join('|').contains(QStringLiteral("見守り")), qPrintable(found.join('|')));
        // Typing on: a word no case has empties the list; clearing brings everything back.
        model.setQuery(QStringLiteral("見守りドローン宇宙"));
        QVERIFY(reloaded(model));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());
        QVERIFY(reloaded(model));
        QCOMPARE(model.rowCount(), all);
    }

    void filtersNarrowTheList()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        CaseListModel model;
        app.wire(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloaded(model));
        const int all = model.rowCount();
        model.setCategory(4); // ICT活用
        QVERIFY(reloaded(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < all);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.data(model.index(i), CaseListModel::CategoryRole).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_case_list_model.moc"
