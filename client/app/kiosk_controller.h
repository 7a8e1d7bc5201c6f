#pragma once

#include "app_settings.h"
#include "store_controller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/visitor.pb.h"

namespace yk::app {

/// The exhibition kiosk (展示会端末): which exhibition it records for, the idle timer that
/// takes a walked-away visitor's screen back to the start, the three visitor entries (visit,
/// trial-loan wish, questionnaire) queued offline as write-only VisitorEntry mutations, and
/// the attendant PIN that is the only way out.
///
/// The visitor's fields live in the QML pages; on `idleReset` the kiosk shell destroys them,
/// so nothing a visitor typed survives the reset. After sending, the sync engine purges each
/// acknowledged entry from the store (docs/security.md, "Kiosks").
class KioskController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    /// The kiosk's settings (the Settings singleton in QML): idle time, chosen exhibition and
    /// the attendant's PIN. Without them the kiosk runs on defaults and has no PIN.
    Q_PROPERTY(yk::app::AppSettings* settings READ settings WRITE setSettings NOTIFY settingsChanged)
    /// Seconds without a touch before the start screen returns (from Settings; tests may set 1+).
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    /// Counting only while a visitor is inside a flow (not on the start screen).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    /// The last seconds before the reset, when the countdown is shown.
    Q_PROPERTY(bool warning READ warning NOTIFY secondsLeftChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY exhibitionChanged)
    Q_PROPERTY(QString exhibitionTitle READ exhibitionTitle NOTIFY exhibitionChanged)
    Q_PROPERTY(QString exhibitionWhen READ exhibitionWhen NOTIFY exhibitionChanged)
    Q_PROPERTY(QString exhibitionVenue READ exhibitionVenue NOTIFY exhibitionChanged)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY exhibitionChanged)
    /// The equipment areas the exhibition shows (empty: all); the loan flow offers their models.
    Q_PROPERTY(QList<int> exhibitionAreas READ exhibitionAreas NOTIFY exhibitionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool attendantUnlocked READ attendantUnlocked NOTIFY attendantChanged)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY attendantChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY attendantChanged)
public:
    /// The countdown's length unless the settings say otherwise.
    static constexpr int WarningSeconds = 30;

    explicit KioskController(QObject* parent = nullptr);

    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    bool active() const { return m_active; }
    void setActive(bool active);
    int secondsLeft() const { return m_secondsLeft; }
    bool warning() const { return m_active && m_secondsLeft <= qMin(m_warningSeconds, m_idleSeconds / 2); }
    QString sessionId() const { return m_sessionId; }
    QString exhibitionTitle() const { return m_title; }
    QString exhibitionWhen() const { return m_when; }
    QString exhibitionVenue() const { return m_venue; }
    QVariantList sessions() const { return m_sessions; }
    QList<int> exhibitionAreas() const { return m_areas; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool attendantUnlocked() const { return m_attendantUnlocked; }
    bool pinSet() const;
    AppSettings* settings() const { return m_settings; }
    void setSettings(AppSettings* settings);
    QString pinMessage() const { return m_pinMessage; }

    /// A touch: the idle countdown starts again.
    Q_INVOKABLE void touch();
    /// { name, organisation, email, phone, facilityType, interests: [EquipmentArea] }
    Q_INVOKABLE void submitVisit(const QVariantMap& form);
    /// { name, organisation, email, phone, facilityType, modelId, from, to } (dates YYYY-MM-DD)
    Q_INVOKABLE void submitLoanWish(const QVariantMap& form);
    /// { organisation, facilityType, answers: { questionId: { choices, text } } }
    Q_INVOKABLE void submitQuestionnaire(const QVariantMap& form);
    Q_INVOKABLE void clearError();

    /// The attendant's PIN: true when it opens the attendant panel.
    Q_INVOKABLE bool unlockAttendant(const QString& pin);
    Q_INVOKABLE void lockAttendant();
    /// Sets the PIN (first set-up, or changed from the unlocked panel).
    Q_INVOKABLE bool setAttendantPin(const QString& pin);
    /// Records visits for this session from now on (attendant panel).
    Q_INVOKABLE void chooseSession(const QString& sessionId);
    /// Leaves kiosk mode: quits the app (the kiosk service does not restart a clean exit).
    Q_INVOKABLE void leaveKiosk();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void settingsChanged();
    void idleSecondsChanged();
    void activeChanged();
    void secondsLeftChanged();
    /// The idle time ran out: the shell goes back to the start screen and drops every field.
    void idleReset();
    void exhibitionChanged();
    void busyChanged();
    void errorTextChanged();
    void attendantChanged();
    /// An entry was queued (it waits in the outbox until the server has it).
    void submitted(const QString& kind);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }
    /// Any press, touch or key anywhere in the app counts as the visitor still being there.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();
    void setError(const QString& text);
    void queueEntry(yokoten::v1::VisitorEntry entry, const QString& kind);

    platform::AttendantPin* attendantPin() const;

    QPointer<AppSettings> m_settings;
    QTimer m_timer;
    int m_idleSeconds = 120;
    int m_warningSeconds = WarningSeconds;
    int m_secondsLeft = 60;
    bool m_active = false;
    QString m_sessionId;
    QString m_title;
    QString m_when;
    QString m_venue;
    QVariantList m_sessions;
    QList<int> m_areas;
    bool m_busy = false;
    QString m_errorText;
    bool m_attendantUnlocked = false;
    QString m_pinMessage;
};

} // namespace yk::app
