#include "app_settings.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include <atomic>

namespace yk::app {

namespace {
std::atomic<bool> g_japanese { true };
}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
    m_language = m_settings.value("language", "ja").toString() == "en" ? "en" : "ja";
    m_textScale = qBound(MinTextScale, m_settings.value("textScale", 1.0).toReal(), MaxTextScale);
    m_formFactor = m_settings.value("formFactor", "tablet").toString();
    m_kioskIdleSeconds = qBound(MinKioskIdleSeconds,
        m_settings.value("kiosk/idleSeconds", DefaultKioskIdleSeconds).toInt(), MaxKioskIdleSeconds);
    m_kioskWarningSeconds = qBound(MinKioskWarningSeconds,
        m_settings.value("kiosk/warningSeconds", DefaultKioskWarningSeconds).toInt(), MaxKioskWarningSeconds);
    m_kioskSessionId = m_settings.value("kiosk/sessionId").toString();
    g_japanese = m_language == "ja";
}

void AppSettings::setLanguage(const QString& language)
{
    const QString value = language == "en" ? "en" : "ja";
    if (value == m_language)
        return;
    m_language = value;
    g_japanese = m_language == "ja";
    m_settings.setValue("language", m_language);
    if (m_engine != nullptr)
        applyLanguage(m_engine);
    Q_EMIT languageChanged();
}

void AppSettings::setTextScale(qreal scale)
{
    scale = qBound(MinTextScale, scale, MaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    m_settings.setValue("textScale", m_textScale);
    Q_EMIT textScaleChanged();
}

void AppSettings::setFormFactor(const QString& formFactor)
{
    if (formFactor == m_formFactor
        || (formFactor != "tablet" && formFactor != "phone" && formFactor != "kiosk"))
        return;
    m_formFactor = formFactor;
    Q_EMIT formFactorChanged();
}

void AppSettings::setKioskIdleSeconds(int seconds)
{
    seconds = qBound(MinKioskIdleSeconds, seconds, MaxKioskIdleSeconds);
    if (seconds == m_kioskIdleSeconds)
        return;
    m_kioskIdleSeconds = seconds;
    m_settings.setValue("kiosk/idleSeconds", seconds);
    Q_EMIT kioskChanged();
}

void AppSettings::setKioskWarningSeconds(int seconds)
{
    seconds = qBound(MinKioskWarningSeconds, seconds, MaxKioskWarningSeconds);
    if (seconds == m_kioskWarningSeconds)
        return;
    m_kioskWarningSeconds = seconds;
    m_settings.setValue("kiosk/warningSeconds", seconds);
    Q_EMIT kioskChanged();
}

void AppSettings::overrideTextScale(qreal scale)
{
    m_textScale = qBound(MinTextScale, scale, MaxTextScale);
    Q_EMIT textScaleChanged();
}

bool AppSettings::onScreenKeyboard()
{
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
}

void AppSettings::setKioskSessionId(const QString& sessionId)
{
    if (sessionId == m_kioskSessionId)
        return;
    m_kioskSessionId = sessionId;
    m_settings.setValue("kiosk/sessionId", sessionId);
    Q_EMIT kioskChanged();
}

void AppSettings::applyLanguage(QQmlEngine* engine)
{
    m_engine = engine;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // The source strings are English; Japanese comes from yokoten_ja.qm. yokoten_en.qm is
    // loaded too so that an English build can carry wording fixes without code changes.
    if (m_translator->load(QStringLiteral(":/i18n/yokoten_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(m_translator.get());
    if (engine != nullptr)
        engine->retranslate();
}

bool AppSettings::japanese()
{
    return g_japanese;
}

QString AppSettings::pick(std::string_view ja, std::string_view en)
{
    const std::string_view text = japanese() && !ja.empty() ? ja : en;
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace yk::app
