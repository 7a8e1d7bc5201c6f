#include "seminar_controller.h"
#include "engine/mutations.h"

#include "app_settings.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "session_manager.h"
#include "sync_status.h"

#include "engine/sync_engine.h"
#include "storage/cipher.h"

#include <QTimeZone>
#include <google/protobuf/util/time_util.h>

namespace yk::app {

using namespace yokoten::v1;

SeminarController::SeminarController(QObject* parent)
    : StoreController(parent)
{
}

void SeminarController::setSessionId(const QString& id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    Q_EMIT sessionIdChanged();
    reload();
}

void SeminarController::reload()
{
    if (bridge() == nullptr || m_sessionId.isEmpty())
        return;
    const std::string id = m_sessionId.toStdString();
    const std::string userId = this->userId();
    bridge()->run<std::vector<SeminarSessionInfo>>(
        this, [=](DeviceContext& context) { return readSeminarSessions(context, userId, id); },
        [this](std::vector<SeminarSessionInfo> rows) {
            m_loaded = !rows.empty();
            if (m_loaded)
                m_info = rows.front();
            Q_EMIT changed();
        });
}

QString SeminarController::whenText() const
{
    QString text = formatDateTime(m_info.startsAt);
    if (m_info.endsAt.isValid())
        text += QStringLiteral(" – ")
            + m_info.endsAt.toTimeZone(japanTime()).time().toString(QStringLiteral("HH:mm"));
    return text;
}

QString SeminarController::venue() const
{
    return m_info.venue.isEmpty() ? tr("Online") : m_info.venue;
}

QString SeminarController::deadlineText() const
{
    return formatDateTime(m_info.deadline);
}

bool SeminarController::deadlinePassed() const
{
    return m_info.deadlinePassed(QDateTime::currentDateTime());
}

QString SeminarController::registrationText() const
{
    if (!signedUp())
        return {};
    if (m_info.registrationPending && m_info.registrationStatus == REGISTRATION_STATUS_PENDING)
        return registrationStatusText(REGISTRATION_STATUS_PENDING, 0);
    QString text = registrationStatusText(m_info.registrationStatus, m_info.waitlistPosition);
    if (!m_info.registrationSyncText.isEmpty() && !m_info.registrationPending)
        text += QStringLiteral(" — ") + m_info.registrationSyncText;
    return text;
}

bool SeminarController::canSignUp() const
{
    return m_loaded && !signedUp() && !m_info.cancelled && !deadlinePassed();
}

void SeminarController::signUp(const QString& attendeeName)
{
    if (!canSignUp()) {
        setError(deadlinePassed() ? tr("The sign-up deadline has passed.")
                                  : tr("You cannot sign up for this session."));
        return;
    }
    sync::SignUpDetails details;
    details.sessionId = m_sessionId.toStdString();
    const SessionManager* session = sessionManager();
    if (session != nullptr) {
        details.userId = session->userId().toStdString();
        details.organisationId = session->organisationId().toStdString();
        details.attendeeOrganisation = session->organisationName().toStdString();
    }
    const QString name = attendeeName.trimmed().isEmpty() && session != nullptr ? session->userName()
                                                                                : attendeeName.trimmed();
    details.attendeeName = name.toStdString();
    queue(sync::makeSignUp(details));
}

void SeminarController::signUpAs(const QString& name, const QString& organisation, const QString& email)
{
    if (!canSignUp()) {
        setError(deadlinePassed() ? tr("The sign-up deadline has passed.")
                                  : tr("You cannot sign up for this session."));
        return;
    }
    if (name.trimmed().isEmpty() || email.trimmed().isEmpty()) {
        setError(tr("Please register your name and e-mail address first."));
        return;
    }
    sync::SignUpDetails details;
    details.sessionId = m_sessionId.toStdString();
    details.attendeeName = name.trimmed().toStdString();
    details.attendeeOrganisation = organisation.trimmed().toStdString();
    details.attendeeEmail = email.trimmed().toStdString();
    queue(sync::makeSignUp(details));
}

void SeminarController::cancelRegistration(const QString& registrationId)
{
    if (registrationId.isEmpty())
        return;
    Mutation m;
    m.mutable_cancel_registration()->set_registration_id(registrationId.toStdString());
    queue(std::move(m));
}

void SeminarController::queue(Mutation mutation)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    queueMutation(bridge(), this, std::move(mutation), [this](const QString& error) {
        m_busy = false;
        Q_EMIT busyChanged();
        setError(error);
        if (error.isEmpty())
            Q_EMIT queued();
    });
}

void SeminarController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
