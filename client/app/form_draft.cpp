#include "form_draft.h"

#include "engine_bridge.h"

#include "engine/sync_repository.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yk::app {

std::string FormDraft::storeKey() const
{
    return "app.form_draft." + m_key.toStdString();
}

void FormDraft::setKey(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_loaded = false;
    m_values.clear();
    Q_EMIT keyChanged();
    Q_EMIT loadedChanged();
    read();
}

void FormDraft::read()
{
    if (bridge() == nullptr || m_key.isEmpty())
        return;
    const std::string key = storeKey();
    bridge()->run<QVariantMap>(
        this,
        [key](DeviceContext& context) -> QVariantMap {
            if (context.store == nullptr)
                return {};
            auto value = sync::SyncRepository(context.store->database()).value(key);
            if (!value || !*value)
                return {};
            return QJsonDocument::fromJson(QByteArray::fromStdString(**value)).object().toVariantMap();
        },
        [this, key](const QVariantMap& values) {
            if (key != storeKey())
                return;
            m_values = values;
            m_loaded = true;
            Q_EMIT loadedChanged();
        });
}

void FormDraft::save(const QVariantMap& values)
{
    if (bridge() == nullptr || m_key.isEmpty())
        return;
    m_values = values;
    const std::string key = storeKey();
    const std::string json
        = QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact).toStdString();
    bridge()->run<bool>(
        this,
        [key, json](DeviceContext& context) {
            return context.store != nullptr
                && bool(sync::SyncRepository(context.store->database()).setValue(key, json));
        },
        [this](bool ok) {
            if (ok)
                Q_EMIT saved();
        });
}

void FormDraft::clear()
{
    m_values.clear();
    if (bridge() == nullptr || m_key.isEmpty())
        return;
    const std::string key = storeKey();
    bridge()->post([key](DeviceContext& context) {
        if (context.store != nullptr)
            (void)sync::SyncRepository(context.store->database()).removeValue(key);
    });
}

} // namespace yk::app
