#include "case_controller.h"

#include "app_settings.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "session_manager.h"
#include "sync_status.h"
#include "taxonomy.h"

#include "case_fields.h"
#include "engine/local_attachments.h"
#include "engine/sync_engine.h"
#include "storage/cipher.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/record.pb.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QUrl>
#include <google/protobuf/util/time_util.h>
#include <optional>

namespace yk::app {

using yokoten::v1::GoodPracticeCase;
using yokoten::v1::Mutation;
using yokoten::v1::PublicationScope;

namespace {

struct SectionName {
    const char* field;
    const char* title;
};
// The booklet's frame, in its order.
constexpr SectionName kSections[] = {
    { "sections.background", QT_TRANSLATE_NOOP("CaseController", "Background") },
    { "sections.purpose", QT_TRANSLATE_NOOP("CaseController", "Purpose") },
    { "sections.activities", QT_TRANSLATE_NOOP("CaseController", "What was done") },
    { "sections.effects", QT_TRANSLATE_NOOP("CaseController", "Effects") },
    { "sections.next_steps", QT_TRANSLATE_NOOP("CaseController", "Next steps") },
    { "sections.hurdles", QT_TRANSLATE_NOOP("CaseController", "Hurdles") },
    { "sections.solutions", QT_TRANSLATE_NOOP("CaseController", "Solutions") },
    { "sections.key_points", QT_TRANSLATE_NOOP("CaseController", "Key points") },
};

// A date as the figures carry it: 2024-03 or 2024-03-15 (also typed 2024/3, full width).
std::optional<QString> figureDate(const QString& typed)
{
    QString t = typed.normalized(QString::NormalizationForm_KC).trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-'));
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
    const auto match = shape.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (match.captured(3).isEmpty())
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    const QDate day(year, month, match.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day.toString(Qt::ISODate);
}

bool figureIsComplete(const yokoten::v1::MetricPair& m)
{
    return !m.source().empty() && !m.before_date().empty() && !m.after_date().empty();
}

google::protobuf::Timestamp now()
{
    return google::protobuf::util::TimeUtil::GetCurrentTime();
}

QString fieldLabel(const std::string& field)
{
    for (const auto& s : kSections)
        if (field == s.field)
            return QCoreApplication::translate("CaseController", s.title);
    if (field == "title")
        return QCoreApplication::translate("CaseController", "Title");
    if (field == "metrics")
        return QCoreApplication::translate("CaseController", "Measured effects");
    return QString::fromStdString(field);
}

/// What one side of a conflict says, as text.
QString conflictValueText(const std::string& field, const std::string& encoded)
{
    GoodPracticeCase c;
    proto::decodeCaseField(c, field, encoded);
    const std::string text = proto::encodeCaseField(c, field);
    if (field == "title" || field == "region" || field.starts_with("sections."))
        return qs(text);
    if (field == "metrics")
        return QCoreApplication::translate("CaseController", "%n measurement(s)", nullptr, c.metrics_size());
    return qs(text);
}

} // namespace

CaseController::CaseController(QObject* parent)
    : StoreController(parent)
{
}

void CaseController::recordsChanged()
{
    // Another device's change or a sync answer: show it, unless the person is editing.
    if (!dirty())
        reload();
}

void CaseController::servicesChanged()
{
    m_userId = QString::fromStdString(userId());
    m_organisationId = QString::fromStdString(organisationId());
    Q_EMIT changed();
    reload();
}

void CaseController::setCaseId(const QString& id)
{
    if (id == m_caseId)
        return;
    m_caseId = id;
    m_wholeText = WholeText::Held;
    Q_EMIT caseIdChanged();
    reload();
}

void CaseController::reload()
{
    if (bridge() == nullptr || m_caseId.isEmpty() || m_new)
        return;
    struct Loaded {
        bool found = false;
        GoodPracticeCase record;
        QString syncText;
        bool pending = false;
        QHash<QString, QString> photos;
    };
    const std::string id = m_caseId.toStdString();
    bridge()->run<Loaded>(
        this,
        [id](DeviceContext& context) {
            Loaded loaded;
            if (context.store == nullptr)
                return loaded;
            auto found = context.store->cases().find(id);
            if (!found || !*found)
                return loaded;
            loaded.found = true;
            loaded.record = std::move(**found);
            // A whole case kept on a phone was opened again: it is evicted last.
            if (context.engine != nullptr && !loaded.record.summary_only())
                (void)context.engine->noteCaseOpened(id);
            loaded.syncText = syncStateText(context, yokoten::v1::RECORD_KIND_CASE, id, &loaded.pending);
            // Photos the store holds already (taken here, or downloaded earlier).
            for (const auto& a : loaded.record.attachments()) {
                if (!a.mime_type().starts_with("image/"))
                    continue;
                auto stmt
                    = context.store->database().cached("SELECT content FROM attachments WHERE sha256 = ?1");
                if (!stmt)
                    continue;
                (*stmt)->bind(1, a.sha256());
                if ((*stmt)->step() == storage::Statement::Step::Row) {
                    const std::string bytes = (*stmt)->columnBlob(0);
                    loaded.photos.insert(qs(a.sha256()),
                        QStringLiteral("data:%1;base64,").arg(qs(a.mime_type()))
                            + QString::fromLatin1(QByteArray::fromStdString(bytes).toBase64()));
                }
                (*stmt)->reset();
            }
            return loaded;
        },
        [this](Loaded loaded) {
            if (!loaded.found) {
                m_loaded = false;
                Q_EMIT changed();
                return;
            }
            m_case = loaded.record;
            m_stored = loaded.record;
            m_changed.clear();
            m_photoUrls = loaded.photos;
            m_syncText = loaded.syncText;
            m_pending = loaded.pending;
            m_loaded = true;
            if (!m_case.summary_only())
                m_wholeText = WholeText::Held;
            else if (m_wholeText != WholeText::Loading)
                fetchWholeText(); // again after every sync, so it loads once connected
            loadMunicipality();
            Q_EMIT changed();
            Q_EMIT dirtyChanged();
        });
}

void CaseController::loadMunicipality()
{
    const QString owner = qs(m_case.owner_org_id());
    if (bridge() == nullptr || owner.isEmpty() || owner == m_municipalityOf)
        return;
    m_municipalityOf = owner;
    using yokoten::v1::Organisation;
    bridge()->run<QString>(
        this,
        [id = owner.toStdString()](DeviceContext& context) {
            if (context.store == nullptr)
                return QString();
            auto& records = context.store->records();
            auto org = records.find<Organisation>(id);
            if (!org || !*org)
                return QString();
            if ((*org)->kind() == yokoten::v1::ORGANISATION_KIND_MUNICIPALITY)
                return qs((*org)->name());
            if ((*org)->kind() != yokoten::v1::ORGANISATION_KIND_FACILITY || (*org)->parent_id().empty())
                return QString();
            // As the server decides (case rules): a facility's parent counts when it is a municipality.
            auto parent = records.find<Organisation>((*org)->parent_id());
            if (!parent || !*parent || (*parent)->kind() != yokoten::v1::ORGANISATION_KIND_MUNICIPALITY)
                return QString();
            return qs((*parent)->name());
        },
        [this](QString name) {
            m_municipalityName = std::move(name);
            Q_EMIT changed();
        });
}

int CaseController::scope() const
{
    return m_case.publication_scope() == yokoten::v1::PUBLICATION_SCOPE_UNSPECIFIED
        ? yokoten::v1::PUBLICATION_SCOPE_ORGANISATION
        : m_case.publication_scope();
}

QString CaseController::scopeName() const
{
    switch (scope()) {
    case yokoten::v1::PUBLICATION_SCOPE_MUNICIPALITY:
        return tr("Municipality");
    case yokoten::v1::PUBLICATION_SCOPE_PREFECTURE:
        return tr("Prefecture");
    case yokoten::v1::PUBLICATION_SCOPE_PUBLIC:
        return tr("Public (all prefectures)");
    default:
        return tr("Own organisation only");
    }
}

QVariantList CaseController::scopeOptions() const
{
    QVariantList options;
    const auto add = [&](PublicationScope value, const QString& label) {
        options.append(QVariantMap { { "value", static_cast<int>(value) }, { "label", label } });
    };
    add(yokoten::v1::PUBLICATION_SCOPE_ORGANISATION, tr("Own organisation only"));
    // The server refuses "municipality" for an owner without one: not offered then.
    if (!m_municipalityName.isEmpty() || scope() == yokoten::v1::PUBLICATION_SCOPE_MUNICIPALITY)
        add(yokoten::v1::PUBLICATION_SCOPE_MUNICIPALITY, tr("Municipality"));
    add(yokoten::v1::PUBLICATION_SCOPE_PREFECTURE, tr("Prefecture"));
    add(yokoten::v1::PUBLICATION_SCOPE_PUBLIC, tr("Public (all prefectures)"));
    return options;
}

// Who reads the case at each scope, as the server files it (sync/server/core/placement.cpp).
QString CaseController::scopeSentence() const
{
    switch (scope()) {
    case yokoten::v1::PUBLICATION_SCOPE_MUNICIPALITY:
        return m_municipalityName.isEmpty()
            ? tr("The officers of your municipality and the facilities in it can see it.")
            : tr("The officers of %1 and the facilities in %1 can see it.").arg(m_municipalityName);
    case yokoten::v1::PUBLICATION_SCOPE_PREFECTURE:
        return tr(
            "The facilities, municipalities, centre and prefecture officers of your prefecture can see it.");
    case yokoten::v1::PUBLICATION_SCOPE_PUBLIC:
        return tr("Everyone in every prefecture can see it, once the centre has checked it.");
    default:
        return tr("Only the staff of your own organisation can see it.");
    }
}

bool CaseController::submitGoesToReview() const
{
    return scope() == yokoten::v1::PUBLICATION_SCOPE_PUBLIC;
}

QString CaseController::submitText() const
{
    return submitGoesToReview() ? tr("Send to the centre for review") : tr("Publish now");
}

QString CaseController::submitQuestion() const
{
    return submitGoesToReview()
        ? tr("The centre will check the case, then publish it to everyone. Until then only your organisation "
             "and the centre can see it.")
        : tr("The case is published at the next sync, without review. %1").arg(scopeSentence());
}

void CaseController::setScope(int scope)
{
    if (!yokoten::v1::PublicationScope_IsValid(scope) || scope == yokoten::v1::PUBLICATION_SCOPE_UNSPECIFIED
        || scope == m_case.publication_scope())
        return;
    m_case.set_publication_scope(static_cast<PublicationScope>(scope));
    markChanged("publication_scope");
}

void CaseController::fetchWholeText()
{
    struct Fetched {
        bool ok = false;
        bool offline = false;
        QString error;
    };
    m_wholeText = WholeText::Loading;
    const std::string id = m_caseId.toStdString();
    bridge()->run<Fetched>(
        this,
        [id](DeviceContext& context) {
            Fetched fetched;
            if (context.engine == nullptr) {
                fetched.offline = true;
                return fetched;
            }
            auto whole = context.engine->fetchWholeCase(id);
            if (whole) {
                fetched.ok = true;
                return fetched;
            }
            using sync::SyncErrorCode;
            switch (whole.error().code) {
            case SyncErrorCode::Unreachable:
            case SyncErrorCode::TimedOut:
            case SyncErrorCode::ConnectionLost:
            case SyncErrorCode::NotEnrolled:
            case SyncErrorCode::NotSignedIn:
            case SyncErrorCode::SessionExpired:
            case SyncErrorCode::ServerBusy:
            case SyncErrorCode::Cancelled:
                fetched.offline = true;
                break;
            default:
                fetched.error = AppSettings::pick(whole.error().messageJa, whole.error().messageEn);
                break;
            }
            return fetched;
        },
        [this, id](Fetched fetched) {
            if (m_caseId.toStdString() != id)
                return; // another case is shown now
            if (fetched.ok) {
                m_wholeText = WholeText::Held;
                reload();
                return;
            }
            m_wholeText = fetched.offline ? WholeText::Unavailable : WholeText::Failed;
            m_wholeTextError = fetched.error;
            Q_EMIT changed();
        });
}

QString CaseController::wholeTextNote() const
{
    if (!summaryOnly())
        return {};
    switch (m_wholeText) {
    case WholeText::Held:
        break;
    case WholeText::Loading:
        return QCoreApplication::translate("CaseController", "Loading…");
    case WholeText::Unavailable:
        return QCoreApplication::translate("CaseController",
            "The full text of this case is not available offline. It will load when you are connected.");
    case WholeText::Failed:
        return m_wholeTextError;
    }
    return {};
}

QString CaseController::title() const
{
    return qs(m_case.title());
}

QString CaseController::categoryName() const
{
    return Taxonomy::categoryName(m_case.category());
}

QString CaseController::organisation() const
{
    return qs(m_case.owner_org_name());
}

QString CaseController::place() const
{
    QString place = Taxonomy::prefectureName(m_case.prefecture_code());
    if (!m_case.region().empty())
        place += QStringLiteral(" ") + qs(m_case.region());
    return place;
}

QString CaseController::stateText() const
{
    return caseStateText(m_case.state());
}

QVariantList CaseController::sections() const
{
    QVariantList list;
    for (const auto& s : kSections) {
        const std::string text = proto::encodeCaseField(m_case, s.field);
        list.append(QVariantMap { { "field", QString::fromLatin1(s.field) },
            { "title", QCoreApplication::translate("CaseController", s.title) }, { "text", qs(text) } });
    }
    return list;
}

QVariantList CaseController::metrics() const
{
    QVariantList list;
    for (const auto& m : m_case.metrics()) {
        list.append(QVariantMap {
            { "label", qs(m.label()) },
            { "unit", qs(m.unit()) },
            { "before", m.before_value() },
            { "after", m.after_value() },
            { "beforeDate", qs(m.before_date()) },
            { "afterDate", qs(m.after_date()) },
            { "source", qs(m.source()) },
            { "lowerIsBetter", m.lower_is_better() },
            { "changeText", figureChangeText(m.before_value(), m.after_value(), m.lower_is_better()) },
        });
    }
    return list;
}

QVariantList CaseController::photos() const
{
    QVariantList list;
    for (const auto& a : m_case.attachments())
        list.append(QVariantMap { { "sha256", qs(a.sha256()) }, { "caption", qs(a.caption()) },
            { "fileName", qs(a.file_name()) }, { "isImage", a.mime_type().starts_with("image/") },
            { "source", m_photoUrls.value(qs(a.sha256())) } });
    return list;
}

QString CaseController::photoSource(const QString& sha256) const
{
    return m_photoUrls.value(sha256);
}

QVariantList CaseController::conflicts() const
{
    QVariantList list;
    for (const auto& c : m_case.open_conflicts())
        list.append(QVariantMap { { "field", qs(c.field()) }, { "label", fieldLabel(c.field()) },
            { "ours", conflictValueText(c.field(), c.ours()) },
            { "theirs", conflictValueText(c.field(), c.theirs()) } });
    return list;
}

QString CaseController::tags() const
{
    QStringList parts;
    for (int area : m_case.equipment_areas())
        parts << Taxonomy::equipmentAreaName(area);
    for (int service : m_case.service_types())
        parts << Taxonomy::serviceTypeName(service);
    for (const auto& t : m_case.technologies())
        parts << qs(t);
    return parts.join(QStringLiteral(" · "));
}

QString CaseController::funding() const
{
    const auto& f = m_case.funding();
    if (f.source().empty() && f.initial_cost_yen() == 0)
        return {};
    QString text = qs(f.source());
    if (f.initial_cost_yen() > 0)
        text += tr(" · initial cost ¥%L1").arg(f.initial_cost_yen());
    if (f.running_cost_yen_per_year() > 0)
        text += tr(" · running ¥%L1 a year").arg(f.running_cost_yen_per_year());
    if (!f.note().empty())
        text += QStringLiteral(" (") + qs(f.note()) + QStringLiteral(")");
    return text;
}

QString CaseController::siteVisit() const
{
    const auto& v = m_case.site_visit();
    if (!v.accepts_visits())
        return {};
    QString text = tr("Visits welcome");
    if (!v.contact().empty())
        text += QStringLiteral(": ") + qs(v.contact());
    return text;
}

bool CaseController::mine() const
{
    return m_new || (!m_organisationId.isEmpty() && qs(m_case.owner_org_id()) == m_organisationId);
}

void CaseController::startNew()
{
    m_new = true;
    m_case.Clear();
    m_case.set_id(storage::newUuid());
    m_case.set_state(yokoten::v1::CASE_STATE_DRAFT);
    m_case.set_owner_org_id(m_organisationId.toStdString());
    m_case.set_author_user_id(m_userId.toStdString());
    // Nobody reads a new case beyond its organisation unless the author widens it.
    m_case.set_publication_scope(yokoten::v1::PUBLICATION_SCOPE_ORGANISATION);
    m_case.set_fiscal_year(QDate::currentDate().addMonths(-3).year()); // 年度 starts in April
    m_stored = m_case;
    m_changed.clear();
    m_caseId = qs(m_case.id());
    m_loaded = true;
    m_syncText.clear();
    loadMunicipality();
    Q_EMIT caseIdChanged();
    Q_EMIT changed();
    Q_EMIT dirtyChanged();
}

void CaseController::markChanged(const std::string& field)
{
    if (std::find(m_changed.begin(), m_changed.end(), field) == m_changed.end())
        m_changed.push_back(field);
    if (!m_errorField.isEmpty() && m_errorField == qs(field))
        setError({}); // the person fixed what the message was about
    Q_EMIT changed();
    Q_EMIT dirtyChanged();
}

void CaseController::setText(const QString& field, const QString& value)
{
    const std::string name = field.toStdString();
    if (!proto::isEditableCaseField(name) || proto::encodeCaseField(m_case, name) == value.toStdString())
        return;
    proto::decodeCaseField(m_case, name, value.toStdString());
    markChanged(name);
}

void CaseController::setCategory(int category)
{
    if (category == m_case.category())
        return;
    m_case.set_category(static_cast<yokoten::v1::CaseCategory>(category));
    markChanged("category");
}

QStringList CaseController::equipmentModelIds() const
{
    QStringList ids;
    for (const auto& id : m_case.equipment_model_ids())
        ids.append(qs(id));
    return ids;
}

void CaseController::setEquipmentModels(const QStringList& modelIds)
{
    if (modelIds == equipmentModelIds())
        return;
    m_case.clear_equipment_model_ids();
    for (const auto& id : modelIds)
        m_case.add_equipment_model_ids(id.toStdString());
    markChanged("equipment_model_ids");
}

void CaseController::addMetric(const QString& label, const QString& unit, double before, double after,
    bool lowerIsBetter, const QString& source, const QString& beforeDate, const QString& afterDate)
{
    if (label.trimmed().isEmpty()) {
        setError(tr("Give the measurement a name."), QStringLiteral("metric"));
        return;
    }
    const auto from = figureDate(beforeDate);
    const auto to = figureDate(afterDate);
    if (source.trimmed().isEmpty() || !from || !to) {
        setError(tr("The measurement \"%1\" needs its source and the dates of both figures (for example "
                    "2023-12 and 2024-03).")
                     .arg(label.trimmed()),
            QStringLiteral("metric"));
        return;
    }
    auto* m = m_case.add_metrics();
    m->set_label(label.trimmed().toStdString());
    m->set_unit(unit.trimmed().toStdString());
    m->set_before_value(before);
    m->set_after_value(after);
    m->set_lower_is_better(lowerIsBetter);
    m->set_source(source.trimmed().toStdString());
    m->set_before_date(from->toStdString());
    m->set_after_date(to->toStdString());
    markChanged("metrics");
}

QString CaseController::takeDraftMetric(const QString& label, const QString& unit, const QString& before,
    const QString& after, bool lowerIsBetter, const QString& source, const QString& beforeDate,
    const QString& afterDate)
{
    const auto number = [](const QString& text, bool* ok) {
        // Full-width digits, thousands separators and a trailing unit-less "%" are common.
        QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
        t.remove(QLatin1Char(','));
        if (t.endsWith(QLatin1Char('%')))
            t.chop(1);
        return t.toDouble(ok);
    };
    if (label.trimmed().isEmpty() && unit.trimmed().isEmpty() && before.trimmed().isEmpty()
        && after.trimmed().isEmpty() && source.trimmed().isEmpty() && beforeDate.trimmed().isEmpty()
        && afterDate.trimmed().isEmpty())
        return {};
    bool beforeOk = false;
    bool afterOk = false;
    const double b = number(before, &beforeOk);
    const double a = number(after, &afterOk);
    QString problem;
    if (label.trimmed().isEmpty())
        problem = tr("The measurement you typed has no name (what was measured). Fill it in, or clear "
                     "the measurement's fields, then save again.");
    else if (!beforeOk || !afterOk)
        problem = tr("The measurement \"%1\" needs a number before and after. Fill them in, or clear "
                     "the measurement's fields, then save again.")
                      .arg(label.trimmed());
    else if (source.trimmed().isEmpty())
        problem = tr("The measurement \"%1\" needs its source (a survey, a record, who measured it). Fill it "
                     "in, or clear the measurement's fields, then save again.")
                      .arg(label.trimmed());
    else if (!figureDate(beforeDate) || !figureDate(afterDate))
        problem = tr("The measurement \"%1\" needs the month of each figure, as 2023-12 or 2023-12-01. Fill "
                     "them in, or clear the measurement's fields, then save again.")
                      .arg(label.trimmed());
    if (!problem.isEmpty()) {
        setError(problem, QStringLiteral("metric"));
        return problem;
    }
    addMetric(label, unit, b, a, lowerIsBetter, source, beforeDate, afterDate);
    return {};
}

void CaseController::removeMetric(int index)
{
    if (index < 0 || index >= m_case.metrics_size())
        return;
    m_case.mutable_metrics()->DeleteSubrange(index, 1);
    markChanged("metrics");
}

void CaseController::addPhoto(const QString& filePath, const QString& caption)
{
    const QString path
        = filePath.startsWith(QStringLiteral("file:")) ? QUrl(filePath).toLocalFile() : filePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > sync::MaxAttachmentBytes) {
        setError(tr("The file cannot be read or is larger than 50 MB."));
        return;
    }
    const std::string bytes = file.readAll().toStdString();
    const std::string name = QFileInfo(path).fileName().toStdString();
    const std::string text = caption.toStdString();
    struct Added {
        QString error;
        yokoten::v1::AttachmentRef ref;
    };
    bridge()->run<Added>(
        this,
        [=](DeviceContext& context) -> Added {
            if (context.engine == nullptr)
                return { tr("The store is not open."), {} };
            auto ref = sync::addLocalAttachment(*context.store, *context.engine, bytes, name, text);
            if (!ref)
                return { AppSettings::pick(ref.error().messageJa, ref.error().messageEn), {} };
            return { {}, *ref };
        },
        [this, bytes](Added added) {
            if (!added.error.isEmpty()) {
                setError(added.error);
                return;
            }
            *m_case.add_attachments() = added.ref;
            m_photoUrls.insert(qs(added.ref.sha256()),
                QStringLiteral("data:%1;base64,").arg(qs(added.ref.mime_type()))
                    + QString::fromLatin1(QByteArray::fromStdString(bytes).toBase64()));
            markChanged("attachments");
        });
}

void CaseController::save()
{
    if (!dirty())
        return;
    if (m_case.title().empty()) {
        setError(tr("Give the case a title."), QStringLiteral("title"));
        return;
    }
    // A figure from before issue 19 may lack its source or dates: an edit of the figures
    // completes them (other edits of an old case are not held up by them).
    const bool figuresChanged
        = m_new || std::find(m_changed.begin(), m_changed.end(), "metrics") != m_changed.end();
    if (figuresChanged) {
        for (const auto& metric : m_case.metrics()) {
            if (!figureIsComplete(metric)) {
                setError(tr("The measurement \"%1\" has no source or dates. Remove it and add it again with "
                            "them.")
                             .arg(qs(metric.label())),
                    QStringLiteral("metric"));
                return;
            }
        }
    }
    Mutation m;
    if (m_new) {
        *m_case.mutable_created_at() = now();
        *m_case.mutable_updated_at() = m_case.created_at();
        *m.mutable_create_case()->mutable_good_practice_case() = m_case;
    } else {
        auto* edit = m.mutable_edit_case();
        edit->set_case_id(m_case.id());
        // A case made on this device is revision 0 until the server stores it as 1; its
        // create goes first, so an edit starts from 1.
        edit->set_base_revision(std::max<std::int64_t>(m_stored.revision(), 1));
        for (const auto& field : m_changed) {
            proto::decodeCaseField(*edit->mutable_values(), field, proto::encodeCaseField(m_case, field));
            edit->add_fields(field);
        }
    }
    queue(std::move(m), qs(m_case.id()));
}

void CaseController::submit()
{
    if (dirty()) {
        setError(tr("Save your changes before submitting."));
        return;
    }
    Mutation m;
    m.mutable_submit_case()->set_case_id(m_case.id());
    queue(std::move(m), qs(m_case.id()));
}

void CaseController::publish()
{
    // By id, so the moderation list can act without loading the whole case first.
    if (m_caseId.isEmpty())
        return;
    Mutation m;
    m.mutable_publish_case()->set_case_id(m_caseId.toStdString());
    queue(std::move(m), m_caseId);
}

void CaseController::archive()
{
    if (m_caseId.isEmpty())
        return;
    Mutation m;
    m.mutable_archive_case()->set_case_id(m_caseId.toStdString());
    queue(std::move(m), m_caseId);
}

void CaseController::resolveConflict(const QString& field, const QString& value)
{
    const std::string name = field.toStdString();
    if (!proto::isEditableCaseField(name))
        return;
    Mutation m;
    auto* edit = m.mutable_edit_case();
    edit->set_case_id(m_case.id());
    // Edited against the revision that carries the conflict, so the server settles it.
    edit->set_base_revision(std::max<std::int64_t>(m_stored.revision(), 1));
    if (name == "title" || name == "region" || name.starts_with("sections."))
        proto::decodeCaseField(*edit->mutable_values(), name, value.toStdString());
    else
        for (const auto& c : m_case.open_conflicts())
            if (c.field() == name) // not text: the chosen side's encoding comes back as is
                proto::decodeCaseField(
                    *edit->mutable_values(), name, value == QLatin1String("theirs") ? c.theirs() : c.ours());
    edit->add_fields(name);
    queue(std::move(m), qs(m_case.id()));
}

void CaseController::revert()
{
    if (m_new) {
        m_new = false;
        m_loaded = false;
        m_case.Clear();
        m_changed.clear();
        Q_EMIT changed();
        Q_EMIT dirtyChanged();
        return;
    }
    m_case = m_stored;
    m_changed.clear();
    Q_EMIT changed();
    Q_EMIT dirtyChanged();
}

void CaseController::queue(Mutation mutation, const QString& id)
{
    queueMutation(bridge(), this, std::move(mutation), [this, id](const QString& error) {
        setError(error);
        if (!error.isEmpty())
            return;
        m_new = false;
        m_changed.clear();
        Q_EMIT dirtyChanged();
        Q_EMIT saved(id);
        reload();
    });
}

void CaseController::setError(const QString& text, const QString& field)
{
    if (text == m_errorText && field == m_errorField)
        return;
    m_errorText = text;
    m_errorField = text.isEmpty() ? QString() : field;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
