#include "app/engine_bridge.h"
#include "app/singletons.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Yokoten_CorePlugin)
Q_IMPORT_QML_PLUGIN(Yokoten_UiPlugin)

/// Builds the app's singletons (no store open) before the QML tests load.
class Setup : public QObject {
    Q_OBJECT
public:
    Setup()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
        , m_session(m_bridge, m_dir.path())
        , m_sync(m_bridge)
    {
        yk::app::SettingsSingleton::instance = &m_settings;
        yk::app::SessionSingleton::instance = &m_session;
        yk::app::SyncSingleton::instance = &m_sync;
        yk::app::TaxonomySingleton::instance = &m_taxonomy;
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }

private:
    QTemporaryDir m_dir;
    yk::app::EngineBridge m_bridge;
    yk::app::AppSettings m_settings;
    yk::app::SessionManager m_session;
    yk::app::SyncStatus m_sync;
    yk::app::Taxonomy m_taxonomy;
};

QUICK_TEST_MAIN_WITH_SETUP(yokoten_components, Setup)
#include "tst_components.moc"
