#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <string_view>

class QQmlEngine;

namespace yk::platform {
class AttendantPin;
}

namespace yk::app {

/// The person's choices that outlive a session: language (Japanese first), text size and
/// the layout (tablet, kiosk, phone). Stored in an INI file in the app's data folder.
class AppSettings : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QString formFactor READ formFactor WRITE setFormFactor NOTIFY formFactorChanged)
    Q_PROPERTY(int kioskIdleSeconds READ kioskIdleSeconds WRITE setKioskIdleSeconds NOTIFY kioskChanged)
    /// The last seconds of the idle time, in which the kiosk shows its "still there?" countdown.
    Q_PROPERTY(
        int kioskWarningSeconds READ kioskWarningSeconds WRITE setKioskWarningSeconds NOTIFY kioskChanged)
    /// The on-screen keyboard is there (the kiosk: QT_IM_MODULE=qtvirtualkeyboard).
    Q_PROPERTY(bool onScreenKeyboard READ onScreenKeyboard CONSTANT)
    Q_PROPERTY(QString kioskSessionId READ kioskSessionId WRITE setKioskSessionId NOTIFY kioskChanged)
public:
    static constexpr int MinKioskIdleSeconds = 20;
    static constexpr int MaxKioskIdleSeconds = 600;
    /// An older visitor reading thirteen device names needs time: 90 s quiet, then 30 s to
    /// answer "still there?" (issue 20, point 14); both settable by the attendant.
    static constexpr int DefaultKioskIdleSeconds = 120;
    static constexpr int DefaultKioskWarningSeconds = 30;
    static constexpr int MinKioskWarningSeconds = 10;
    static constexpr int MaxKioskWarningSeconds = 120;

    static constexpr qreal MinTextScale = 0.9;
    static constexpr qreal MaxTextScale = 1.6;

    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    QString formFactor() const { return m_formFactor; }
    void setFormFactor(const QString& formFactor);
    /// A kiosk returns to its start screen after this long without a touch (default 60 s).
    int kioskIdleSeconds() const { return m_kioskIdleSeconds; }
    int kioskWarningSeconds() const { return m_kioskWarningSeconds; }
    void setKioskWarningSeconds(int seconds);
    static bool onScreenKeyboard();
    /// The text size for this run only, not saved (--largest-text).
    void overrideTextScale(qreal scale);
    void setKioskIdleSeconds(int seconds);
    /// The exhibition session a kiosk records visits for; empty = the next exhibition.
    QString kioskSessionId() const { return m_kioskSessionId; }
    /// Where a kiosk keeps its attendant's PIN (kiosk form factor only; null elsewhere). Not
    /// owned: main() builds it next to the settings.
    platform::AttendantPin* attendantPin() const { return m_attendantPin; }
    void setAttendantPin(platform::AttendantPin* pin) { m_attendantPin = pin; }
    void setKioskSessionId(const QString& sessionId);

    /// Installs the translator of the current language and retranslates `engine`.
    void applyLanguage(QQmlEngine* engine);

    /// The language of user-facing texts built in C++ (error messages): the one chosen here.
    static bool japanese();
    /// Picks the Japanese or English text of a message that carries both.
    static QString pick(std::string_view ja, std::string_view en);

Q_SIGNALS:
    void languageChanged();
    void textScaleChanged();
    void formFactorChanged();
    void kioskChanged();

private:
    QSettings m_settings;
    QString m_language;
    qreal m_textScale = 1.0;
    QString m_formFactor;
    int m_kioskIdleSeconds = DefaultKioskIdleSeconds;
    int m_kioskWarningSeconds = DefaultKioskWarningSeconds;
    QString m_kioskSessionId;
    platform::AttendantPin* m_attendantPin = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine* m_engine = nullptr;
};

} // namespace yk::app
