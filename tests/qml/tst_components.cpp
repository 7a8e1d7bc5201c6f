#include "app/engine_bridge.h"
#include "app/singletons.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Yokoten_CorePlugin)
Q_IMPORT_QML_PLUGIN(Yokoten_UiPlugin)

/// Builds the app's singletons (no store open) once the application exists, before the QML
/// tests load. QUICK_TEST_MAIN_WITH_SETUP makes this object before the QGuiApplication.
class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        m_bridge = std::make_unique<yk::app::EngineBridge>();
        m_settings = std::make_unique<yk::app::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_session = std::make_unique<yk::app::SessionManager>(*m_bridge, m_dir.path());
        m_sync = std::make_unique<yk::app::SyncStatus>(*m_bridge);
        m_taxonomy = std::make_unique<yk::app::Taxonomy>();
        yk::app::EngineBridgeSingleton::instance = m_bridge.get();
        yk::app::SettingsSingleton::instance = m_settings.get();
        yk::app::SessionSingleton::instance = m_session.get();
        yk::app::SyncSingleton::instance = m_sync.get();
        yk::app::TaxonomySingleton::instance = m_taxonomy.get();
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase()
    {
        m_taxonomy.reset();
        m_sync.reset();
        m_session.reset();
        m_settings.reset();
        m_bridge.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<yk::app::EngineBridge> m_bridge;
    std::unique_ptr<yk::app::AppSettings> m_settings;
    std::unique_ptr<yk::app::SessionManager> m_session;
    std::unique_ptr<yk::app::SyncStatus> m_sync;
    std::unique_ptr<yk::app::Taxonomy> m_taxonomy;
};

QUICK_TEST_MAIN_WITH_SETUP(yokoten_components, Setup)
#include "tst_components.moc"
