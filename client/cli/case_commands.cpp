// yokoten-cli's cases: search, list and show what the store holds; add, edit, submit and
// attach files, as local writes that queue in the outbox and work offline.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "case_fields.h"
#include "engine/local_attachments.h"
#include "storage/cipher.h"
#include "store/case_repository.h"
#include "store/labels.h"

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <sstream>

namespace yk::cli {

using namespace yokoten::v1;
using storage::StoreErrorCode;

namespace {

constexpr std::int64_t kMaxCaseJsonBytes = std::int64_t { 4 } * 1024 * 1024;

std::string yearLabel(int fiscalYear)
{
    return fiscalYear > 0 ? std::to_string(fiscalYear) + "年度" : "";
}

int printCaseList(const Options& options, const std::vector<store::CaseSummary>& rows)
{
    std::ostream& out = *options.out;
    if (options.json) {
        JsonWriter json;
        json.beginArray();
        for (const auto& row : rows) {
            json.beginObject();
            json.key("id").value(row.id);
            json.key("title").value(row.title);
            json.key("category").value(CaseCategory_Name(row.category));
            json.key("categoryLabel").value(store::caseCategoryJa(row.category));
            json.key("organisation").value(row.organisationName);
            json.key("prefectureCode").value(row.prefectureCode);
            json.key("prefecture").value(store::prefectureNameJa(row.prefectureCode));
            json.key("fiscalYear").value(row.fiscalYear);
            json.key("state").value(CaseState_Name(row.state));
            json.key("score").value(row.score);
            json.endObject();
        }
        json.endArray();
        out << json.finish();
        return ExitOk;
    }
    out << rows.size() << "件 / " << rows.size() << (rows.size() == 1 ? " case" : " cases") << "\n";
    int n = 0;
    for (const auto& row : rows) {
        out << "  " << ++n << ". [" << store::caseCategoryJa(row.category) << "] " << row.title << "\n"
            << "     " << row.organisationName << "（" << store::prefectureNameJa(row.prefectureCode) << "・"
            << yearLabel(row.fiscalYear) << "） id: " << row.id << "\n";
    }
    return ExitOk;
}

void printSection(std::ostream& out, const char* heading, const std::string& text)
{
    if (!text.empty())
        out << "\n■ " << heading << "\n" << text << "\n";
}

int showCase(const Options& options, const GoodPracticeCase& c)
{
    std::ostream& out = *options.out;
    if (options.json) {
        out << toJson(c);
        return ExitOk;
    }
    out << c.title() << "\n"
        << "分類 / category: " << store::caseCategoryJa(c.category()) << "\n"
        << "実施主体 / organisation: " << c.owner_org_name() << "（"
        << store::prefectureNameJa(c.prefecture_code()) << "）\n"
        << "年度 / fiscal year: " << c.fiscal_year() << "\n"
        << "状態 / state: " << store::caseStateEn(c.state()) << "\n";
    if (c.technologies_size() > 0) {
        out << "技術 / technologies:";
        for (const auto& t : c.technologies())
            out << " " << t;
        out << "\n";
    }
    const auto& s = c.sections();
    printSection(out, "背景", s.background());
    printSection(out, "目的", s.purpose());
    printSection(out, "実施概要", s.activities());
    printSection(out, "効果・成果", s.effects());
    printSection(out, "今後の予定・展望", s.next_steps());
    printSection(out, "課題・ハードル", s.hurdles());
    printSection(out, "解決策", s.solutions());
    printSection(out, "ポイント", s.key_points());
    if (c.metrics_size() > 0) {
        out << "\n■ 効果の数値 / measured effects\n";
        for (const auto& m : c.metrics())
            out << "  " << m.label() << ": " << m.before_value() << " → " << m.after_value() << " "
                << m.unit() << "（" << m.before_date() << " → " << m.after_date() << "、出典: " << m.source()
                << "）\n";
    }
    return ExitOk;
}

/// cases edit's --set FIELD=VALUE list into the edit mutation; a usage message when one is wrong.
std::optional<std::string> applySets(const Options& options, EditCase& edit)
{
    for (const auto& set : options.sets) {
        const auto eq = set.find('=');
        if (eq == std::string::npos)
            return "--set needs FIELD=VALUE, got " + set;
        const std::string field = set.substr(0, eq);
        const std::string value = set.substr(eq + 1);
        if (!proto::isEditableCaseField(field))
            return "not an editable case field: " + field;
        if (field == "technologies") {
            std::stringstream parts(value);
            std::string part;
            while (std::getline(parts, part, ','))
                if (!part.empty())
                    edit.mutable_values()->add_technologies(part);
        } else if (field == "title" || field == "region" || field.starts_with("sections.")
            || field == "fiscal_year" || field == "facility_capacity" || field == "category"
            || field == "publication_scope") {
            proto::decodeCaseField(*edit.mutable_values(), field, value);
        } else {
            return "cases edit --set cannot set " + field + " from text; use the app";
        }
        edit.add_fields(field);
    }
    return std::nullopt;
}

// add | edit | submit | attach: local writes that queue for the server.
int writeCase(const Options& options, store::Store& s)
{
    const std::string sub = options.words[1];
    auto transport = transportFor(s);
    sync::SyncEngine engine(s, *transport, engineOptionsFor(options));
    auto session = engine.session();
    auto account = engine.account();
    const std::string orgId = session && !session->tokens().organisation().id().empty()
        ? session->tokens().organisation().id()
        : (account ? account->organisation_id() : std::string());
    if (sub == "add") {
        if (options.file.empty())
            return reportUsage(options, "cases add needs --file case.json");
        auto text = readWholeFile(options.file, kMaxCaseJsonBytes);
        if (!text)
            return report(
                options, storage::makeError(StoreErrorCode::NotFound, "cannot read " + options.file));
        GoodPracticeCase c;
        if (auto parsed = google::protobuf::util::JsonStringToMessage(*text, &c); !parsed.ok())
            return reportUsage(
                options, options.file + " is not a case in JSON: " + std::string(parsed.message()));
        if (c.id().empty())
            c.set_id(storage::newUuid());
        if (c.owner_org_id().empty())
            c.set_owner_org_id(orgId);
        if (session)
            c.set_author_user_id(session->tokens().user().id());
        *c.mutable_created_at() = nowTimestamp();
        *c.mutable_updated_at() = c.created_at();
        Mutation m;
        *m.mutable_create_case()->mutable_good_practice_case() = c;
        return reportQueued(
            options, engine.submit(std::move(m)), c.id(), "事例を作成しました", "case created");
    }
    if (options.words.size() < 3)
        return reportUsage(options, "cases " + sub + " needs an ID");
    const std::string& id = options.words[2];
    auto found = s.cases().find(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(options, storage::makeError(StoreErrorCode::NotFound, "no case with id " + id));
    if (sub == "submit") {
        Mutation m;
        m.mutable_submit_case()->set_case_id(id);
        return reportQueued(options, engine.submit(std::move(m)), id,
            "事例を提出しました（公開範囲が全国ならセンターの確認へ、それ以外はすぐ公開）",
            "case submitted (public: to the centre for review; any other scope: published)");
    }
    Mutation m;
    auto* edit = m.mutable_edit_case();
    edit->set_case_id(id);
    // A case made on this device has revision 0 until the server stores it as revision 1;
    // its create is sent first, so the edit starts from 1.
    edit->set_base_revision(std::max<std::int64_t>((*found)->revision(), 1));
    if (sub == "edit") {
        if (options.sets.empty())
            return reportUsage(options, "cases edit needs --set FIELD=VALUE");
        if (auto wrong = applySets(options, *edit))
            return reportUsage(options, *wrong);
        return reportQueued(
            options, engine.submit(std::move(m)), id, "事例を編集しました", "case edit queued");
    }
    if (sub == "attach") {
        if (options.words.size() != 4)
            return reportUsage(options, "cases attach needs ID FILE");
        const std::string& path = options.words[3];
        if (sync::attachmentMimeTypeOf(path).empty())
            return reportUsage(options, "attach a .jpg, .png or .pdf file");
        auto bytes = readWholeFile(path, sync::MaxAttachmentBytes);
        if (!bytes || bytes->empty())
            return reportUsage(options, path + " cannot be read, is empty or is over 50 MiB");
        auto ref = sync::addLocalAttachment(s, engine, *bytes, path, options.caption);
        if (!ref)
            return reportSync(options, ref.error());
        *edit->mutable_values()->mutable_attachments() = (*found)->attachments();
        *edit->mutable_values()->add_attachments() = *ref;
        edit->add_fields("attachments");
        return reportQueued(
            options, engine.submit(std::move(m)), id, "ファイルを追加しました", "attachment queued");
    }
    return reportUsage(options, "unknown cases command " + sub);
}

int readCases(const Options& options, store::Store& s)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    if (sub == "search") {
        if (options.words.size() < 3)
            return reportUsage(options, "cases search needs a QUERY");
        std::string query = options.words[2];
        for (std::size_t i = 3; i < options.words.size(); ++i)
            query += " " + options.words[i];
        auto rows = s.cases().search(query, options.filter, options.limit);
        if (!rows)
            return report(options, rows.error());
        return printCaseList(options, *rows);
    }
    if (sub == "list") {
        auto rows = s.cases().browse(options.filter, options.limit, 0);
        if (!rows)
            return report(options, rows.error());
        return printCaseList(options, *rows);
    }
    if (sub == "show") {
        if (options.words.size() != 3)
            return reportUsage(options, "cases show needs exactly one ID");
        auto found = s.cases().find(options.words[2]);
        if (!found)
            return report(options, found.error());
        if (!*found)
            return report(
                options, storage::makeError(StoreErrorCode::NotFound, "no case with id " + options.words[2]));
        return showCase(options, **found);
    }
    return reportUsage(options, "cases needs search, list or show");
}

// A phone or kiosk holds case summaries; `cases fetch ID` brings one whole case over the
// network and keeps it among the whole cases the engine caches, as opening it in the app does.
int fetchCase(const Options& options)
{
    if (options.words.size() != 3)
        return reportUsage(options, "cases fetch needs exactly one ID");
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    auto fetched = device->engine->fetchWholeCase(options.words[2]);
    if (!fetched)
        return reportSync(options, fetched.error());
    return showCase(options, *fetched);
}

} // namespace

int runCases(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    if (sub == "fetch")
        return fetchCase(options);
    const bool writes = sub == "add" || sub == "edit" || sub == "submit" || sub == "attach";
    return withStore(
        options, [&](store::Store& s) { return writes ? writeCase(options, s) : readCases(options, s); },
        writes ? StoreUse::Write : StoreUse::ReadOnly);
}

} // namespace yk::cli
