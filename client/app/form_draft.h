#pragma once

#include "store_controller.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// What a person has typed into a form and not sent yet, kept in the encrypted store under
/// `key` (one per form and record, e.g. "apply:<programme>"), so it is still there after a
/// page switch, a lock or a restart. A page fills its fields from `values` once `loaded`,
/// calls save() as the person types and clear() once the form was sent.
class FormDraft : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY loadedChanged)
    /// The stored draft has been read (values may be empty).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
public:
    using StoreController::StoreController;

    QString key() const { return m_key; }
    void setKey(const QString& key);
    QVariantMap values() const { return m_values; }
    bool loaded() const { return m_loaded; }

    /// Keeps `values` as the draft (a map of strings, numbers, booleans and lists of them).
    Q_INVOKABLE void save(const QVariantMap& values);
    /// Drops the draft (the form was sent).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void keyChanged();
    void loadedChanged();
    /// A save reached the store (tests).
    void saved();

protected:
    void servicesChanged() override { read(); }

private:
    void read();
    std::string storeKey() const;

    QString m_key;
    QVariantMap m_values;
    bool m_loaded = false;
};

} // namespace yk::app
