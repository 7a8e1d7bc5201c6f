// yk_cli in-process: the command line parsed and run with its output captured, as the
// yokoten-cli binary runs it (tst_cli.cpp runs the binary itself).
#include "cli/command_line.h"

#include "store/record_repository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using yk::cli::runCommandLine;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

Run cli(const std::vector<std::string>& arguments)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = runCommandLine(arguments, out, err);
    return { code, out.str(), err.str() };
}

QJsonDocument parseJson(const std::string& text)
{
    QJsonParseError error {};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.c_str());
    return doc;
}

constexpr const char* kPasscodeVariable = "YK_UNIT_CLI_PASSCODE";
constexpr const char* kPasscode = "correct-horse";

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::string m_store;

    std::vector<std::string> withStore(std::vector<std::string> rest) const
    {
        std::vector<std::string> args { "--store", m_store, "--passcode-env", kPasscodeVariable };
        args.insert(args.end(), rest.begin(), rest.end());
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv(kPasscodeVariable, kPasscode);
        m_store = m_tmp.filePath(QStringLiteral("store")).toStdString();
        const Run init = cli(withStore({ "init", "--json" }));
        QVERIFY2(init.exitCode == yk::cli::ExitOk, init.err.c_str());
        const auto created = parseJson(init.out).object();
        QVERIFY(!created.value(QStringLiteral("storeId")).toString().isEmpty());
        QVERIFY(created.value(QStringLiteral("schemaVersion")).toInt() > 0);
    }

    // Every wrong command line: exit code 2, and the message in Japanese and English with
    // what was wrong, on the error stream only.
    void usageErrorsAreBilingual_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown option")
            << QStringList { "--store", "s", "--frobnicate", "summary" } << "unknown option --frobnicate";
        QTest::newRow("option without value")
            << QStringList { "summary", "--store" } << "--store needs a value";
        QTest::newRow("not a number") << QStringList { "--store", "s", "cases", "list", "--limit", "ten" }
                                      << "--limit needs a whole number, got 'ten'";
        QTest::newRow("negative number") << QStringList { "--store", "s", "sync", "--retries", "-1" }
                                         << "--retries needs a whole number, got '-1'";
        QTest::newRow("no store") << QStringList { "summary" } << "--store DIR is required";
        QTest::newRow("unknown command")
            << QStringList { "--store", "s", "frobnicate" } << "unknown command 'frobnicate'";
        QTest::newRow("passcode without change")
            << QStringList { "--store", "s", "passcode" } << "unknown command 'passcode'";
    }

    void usageErrorsAreBilingual()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, detail);
        std::vector<std::string> args;
        for (const auto& a : arguments)
            args.push_back(a.toStdString());
        const Run run = cli(args);
        QCOMPARE(run.exitCode, static_cast<int>(yk::cli::ExitUsage));
        QVERIFY(run.out.empty());
        const QString err = QString::fromStdString(run.err);
        QVERIFY2(err.contains(QStringLiteral("使い方が正しくありません")), run.err.c_str());
        QVERIFY2(err.contains(QStringLiteral("usage error: ") + detail), run.err.c_str());
        QVERIFY2(err.contains(QStringLiteral("yokoten-cli --help")), run.err.c_str());
    }

    void helpGoesToOutputAndNoCommandToErrors()
    {
        const Run help = cli({ "--help" });
        QCOMPARE(help.exitCode, static_cast<int>(yk::cli::ExitOk));
        QVERIFY(help.err.empty());
        QVERIFY(help.out.find("Exit codes:") != std::string::npos);
        const Run none = cli({ "--store", m_store });
        QCOMPARE(none.exitCode, static_cast<int>(yk::cli::ExitUsage));
        QVERIFY(none.out.empty());
        QCOMPARE(none.err, help.out);
    }

    // summary --json counts what the store holds: the same numbers the store itself reports.
    void summaryJsonMatchesTheStore()
    {
        const Run imported = cli(withStore({ "import-demo", "--json" }));
        QVERIFY2(imported.exitCode == yk::cli::ExitOk, imported.err.c_str());
        QVERIFY(parseJson(imported.out).object().value(QStringLiteral("cases")).toInt() > 0);

        const Run run = cli(withStore({ "summary", "--json" }));
        QVERIFY2(run.exitCode == yk::cli::ExitOk, run.err.c_str());
        QVERIFY(run.err.empty());
        const QJsonObject printed = parseJson(run.out).object();

        auto opened = yk::store::Store::open(m_store, kPasscode);
        QVERIFY(opened.ok());
        auto counts = (*opened)->records().counts();
        QVERIFY(counts.ok());
        QCOMPARE(printed.size(), static_cast<qsizetype>(counts->size()));
        std::int64_t total = 0;
        for (const auto& [table, n] : *counts) {
            const QString key = QString::fromStdString(table);
            QVERIFY2(printed.contains(key), table.c_str());
            QCOMPARE(printed.value(key).toInteger(), n);
            total += n;
        }
        QVERIFY(total > 0);
    }

    void caseListJsonHonoursTheLimit()
    {
        const Run run = cli(withStore({ "cases", "list", "--limit", "2", "--json" }));
        QVERIFY2(run.exitCode == yk::cli::ExitOk, run.err.c_str());
        const QJsonArray rows = parseJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        for (const auto& row : rows)
            QVERIFY(!row.toObject().value(QStringLiteral("id")).toString().isEmpty());
    }

    // The demo programme and adoptions through the commands (after summaryJsonMatchesTheStore
    // imported the demo): what is shown, what is queued, and a figure without a date refused
    // before anything is queued. Only what no calendar date changes is asserted: the adoption
    // that is no longer used and the one a year overdue are stalled on any day after 2026.
    void programmesAndFollowUps()
    {
        const Run programmes = cli(withStore({ "programme", "list", "--json" }));
        QVERIFY2(programmes.exitCode == yk::cli::ExitOk, programmes.err.c_str());
        const QJsonArray list = parseJson(programmes.out).array();
        QCOMPARE(list.size(), 1);
        const std::string programmeId
            = list[0].toObject().value(QStringLiteral("id")).toString().toStdString();
        QCOMPARE(list[0].toObject().value(QStringLiteral("applied")).toInt(), 25);

        const Run shown = cli(withStore({ "programme", "show", programmeId, "--json" }));
        QVERIFY2(shown.exitCode == yk::cli::ExitOk, shown.err.c_str());
        const QJsonArray parts
            = parseJson(shown.out).object().value(QStringLiteral("participations")).toArray();
        QCOMPARE(parts.size(), 25);
        int chosen = 0;
        std::string chosenId;
        for (const auto& p : parts) {
            if (p.toObject().value(QStringLiteral("state")).toString() == QStringLiteral("chosen")) {
                ++chosen;
                chosenId = p.toObject().value(QStringLiteral("id")).toString().toStdString();
            }
        }
        QCOMPARE(chosen, 6);

        const Run undated = cli(withStore({ "programme", "measure", chosenId, "--item", "overtime-hours",
            "--phase", "after", "--value", "7.5", "--source", "勤怠システム" }));
        QCOMPARE(undated.exitCode, static_cast<int>(yk::cli::ExitUsage));
        QVERIFY(undated.err.find("測定日") != std::string::npos);
        const Run measured
            = cli(withStore({ "programme", "measure", chosenId, "--item", "overtime-hours", "--phase",
                "after", "--value", "7.5", "--date", "2027-02", "--source", "勤怠システム", "--json" }));
        QVERIFY2(measured.exitCode == yk::cli::ExitOk, measured.err.c_str());
        QCOMPARE(parseJson(measured.out).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("pending"));

        const Run stalled = cli(withStore({ "follow-up", "list", "--state", "stalled", "--json" }));
        QVERIFY2(stalled.exitCode == yk::cli::ExitOk, stalled.err.c_str());
        const QJsonArray rows = parseJson(stalled.out).array();
        QVERIFY(rows.size() >= 2);
        int noLongerUsed = 0;
        for (const auto& row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("stalled")).toBool());
            noLongerUsed += row.toObject().value(QStringLiteral("noLongerUsed")).toBool();
        }
        QCOMPARE(noLongerUsed, 1);
        const std::string adoptionId
            = rows[0].toObject().value(QStringLiteral("id")).toString().toStdString();
        const Run wrongMonth
            = cli(withStore({ "follow-up", "answer", adoptionId, "--months", "2", "--use", "in-use" }));
        QCOMPARE(wrongMonth.exitCode, static_cast<int>(yk::cli::ExitUsage));
    }

    // The demo's notices through the commands (after summaryJsonMatchesTheStore imported the
    // demo): all three wait unread; reading one takes it off the unread list at once, queues
    // the server's count and keeps it in the full list as read; a notice without a title or
    // with an impossible deadline is refused before anything is queued.
    void noticesThroughTheCommands()
    {
        const Run unread = cli(withStore({ "notice", "list", "--json" }));
        QVERIFY2(unread.exitCode == yk::cli::ExitOk, unread.err.c_str());
        const QJsonArray waiting = parseJson(unread.out).array();
        QCOMPARE(waiting.size(), 3);
        int withDeadline = 0;
        for (const auto& n : waiting) {
            QVERIFY(
                n.toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("（デモ）")));
            QVERIFY(!n.toObject().value(QStringLiteral("read")).toBool());
            withDeadline += !n.toObject().value(QStringLiteral("deadline")).toString().isEmpty();
        }
        QCOMPARE(withDeadline, 2);
        const std::string id = waiting[0].toObject().value(QStringLiteral("id")).toString().toStdString();

        const Run read = cli(withStore({ "notice", "read", id, "--json" }));
        QVERIFY2(read.exitCode == yk::cli::ExitOk, read.err.c_str());
        QCOMPARE(parseJson(read.out).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("pending"));
        QCOMPARE(parseJson(cli(withStore({ "notice", "list", "--json" })).out).array().size(), 2);
        const QJsonArray all
            = parseJson(cli(withStore({ "notice", "list", "--state", "all", "--json" })).out).array();
        QCOMPARE(all.size(), 3);
        int readCount = 0;
        for (const auto& n : all)
            readCount += n.toObject().value(QStringLiteral("read")).toBool();
        QCOMPARE(readCount, 1);

        QCOMPARE(cli(withStore({ "notice", "publish", "--note", "本文だけ" })).exitCode,
            static_cast<int>(yk::cli::ExitUsage));
        QCOMPARE(cli(withStore({ "notice", "publish", "--text", "件名", "--date", "2026-13-40" })).exitCode,
            static_cast<int>(yk::cli::ExitUsage));
    }

    // The demo centre's support menu (after the demo import): the filter by service type and
    // staff count, an entry with its tiers and requirements, whether the demo facility meets
    // them (it has consultations with the centre, no sign-ups), and an entry saved from JSON.
    void supportMenu()
    {
        const Run all = cli(withStore({ "menu", "list", "--json" }));
        QVERIFY2(all.exitCode == yk::cli::ExitOk, all.err.c_str());
        const QJsonArray entries = parseJson(all.out).array();
        QCOMPARE(entries.size(), 4);
        // A day service of 13 staff: the national model facility (residential, ≥ 20 staff) is not for it.
        const Run filtered
            = cli(withStore({ "menu", "list", "--service", "day-service", "--staff", "13", "--json" }));
        QVERIFY2(filtered.exitCode == yk::cli::ExitOk, filtered.err.c_str());
        QCOMPARE(parseJson(filtered.out).array().size(), 3);
        QCOMPARE(cli(withStore({ "menu", "list", "--service", "castle" })).exitCode,
            static_cast<int>(yk::cli::ExitUsage));

        std::string ictId;
        for (const auto& e : entries)
            if (e.toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .startsWith(QStringLiteral("介護テクノロジー導入支援")))
                ictId = e.toObject().value(QStringLiteral("id")).toString().toStdString();
        QVERIFY(!ictId.empty());
        const std::string facility = "600f433e-22fe-49d3-9928-bf0e2391d1d4";
        const Run shown = cli(withStore({ "menu", "show", ictId, "--org", facility, "--json" }));
        QVERIFY2(shown.exitCode == yk::cli::ExitOk, shown.err.c_str());
        const QJsonObject entry = parseJson(shown.out).object();
        QCOMPARE(entry.value(QStringLiteral("tiers")).toArray().size(), 5);
        const QJsonArray requirements = entry.value(QStringLiteral("requirements")).toArray();
        QCOMPARE(requirements.size(), 3);
        QCOMPARE(requirements[0].toObject().value(QStringLiteral("seminars")).toArray().size(), 2);
        QCOMPARE(
            requirements[0].toObject().value(QStringLiteral("met")).toString(), QStringLiteral("not_met"));
        QCOMPARE(
            requirements[1].toObject().value(QStringLiteral("met")).toString(), QStringLiteral("consulted"));
        QCOMPARE(
            requirements[2].toObject().value(QStringLiteral("met")).toString(), QStringLiteral("not_linked"));

        const QString file = m_tmp.filePath(QStringLiteral("entry.json"));
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"kind": "MENU_ENTRY_KIND_OTHER", "name": "よろず支援拠点の経営相談", "provider": "国",
            "requirements": [{"text": "事前に予約すること"}]})");
        json.close();
        const Run saved = cli(withStore({ "menu", "save", "--file", file.toStdString(), "--json" }));
        QVERIFY2(saved.exitCode == yk::cli::ExitOk, saved.err.c_str());
        QCOMPARE(parseJson(saved.out).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("pending"));
        QCOMPARE(parseJson(cli(withStore({ "menu", "list", "--json" })).out).array().size(), 5);
    }

    // A store error with --json: one JSON object on the error stream, and its exit code.
    void wrongPasscodeIsAJsonError()
    {
        qputenv("YK_UNIT_CLI_WRONG", "not-the-passcode");
        const Run run
            = cli({ "--store", m_store, "--passcode-env", "YK_UNIT_CLI_WRONG", "summary", "--json" });
        QCOMPARE(run.exitCode, static_cast<int>(yk::cli::ExitWrongPasscode));
        QVERIFY(run.out.empty());
        const QJsonObject error = parseJson(run.err).object().value(QStringLiteral("error")).toObject();
        QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("messageJa")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("messageEn")).toString().isEmpty());
    }

    void unsetPasscodeVariableIsAUsageError()
    {
        qunsetenv("YK_UNIT_CLI_UNSET");
        const Run run = cli({ "--store", m_store, "--passcode-env", "YK_UNIT_CLI_UNSET", "summary" });
        QCOMPARE(run.exitCode, static_cast<int>(yk::cli::ExitUsage));
        QVERIFY2(run.err.find("YK_UNIT_CLI_UNSET is not set") != std::string::npos, run.err.c_str());
    }

    // A device with no space left: every command says the device is full (never the generic
    // "reading or writing failed"), and the ones that only show still work, read-only.
    // Needs a small file system of its own: a tmpfs, which only root may mount.
    void aFullDeviceSaysFullAndStillShows()
    {
        QTemporaryDir mountPoint;
        const std::string dir = mountPoint.path().toStdString();
        if (::geteuid() != 0
            || std::system(("mount -t tmpfs -o size=4m tmpfs '" + dir + "' 2>/dev/null").c_str()) != 0)
            QSKIP("mounting a small tmpfs needs root");
        struct Unmount {
            std::string dir;
            ~Unmount() { (void)std::system(("umount '" + dir + "'").c_str()); }
        } unmount { dir };
        const std::string store = dir + "/store";
        auto on = [&](std::vector<std::string> rest) {
            std::vector<std::string> args { "--store", store, "--passcode-env", kPasscodeVariable };
            args.insert(args.end(), rest.begin(), rest.end());
            return cli(args);
        };
        QCOMPARE(on({ "init" }).exitCode, int(yk::cli::ExitOk));
        QCOMPARE(on({ "import-demo" }).exitCode, int(yk::cli::ExitOk));
        const Run before = on({ "summary", "--json" });
        QCOMPARE(before.exitCode, int(yk::cli::ExitOk));
        {
            // Fill the file system to the last byte.
            std::FILE* fill = std::fopen((dir + "/fill").c_str(), "wb");
            QVERIFY(fill != nullptr);
            const std::string block(64 * 1024, 'x');
            while (std::fwrite(block.data(), 1, block.size(), fill) == block.size()
                && std::fflush(fill) == 0) { }
            std::fclose(fill);
            std::FILE* more = std::fopen((dir + "/more").c_str(), "wb");
            while (more != nullptr && std::fputc('x', more) != EOF && std::fflush(more) == 0) { }
            if (more != nullptr)
                std::fclose(more);
        }
        const Run summary = on({ "summary", "--json" });
        QVERIFY2(summary.exitCode == yk::cli::ExitOk, summary.err.c_str());
        QCOMPARE(summary.out, before.out); // the same counts, read-only
        QVERIFY(summary.err.find("空き容量がありません") != std::string::npos);
        QVERIFY(summary.err.find("this device is full") != std::string::npos);
        const Run list = on({ "cases", "list", "--limit", "1" });
        QVERIFY2(list.exitCode == yk::cli::ExitOk, list.err.c_str());

        const Run edit = on({ "--json", "cases", "edit", "x", "--set", "title=t" });
        QCOMPARE(edit.exitCode, int(yk::cli::ExitStorage));
        QVERIFY2(edit.out.find("disk_full") != std::string::npos
                || edit.err.find("disk_full") != std::string::npos,
            (edit.out + edit.err).c_str());
        const Run plain = on({ "cases", "edit", "x", "--set", "title=t" });
        QVERIFY2(plain.err.find("空き容量") != std::string::npos, plain.err.c_str());
        QVERIFY(plain.err.find("読み書きに失敗") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
