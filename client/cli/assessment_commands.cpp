// yokoten-cli's self-assessments: a draft stays on this device until it is submitted, then
// the submission queues for the server.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "assessment_templates.h"
#include "storage/cipher.h"
#include "store/assessment_drafts.h"
#include "store/assessment_offer.h"
#include "store/record_repository.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <cstdlib>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

const AssessmentItem* findItem(const AssessmentTemplate& t, const std::string& itemId)
{
    for (const auto& area : t.areas())
        for (const auto& item : area.items())
            if (item.id() == itemId)
                return &item;
    return nullptr;
}

const char* kindKey(const AssessmentTemplate& t)
{
    switch (proto::templateKind(t)) {
    case ASSESSMENT_TEMPLATE_KIND_OBLIGATION:
        return "obligation";
    case ASSESSMENT_TEMPLATE_KIND_CERTIFICATION:
        return "certification";
    default:
        return "guideline";
    }
}

int listTemplates(const Options& options, store::Store& s, const std::string& organisationId)
{
    auto offered = store::offeredAssessmentTemplates(s.records(), organisationId);
    if (!offered)
        return report(options, offered.error());
    if (options.json) {
        JsonWriter json;
        json.beginArray();
        for (const auto& t : *offered)
            json.beginObject()
                .key("id")
                .value(t.id())
                .key("family")
                .value(t.family())
                .key("version")
                .value(t.version())
                .key("kind")
                .value(kindKey(t))
                .key("title")
                .value(t.title())
                .endObject();
        json.endArray();
        *options.out << json.finish();
        return ExitOk;
    }
    if (offered->empty())
        *options.out << "記入できる自己点検はありません / no self-assessment to fill\n";
    for (const auto& t : *offered)
        *options.out << t.id() << "  [" << kindKey(t) << "] " << t.title() << " (v" << t.version() << ")\n";
    return ExitOk;
}

} // namespace

int runAssess(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    store::Store& s = device->store();
    if (sub == "templates")
        return listTemplates(options, s, device->organisationId());
    if (sub == "start") {
        if (options.words.size() != 3)
            return reportUsage(options, "assess start needs exactly one TEMPLATE_ID");
        auto t = s.records().find<AssessmentTemplate>(options.words[2]);
        if (!t)
            return report(options, t.error());
        if (!*t)
            return report(options,
                storage::makeError(storage::StoreErrorCode::NotFound, "no template " + options.words[2]));
        // Refused here as the server would refuse the submission: another prefecture's
        // template, or one for other services (e.g. the committee obligation for a day service).
        auto offered = store::offeredAssessmentTemplates(s.records(), device->organisationId());
        if (!offered)
            return report(options, offered.error());
        if (std::none_of(offered->begin(), offered->end(),
                [&](const AssessmentTemplate& o) { return o.family() == (*t)->family(); }))
            return reportUsage(options,
                "この自己点検表はこの事業所の対象ではありません / this template is not for this organisation "
                "(see: assess templates)");
        AssessmentResponse draft;
        draft.set_id(storage::newUuid());
        draft.set_template_id((*t)->id());
        draft.set_template_version((*t)->version());
        draft.set_organisation_id(device->organisationId());
        draft.set_user_id(device->userId());
        draft.set_state(RESPONSE_STATE_DRAFT);
        *draft.mutable_started_at() = nowTimestamp();
        if (auto status = store::saveAssessmentDraft(s.database(), draft,
                google::protobuf::util::TimeUtil::TimestampToMilliseconds(nowTimestamp()));
            !status)
            return report(options, status.error());
        if (options.json) {
            JsonWriter json;
            json.beginObject().key("id").value(draft.id()).key("state").value("draft").endObject();
            *options.out << json.finish();
        } else {
            *options.out << "自己評価の下書きを作成しました（この端末のみ） / draft started (on this device "
                            "only)\n  id: "
                         << draft.id() << "\n";
        }
        return ExitOk;
    }
    if (sub == "answer" || sub == "submit") {
        if ((sub == "answer" && options.words.size() != 5) || (sub == "submit" && options.words.size() != 3))
            return reportUsage(options,
                sub == "answer" ? "assess answer needs RESPONSE_ID ITEM_ID VALUE"
                                : "assess submit needs exactly one RESPONSE_ID");
        auto draft = store::findAssessmentDraft(s.database(), options.words[2]);
        if (!draft)
            return report(options, draft.error());
        if (!*draft)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no draft self-assessment " + options.words[2]));
        if (sub == "submit") {
            Mutation m;
            auto* r = m.mutable_submit_assessment()->mutable_response();
            *r = **draft;
            r->set_state(RESPONSE_STATE_SUBMITTED);
            *r->mutable_submitted_at() = nowTimestamp();
            auto seq = device->engine->submit(std::move(m));
            if (seq) {
                // The submission is in the outbox; the draft may go. A crash in between leaves
                // a draft whose second submission the server treats as the same (same id).
                (void)store::removeAssessmentDraft(s.database(), options.words[2]);
            }
            return reportQueued(
                options, seq, options.words[2], "自己評価を提出しました", "self-assessment submitted");
        }
        auto t = s.records().find<AssessmentTemplate>((*draft)->template_id());
        if (!t || !*t)
            return report(options,
                storage::makeError(storage::StoreErrorCode::NotFound, "the draft's template is gone"));
        const auto* item = findItem(**t, options.words[3]);
        if (item == nullptr)
            return reportUsage(options, "no item " + options.words[3] + " in this template");
        AssessmentAnswer answer;
        answer.set_item_id(item->id());
        const std::string& value = options.words[4];
        switch (item->kind()) {
        case ASSESSMENT_ITEM_KIND_LEVEL: {
            const auto level = parseInt(value);
            bool known = false;
            for (const auto& l : item->scale())
                known = known || (level && l.value() == *level);
            if (!known)
                return reportUsage(options, "item " + item->id() + " takes a level on its scale");
            answer.set_level(*level);
            break;
        }
        case ASSESSMENT_ITEM_KIND_YES_NO:
            if (value != "yes" && value != "no" && value != "はい" && value != "いいえ")
                return reportUsage(options, "item " + item->id() + " takes yes or no");
            answer.set_yes(value == "yes" || value == "はい");
            break;
        case ASSESSMENT_ITEM_KIND_NUMBER: {
            char* end = nullptr;
            const double number = std::strtod(value.c_str(), &end);
            if (value.empty() || *end != '\0')
                return reportUsage(options, "item " + item->id() + " takes a number");
            answer.set_number(number);
            break;
        }
        default:
            answer.set_text(value);
            break;
        }
        AssessmentResponse updated = **draft;
        bool replaced = false;
        for (auto& a : *updated.mutable_answers())
            if (a.item_id() == answer.item_id()) {
                a = answer;
                replaced = true;
            }
        if (!replaced)
            *updated.add_answers() = answer;
        if (auto status = store::saveAssessmentDraft(s.database(), updated,
                google::protobuf::util::TimeUtil::TimestampToMilliseconds(nowTimestamp()));
            !status)
            return report(options, status.error());
        if (!options.json)
            *options.out << "回答を保存しました / answer saved (" << updated.answers_size() << " answered)\n";
        else {
            JsonWriter json;
            json.beginObject()
                .key("id")
                .value(updated.id())
                .key("answered")
                .value(updated.answers_size())
                .endObject();
            *options.out << json.finish();
        }
        return ExitOk;
    }
    return reportUsage(options, "assess needs start, answer or submit");
}

} // namespace yk::cli
