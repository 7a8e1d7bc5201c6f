// yokoten-cli end to end, as a script would run it: the real binary, a real store on disk.
#include "store_fixture.h"

#include "demo_dataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_store;

    Run cli(const QStringList& arguments, const QString& passcode = QStringLiteral("correct-horse"),
        const QString& newPasscode = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YK_TEST_PASSCODE"), passcode);
        if (!newPasscode.isNull())
            env.insert(QStringLiteral("YK_TEST_NEW_PASSCODE"), newPasscode);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(YK_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("yokoten-cli did not finish");
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }
    QStringList withStore(const QStringList& rest) const
    {
        return QStringList { QStringLiteral("--store"), m_store, QStringLiteral("--passcode-env"),
            QStringLiteral("YK_TEST_PASSCODE") }
        + rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_tmp.filePath(QStringLiteral("store"));
        const Run init = cli(withStore({ QStringLiteral("init") }));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run import = cli(withStore({ QStringLiteral("import-demo") }));
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void searchJsonListsMatchingCases()
    {
        const Run run = cli(withStore({ QStringLiteral("cases"), QStringLiteral("search"),
            QStringLiteral("見守り"), QStringLiteral("--json") }));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().size() >= 1);
        for (const QJsonValue& value : doc.array()) {
            const QJsonObject row = value.toObject();
            for (const char* key : { "id", "title", "category", "organisation" })
                QVERIFY2(!row.value(QLatin1String(key)).toString().isEmpty(), key);
        }
        // The demo's flagship case is about night-time monitoring: it must be found.
        bool foundMonitoringTitle = false;
        for (const QJsonValue& value : doc.array())
            foundMonitoringTitle |= value.toObject()
                                        .value(QStringLiteral("title"))
                                        .toString()
                                        .contains(QStringLiteral("見守り"));
        QVERIFY(foundMonitoringTitle);
    }

    void showJsonRoundTrips()
    {
        const Run search = cli(withStore({ QStringLiteral("cases"), QStringLiteral("search"),
            QStringLiteral("ｲﾝｶﾑ"), QStringLiteral("--json") }));
        const QJsonArray rows = QJsonDocument::fromJson(search.out).array();
        QVERIFY(!rows.isEmpty());
        const QString id = rows.first().toObject().value(QStringLiteral("id")).toString();
        const Run show = cli(
            withStore({ QStringLiteral("cases"), QStringLiteral("show"), id, QStringLiteral("--json") }));
        QCOMPARE(show.exitCode, 0);
        const QJsonObject record = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(record.value(QStringLiteral("id")).toString(), id);
        QVERIFY(record.value(QStringLiteral("sections")).toObject().contains(QStringLiteral("background")));
    }

    void unknownCaseIsNotFound()
    {
        const Run run = cli(withStore({ QStringLiteral("cases"), QStringLiteral("show"),
            QStringLiteral("00000000-0000-4000-8000-000000000000") }));
        QCOMPARE(run.exitCode, 8);
        QVERIFY(run.err.contains("見つかりません"));
    }

    void noDemoTextOnDisk()
    {
        const auto demo = yk::proto::builtinDemoDataset();
        QVERIFY(demo.ok());
        QVERIFY(demo.dataset.cases_size() >= 12);
        for (const auto& entry : std::filesystem::directory_iterator(m_store.toStdString())) {
            for (const auto& c : demo.dataset.cases()) {
                QVERIFY2(!yk::test::fileContains(entry.path(), c.title()), entry.path().filename().c_str());
                QVERIFY(!yk::test::fileContains(entry.path(), c.sections().background()));
            }
            for (const auto& o : demo.dataset.organisations())
                QVERIFY2(!yk::test::fileContains(entry.path(), o.name()), o.name().c_str());
        }
    }

    void wrongPasscodeExitsNonZeroAndChangesNothing()
    {
        const auto before = yk::test::snapshotFolder(m_store.toStdString());
        const Run run = cli(withStore({ QStringLiteral("summary") }), QStringLiteral("wrong-horse"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("パスコードが違います")));
        QVERIFY(run.err.contains("The passcode is not correct"));
        QCOMPARE(yk::test::snapshotFolder(m_store.toStdString()), before);
    }

    void wrongPasscodeAsJsonError()
    {
        const Run run
            = cli(withStore({ QStringLiteral("--json"), QStringLiteral("summary") }), QStringLiteral("nope"));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error
            = QJsonDocument::fromJson(run.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_passcode"));
        QVERIFY(!error.value(QStringLiteral("messageJa")).toString().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList { QStringLiteral("--store"),
            QStringLiteral("/nonexistent") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") };
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("--store"), QStringLiteral("x"), QStringLiteral("frobnicate") };
        QTest::newRow("unset passcode variable")
            << QStringList { QStringLiteral("--store"), QStringLiteral("x"), QStringLiteral("--passcode-env"),
                   QStringLiteral("YK_SURELY_UNSET_VARIABLE"), QStringLiteral("summary") };
        QTest::newRow("bad number") << QStringList { QStringLiteral("--limit"), QStringLiteral("many") };
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void initRefusesAnExistingStore()
    {
        const auto before = yk::test::snapshotFolder(m_store.toStdString());
        const Run run = cli(withStore({ QStringLiteral("init") }));
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("already exists"));
        QCOMPARE(yk::test::snapshotFolder(m_store.toStdString()), before);
    }

    // Last: it changes the passcode of the shared store.
    void passcodeChangeAndRekeyKeepTheData()
    {
        const Run change
            = cli(withStore({ QStringLiteral("--new-passcode-env"), QStringLiteral("YK_TEST_NEW_PASSCODE"),
                      QStringLiteral("passcode"), QStringLiteral("change") }),
                QStringLiteral("correct-horse"), QStringLiteral("battery-staple"));
        QCOMPARE(change.exitCode, 0);
        QCOMPARE(cli(withStore({ QStringLiteral("summary") })).exitCode, 3);
        QCOMPARE(cli(withStore({ QStringLiteral("rekey") }), QStringLiteral("battery-staple")).exitCode, 0);
        const Run search = cli(withStore({ QStringLiteral("cases"), QStringLiteral("search"),
                                   QStringLiteral("見守り"), QStringLiteral("--json") }),
            QStringLiteral("battery-staple"));
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(search.out).array().isEmpty());
    }

    void checkPassesOnAHealthyStore()
    {
        const Run run = cli(withStore({ QStringLiteral("check") }), QStringLiteral("battery-staple"));
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
