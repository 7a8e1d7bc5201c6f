#include "commands.h"
#include "cli_support.h"

#include "json_writer.h"
#include "passcode_prompt.h"

#include "demo_dataset.h"
#include "store/case_repository.h"
#include "store/demo_import.h"
#include "store/labels.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

namespace yk::cli {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

constexpr const char* kUsage = R"(yokoten-cli — Yokoten's headless client / Yokotenのコマンドライン版

Usage: yokoten-cli --store DIR [--passcode-env VAR] [--json] COMMAND [ARGS]

Commands:
  init                       create a new encrypted store in DIR (asks for a passcode twice)
  import-demo [--file F]     load the demo data set (built in, or the JSON file F)
  summary                    how many records of each kind the store holds
  cases search QUERY [--category N] [--prefecture CODE] [--area N] [--service N] [--limit N]
                             Japanese full-text search over cases, best match first
  cases list [filters…]      newest cases first
  cases show ID              one case in full
  check                      verify every page of the store (slow on large stores)
  passcode change            re-wrap the store key under a new passcode
  rekey                      rotate the data key and re-encrypt the store

Sync (enroll, login and sync need the server; everything else works offline and queues):
  enroll --server URL --code CODE [--ca FILE] [--pin SHA256] [--name NAME]
                             enrol this device with a one-time code from the centre
  login [--user NAME] [--password-env VAR]
                             sign in (without --user: as the device, for kiosks and phones)
  sync [--retries N] [--push-batch N] [--page-size N]
                             send pending changes, receive the server's, move attachments;
                             --retries: try again after a growing wait while offline;
                             smaller batches and pages suit a slow connection
  status                     pending changes, last sync, cursor, last error
  cases add --file case.json         a new case (JSON of yokoten.v1.GoodPracticeCase)
  cases edit ID --set FIELD=VALUE …  change fields (title, region, sections.background …)
  cases submit ID                    send a draft case to the centre for review
  cases attach ID FILE [--caption T] add a photo or PDF to a case
  seminars list                      sessions with seats, newest first
  seminars signup SESSION_ID [--name N] [--email E]
  seminars cancel REG_ID
  tickets list                       registrations and their state (pending, confirmed …)
  loans request MODEL_ID --from YYYY-MM-DD --to YYYY-MM-DD [--purpose TEXT]
  loans list
  assess start TEMPLATE_ID           a new self-assessment draft (stays on this device)
  assess answer RESPONSE_ID ITEM_ID VALUE
  assess submit RESPONSE_ID

Options:
  --store DIR          the store folder (required)
  --passcode-env VAR   read the passcode from environment variable VAR instead of the terminal
  --new-passcode-env VAR   the new passcode for 'passcode change'
  --json               machine-readable JSON on stdout (errors as JSON on stderr)
  --help               this text

Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passcode, 4 not a store / wrong key,
5 damaged store, 6 store from a newer version, 7 storage read-only/full/busy, 8 not found,
9 server unreachable (changes stay queued), 10 sign-in or enrolment needed or refused,
11 certificate or TLS problem, 12 device revoked (local data deleted), 13 app or server
needs an update, 14 the server refused a change.
)";

constexpr std::size_t kMinimumPasscodeLength = 4;

} // namespace

int exitCodeFor(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::WrongPasscode:
        return ExitWrongPasscode;
    case StoreErrorCode::WrongKey:
    case StoreErrorCode::NotAStore:
        return ExitNotAStore;
    case StoreErrorCode::Corrupt:
        return ExitCorrupt;
    case StoreErrorCode::NewerVersion:
        return ExitNewerVersion;
    case StoreErrorCode::ReadOnly:
    case StoreErrorCode::DiskFull:
    case StoreErrorCode::Busy:
    case StoreErrorCode::Io:
        return ExitStorage;
    case StoreErrorCode::NotFound:
        return ExitNotFound;
    case StoreErrorCode::InvalidArgument:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

std::string toJson(const google::protobuf::Message& message)
{
    std::string out;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    (void)google::protobuf::util::MessageToJsonString(message, &out, options);
    return out;
}

int report(const Options& options, const StoreError& error)
{
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("error").beginObject();
        json.key("code").value(storage::errorCodeName(error.code));
        json.key("messageJa").value(error.messageJa());
        json.key("messageEn").value(error.messageEn());
        json.key("detail").value(error.detail);
        json.endObject().endObject();
        std::cerr << json.finish();
    } else {
        std::cerr << "エラー: " << error.messageJa() << "\n"
                  << "Error: " << error.messageEn() << "\n"
                  << "(" << storage::errorCodeName(error.code) << ": " << error.detail << ")\n";
    }
    return exitCodeFor(error.code);
}

int reportUsage(const std::string& message)
{
    std::cerr << "使い方が正しくありません / usage error: " << message << "\n"
              << "yokoten-cli --help で使い方を表示します / see yokoten-cli --help\n";
    return ExitUsage;
}

std::optional<int> parseInt(const std::string& text)
{
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || value < 0 || value > 1'000'000)
        return std::nullopt;
    return static_cast<int>(value);
}

namespace {

Result<Options, UsageError> parse(const std::vector<std::string>& args)
{
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        static const std::map<std::string, std::string Options::*> textOptions {
            { "--store", &Options::store },
            { "--passcode-env", &Options::passcodeEnv },
            { "--new-passcode-env", &Options::newPasscodeEnv },
            { "--file", &Options::file },
            { "--server", &Options::server },
            { "--code", &Options::code },
            { "--ca", &Options::caFile },
            { "--pin", &Options::pin },
            { "--name", &Options::name },
            { "--user", &Options::user },
            { "--password-env", &Options::passwordEnv },
            { "--from", &Options::from },
            { "--to", &Options::to },
            { "--purpose", &Options::purpose },
            { "--email", &Options::email },
            { "--caption", &Options::caption },
        };
        static const std::map<std::string, int store::CaseFilter::*> filterOptions {
            { "--category", &store::CaseFilter::category },
            { "--prefecture", &store::CaseFilter::prefectureCode },
            { "--area", &store::CaseFilter::equipmentArea },
            { "--service", &store::CaseFilter::serviceType },
        };
        if (arg == "--json") {
            options.json = true;
        } else if (arg == "--set") {
            if (!hasValue)
                return UsageError { "--set needs FIELD=VALUE" };
            options.sets.push_back(args[++i]);
        } else if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (auto text = textOptions.find(arg); text != textOptions.end()) {
            if (!hasValue)
                return UsageError { arg + " needs a value" };
            options.*(text->second) = args[++i];
        } else if (auto filter = filterOptions.find(arg); filter != filterOptions.end() || arg == "--limit"
                   || arg == "--push-batch" || arg == "--page-size" || arg == "--retries") {
            if (!hasValue)
                return UsageError { arg + " needs a value" };
            const auto number = parseInt(args[++i]);
            if (!number)
                return UsageError { arg + " needs a whole number, got '" + args[i] + "'" };
            if (arg == "--limit")
                options.limit = *number;
            else if (arg == "--push-batch")
                options.pushBatch = std::max(1, *number);
            else if (arg == "--page-size")
                options.pageSize = std::max(1, *number);
            else if (arg == "--retries")
                options.retries = std::min(*number, 20);
            else
                options.filter.*(filter->second) = *number;
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
            return UsageError { "unknown option " + arg };
        } else {
            options.words.push_back(arg);
        }
    }
    return options;
}

// The passcode from --passcode-env VAR, else from the terminal. An unset variable is an
// error, never an empty passcode.
} // namespace

Result<std::string, UsageError> passcodeFrom(const std::string& envName, const char* prompt)
{
    if (!envName.empty()) {
        const char* value = std::getenv(envName.c_str());
        if (!value)
            return UsageError { "environment variable " + envName + " is not set" };
        return std::string(value);
    }
    auto typed = readPasscodeFromTerminal(prompt);
    if (!typed)
        return UsageError { "no terminal to ask for the passcode: use --passcode-env VAR" };
    return *typed;
}

namespace {

std::string yearLabel(int fiscalYear)
{
    return fiscalYear > 0 ? std::to_string(fiscalYear) + "年度" : "";
}

int printCaseList(const Options& options, const std::vector<store::CaseSummary>& rows)
{
    if (options.json) {
        JsonWriter json;
        json.beginArray();
        for (const auto& row : rows) {
            json.beginObject();
            json.key("id").value(row.id);
            json.key("title").value(row.title);
            json.key("category").value(yokoten::v1::CaseCategory_Name(row.category));
            json.key("categoryLabel").value(store::caseCategoryJa(row.category));
            json.key("organisation").value(row.organisationName);
            json.key("prefectureCode").value(row.prefectureCode);
            json.key("prefecture").value(store::prefectureNameJa(row.prefectureCode));
            json.key("fiscalYear").value(row.fiscalYear);
            json.key("state").value(yokoten::v1::CaseState_Name(row.state));
            json.key("score").value(row.score);
            json.endObject();
        }
        json.endArray();
        std::cout << json.finish();
        return ExitOk;
    }
    std::cout << rows.size() << "件 / " << rows.size() << (rows.size() == 1 ? " case" : " cases") << "\n";
    int n = 0;
    for (const auto& row : rows) {
        std::cout << "  " << ++n << ". [" << store::caseCategoryJa(row.category) << "] " << row.title << "\n"
                  << "     " << row.organisationName << "（" << store::prefectureNameJa(row.prefectureCode)
                  << "・" << yearLabel(row.fiscalYear) << "） id: " << row.id << "\n";
    }
    return ExitOk;
}

void printSection(const char* heading, const std::string& text)
{
    if (!text.empty())
        std::cout << "\n■ " << heading << "\n" << text << "\n";
}

} // namespace

int showCase(const Options& options, const yokoten::v1::GoodPracticeCase& c)
{
    if (options.json) {
        std::cout << toJson(c);
        return ExitOk;
    }
    std::cout << c.title() << "\n"
              << "分類 / category: " << store::caseCategoryJa(c.category()) << "\n"
              << "実施主体 / organisation: " << c.owner_org_name() << "（"
              << store::prefectureNameJa(c.prefecture_code()) << "）\n"
              << "年度 / fiscal year: " << c.fiscal_year() << "\n"
              << "状態 / state: " << store::caseStateEn(c.state()) << "\n";
    if (c.technologies_size() > 0) {
        std::cout << "技術 / technologies:";
        for (const auto& t : c.technologies())
            std::cout << " " << t;
        std::cout << "\n";
    }
    const auto& s = c.sections();
    printSection("背景", s.background());
    printSection("目的", s.purpose());
    printSection("実施概要", s.activities());
    printSection("効果・成果", s.effects());
    printSection("今後の予定・展望", s.next_steps());
    printSection("課題・ハードル", s.hurdles());
    printSection("解決策", s.solutions());
    printSection("ポイント", s.key_points());
    if (c.metrics_size() > 0) {
        std::cout << "\n■ 効果の数値 / measured effects\n";
        for (const auto& m : c.metrics())
            std::cout << "  " << m.label() << ": " << m.before_value() << " → " << m.after_value() << " "
                      << m.unit() << "（" << m.before_date() << " → " << m.after_date()
                      << "、出典: " << m.source() << "）\n";
    }
    return ExitOk;
}

namespace {

int cmdInit(const Options& options)
{
    std::string passcode;
    if (!options.passcodeEnv.empty()) {
        auto given = passcodeFrom(options.passcodeEnv, "");
        if (!given)
            return reportUsage(given.error().message);
        passcode = *given;
    } else {
        auto first = passcodeFrom("", "新しいパスコード / new passcode: ");
        if (!first)
            return reportUsage(first.error().message);
        auto again = passcodeFrom("", "もう一度 / again: ");
        if (!again)
            return reportUsage(again.error().message);
        if (*again != *first)
            return reportUsage("the two passcodes differ / 2回の入力が一致しません");
        passcode = *first;
    }
    if (passcode.size() < kMinimumPasscodeLength)
        return reportUsage("the passcode needs at least 4 characters / パスコードは4文字以上にしてください");
    auto created = store::Store::create(options.store, passcode);
    if (!created)
        return report(options, created.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("storeId").value((*created)->storeId());
        json.key("schemaVersion").value((*created)->schemaVersion()).endObject();
        std::cout << json.finish();
    } else {
        std::cout << "暗号化されたストアを作成しました / created an encrypted store (id "
                  << (*created)->storeId() << ")\n";
    }
    return ExitOk;
}

int cmdImportDemo(const Options& options, store::Store& s)
{
    proto::DemoDatasetResult parsed;
    if (options.file.empty()) {
        parsed = proto::builtinDemoDataset();
    } else {
        std::ifstream in(options.file, std::ios::binary);
        if (!in)
            return report(
                options, storage::makeError(StoreErrorCode::NotFound, "cannot read " + options.file));
        std::stringstream text;
        text << in.rdbuf();
        parsed = proto::parseDemoDataset(text.str());
    }
    if (!parsed.ok())
        return report(options, storage::makeError(StoreErrorCode::InvalidArgument, parsed.error));
    auto written = store::importDataset(s, parsed.dataset);
    if (!written)
        return report(options, written.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("records").value(static_cast<long long>(*written));
        json.key("cases").value(parsed.dataset.cases_size()).endObject();
        std::cout << json.finish();
    } else {
        std::cout << "デモデータを読み込みました / imported the demo data: " << *written << " records ("
                  << parsed.dataset.cases_size() << " cases)\n";
    }
    return ExitOk;
}

int cmdSummary(const Options& options, store::Store& s)
{
    auto counts = s.records().counts();
    if (!counts)
        return report(options, counts.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject();
        for (const auto& [table, n] : *counts)
            json.key(table).value(static_cast<long long>(n));
        json.endObject();
        std::cout << json.finish();
        return ExitOk;
    }
    std::cout << "ストアの内容 / store contents (schema " << s.schemaVersion() << ")\n";
    for (const auto& [table, n] : *counts)
        std::cout << "  " << table << ": " << n << "\n";
    return ExitOk;
}

int cmdCases(const Options& options, store::Store& s)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    if (sub == "search") {
        if (options.words.size() < 3)
            return reportUsage("cases search needs a QUERY");
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
    if (sub == "add" || sub == "edit" || sub == "submit" || sub == "attach")
        return runCaseWrite(options, s);
    if (sub == "show") {
        if (options.words.size() != 3)
            return reportUsage("cases show needs exactly one ID");
        auto found = s.cases().find(options.words[2]);
        if (!found)
            return report(options, found.error());
        if (!*found)
            return report(
                options, storage::makeError(StoreErrorCode::NotFound, "no case with id " + options.words[2]));
        return showCase(options, **found);
    }
    return reportUsage("cases needs search, list or show");
}

} // namespace

Result<OpenedStore, int> openStore(const Options& options, const char* prompt)
{
    auto passcode = passcodeFrom(options.passcodeEnv, prompt);
    if (!passcode)
        return reportUsage(passcode.error().message);
    auto opened = store::Store::open(options.store, *passcode);
    if (!opened)
        return report(options, opened.error());
    return OpenedStore { std::move(*opened), std::move(*passcode) };
}

int withStore(const Options& options, const std::function<int(store::Store&)>& body)
{
    auto opened = openStore(options, "パスコード / passcode: ");
    if (!opened)
        return opened.error();
    return body(*opened->store);
}

namespace {

int cmdChangePasscode(const Options& options)
{
    auto opened = openStore(options, "今のパスコード / current passcode: ");
    if (!opened)
        return opened.error();
    auto next = passcodeFrom(options.newPasscodeEnv, "新しいパスコード / new passcode: ");
    if (!next)
        return reportUsage(next.error().message);
    if (next->size() < kMinimumPasscodeLength)
        return reportUsage("the passcode needs at least 4 characters / パスコードは4文字以上にしてください");
    if (auto status = opened->store->changePasscode(opened->passcode, *next); !status)
        return report(options, status.error());
    std::cout << "パスコードを変更しました / passcode changed\n";
    return ExitOk;
}

int cmdRekey(const Options& options)
{
    auto opened = openStore(options, "パスコード / passcode: ");
    if (!opened)
        return opened.error();
    if (auto status = opened->store->rekey(opened->passcode); !status)
        return report(options, status.error());
    std::cout << "データの鍵を更新しました / data key rotated (generation " << opened->store->keyGeneration()
              << ")\n";
    return ExitOk;
}

} // namespace

int runCommandLine(const std::vector<std::string>& arguments)
{
    auto parsed = parse(arguments);
    if (!parsed)
        return reportUsage(parsed.error().message);
    const Options& options = *parsed;
    if (options.help) {
        std::cout << kUsage;
        return ExitOk;
    }
    if (options.words.empty()) {
        std::cerr << kUsage;
        return ExitUsage;
    }
    if (options.store.empty())
        return reportUsage("--store DIR is required");
    const std::string& command = options.words[0];
    if (command == "init")
        return cmdInit(options);
    if (command == "import-demo")
        return withStore(options, [&](store::Store& s) { return cmdImportDemo(options, s); });
    if (command == "summary")
        return withStore(options, [&](store::Store& s) { return cmdSummary(options, s); });
    if (command == "cases")
        return withStore(options, [&](store::Store& s) { return cmdCases(options, s); });
    if (command == "check")
        return withStore(options, [&](store::Store& s) {
            if (auto status = s.verifyIntegrity(); !status)
                return report(options, status.error());
            std::cout << "問題はありません / the store is intact\n";
            return static_cast<int>(ExitOk);
        });
    if (command == "passcode" && options.words.size() == 2 && options.words[1] == "change")
        return cmdChangePasscode(options);
    if (command == "rekey")
        return cmdRekey(options);
    if (auto handled = runSyncCommand(options))
        return *handled;
    return reportUsage("unknown command '" + command + "'");
}

} // namespace yk::cli
