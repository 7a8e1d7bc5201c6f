#include "assessment_controller.h"

#include "app_settings.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "session_manager.h"
#include "taxonomy.h"

#include "assessment_templates.h"
#include "domain/assessment_scorer.h"
#include "storage/cipher.h"
#include "storage/database.h"
#include "store/assessment_drafts.h"
#include "store/assessment_offer.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/record.pb.h"

#include <QCoreApplication>
#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace yk::app {

using namespace yokoten::v1;
using google::protobuf::util::TimeUtil;

namespace {

const AssessmentItem* findItem(const AssessmentTemplate& t, const std::string& id)
{
    for (const auto& area : t.areas())
        for (const auto& item : area.items())
            if (item.id() == id)
                return &item;
    return nullptr;
}

QString itemText(const AssessmentTemplate& t, const std::string& id)
{
    const AssessmentItem* item = findItem(t, id);
    return item != nullptr ? qs(item->text()) : qs(id);
}

AssessmentController::Snapshot readSnapshot(
    DeviceContext& context, const std::string& organisationId, const std::string& family)
{
    AssessmentController::Snapshot s;
    if (context.store == nullptr)
        return s;
    auto& records = context.store->records();
    // Templates are few (a family's versions): read whole. Responses are the organisation's.
    // Offered: what the server accepts from this organisation (its prefecture, its services).
    auto templates = records.all<AssessmentTemplate>();
    auto offered = store::offeredAssessmentTemplates(records, organisationId);
    auto responses = organisationId.empty() ? records.all<AssessmentResponse>()
                                            : records.responsesOfOrganisation(organisationId);
    if (!templates || !offered || !responses)
        return s;
    s.templates = std::move(*templates);
    s.offered = std::move(*offered);
    for (const auto& t : s.offered)
        if (!s.current || t.family() == family)
            s.current = t;
    std::map<std::string, std::string> familyOf; // template id → family
    for (const auto& t : s.templates)
        familyOf[t.id()] = t.family();
    for (const auto& t : s.offered) {
        auto draft = store::latestAssessmentDraft(context.store->database(), t.id());
        s.offeredAnswered.push_back(draft && *draft ? (*draft)->answers_size() : 0);
        if (s.current && t.id() == s.current->id() && draft && *draft)
            s.draft = std::move(**draft);
    }
    // Newest first by the submission time itself (the table's order ties within a second).
    std::vector<const AssessmentResponse*> mine;
    for (const auto& r : *responses)
        if (r.state() == RESPONSE_STATE_SUBMITTED)
            mine.push_back(&r);
    // Times are kept to the second; within one, the later started draft counts as newer.
    std::stable_sort(mine.begin(), mine.end(), [](const AssessmentResponse* a, const AssessmentResponse* b) {
        if (a->submitted_at() != b->submitted_at())
            return b->submitted_at() < a->submitted_at();
        return b->started_at() < a->started_at();
    });
    for (const auto& t : s.offered) {
        const auto newest = std::find_if(mine.begin(), mine.end(),
            [&](const AssessmentResponse* r) { return familyOf[r->template_id()] == t.family(); });
        s.offeredLastSubmitted.push_back(
            newest == mine.end() ? QString() : formatDateTime(toDateTime((*newest)->submitted_at())));
    }
    for (const auto* r : mine) {
        if (!s.current || familyOf[r->template_id()] != s.current->family())
            continue;
        bool pending = false;
        s.syncTexts.push_back(syncStateText(context, RECORD_KIND_ASSESSMENT_RESPONSE, r->id(), &pending));
        s.pending.push_back(pending);
        s.submitted.push_back(*r);
    }
    return s;
}

} // namespace

AssessmentController::AssessmentController(QObject* parent)
    : StoreController(parent)
{
}

void AssessmentController::reload()
{
    if (bridge() == nullptr)
        return;
    const quint64 generation = ++m_generation;
    const std::string organisationId = this->organisationId();
    bridge()->run<Snapshot>(
        this,
        [organisationId, family = m_family.toStdString()](
            DeviceContext& context) { return readSnapshot(context, organisationId, family); },
        [this, generation](Snapshot snapshot) {
            if (generation != m_generation)
                return; // a newer read, or an answer given meanwhile
            m_snapshot = std::move(snapshot);
            rebuildAreas();
            Q_EMIT changed();
            Q_EMIT familyChanged();
            Q_EMIT answersChanged();
        });
}

QString AssessmentController::templateId() const
{
    return loaded() ? qs(m_snapshot.current->id()) : QString();
}
QString AssessmentController::templateTitle() const
{
    return loaded() ? qs(m_snapshot.current->title()) : QString();
}
QString AssessmentController::templateDescription() const
{
    return loaded() ? qs(m_snapshot.current->description()) : QString();
}

void AssessmentController::rebuildAreas()
{
    m_areas.clear();
    if (!loaded())
        return;
    for (const auto& area : m_snapshot.current->areas()) {
        QVariantList items;
        for (const auto& item : area.items()) {
            QVariantList scale;
            for (const auto& level : item.scale())
                scale.append(QVariantMap { { QStringLiteral("value"), level.value() },
                    { QStringLiteral("label"), qs(level.label()) } });
            items.append(QVariantMap { { QStringLiteral("id"), qs(item.id()) },
                { QStringLiteral("text"), qs(item.text()) },
                { QStringLiteral("guidance"), qs(item.guidance()) },
                { QStringLiteral("kind"), static_cast<int>(item.kind()) },
                { QStringLiteral("unit"), qs(item.unit()) }, { QStringLiteral("scale"), scale } });
        }
        m_areas.append(QVariantMap { { QStringLiteral("id"), qs(area.id()) },
            { QStringLiteral("number"), area.number() }, { QStringLiteral("title"), qs(area.title()) },
            { QStringLiteral("description"), qs(area.description()) }, { QStringLiteral("items"), items } });
    }
}

QStringList AssessmentController::areaLabels() const
{
    QStringList labels;
    if (loaded())
        for (const auto& area : m_snapshot.current->areas())
            labels.append(qs(area.title()));
    return labels;
}

QVariantMap AssessmentController::answers() const
{
    QVariantMap map;
    if (!m_snapshot.draft)
        return map;
    for (const auto& a : m_snapshot.draft->answers()) {
        const QString id = qs(a.item_id());
        switch (a.value_case()) {
        case AssessmentAnswer::kLevel:
            map.insert(id, a.level());
            break;
        case AssessmentAnswer::kYes:
            map.insert(id, a.yes());
            break;
        case AssessmentAnswer::kNumber:
            map.insert(id, a.number());
            break;
        case AssessmentAnswer::kText:
            map.insert(id, qs(a.text()));
            break;
        default:
            break;
        }
    }
    return map;
}

QVariantList AssessmentController::scoresOf(const AssessmentResponse& response, double* overall) const
{
    QVariantList scores;
    if (overall != nullptr)
        *overall = -1;
    if (!loaded())
        return scores;
    // Scored with the template it answered (an older version may differ), shown over the
    // areas of the current one.
    std::map<std::string, double> byArea;
    const auto answers = proto::assessmentAnswersOf(response);
    auto result = domain::AssessmentScorer::score(
        proto::assessmentSpecOf(templateOf(response)), answers.value_or(domain::AssessmentAnswers()));
    if (answers && result) {
        for (const auto& area : result->areas)
            if (area.score)
                byArea[area.areaId] = *area.score;
        if (overall != nullptr && result->overall)
            *overall = *result->overall;
    }
    for (const auto& area : m_snapshot.current->areas()) {
        const auto it = byArea.find(area.id());
        scores.append(it == byArea.end() ? -1.0 : it->second);
    }
    return scores;
}

const AssessmentTemplate& AssessmentController::templateOf(const AssessmentResponse& response) const
{
    for (const auto& t : m_snapshot.templates)
        if (t.id() == response.template_id())
            return t;
    return *m_snapshot.current;
}

QVariantMap AssessmentController::requirementsOf(const AssessmentResponse& response) const
{
    const AssessmentTemplate& own = templateOf(response);
    const auto answers = proto::assessmentAnswersOf(response);
    if (!answers)
        return {};
    const auto status = domain::AssessmentScorer::requirements(proto::assessmentSpecOf(own), *answers);
    if (!status)
        return {};
    QStringList unmet;
    QVariantList areas;
    for (const auto& area : status->areas) {
        for (const auto& id : area.unmetItemIds)
            unmet.append(itemText(own, id));
        areas.append(QVariantMap {
            { QStringLiteral("met"), area.met }, { QStringLiteral("required"), area.required } });
    }
    return { { QStringLiteral("met"), status->met }, { QStringLiteral("required"), status->required },
        { QStringLiteral("unmet"), unmet }, { QStringLiteral("areas"), areas } };
}

QVariantMap AssessmentController::requirements() const
{
    if (!loaded() || !checklist())
        return {};
    AssessmentResponse none;
    none.set_template_id(m_snapshot.current->id());
    return requirementsOf(m_snapshot.draft ? *m_snapshot.draft : none);
}

QString AssessmentController::family() const
{
    return loaded() ? qs(m_snapshot.current->family()) : m_family;
}

void AssessmentController::setFamily(const QString& family)
{
    if (family == m_family && (family.isEmpty() || family == this->family()))
        return;
    m_family = family;
    m_resultId.clear();
    Q_EMIT familyChanged();
    reload();
}

bool AssessmentController::checklist() const
{
    return loaded() && proto::isChecklist(*m_snapshot.current);
}

namespace {

QString kindTextOf(const AssessmentTemplate& t)
{
    switch (proto::templateKind(t)) {
    case ASSESSMENT_TEMPLATE_KIND_OBLIGATION:
        return QCoreApplication::translate("yk::app::AssessmentController", "Obligation (yes / no)");
    case ASSESSMENT_TEMPLATE_KIND_CERTIFICATION:
        return QCoreApplication::translate(
            "yk::app::AssessmentController", "Prefecture certification checklist");
    default:
        return QCoreApplication::translate(
            "yk::app::AssessmentController", "National guideline (scored 0–100)");
    }
}

QString forTextOf(const AssessmentTemplate& t)
{
    QStringList parts;
    if (t.prefecture_code() > 0)
        parts.append(QCoreApplication::translate("yk::app::AssessmentController", "Facilities in %1")
                         .arg(Taxonomy::prefectureName(t.prefecture_code())));
    if (!t.service_types().empty()) {
        QStringList names;
        for (int type : t.service_types())
            names.append(Taxonomy::serviceTypeName(type));
        parts.append(QCoreApplication::translate("yk::app::AssessmentController", "For: %1")
                         .arg(names.join(AppSettings::pick("、", ", "))));
    }
    if (parts.isEmpty())
        parts.append(QCoreApplication::translate("yk::app::AssessmentController", "For every facility"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString AssessmentController::kindText() const
{
    return loaded() ? kindTextOf(*m_snapshot.current) : QString();
}

QString AssessmentController::forText() const
{
    return loaded() ? forTextOf(*m_snapshot.current) : QString();
}

QString AssessmentController::basis() const
{
    return loaded() ? qs(m_snapshot.current->basis()) : QString();
}

QVariantList AssessmentController::choices() const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_snapshot.offered.size(); ++i) {
        const auto& t = m_snapshot.offered[i];
        int items = 0;
        for (const auto& area : t.areas())
            items += area.items_size();
        list.append(QVariantMap { { QStringLiteral("family"), qs(t.family()) },
            { QStringLiteral("title"), qs(t.title()) }, { QStringLiteral("kindText"), kindTextOf(t) },
            { QStringLiteral("forText"), forTextOf(t) },
            { QStringLiteral("checklist"), proto::isChecklist(t) },
            { QStringLiteral("answered"), m_snapshot.offeredAnswered[i] },
            { QStringLiteral("itemCount"), items },
            { QStringLiteral("lastSubmittedText"), m_snapshot.offeredLastSubmitted[i] },
            { QStringLiteral("chosen"), loaded() && t.family() == m_snapshot.current->family() } });
    }
    return list;
}

QVariantList AssessmentController::areaScores() const
{
    if (!m_snapshot.draft) {
        QVariantList none;
        for (int i = 0; loaded() && i < m_snapshot.current->areas_size(); ++i)
            none.append(-1.0);
        return none;
    }
    return scoresOf(*m_snapshot.draft, nullptr);
}

double AssessmentController::overallScore() const
{
    double overall = -1;
    if (m_snapshot.draft)
        scoresOf(*m_snapshot.draft, &overall);
    return overall;
}

int AssessmentController::answeredCount() const
{
    return m_snapshot.draft ? m_snapshot.draft->answers_size() : 0;
}

int AssessmentController::itemCount() const
{
    int count = 0;
    if (loaded())
        for (const auto& area : m_snapshot.current->areas())
            count += area.items_size();
    return count;
}

QVariantList AssessmentController::history() const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_snapshot.submitted.size(); ++i) {
        const auto& r = m_snapshot.submitted[i];
        double overall = -1;
        const QVariantList scores = scoresOf(r, &overall);
        QVariantMap entry { { QStringLiteral("id"), qs(r.id()) },
            { QStringLiteral("submittedText"), formatDateTime(toDateTime(r.submitted_at())) },
            { QStringLiteral("scores"), scores }, { QStringLiteral("overall"), overall },
            { QStringLiteral("pending"), bool(m_snapshot.pending[i]) },
            { QStringLiteral("syncText"), m_snapshot.syncTexts.value(static_cast<int>(i)) } };
        if (checklist())
            entry.insert(requirementsOf(r));
        list.append(entry);
    }
    return list;
}

void AssessmentController::setAnswer(const QString& itemId, const QVariant& value)
{
    if (!loaded())
        return;
    const AssessmentItem* item = findItem(*m_snapshot.current, itemId.toStdString());
    if (item == nullptr)
        return;
    AssessmentAnswer answer;
    answer.set_item_id(item->id());
    bool valid = value.isValid() && !value.isNull();
    switch (item->kind()) {
    case ASSESSMENT_ITEM_KIND_LEVEL: {
        const int level = value.toInt(&valid);
        valid = valid
            && std::any_of(item->scale().begin(), item->scale().end(),
                [level](const ScaleLevel& l) { return l.value() == level; });
        answer.set_level(level);
        break;
    }
    case ASSESSMENT_ITEM_KIND_YES_NO:
        valid = valid && value.canConvert<bool>();
        answer.set_yes(value.toBool());
        break;
    case ASSESSMENT_ITEM_KIND_NUMBER: {
        const QString text = value.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        const double number = text.toDouble(&valid);
        valid = valid && std::isfinite(number);
        answer.set_number(number);
        break;
    }
    default:
        valid = valid && !value.toString().trimmed().isEmpty();
        answer.set_text(value.toString().trimmed().toStdString());
        break;
    }
    if (!m_snapshot.draft) {
        if (!valid)
            return;
        AssessmentResponse draft;
        draft.set_id(storage::newUuid());
        draft.set_template_id(m_snapshot.current->id());
        draft.set_template_version(m_snapshot.current->version());
        draft.set_organisation_id(organisationId());
        draft.set_user_id(userId());
        draft.set_state(RESPONSE_STATE_DRAFT);
        *draft.mutable_started_at() = TimeUtil::GetCurrentTime();
        m_snapshot.draft = std::move(draft);
    }
    auto* answers = m_snapshot.draft->mutable_answers();
    const auto old = std::find_if(answers->begin(), answers->end(),
        [&](const AssessmentAnswer& a) { return a.item_id() == item->id(); });
    if (old != answers->end())
        answers->erase(old);
    if (valid)
        *answers->Add() = answer;
    ++m_generation; // a read started before this answer must not bring the old draft back
    Q_EMIT answersChanged();
    if (bridge() == nullptr)
        return;
    bridge()->run<bool>(
        this,
        [draft = *m_snapshot.draft](DeviceContext& context) {
            return context.store != nullptr
                && static_cast<bool>(store::saveAssessmentDraft(context.store->database(), draft,
                    TimeUtil::TimestampToMilliseconds(TimeUtil::GetCurrentTime())));
        },
        [this](bool ok) {
            setError(ok ? QString() : tr("The answer could not be saved on this device."));
            Q_EMIT draftSaved();
        });
}

Mutation AssessmentController::submission(AssessmentResponse response)
{
    if (response.id().empty())
        response.set_id(storage::newUuid());
    response.set_state(RESPONSE_STATE_SUBMITTED);
    if (!response.has_submitted_at())
        *response.mutable_submitted_at() = TimeUtil::GetCurrentTime();
    Mutation m;
    *m.mutable_submit_assessment()->mutable_response() = std::move(response);
    return m;
}

void AssessmentController::submit()
{
    if (!m_snapshot.draft || m_snapshot.draft->answers_size() == 0) {
        setError(tr("Answer at least one question first."));
        return;
    }
    if (m_busy)
        return;
    Mutation m = submission(*m_snapshot.draft);
    const std::string id = m.submit_assessment().response().id();
    m_busy = true;
    Q_EMIT busyChanged();
    queueMutation(
        bridge(), this, std::move(m),
        [this, id](QString error) {
            m_busy = false;
            Q_EMIT busyChanged();
            setError(error);
            if (!error.isEmpty())
                return;
            m_snapshot.draft.reset();
            m_resultId = qs(id);
            Q_EMIT answersChanged();
            Q_EMIT changed();
            Q_EMIT submitted(qs(id));
            reload();
        },
        {},
        // The submission is in the outbox; the draft may go (a second submission of the
        // same id is the same to the server).
        [id](DeviceContext& context) { (void)store::removeAssessmentDraft(context.store->database(), id); });
}

QVariantMap AssessmentController::result() const
{
    if (m_resultId.isEmpty())
        return {};
    for (const QVariant& entry : history()) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("id")).toString() == m_resultId)
            return map;
    }
    return {};
}

QStringList AssessmentController::unansweredItems() const
{
    QStringList out;
    if (!loaded())
        return out;
    for (const auto& area : m_snapshot.current->areas()) {
        int number = 0;
        for (const auto& item : area.items()) {
            ++number;
            bool answered = false;
            if (m_snapshot.draft)
                for (const auto& a : m_snapshot.draft->answers())
                    answered = answered || a.item_id() == item.id();
            if (!answered)
                out.append(QStringLiteral("%1-%2 %3").arg(area.number()).arg(number).arg(qs(item.text())));
        }
    }
    return out;
}

void AssessmentController::startNew()
{
    if (m_resultId.isEmpty())
        return;
    m_resultId.clear();
    Q_EMIT changed();
}

void AssessmentController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
