#pragma once

#include "engine_bridge.h"
#include "session_manager.h"

#include <QAbstractListModel>
#include <QPointer>

#include <functional>
#include <string>
#include <vector>

namespace yk::app {

/// Base of the list models that read the store: reloads whenever records change (a local
/// write, a sync page), reads on the engine thread, drops an answer that a newer reload has
/// overtaken (typing fast never shows stale rows), and swaps the rows in one model reset.
/// Its services are properties set where it is made (`bridge: EngineBridge` in QML): until
/// the bridge is set the model reads nothing and stays empty.
class StoreListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Where the rows are read (the EngineBridge singleton in QML).
    Q_PROPERTY(yk::app::EngineBridge* bridge READ bridge WRITE setBridge NOTIFY bridgeChanged)
    /// Who is signed in (the Session singleton in QML), for rows that depend on the user or
    /// organisation; without it those show what needs no account.
    Q_PROPERTY(yk::app::SessionManager* sessionManager READ sessionManager WRITE setSessionManager NOTIFY
            sessionManagerChanged)
public:
    explicit StoreListModel(QObject* parent = nullptr);

    EngineBridge* bridge() const { return m_bridge; }
    void setBridge(EngineBridge* bridge);
    SessionManager* sessionManager() const { return m_sessionManager; }
    void setSessionManager(SessionManager* sessionManager);

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : count(); }
    virtual int count() const = 0;
    /// Reads the rows again (the model also does on its own).
    Q_INVOKABLE virtual void reload() = 0;
    /// One row as { roleName: value } (for QML that needs a row outside a delegate).
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();
    void bridgeChanged();
    void sessionManagerChanged();
    /// A reload finished, with its rows in place.
    void reloaded();

protected:
    /// Runs `read` on the engine thread; if no newer fetch started meanwhile, its rows replace
    /// `rows` (a member of the subclass) and `after` runs before the signals.
    template <typename Row>
    void fetch(std::vector<Row>& rows, std::function<std::vector<Row>(DeviceContext&)> read,
        std::function<void()> after = {})
    {
        if (m_bridge == nullptr)
            return;
        const quint64 generation = ++m_generation;
        m_bridge->run<std::vector<Row>>(this, std::move(read),
            [this, &rows, generation, after = std::move(after)](std::vector<Row> fresh) {
                if (generation != m_generation)
                    return;
                beginResetModel();
                rows = std::move(fresh);
                endResetModel();
                if (after)
                    after();
                Q_EMIT countChanged();
                Q_EMIT reloaded();
            });
    }

    /// The signed-in user's and organisation's ids (empty without a session manager).
    std::string userId() const;
    std::string organisationId() const;

private:
    /// Reads again once construction (and QML's property assignments) is over; before that,
    /// the queued first reload will.
    void reloadWhenStarted();

    QPointer<EngineBridge> m_bridge;
    QPointer<SessionManager> m_sessionManager;
    bool m_started = false;
    quint64 m_generation = 0;
};

/// A StoreListModel over one seminar session's records (the roster, the door's log):
/// setting `sessionId` reads them again.
class SessionScopedModel : public StoreListModel {
    Q_OBJECT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
public:
    using StoreListModel::StoreListModel;

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString& id);

Q_SIGNALS:
    void sessionIdChanged();

protected:
    /// The session to read; empty while none is set or no engine is there to read it.
    std::string sessionToRead() const;

private:
    QString m_sessionId;
};

} // namespace yk::app
