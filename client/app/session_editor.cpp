#include "session_editor.h"
#include "date_text.h"

#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"

#include "storage/cipher.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/seminar.pb.h"

#include <QDateTime>
#include <QTimeZone>

namespace yk::app {

namespace {

google::protobuf::Timestamp timestampOf(const QDateTime& time)
{
    google::protobuf::Timestamp t;
    t.set_seconds(time.toSecsSinceEpoch());
    return t;
}

} // namespace

SessionEditor::SessionEditor(QObject* parent)
    : StoreController(parent)
{
}

void SessionEditor::servicesChanged()
{
    if (bridge() == nullptr)
        return;
    bridge()->run<QVariantList>(
        this,
        [](DeviceContext& context) {
            QVariantList list;
            if (context.store == nullptr)
                return list;
            // The seminars to choose from: a prefecture's programme, small enough to read whole.
            if (auto seminars = context.store->records().all<yokoten::v1::Seminar>(); seminars)
                for (const auto& s : *seminars)
                    list.append(QVariantMap { { "id", qs(s.id()) }, { "title", qs(s.title()) } });
            return list;
        },
        [this](QVariantList list) {
            m_seminars = std::move(list);
            Q_EMIT seminarsChanged();
        });
}

void SessionEditor::create(const QString& seminarId, const QString& date, const QString& startTime,
    const QString& endTime, const QString& venue, const QString& address, int capacity,
    const QString& deadline)
{
    if (m_busy)
        return;
    const QTimeZone& japan = japanTime();
    const QDate day = DateText::parse(date, todayInJapan());
    const QDate lastDay = DateText::parse(deadline, todayInJapan());
    const QTime start = QTime::fromString(startTime.trimmed(), QStringLiteral("H:mm"));
    const QTime end = QTime::fromString(endTime.trimmed(), QStringLiteral("H:mm"));
    if (seminarId.isEmpty())
        return setError(tr("Choose the seminar."));
    if (!day.isValid() || !lastDay.isValid())
        return setError(tr("Enter the day and the sign-up deadline, e.g. 2027-01-10 or 1月10日."));
    if (!start.isValid() || !end.isValid())
        return setError(tr("Enter the times as HH:MM, e.g. 13:30."));
    if (end <= start)
        return setError(tr("The session ends before it starts."));
    const QDateTime startsAt(day, start, japan);
    if (startsAt <= QDateTime::currentDateTime())
        return setError(tr("The day is in the past."));
    if (lastDay > day)
        return setError(tr("The sign-up deadline is after the session."));
    if (capacity < 1 || capacity > 10000)
        return setError(tr("Enter the number of seats (1 to 10,000)."));
    if (venue.trimmed().isEmpty())
        return setError(tr("Enter the venue (or \"online\")."));

    yokoten::v1::Mutation m;
    auto* s = m.mutable_create_session()->mutable_session();
    s->set_id(storage::newUuid());
    s->set_seminar_id(seminarId.toStdString());
    *s->mutable_starts_at() = timestampOf(startsAt);
    *s->mutable_ends_at() = timestampOf(QDateTime(day, end, japan));
    *s->mutable_registration_deadline() = timestampOf(QDateTime(lastDay, QTime(17, 0), japan));
    s->set_venue_name(venue.trimmed().toStdString());
    s->set_venue_address(address.trimmed().toStdString());
    s->set_capacity(capacity);
    for (const auto& modelId : m_shownModelIds)
        s->add_shown_model_ids(modelId.toStdString());
    const QString id = qs(s->id());
    m_busy = true;
    Q_EMIT busyChanged();
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        m_busy = false;
        Q_EMIT busyChanged();
        setError(error);
        if (error.isEmpty())
            Q_EMIT created(id);
    });
}

void SessionEditor::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
