#include "consultation_controller.h"

#include "app_settings.h"
#include "chosen_file.h"
#include "consultation_record.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"

#include "engine/local_attachments.h"
#include "engine/mutations.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/record.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <set>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString eventText(int kind)
{
    switch (kind) {
    case CONSULTATION_EVENT_KIND_OPENED:
        return QCoreApplication::translate("ConsultationController", "Received");
    case CONSULTATION_EVENT_KIND_REPLIED:
        return QCoreApplication::translate("ConsultationController", "Replied");
    case CONSULTATION_EVENT_KIND_REFERRED:
        return QCoreApplication::translate("ConsultationController", "Referred");
    case CONSULTATION_EVENT_KIND_FOLLOW_UP_SET:
        return QCoreApplication::translate("ConsultationController", "Follow-up date");
    case CONSULTATION_EVENT_KIND_LINKED:
        return QCoreApplication::translate("ConsultationController", "Records linked");
    case CONSULTATION_EVENT_KIND_CLOSED:
        return QCoreApplication::translate("ConsultationController", "Closed");
    default:
        return {};
    }
}

QString kindText(const QString& kind)
{
    if (kind == QLatin1String("case"))
        return QCoreApplication::translate("ConsultationController", "Case");
    if (kind == QLatin1String("model"))
        return QCoreApplication::translate("ConsultationController", "Device");
    if (kind == QLatin1String("session"))
        return QCoreApplication::translate("ConsultationController", "Seminar");
    return QCoreApplication::translate("ConsultationController", "Loan");
}

struct Names {
    store::Store& store;
    std::map<std::string, std::string> seminarTitle;

    QString title(const QString& kind, const std::string& id)
    {
        auto& records = store.records();
        if (kind == QLatin1String("case")) {
            auto found = store.cases().find(id);
            return found && *found ? qs((*found)->title()) : QString();
        }
        if (kind == QLatin1String("model")) {
            auto found = records.find<EquipmentModel>(id);
            return found && *found ? qs((*found)->name()) : QString();
        }
        if (kind == QLatin1String("session")) {
            auto found = records.find<SeminarSession>(id);
            if (!found || !*found)
                return {};
            auto seminar = records.find<Seminar>((*found)->seminar_id());
            const QString name = seminar && *seminar ? qs((*seminar)->title()) : QString();
            return name + QStringLiteral(" · ")
                + formatDate(toDateTime((*found)->starts_at()).toTimeZone(japanTime()).date());
        }
        auto found = records.find<LoanRequest>(id);
        if (!found || !*found)
            return {};
        auto model = records.find<EquipmentModel>((*found)->model_id());
        return (model && *model ? qs((*model)->name()) : QString()) + QStringLiteral(" · ")
            + formatWireDate((*found)->from_date());
    }
};

QVariantMap link(Names& names, const QString& kind, const std::string& id, bool linked)
{
    return { { QStringLiteral("kind"), kind }, { QStringLiteral("kindText"), kindText(kind) },
        { QStringLiteral("id"), qs(id) }, { QStringLiteral("title"), names.title(kind, id) },
        { QStringLiteral("linked"), linked } };
}

sync::ConsultationLinks linksOf(const Consultation& c)
{
    sync::ConsultationLinks links;
    links.caseIds.assign(c.case_ids().begin(), c.case_ids().end());
    links.modelIds.assign(c.model_ids().begin(), c.model_ids().end());
    links.sessionIds.assign(c.session_ids().begin(), c.session_ids().end());
    links.loanIds.assign(c.loan_ids().begin(), c.loan_ids().end());
    return links;
}

} // namespace

QVariantMap readConsultationDetails(DeviceContext& context, const std::string& consultationId)
{
    QVariantMap d;
    if (context.store == nullptr || consultationId.empty())
        return d;
    auto& records = context.store->records();
    auto found = records.find<Consultation>(consultationId);
    if (!found || !*found)
        return d;
    const Consultation& c = **found;
    d[QStringLiteral("loaded")] = true;
    d[QStringLiteral("organisationId")] = qs(c.organisation_id());
    QString facility;
    int prefecture = c.prefecture_code();
    if (auto org = records.find<Organisation>(c.organisation_id()); org && *org) {
        facility = qs((*org)->name());
        prefecture = prefecture != 0 ? prefecture : (*org)->prefecture_code();
    }
    d[QStringLiteral("facility")] = facility;
    d[QStringLiteral("topicText")] = consultationTopicText(c.topic());
    d[QStringLiteral("channelText")] = consultationChannelText(c.channel());
    d[QStringLiteral("state")] = c.state();
    bool pending = false;
    const QString syncText = syncStateText(context, RECORD_KIND_CONSULTATION, c.id(), &pending);
    d[QStringLiteral("stateText")] = consultationStateText(c.state());
    d[QStringLiteral("syncText")] = syncText;
    d[QStringLiteral("closed")] = c.state() == CONSULTATION_STATE_CLOSED;
    d[QStringLiteral("openedText")] = formatDateTime(toDateTime(c.opened_at()));
    d[QStringLiteral("question")] = qs(c.question());
    d[QStringLiteral("contact")] = qs(c.contact_preference());
    d[QStringLiteral("followUpDate")] = qs(c.follow_up_date());
    QStringList attachments;
    for (const auto& a : c.attachments())
        attachments << qs(a.file_name());
    d[QStringLiteral("attachments")] = attachments;
    d[QStringLiteral("followUpText")] = formatWireDate(c.follow_up_date());

    QVariantList messages;
    for (const auto& m : c.messages()) {
        const QDateTime at = toDateTime(m.written_at());
        const QString author = m.author_name().empty()
            ? QCoreApplication::translate("ConsultationController", "You")
            : qs(m.author_name());
        messages.push_back(QVariantMap { { QStringLiteral("author"), author },
            { QStringLiteral("fromCentre"), m.from_centre() },
            { QStringLiteral("whenText"),
                at.isValid() ? formatDateTime(at)
                             : QCoreApplication::translate("ConsultationController", "Waiting to send") },
            { QStringLiteral("pending"), !at.isValid() }, { QStringLiteral("text"), qs(m.text()) } });
    }
    d[QStringLiteral("messages")] = messages;

    QVariantList events;
    for (const auto& e : c.events())
        events.push_back(QVariantMap { { QStringLiteral("text"), eventText(e.kind()) },
            { QStringLiteral("by"), qs(e.by_name()) }, { QStringLiteral("detail"), qs(e.detail()) },
            { QStringLiteral("whenText"), formatDateTime(toDateTime(e.at())) } });
    d[QStringLiteral("events")] = events;

    QVariantList referrals;
    for (const auto& r : c.referrals()) {
        const QDateTime at = toDateTime(r.referred_at());
        referrals.push_back(QVariantMap { { QStringLiteral("partner"), qs(r.partner()) },
            { QStringLiteral("note"), qs(r.note()) },
            { QStringLiteral("whenText"),
                at.isValid() ? formatDateTime(at)
                             : QCoreApplication::translate("ConsultationController", "Waiting to send") } });
    }
    d[QStringLiteral("referrals")] = referrals;

    // The partners of the centre of the facility's prefecture, in the centre's order.
    QStringList partners;
    if (auto organisations = records.all<Organisation>())
        for (const auto& o : *organisations)
            if (o.kind() == ORGANISATION_KIND_CENTRE && o.prefecture_code() == prefecture)
                for (const auto& p : o.referral_partners())
                    partners.push_back(qs(p));
    d[QStringLiteral("partners")] = partners;

    Names names { *context.store, {} };
    QVariantList links;
    std::set<std::string> linked;
    for (const auto& id : c.case_ids())
        links.push_back(link(names, QStringLiteral("case"), id, true)), linked.insert(id);
    for (const auto& id : c.model_ids())
        links.push_back(link(names, QStringLiteral("model"), id, true)), linked.insert(id);
    for (const auto& id : c.session_ids())
        links.push_back(link(names, QStringLiteral("session"), id, true)), linked.insert(id);
    for (const auto& id : c.loan_ids())
        links.push_back(link(names, QStringLiteral("loan"), id, true)), linked.insert(id);
    d[QStringLiteral("links")] = links;

    // What could be linked: the facility's loans and their models, the sessions it signed up for.
    QVariantList candidates;
    if (auto loans = records.loansRequestedBy(c.organisation_id()))
        for (const auto& l : *loans) {
            if (!linked.count(l.id()))
                candidates.push_back(link(names, QStringLiteral("loan"), l.id(), false));
            if (!linked.count(l.model_id()))
                candidates.push_back(link(names, QStringLiteral("model"), l.model_id(), false)),
                    linked.insert(l.model_id());
        }
    if (auto sessions = records.all<SeminarSession>())
        for (const auto& s : *sessions) {
            if (linked.count(s.id()))
                continue;
            auto registrations = records.registrationsOfSession(s.id());
            if (registrations
                && std::any_of(registrations->begin(), registrations->end(),
                    [&](const Registration& r) { return r.organisation_id() == c.organisation_id(); }))
                candidates.push_back(link(names, QStringLiteral("session"), s.id(), false));
        }
    d[QStringLiteral("linkCandidates")] = candidates;
    return d;
}

ConsultationController::ConsultationController(QObject* parent)
    : StoreController(parent)
    , m_outputDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("certificates")))
{
}

void ConsultationController::setConsultationId(const QString& id)
{
    if (id == m_consultationId)
        return;
    m_consultationId = id;
    Q_EMIT consultationIdChanged();
    reload();
}

void ConsultationController::setOutputDirectory(const QString& directory)
{
    if (directory == m_outputDirectory)
        return;
    m_outputDirectory = directory;
    Q_EMIT outputDirectoryChanged();
}

QStringList ConsultationController::attachmentNames() const
{
    QStringList names;
    for (const auto& a : m_attachments)
        names << qs(a.file_name());
    return names;
}

void ConsultationController::addAttachment(const QString& filePath)
{
    if (bridge() == nullptr || m_busy)
        return;
    setBusy(true);
    const bool reading
        = addChosenFile(bridge(), this, filePath, [this](const QString& error, const AttachmentRef& ref) {
              setBusy(false);
              setError(error);
              if (!error.isEmpty())
                  return;
              m_attachments.push_back(ref);
              Q_EMIT attachmentsChanged();
          });
    if (!reading) {
        setBusy(false);
        setError(tr("Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached."));
    }
}

void ConsultationController::removeAttachment(int index)
{
    if (index < 0 || index >= static_cast<int>(m_attachments.size()))
        return;
    m_attachments.erase(m_attachments.begin() + index);
    Q_EMIT attachmentsChanged();
}

void ConsultationController::reload()
{
    if (bridge() == nullptr || m_consultationId.isEmpty())
        return;
    const std::string id = m_consultationId.toStdString();
    bridge()->run<QVariantMap>(
        this, [id](DeviceContext& context) { return readConsultationDetails(context, id); },
        [this, id](const QVariantMap& details) {
            if (id != m_consultationId.toStdString())
                return;
            m_details = details;
            Q_EMIT detailsChanged();
        });
}

void ConsultationController::open(
    const QString& organisationId, int topic, int channel, const QString& question, const QString& contact)
{
    if (organisationId.isEmpty()) {
        setError(tr("Choose the facility."));
        return;
    }
    if (!ConsultationTopic_IsValid(topic) || topic == CONSULTATION_TOPIC_UNSPECIFIED) {
        setError(tr("Choose what the consultation is about."));
        return;
    }
    if (!ConsultationChannel_IsValid(channel) || channel == CONSULTATION_CHANNEL_UNSPECIFIED) {
        setError(tr("Choose how the consultation came in."));
        return;
    }
    if (question.trimmed().isEmpty()) {
        setError(tr("Please write the question."));
        return;
    }
    if (m_busy)
        return;
    Consultation draft;
    draft.set_organisation_id(organisationId.toStdString());
    draft.set_topic(static_cast<ConsultationTopic>(topic));
    draft.set_channel(static_cast<ConsultationChannel>(channel));
    draft.set_question(question.trimmed().toStdString());
    draft.set_contact_preference(contact.trimmed().toStdString());
    for (const auto& a : m_attachments)
        *draft.add_attachments() = a;
    Mutation m = sync::makeOpenConsultation(std::move(draft));
    const QString id = qs(m.open_consultation().consultation().id());
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        setBusy(false);
        setError(error);
        if (!error.isEmpty())
            return;
        m_attachments.clear();
        Q_EMIT attachmentsChanged();
        setConsultationId(id);
        Q_EMIT opened(id);
    });
}

void ConsultationController::reply(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        setError(tr("Please write the reply."));
        return;
    }
    queue(QStringLiteral("reply"),
        sync::makeReplyConsultation(m_consultationId.toStdString(), text.trimmed().toStdString()), true);
}

void ConsultationController::refer(const QString& partner, const QString& note)
{
    if (partner.trimmed().isEmpty()) {
        setError(tr("Choose or write where the consultation is referred to."));
        return;
    }
    queue(QStringLiteral("refer"),
        sync::makeReferConsultation(
            m_consultationId.toStdString(), partner.trimmed().toStdString(), note.trimmed().toStdString()),
        true);
}

void ConsultationController::setFollowUp(const QString& isoDate)
{
    if (!isoDate.isEmpty() && !QDate::fromString(isoDate, Qt::ISODate).isValid()) {
        setError(tr("The date could not be read."));
        return;
    }
    queue(QStringLiteral("followUp"),
        sync::makeSetConsultationFollowUp(m_consultationId.toStdString(), isoDate.toStdString()), true);
}

void ConsultationController::toggleLink(const QString& kind, const QString& id)
{
    if (m_busy || bridge() == nullptr || m_consultationId.isEmpty() || id.isEmpty())
        return;
    // The links are replaced as a whole: read the stored ones first (engine thread).
    const std::string consultationId = m_consultationId.toStdString();
    const std::string target = id.toStdString();
    setBusy(true);
    bridge()->run<std::optional<Mutation>>(
        this,
        [=](DeviceContext& context) -> std::optional<Mutation> {
            if (context.store == nullptr)
                return std::nullopt;
            auto found = context.store->records().find<Consultation>(consultationId);
            if (!found || !*found)
                return std::nullopt;
            sync::ConsultationLinks links = linksOf(**found);
            auto& list = kind == QLatin1String("case") ? links.caseIds
                : kind == QLatin1String("model")       ? links.modelIds
                : kind == QLatin1String("session")     ? links.sessionIds
                                                       : links.loanIds;
            if (auto at = std::find(list.begin(), list.end(), target); at != list.end())
                list.erase(at);
            else
                list.push_back(target);
            return sync::makeLinkConsultation(consultationId, links);
        },
        [this](std::optional<Mutation> m) {
            setBusy(false);
            if (!m) {
                setError(tr("This consultation is not on this device."));
                return;
            }
            queue(QStringLiteral("link"), std::move(*m), true);
        });
}

void ConsultationController::close(const QString& note)
{
    queue(QStringLiteral("close"),
        sync::makeCloseConsultation(m_consultationId.toStdString(), note.trimmed().toStdString()), true);
}

void ConsultationController::queue(const QString& what, Mutation mutation, bool needsOpen)
{
    if (m_consultationId.isEmpty() || m_busy)
        return;
    setBusy(true);
    setError({});
    const std::string id = m_consultationId.toStdString();
    auto check = [id, needsOpen](DeviceContext& context) -> QString {
        auto found = context.store->records().find<Consultation>(id);
        if (!found || !*found)
            return QCoreApplication::translate(
                "ConsultationController", "This consultation is not on this device.");
        if (needsOpen && (*found)->state() == CONSULTATION_STATE_CLOSED)
            return QCoreApplication::translate("ConsultationController", "This consultation is closed.");
        return {};
    };
    queueMutation(
        bridge(), this, std::move(mutation),
        [this, what](const QString& error) {
            setBusy(false);
            setError(error);
            if (error.isEmpty())
                Q_EMIT queued(what);
        },
        std::move(check));
}

void ConsultationController::writeRecord()
{
    if (bridge() == nullptr || m_consultationId.isEmpty() || m_busy)
        return;
    setBusy(true);
    setError({});
    const std::string id = m_consultationId.toStdString();
    const QString directory = m_outputDirectory;
    struct Written {
        QString path;
        QString error;
    };
    bridge()->run<Written>(
        this,
        [id, directory](DeviceContext& context) -> Written {
            if (context.store == nullptr)
                return { {}, QCoreApplication::translate("MutationQueue", "The store is not open.") };
            auto content = ConsultationRecord::read(*context.store, id, QDateTime::currentDateTimeUtc());
            if (!content)
                return { {},
                    QCoreApplication::translate(
                        "ConsultationController", "This consultation is not on this device.") };
            const QString path = QDir(directory).filePath(ConsultationRecord::fileName(*content));
            if (QString error = ConsultationRecord::write(*content, path); !error.isEmpty())
                return { {}, error };
            return { path, {} };
        },
        [this](const Written& result) {
            setBusy(false);
            if (!result.error.isEmpty()) {
                setError(result.error);
                return;
            }
            Q_EMIT recordWritten(result.path);
        });
}

void ConsultationController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ConsultationController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
