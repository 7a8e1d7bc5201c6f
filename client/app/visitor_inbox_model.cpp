#include "visitor_inbox_model.h"

#include "desk_counts.h"
#include "engine_bridge.h"
#include "questionnaire.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/record.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <map>
#include <memory>
#include <set>

namespace yk::app {

using namespace yokoten::v1;

struct VisitorInboxModel::Read {
    QVariantList sessions;
    AnswerTally exhibition;
    AnswerTally seminar;
};

VisitorInboxModel::VisitorInboxModel(QObject* parent)
    : SessionScopedModel(parent)
{
}

QString VisitorInboxModel::kindText(int kind)
{
    switch (kind) {
    case VISITOR_ENTRY_KIND_VISIT:
        return tr("Visit");
    case VISITOR_ENTRY_KIND_LOAN_REQUEST:
        return tr("Loan wish");
    case VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE:
        return tr("Exhibition questionnaire");
    case VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE:
        return tr("Seminar questionnaire");
    default:
        return {};
    }
}

QString VisitorInboxModel::outcomeText(const InboxRow& row)
{
    const QString facility = row.facilityName;
    QString text;
    switch (row.entry.outcome()) {
    case VISITOR_ENTRY_OUTCOME_LOAN_REQUEST:
        text = tr("Made a loan request for %1").arg(facility);
        break;
    case VISITOR_ENTRY_OUTCOME_CONSULTATION:
        text = tr("Made a consultation of %1").arg(facility);
        break;
    case VISITOR_ENTRY_OUTCOME_NOTED:
        text = facility.isEmpty() ? tr("Marked handled") : tr("Marked handled (%1)").arg(facility);
        break;
    default:
        return {};
    }
    if (row.pending)
        return text + QStringLiteral(" · ") + tr("Waiting to send");
    const QDateTime at = toDateTime(row.entry.handled_at());
    return at.isValid() ? text + QStringLiteral(" · ") + formatDateTime(at) : text;
}

QString VisitorInboxModel::firstId(bool loanWish) const
{
    for (const auto& row : m_rows)
        if (!loanWish || row.entry.kind() == VISITOR_ENTRY_KIND_LOAN_REQUEST)
            return qs(row.entry.id());
    return {};
}

QVariant VisitorInboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const VisitorEntry& e = row.entry;
    switch (role) {
    case EntryIdRole:
        return qs(e.id());
    case KindRole:
        return e.kind();
    case Qt::DisplayRole:
    case KindTextRole:
        return kindText(e.kind());
    case VisitorNameRole:
        return qs(e.visitor_name());
    case VisitorOrganisationRole:
        return qs(e.visitor_organisation());
    case ContactRole: {
        QStringList parts;
        for (const auto* part : { &e.visitor_email(), &e.visitor_phone() })
            if (!part->empty())
                parts << qs(*part);
        return parts.join(QStringLiteral(" · "));
    }
    case ModelNameRole:
        return row.modelName;
    case DatesTextRole:
        return e.from_date().empty()
            ? QString()
            : tr("%1 to %2").arg(formatWireDate(e.from_date()), formatWireDate(e.to_date()));
    case EnteredTextRole:
        return formatDateTime(toDateTime(e.entered_at()));
    case SessionTitleRole:
        return row.sessionTitle;
    case HandledRole:
        return e.outcome() != VISITOR_ENTRY_OUTCOME_UNSPECIFIED;
    case OutcomeTextRole:
        return outcomeText(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitorInboxModel::roleNames() const
{
    return {
        { EntryIdRole, "entryId" },
        { KindRole, "entryKind" },
        { KindTextRole, "kindText" },
        { VisitorNameRole, "visitorName" },
        { VisitorOrganisationRole, "visitorOrganisation" },
        { ContactRole, "contact" },
        { ModelNameRole, "modelName" },
        { DatesTextRole, "datesText" },
        { EnteredTextRole, "enteredText" },
        { SessionTitleRole, "sessionTitle" },
        { HandledRole, "handled" },
        { OutcomeTextRole, "outcomeText" },
    };
}

void VisitorInboxModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string session = sessionToRead();
    // The sessions and the tally come back with the rows (one read), through `extra`.
    auto extra = std::make_shared<Read>();
    fetch<InboxRow>(
        m_rows,
        [session, extra](DeviceContext& context) {
            std::vector<InboxRow> rows;
            if (context.store == nullptr)
                return rows;
            auto& records = context.store->records();
            auto all = records.visitorEntriesNewestFirst();
            if (!all)
                return rows;
            std::map<std::string, std::string> models;
            if (auto found = records.all<EquipmentModel>())
                for (const auto& m : *found)
                    models[m.id()] = m.name();
            std::map<std::string, QString> sessionTitles;
            const auto titleOf = [&](const std::string& id) -> QString {
                auto it = sessionTitles.find(id);
                if (it != sessionTitles.end())
                    return it->second;
                QString title;
                if (auto s = records.find<SeminarSession>(id); s && *s) {
                    if (auto seminar = records.find<Seminar>((*s)->seminar_id()); seminar && *seminar)
                        title = qs((*seminar)->title());
                    title += QStringLiteral(" · ")
                        + formatDate(toDateTime((*s)->starts_at()).toTimeZone(japanTime()).date());
                }
                return sessionTitles.emplace(id, title).first->second;
            };
            std::set<std::string> seen;
            std::vector<VisitorEntry> exhibition;
            std::vector<VisitorEntry> seminar;
            for (const auto& e : *all) {
                if (seen.insert(e.session_id()).second)
                    extra->sessions.push_back(QVariantMap { { QStringLiteral("id"), qs(e.session_id()) },
                        { QStringLiteral("title"), titleOf(e.session_id()) } });
                if (!session.empty() && e.session_id() != session)
                    continue;
                if (e.kind() == VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE)
                    exhibition.push_back(e);
                else if (e.kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE)
                    seminar.push_back(e);
                InboxRow row;
                row.entry = e;
                row.modelName = qs(models[e.model_id()]);
                row.sessionTitle = titleOf(e.session_id());
                if (!e.matched_org_id().empty())
                    if (auto org = records.find<Organisation>(e.matched_org_id()); org && *org)
                        row.facilityName = qs((*org)->name());
                syncStateText(context, RECORD_KIND_VISITOR_ENTRY, e.id(), &row.pending);
                rows.push_back(std::move(row));
            }
            extra->exhibition = tallyAnswers(exhibition);
            extra->seminar = tallyAnswers(seminar);
            return rows;
        },
        [this, extra] {
            m_sessions = extra->sessions;
            m_tally.clear();
            m_tallied = extra->exhibition.entries + extra->seminar.entries;
            // The questions' words come from the questionnaire definitions, in the app's language.
            for (const auto& [kind, tally] : { std::pair { QStringLiteral("exhibition"), &extra->exhibition },
                     std::pair { QStringLiteral("seminar"), &extra->seminar } }) {
                if (tally->entries == 0)
                    continue;
                Questionnaire questionnaire;
                questionnaire.setKind(kind);
                for (const QVariant& q : questionnaire.questions()) {
                    const QVariantMap question = q.toMap();
                    const std::string id = question.value(QStringLiteral("id")).toString().toStdString();
                    const int answered = tally->answered.count(id) ? tally->answered.at(id) : 0;
                    QVariantList bars;
                    const auto chosen = tally->chosen.find(id);
                    for (const QVariant& o : question.value(QStringLiteral("options")).toList()) {
                        const QVariantMap option = o.toMap();
                        const std::string optionId
                            = option.value(QStringLiteral("id")).toString().toStdString();
                        const int count = chosen != tally->chosen.end() && chosen->second.count(optionId)
                            ? chosen->second.at(optionId)
                            : 0;
                        bars.push_back(
                            QVariantMap { { QStringLiteral("label"), option.value(QStringLiteral("text")) },
                                { QStringLiteral("count"), count },
                                { QStringLiteral("share"), answered > 0 ? double(count) / answered : 0.0 } });
                    }
                    QStringList texts;
                    if (auto t = tally->texts.find(id); t != tally->texts.end())
                        for (const auto& text : t->second)
                            texts << qs(text);
                    m_tally.push_back(
                        QVariantMap { { QStringLiteral("question"), question.value(QStringLiteral("text")) },
                            { QStringLiteral("answered"), answered }, { QStringLiteral("bars"), bars },
                            { QStringLiteral("texts"), texts } });
                }
            }
        });
}

} // namespace yk::app
