#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

/// The "readonly property <type> <name>" declarations of a QML file, in order.
QStringList declaredProperties(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { QStringLiteral("unreadable: ") + path };
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*readonly property (\w+) (\w+):)"), QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = declaration.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        names.append(match.captured(1) + QLatin1Char(' ') + match.captured(2));
    }
    return names;
}

} // namespace

/// PlatformInfo.qml: this OS's file is the module's PlatformInfo singleton, and every OS's file
/// offers the same properties, so QML written against one works with all.
class TestPlatformInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyOsDeclaresTheSameProperties()
    {
        const QDir dir(QStringLiteral(YK_PLATFORM_QML_DIR));
        const QStringList reference
            = declaredProperties(dir.filePath(QStringLiteral("linux/PlatformInfo.qml")));
        QVERIFY(reference.size() >= 5);
        for (const char* os : { "android", "ios", "windows", "macos" }) {
            const QString path = dir.filePath(QString::fromLatin1(os) + QStringLiteral("/PlatformInfo.qml"));
            QCOMPARE(declaredProperties(path), reference);
        }
    }

    void moduleHasThisOsAsPlatformInfo()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import QtQml\n"
                          "import YokotenPlatformTest\n"
                          "QtObject {\n"
                          "    property string os: PlatformInfo.platformName\n"
                          "    property string keyStore: PlatformInfo.keyStoreName\n"
                          "    property bool tested: PlatformInfo.builtAndTested\n"
                          "}\n",
            QUrl(QStringLiteral("qrc:/test.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
        QCOMPARE(object->property("os").toString(), QStringLiteral("linux"));
        QVERIFY(object->property("tested").toBool());
#endif
        QVERIFY(!object->property("keyStore").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformInfo)
#include "tst_platform_info.moc"
