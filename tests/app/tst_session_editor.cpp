#include "app_test_fixture.h"

#include "app/equipment_links.h"
#include "app/seminar_list_model.h"
#include "app/session_editor.h"

#include <QSignalSpy>
#include <QTest>

using yk::app::SeminarListModel;
using yk::app::SessionEditor;

class TestSessionEditor : public QObject {
    Q_OBJECT

    static QString inDays(int days) { return QDate::currentDate().addDays(days).toString(Qt::ISODate); }

private Q_SLOTS:
    // Each mistake is explained and queues nothing.
    void refusesAFormThatCannotBeASession_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("seats");
        QTest::addColumn<QString>("deadline");
        QTest::newRow("no date") << ""
                                 << "13:30"
                                 << "16:00" << 40 << inDays(20);
        QTest::newRow("ends before it starts") << inDays(30) << "16:00"
                                               << "13:30" << 40 << inDays(20);
        QTest::newRow("in the past") << inDays(-3) << "13:30"
                                     << "16:00" << 40 << inDays(-10);
        QTest::newRow("deadline after the day") << inDays(30) << "13:30"
                                                << "16:00" << 40 << inDays(31);
        QTest::newRow("no seats") << inDays(30) << "13:30"
                                  << "16:00" << 0 << inDays(20);
        QTest::newRow("bad time") << inDays(30) << "1:3x"
                                  << "16:00" << 40 << inDays(20);
    }
    void refusesAFormThatCannotBeASession()
    {
        QFETCH(QString, day);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, seats);
        QFETCH(QString, deadline);
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        SessionEditor editor;
        app.wire(editor);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.seminars().isEmpty(), 10000);
        const QString seminarId = editor.seminars().first().toMap().value("id").toString();
        const qint64 before = app.pending();
        editor.create(seminarId, day, start, end, QStringLiteral("松本会場"), QString(), seats, deadline);
        QVERIFY(!editor.errorText().isEmpty());
        QCOMPARE(app.pending(), before);
    }

    // A valid session is queued and listed at once, with its seats and Japan-time start.
    void addsASessionOffline()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        SessionEditor editor;
        app.wire(editor);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.seminars().isEmpty(), 10000);
        const QString seminarId = editor.seminars().first().toMap().value("id").toString();
        QSignalSpy created(&editor, &SessionEditor::created);
        // The devices on show: the demo catalogue's intercom set.
        const QString intercom = QStringLiteral("0bd7d068-32fc-422d-9c46-dc355fa4be52");
        editor.setProperty("shownModelIds", QStringList { intercom });
        editor.create(seminarId, inDays(40), QStringLiteral("10:00"), QStringLiteral("12:00"),
            QStringLiteral("松本会場 テスト研修室"), QStringLiteral("長野県松本市"), 25, inDays(30));
        QVERIFY2(created.wait(10000), qPrintable(editor.errorText()));
        const QString id = created.first().first().toString();
        QCOMPARE(app.pending(), 1);

        SeminarListModel sessions;
        app.wire(sessions);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.rowCount() > 0, 10000);
        bool found = false;
        for (int i = 0; i < sessions.rowCount(); ++i) {
            const QModelIndex row = sessions.index(i);
            if (sessions.data(row, SeminarListModel::SessionIdRole).toString() != id)
                continue;
            found = true;
            QCOMPARE(sessions.data(row, SeminarListModel::CapacityRole).toInt(), 25);
            QCOMPARE(sessions.data(row, SeminarListModel::SeatsLeftRole).toInt(), 25);
            QVERIFY(sessions.data(row, SeminarListModel::StartsAtTextRole)
                        .toString()
                        .contains(QStringLiteral("10:00")));
        }
        QVERIFY(found);

        // Its page lists the device on show, before any sync.
        yk::app::ModelListController shown;
        app.wire(shown);
        shown.setSessionId(id);
        QTRY_COMPARE(shown.models().size(), 1);
        QCOMPARE(shown.models().first().toMap().value("modelId").toString(), intercom);
    }
};

QTEST_GUILESS_MAIN(TestSessionEditor)
#include "tst_session_editor.moc"
