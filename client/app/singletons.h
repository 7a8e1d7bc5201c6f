#pragma once

#include "app_settings.h"
#include "engine_bridge.h"
#include "session_manager.h"
#include "sync_status.h"
#include "taxonomy.h"

#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// The app-wide managers, built in main and handed to QML as singleton instances (C++
/// ownership), so tests can build their own. main() sets each `instance` before loading QML.
/// Controllers and list models get the ones they need as properties, assigned in QML
/// (`CaseController { bridge: EngineBridge; sessionManager: Session }`); nothing else
/// reaches them globally.
template <typename T> T* singletonInstance(T* instance)
{
    Q_ASSERT_X(instance != nullptr, "Yokoten.Core", "singleton used before main() built it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

/// The queued bridge to the engine thread, where the store is read and written.
struct EngineBridgeSingleton {
    Q_GADGET
    QML_FOREIGN(yk::app::EngineBridge)
    QML_NAMED_ELEMENT(EngineBridge)
    QML_SINGLETON
public:
    static EngineBridge* create(QQmlEngine*, QJSEngine*) { return singletonInstance(instance); }
    static inline EngineBridge* instance = nullptr;
};

struct SettingsSingleton {
    Q_GADGET
    QML_FOREIGN(yk::app::AppSettings)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
public:
    static AppSettings* create(QQmlEngine*, QJSEngine*) { return singletonInstance(instance); }
    static inline AppSettings* instance = nullptr;
};

struct SessionSingleton {
    Q_GADGET
    QML_FOREIGN(yk::app::SessionManager)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
public:
    static SessionManager* create(QQmlEngine*, QJSEngine*) { return singletonInstance(instance); }
    static inline SessionManager* instance = nullptr;
};

struct SyncSingleton {
    Q_GADGET
    QML_FOREIGN(yk::app::SyncStatus)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
public:
    static SyncStatus* create(QQmlEngine*, QJSEngine*) { return singletonInstance(instance); }
    static inline SyncStatus* instance = nullptr;
};

struct TaxonomySingleton {
    Q_GADGET
    QML_FOREIGN(yk::app::Taxonomy)
    QML_NAMED_ELEMENT(Taxonomy)
    QML_SINGLETON
public:
    static Taxonomy* create(QQmlEngine*, QJSEngine*) { return singletonInstance(instance); }
    static inline Taxonomy* instance = nullptr;
};

} // namespace yk::app
