// The engine's part tests in one program (one link, one CTest entry): each part has its own
// test class in its own file. `tst_engine -class TestPusher` runs one class.
#include <QCoreApplication>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

QObject* newTestServerApi();
QObject* newTestPusher();
QObject* newTestPuller();
QObject* newTestCaseCache();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<std::unique_ptr<QObject>> tests;
    tests.emplace_back(newTestServerApi());
    tests.emplace_back(newTestPusher());
    tests.emplace_back(newTestPuller());
    tests.emplace_back(newTestCaseCache());
    // "-class Name" picks one class; the other arguments go to QTest.
    std::vector<char*> args(argv, argv + argc);
    const char* only = nullptr;
    for (std::size_t i = 1; i + 1 < args.size(); ++i)
        if (std::strcmp(args[i], "-class") == 0) {
            only = args[i + 1];
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
            break;
        }
    int failures = 0;
    for (auto& test : tests)
        if (only == nullptr || std::strcmp(test->metaObject()->className(), only) == 0)
            failures += QTest::qExec(test.get(), static_cast<int>(args.size()), args.data());
    return failures == 0 ? 0 : 1;
}
