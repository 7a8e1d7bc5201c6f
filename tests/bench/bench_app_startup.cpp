// Cold start of the app on the demo data: a store made by yokoten-cli (init + import-demo,
// the device's real key derivation), then `yokoten --measure-startup` run several times;
// prints every run and the median. The target (issue 4) is ≤ 1 s to an interactive home page.
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

bool run(const QString& program, const QStringList& args, const QProcessEnvironment& env, QByteArray* out)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_app_startup: %s failed: %s\n", qPrintable(program),
            p.readAllStandardError().constData());
        return false;
    }
    if (out != nullptr)
        *out = p.readAllStandardOutput();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("YK_BENCH_PASSCODE"), QStringLiteral("bench-passcode"));
    env.insert(QStringLiteral("YK_APP_PASSCODE"), QStringLiteral("bench-passcode"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString store = dir.filePath(QStringLiteral("store"));
    const QStringList base { QStringLiteral("--store"), store, QStringLiteral("--passcode-env"),
        QStringLiteral("YK_BENCH_PASSCODE") };
    if (!run(QStringLiteral(YK_CLI_PATH), base + QStringList { QStringLiteral("init") }, env, nullptr)
        || !run(
            QStringLiteral(YK_CLI_PATH), base + QStringList { QStringLiteral("import-demo") }, env, nullptr))
        return 1;

    std::vector<long long> times;
    for (int i = 0; i < runs; ++i) {
        QByteArray out;
        if (!run(QStringLiteral(YK_APP_PATH),
                { QStringLiteral("--data"), dir.path(), QStringLiteral("--measure-startup") }, env, &out))
            return 1;
        const int at = out.indexOf("startup_ms ");
        if (at < 0) {
            std::fprintf(stderr, "bench_app_startup: no startup_ms in the output\n");
            return 1;
        }
        times.push_back(out.mid(at + 11).trimmed().toLongLong());
        std::printf("run %d: %lld ms\n", i + 1, times.back());
    }
    std::sort(times.begin(), times.end());
    std::printf("app cold start to an interactive home page (demo data, passcode unlock): median %lld ms, "
                "min %lld ms, max %lld ms over %d runs\n",
        times[times.size() / 2], times.front(), times.back(), runs);
    return 0;
}
