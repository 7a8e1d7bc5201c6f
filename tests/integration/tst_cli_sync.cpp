// yokoten-cli as people and scripts run it, against the real server over HTTPS: enrolment,
// offline queueing, sync, and kill -9 at every stage of a sync.
#include "device_session.h"
#include "sync_device.h"
#include "test_server.h"

#include "admin/admin_commands.h"
#include "auth/demo_seed.h"
#include "service/sync_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <sstream>

using namespace yk;
using namespace yokoten::v1;

namespace {

struct Run {
    int exitCode = -1; ///< -1 when killed by a signal
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    server::DemoSeed m_seed;
    QTemporaryDir m_tmp;
    int m_stores = 0;

    const server::DemoAccount& account(const std::string& login)
    {
        const auto* found = test::demoAccount(m_seed, login);
        if (found == nullptr)
            qFatal("no demo account %s", login.c_str());
        return *found;
    }

    QString serverUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()); }

    Run cli(const QString& store, QStringList arguments, const QString& killAt = {}, int killAfterMs = -1)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YK_TEST_PASSCODE"), QStringLiteral("correct-horse"));
        env.insert(QStringLiteral("YK_TEST_PASSWORD"), QString::fromStdString(m_password));
        if (!killAt.isEmpty())
            env.insert(QStringLiteral("YK_TEST_KILL_AT"), killAt);
        process.setProcessEnvironment(env);
        arguments = QStringList { QStringLiteral("--store"), store, QStringLiteral("--passcode-env"),
            QStringLiteral("YK_TEST_PASSCODE") }
            + arguments;
        process.start(QStringLiteral(YK_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs))
            process.kill(); // SIGKILL, mid-whatever it was doing
        // waitForFinished() is false for a process that already ended (it may have, just as
        // it was killed): only a running one can time out.
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(120000))
            qFatal("yokoten-cli did not finish: %s\n%s", qPrintable(arguments.join(QLatin1Char(' '))),
                process.readAllStandardError().constData());
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    std::string m_password;

    /// A new CLI store, enrolled and signed in as `login`.
    QString enrolledStore(const std::string& login)
    {
        const QString store = m_tmp.filePath(QStringLiteral("store-%1").arg(++m_stores));
        m_password = account(login).password;
        if (cli(store, { QStringLiteral("init") }).exitCode != 0)
            return {};
        const auto code = test::makeEnrolmentCode(
            m_server->syncService()->store(), account(login).organisationId, DEVICE_KIND_TABLET);
        const Run enrolled = cli(store,
            { QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--code"),
                QString::fromStdString(code), QStringLiteral("--ca"),
                QString::fromStdString(m_server->caFile().string()) });
        if (enrolled.exitCode != 0) {
            qWarning("%s", enrolled.err.constData());
            return {};
        }
        const Run login_ = cli(store,
            { QStringLiteral("login"), QStringLiteral("--user"), QString::fromStdString(login),
                QStringLiteral("--password-env"), QStringLiteral("YK_TEST_PASSWORD") });
        if (login_.exitCode != 0) {
            qWarning("%s", login_.err.constData());
            return {};
        }
        return store;
    }

    QString caseFile(int n)
    {
        const QString path = m_tmp.filePath(QStringLiteral("case-%1.json").arg(n));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral(R"({"title": "クラッシュ試験の事例 %1", "category": "CASE_CATEGORY_ICT",
            "fiscalYear": 2026, "sections": {"background": "夜勤の巡回を見直した。"}})")
                       .arg(n)
                       .toUtf8());
        return path;
    }

    /// Titles of the crash-test cases in a CLI store, with how often each occurs.
    std::map<QString, int> crashCaseTitles(const QString& store)
    {
        const Run list = cli(store,
            { QStringLiteral("cases"), QStringLiteral("search"), QStringLiteral("クラッシュ試験"),
                QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json") });
        std::map<QString, int> titles;
        for (const auto& row : QJsonDocument::fromJson(list.out).array())
            ++titles[row.toObject().value(QStringLiteral("title")).toString()];
        return titles;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_server = test::TestServer::startWithSyncService();
        QVERIFY(m_server);
        auto seed = server::importDemo(m_server->syncService()->store(), server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        m_seed = *seed;
    }

    void cleanup() { m_server.reset(); }

    // The README's story: two devices sign up offline, sync, and see the outcome.
    void enrolQueueOfflineSyncAndStatus()
    {
        const QString store = enrolledStore("demo-facility");
        QVERIFY(!store.isEmpty());
        QCOMPARE(cli(store, { QStringLiteral("sync") }).exitCode, 0);
        const Run sessions
            = cli(store, { QStringLiteral("seminars"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(sessions.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(sessions.out).array();
        QVERIFY(!list.isEmpty());
        const QString sessionId = list.last().toObject().value(QStringLiteral("sessionId")).toString();

        // Made before any sync: the sign-up queues and shows as waiting to send.
        const Run signup = cli(store,
            { QStringLiteral("seminars"), QStringLiteral("signup"), sessionId, QStringLiteral("--json") });
        QCOMPARE(signup.exitCode, 0);
        const QString regId
            = QJsonDocument::fromJson(signup.out).object().value(QStringLiteral("id")).toString();
        const Run tickets
            = cli(store, { QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonObject pending = QJsonDocument::fromJson(tickets.out).array().first().toObject();
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("sync")).toString(), QStringLiteral("pending"));

        const Run status = cli(store, { QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(status.exitCode, 0);
        const QJsonObject before = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(before.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(before.value(QStringLiteral("outbox"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("sign_up"));
        QVERIFY(!before.value(QStringLiteral("scopes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("cursor"))
                     .toString()
                     .isEmpty());

        const Run synced = cli(store, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(synced.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(synced.out).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("pending")).toInt(), 0);
        const Run after
            = cli(store, { QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonObject confirmed = QJsonDocument::fromJson(after.out).array().first().toObject();
        QCOMPARE(confirmed.value(QStringLiteral("id")).toString(), regId);
        QCOMPARE(confirmed.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QVERIFY(!confirmed.value(QStringLiteral("ticket")).toString().isEmpty());
    }

    // The other workflows from the command line, all queued offline first: a case created and
    // edited, a loan request, a self-assessment drafted on the device and submitted.
    void casesLoansAndAssessmentsQueueAndSync()
    {
        const QString store = enrolledStore("demo-facility");
        QVERIFY(!store.isEmpty());
        QCOMPARE(cli(store, { QStringLiteral("sync") }).exitCode, 0);
        auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out).object(); };

        const Run added = cli(store,
            { QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--file"), caseFile(1),
                QStringLiteral("--json") });
        QCOMPARE(added.exitCode, 0);
        const QString caseId = json(added).value(QStringLiteral("id")).toString();
        const Run edited = cli(store,
            { QStringLiteral("cases"), QStringLiteral("edit"), caseId, QStringLiteral("--set"),
                QStringLiteral("region=松本圏域"), QStringLiteral("--set"),
                QStringLiteral("technologies=インカム,見守りセンサー") });
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(cli(store,
                     { QStringLiteral("cases"), QStringLiteral("edit"), caseId, QStringLiteral("--set"),
                         QStringLiteral("owner_org_id=x") })
                     .exitCode,
            2);

        const Run model = cli(store,
            { QStringLiteral("loans"), QStringLiteral("request"),
                QStringLiteral("f57483ee-b453-40c4-974e-64f83c30c516"), QStringLiteral("--from"),
                QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-14"),
                QStringLiteral("--purpose"), QStringLiteral("腰痛予防の試行"), QStringLiteral("--json") });
        QCOMPARE(model.exitCode, 0);
        const QString loanId = json(model).value(QStringLiteral("id")).toString();
        QCOMPARE(cli(store,
                     { QStringLiteral("loans"), QStringLiteral("request"),
                         QStringLiteral("f57483ee-b453-40c4-974e-64f83c30c516"), QStringLiteral("--from"),
                         QStringLiteral("2027-03-14"), QStringLiteral("--to"), QStringLiteral("2027-03-01") })
                     .exitCode,
            2); // the end before the start

        const QString templateId = QStringLiteral("cedba01f-6c93-4381-87b9-4f9b4dd0d526");
        const Run started = cli(store,
            { QStringLiteral("assess"), QStringLiteral("start"), templateId, QStringLiteral("--json") });
        QCOMPARE(started.exitCode, 0);
        const QString responseId = json(started).value(QStringLiteral("id")).toString();
        QCOMPARE(cli(store,
                     { QStringLiteral("assess"), QStringLiteral("answer"), responseId, QStringLiteral("1-1"),
                         QStringLiteral("3") })
                     .exitCode,
            0);
        QCOMPARE(cli(store,
                     { QStringLiteral("assess"), QStringLiteral("answer"), responseId, QStringLiteral("1-1"),
                         QStringLiteral("9") })
                     .exitCode,
            2);
        const Run status = cli(store, { QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(json(status).value(QStringLiteral("pending")).toInt(), 3); // the draft is not in the outbox
        QCOMPARE(cli(store, { QStringLiteral("assess"), QStringLiteral("submit"), responseId }).exitCode, 0);

        // Several templates at once (issue 19, part 5): a nursing home in Nagano is offered the
        // seven areas, the committee obligation and Nagano's checklist, and fills the second.
        const Run templates
            = cli(store, { QStringLiteral("assess"), QStringLiteral("templates"), QStringLiteral("--json") });
        QCOMPARE(templates.exitCode, 0);
        const QJsonArray offered = QJsonDocument::fromJson(templates.out).array();
        QCOMPARE(offered.size(), 3);
        QCOMPARE(offered.at(0).toObject().value(QStringLiteral("id")).toString(), templateId);
        QCOMPARE(
            offered.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("obligation"));
        QCOMPARE(offered.at(2).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("certification"));
        const Run committee = cli(store,
            { QStringLiteral("assess"), QStringLiteral("start"),
                offered.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("--json") });
        QCOMPARE(committee.exitCode, 0);
        const QString committeeResponse = json(committee).value(QStringLiteral("id")).toString();
        QCOMPARE(cli(store,
                     { QStringLiteral("assess"), QStringLiteral("answer"), committeeResponse,
                         QStringLiteral("c-1"), QStringLiteral("はい") })
                     .exitCode,
            0);
        QCOMPARE(
            cli(store, { QStringLiteral("assess"), QStringLiteral("submit"), committeeResponse }).exitCode,
            0);

        const Run synced = cli(store, { QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(synced.exitCode == 0, synced.out.constData());
        QCOMPARE(json(synced).value(QStringLiteral("applied")).toInt(), 5);
        const Run shown = cli(
            store, { QStringLiteral("cases"), QStringLiteral("show"), caseId, QStringLiteral("--json") });
        const QJsonObject shownCase = json(shown);
        QCOMPARE(shownCase.value(QStringLiteral("region")).toString(), QStringLiteral("松本圏域"));
        QCOMPARE(shownCase.value(QStringLiteral("technologies")).toArray().size(), 2);
        QCOMPARE(shownCase.value(QStringLiteral("revision")).toString(), QStringLiteral("2"));
        const Run loans
            = cli(store, { QStringLiteral("loans"), QStringLiteral("list"), QStringLiteral("--json") });
        bool found = false;
        for (const auto& row : QJsonDocument::fromJson(loans.out).array()) {
            const QJsonObject loan = row.toObject();
            if (loan.value(QStringLiteral("id")).toString() != loanId)
                continue;
            found = true;
            QCOMPARE(loan.value(QStringLiteral("sync")).toString(), QStringLiteral("synced"));
            QVERIFY(loan.value(QStringLiteral("state")).toString() == QStringLiteral("requested")
                || loan.value(QStringLiteral("state")).toString() == QStringLiteral("waitlisted"));
        }
        QVERIFY(found);
    }

    // A self-signed server without --ca, or a server vouched for by another CA, is refused
    // with a certificate message; the store stays unenrolled.
    void untrustedServerIsRefused()
    {
        const QString store = m_tmp.filePath(QStringLiteral("untrusted"));
        QCOMPARE(cli(store, { QStringLiteral("init") }).exitCode, 0);
        const auto code = test::makeEnrolmentCode(
            m_server->syncService()->store(), account("demo-facility").organisationId, DEVICE_KIND_TABLET);
        const Run noCa = cli(store,
            { QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--code"),
                QString::fromStdString(code) });
        QCOMPARE(noCa.exitCode, 11);
        QVERIFY2(noCa.err.contains("証明書") && noCa.err.contains("certificate"), noCa.err.constData());
        auto other = test::TestServer::startWithSyncService();
        QVERIFY(other);
        const Run wrongCa = cli(store,
            { QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--code"),
                QString::fromStdString(code), QStringLiteral("--ca"),
                QString::fromStdString(other->caFile().string()) });
        QCOMPARE(wrongCa.exitCode, 11);
        QVERIFY(wrongCa.err.contains("certificate_untrusted"));
        const Run status = cli(store, { QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(
            QJsonDocument::fromJson(status.out).object().value(QStringLiteral("enrolled")).toBool(), false);
        // The code was never spent: a trusted enrolment still works.
        const Run good = cli(store,
            { QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--code"),
                QString::fromStdString(code), QStringLiteral("--ca"),
                QString::fromStdString(m_server->caFile().string()) });
        QCOMPARE(good.exitCode, 0);
    }

    // kill -9 of the client at every stage of a sync, at several places each, and at random
    // moments: after restarting and syncing, every case is on the server exactly once and
    // the device holds exactly what the server holds.
    void killedAtAnyPointLosesNothingAndAppliesNothingTwice()
    {
        const QString store = enrolledStore("demo-facility");
        QVERIFY(!store.isEmpty());
        int queuedCases = 0;
        auto queue = [&](int n) {
            for (int i = 0; i < n; ++i) {
                const Run added = cli(store,
                    { QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--file"),
                        caseFile(++queuedCases) });
                QCOMPARE(added.exitCode, 0);
            }
        };
        // Killed right after the local commit: the case is in the outbox though nothing was printed.
        const Run killedAdd = cli(store,
            { QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--file"),
                caseFile(++queuedCases) },
            QStringLiteral("local_committed"));
        QCOMPARE(killedAdd.exitCode, -1);
        QVERIFY(killedAdd.out.isEmpty());

        const QStringList points { QStringLiteral("push_sending"), QStringLiteral("push_answered"),
            QStringLiteral("push_applying"), QStringLiteral("pull_applying"),
            QStringLiteral("pull_page_committed") };
        for (const QString& point : points) {
            for (int nth : { 1, 2 }) {
                queue(3);
                // Small batches and pages so a sync passes each point several times.
                const Run killed = cli(store,
                    { QStringLiteral("sync"), QStringLiteral("--push-batch"), QStringLiteral("2"),
                        QStringLiteral("--page-size"), QStringLiteral("5") },
                    QStringLiteral("%1:%2").arg(point).arg(nth));
                QVERIFY2(killed.exitCode == -1, qPrintable(point + " was never reached"));
            }
        }
        // And at moments nobody chose.
        for (int round = 0; round < 6; ++round) {
            queue(2);
            cli(store, { QStringLiteral("sync"), QStringLiteral("--push-batch"), QStringLiteral("1") }, {},
                static_cast<int>(QRandomGenerator::global()->bounded(50, 400)));
        }
        const Run final = cli(store, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(final.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(final.out).object();
        QCOMPARE(report.value(QStringLiteral("pending")).toInt(), 0);

        // Every case once on the device …
        const auto onDevice = crashCaseTitles(store);
        QCOMPARE(static_cast<int>(onDevice.size()), queuedCases);
        for (const auto& [title, count] : onDevice)
            QVERIFY2(count == 1, qPrintable(title));
        // … and on the server, as a fresh device of the same user sees it.
        const QString fresh = enrolledStore("demo-facility");
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(cli(fresh, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(crashCaseTitles(fresh), onDevice);
        // Nothing was refused (a mutation applied twice would come back "already exists").
        const Run status = cli(store, { QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY(QJsonDocument::fromJson(status.out)
                    .object()
                    .value(QStringLiteral("lastError"))
                    .toString()
                    .isEmpty());
    }

    // The server revokes the tablet: the next sync says so and the store is gone from disk.
    // An attendee's phone holds case summaries; `cases fetch` brings one whole case and keeps
    // it, so `cases show` then has its text offline (issue 23).
    void phoneFetchesAWholeCase()
    {
        const QString store = m_tmp.filePath(QStringLiteral("phone"));
        QCOMPARE(cli(store, { QStringLiteral("init") }).exitCode, 0);
        const auto code = test::makeEnrolmentCode(
            m_server->syncService()->store(), account("demo-centre").organisationId, DEVICE_KIND_PHONE);
        const Run enrolled = cli(store,
            { QStringLiteral("enroll"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--code"),
                QString::fromStdString(code), QStringLiteral("--ca"),
                QString::fromStdString(m_server->caFile().string()) });
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        const Run session = cli(store, { QStringLiteral("login") }); // as the device: no account
        QVERIFY2(session.exitCode == 0, session.err.constData());
        const Run synced = cli(store, { QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const Run list
            = cli(store, { QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!rows.isEmpty());
        const QString id = rows.first().toObject().value(QStringLiteral("id")).toString();
        const auto background = [&](const QByteArray& json) {
            return QJsonDocument::fromJson(json)
                .object()
                .value(QStringLiteral("sections"))
                .toObject()
                .value(QStringLiteral("background"))
                .toString();
        };
        const Run summary
            = cli(store, { QStringLiteral("cases"), QStringLiteral("show"), id, QStringLiteral("--json") });
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        QVERIFY(background(summary.out).isEmpty());

        const Run fetched
            = cli(store, { QStringLiteral("cases"), QStringLiteral("fetch"), id, QStringLiteral("--json") });
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QVERIFY(!background(fetched.out).isEmpty());
        // Kept: shown offline afterwards.
        const Run kept
            = cli(store, { QStringLiteral("cases"), QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(background(kept.out), background(fetched.out));
        // A case the phone may not see is not found, in Japanese and English.
        const Run hidden = cli(store,
            { QStringLiteral("cases"), QStringLiteral("fetch"),
                QStringLiteral("00000000-0000-4000-8000-000000000000") });
        QVERIFY(hidden.exitCode != 0);
        QVERIFY(!hidden.err.isEmpty());
    }

    // A prefecture officer asks for the figures, syncs and reads them with source, n and date;
    // a facility's manager may ask on its device, but the server refuses and it holds no sheet.
    void indicatorsRefreshSyncAndShow()
    {
        const QString officer = enrolledStore("demo-pref");
        QVERIFY(!officer.isEmpty());
        QCOMPARE(cli(officer, { QStringLiteral("sync") }).exitCode, 0);
        const Run empty = cli(officer, { QStringLiteral("indicators"), QStringLiteral("show") });
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.contains("indicators refresh"));
        const Run asked = cli(officer, { QStringLiteral("indicators"), QStringLiteral("refresh") });
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        QCOMPARE(cli(officer, { QStringLiteral("sync") }).exitCode, 0);
        const Run shown = cli(officer,
            { QStringLiteral("indicators"), QStringLiteral("show"), QStringLiteral("--org"),
                QStringLiteral("ind-pref-20"), QStringLiteral("--json") });
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray sheets = QJsonDocument::fromJson(shown.out).array();
        QCOMPARE(sheets.size(), 1);
        const QJsonObject total = sheets.first().toObject();
        QCOMPARE(total.value(QStringLiteral("prefectureCode")).toInt(), 20);
        QCOMPARE(total.value(QStringLiteral("minFacilities")).toInt(), 5);
        const QJsonArray figures = total.value(QStringLiteral("figures")).toArray();
        QVERIFY(!figures.isEmpty());
        int shownFigures = 0;
        for (const auto& f : figures) {
            const QJsonObject figure = f.toObject();
            QVERIFY(!figure.value(QStringLiteral("source")).toString().isEmpty());
            QVERIFY(!figure.value(QStringLiteral("referenceDate")).toString().isEmpty());
            // A withheld figure carries neither value nor n.
            if (figure.value(QStringLiteral("withheld")).toBool()) {
                QVERIFY(!figure.contains(QStringLiteral("value")));
                QVERIFY(!figure.contains(QStringLiteral("n")));
            } else if (figure.value(QStringLiteral("topic")).toString()
                != QStringLiteral("one-stop-centres")) {
                ++shownFigures;
                QVERIFY2(figure.value(QStringLiteral("n")).toInt() >= 5,
                    QJsonDocument(figure).toJson().constData());
            }
        }
        // The demo prefecture has enough facilities for some figures to be shown.
        QVERIFY(shownFigures > 0);
        // The demo's overtime figures are invented and marked so; their mean says so too.
        bool overtimeShown = false;
        for (const auto& f : figures) {
            const QJsonObject figure = f.toObject();
            if (figure.value(QStringLiteral("topic")).toString() != QStringLiteral("kpi")
                || figure.value(QStringLiteral("code")).toInt() != MEASURE_ITEM_OVERTIME_HOURS
                || figure.value(QStringLiteral("withheld")).toBool())
                continue;
            overtimeShown = true;
            QVERIFY(
                figure.value(QStringLiteral("source")).toString().contains(QStringLiteral("デモ値を含む")));
        }
        QVERIFY(overtimeShown);
        const Run text = cli(officer, { QStringLiteral("indicators"), QStringLiteral("show") });
        QVERIFY(text.out.contains("非表示"));
        QVERIFY(text.out.contains("n="));

        const QString manager = enrolledStore("demo-manager");
        QVERIFY(!manager.isEmpty());
        QCOMPARE(cli(manager, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(cli(manager, { QStringLiteral("indicators"), QStringLiteral("refresh") }).exitCode, 0);
        cli(manager, { QStringLiteral("sync") }); // the server refuses the request
        const Run none = cli(
            manager, { QStringLiteral("indicators"), QStringLiteral("show"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    }

    void revokedDeviceWipesItsStore()
    {
        const QString store = enrolledStore("demo-facility");
        QVERIFY(!store.isEmpty());
        QCOMPARE(cli(store, { QStringLiteral("sync") }).exitCode, 0);
        const Run status = cli(store, { QStringLiteral("status"), QStringLiteral("--json") });
        const std::string deviceId = QJsonDocument::fromJson(status.out)
                                         .object()
                                         .value(QStringLiteral("deviceId"))
                                         .toString()
                                         .toStdString();
        std::istringstream in;
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(server::runAdminCommand(
                     m_server->syncService()->store(), { "device", "revoke", deviceId }, in, out, err),
            0);
        const Run refused = cli(store, { QStringLiteral("sync") });
        QCOMPARE(refused.exitCode, 12);
        QVERIFY(refused.err.contains("取り消されました"));
        QVERIFY(!QFileInfo::exists(store));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
