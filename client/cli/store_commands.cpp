// yokoten-cli's store commands: create, import, count, check, change the passcode, rekey.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "demo_dataset.h"
#include "store/demo_import.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <fstream>
#include <sstream>

namespace yk::cli {

using storage::StoreErrorCode;

namespace {

constexpr std::size_t kMinimumPasscodeLength = 4;
constexpr const char* kPasscodeTooShort
    = "the passcode needs at least 4 characters / パスコードは4文字以上にしてください";

} // namespace

int runInit(const Options& options)
{
    std::string passcode;
    if (!options.passcodeEnv.empty()) {
        auto given = passcodeFrom(options.passcodeEnv, "");
        if (!given)
            return reportUsage(options, given.error().message);
        passcode = *given;
    } else {
        auto first = passcodeFrom("", "新しいパスコード / new passcode: ");
        if (!first)
            return reportUsage(options, first.error().message);
        auto again = passcodeFrom("", "もう一度 / again: ");
        if (!again)
            return reportUsage(options, again.error().message);
        if (*again != *first)
            return reportUsage(options, "the two passcodes differ / 2回の入力が一致しません");
        passcode = *first;
    }
    if (passcode.size() < kMinimumPasscodeLength)
        return reportUsage(options, kPasscodeTooShort);
    auto created = store::Store::create(options.store, passcode);
    if (!created)
        return report(options, created.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("storeId").value((*created)->storeId());
        json.key("schemaVersion").value((*created)->schemaVersion()).endObject();
        *options.out << json.finish();
    } else {
        *options.out << "暗号化されたストアを作成しました / created an encrypted store (id "
                     << (*created)->storeId() << ")\n";
    }
    return ExitOk;
}

int runImportDemo(const Options& options)
{
    return withStore(options, [&](store::Store& s) {
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
            *options.out << json.finish();
        } else {
            *options.out << "デモデータを読み込みました / imported the demo data: " << *written
                         << " records (" << parsed.dataset.cases_size() << " cases)\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int runSummary(const Options& options)
{
    return withStore(
        options,
        [&](store::Store& s) {
            auto counts = s.records().counts();
            if (!counts)
                return report(options, counts.error());
            if (options.json) {
                JsonWriter json;
                json.beginObject();
                for (const auto& [table, n] : *counts)
                    json.key(table).value(static_cast<long long>(n));
                json.endObject();
                *options.out << json.finish();
                return static_cast<int>(ExitOk);
            }
            *options.out << "ストアの内容 / store contents (schema " << s.schemaVersion() << ")\n";
            for (const auto& [table, n] : *counts)
                *options.out << "  " << table << ": " << n << "\n";
            return static_cast<int>(ExitOk);
        },
        StoreUse::ReadOnly);
}

int runCheck(const Options& options)
{
    return withStore(
        options,
        [&](store::Store& s) {
            if (auto status = s.verifyIntegrity(); !status)
                return report(options, status.error());
            *options.out << "問題はありません / the store is intact\n";
            return static_cast<int>(ExitOk);
        },
        StoreUse::ReadOnly);
}

int runPasscodeChange(const Options& options)
{
    auto opened = openStore(options, "今のパスコード / current passcode: ");
    if (!opened)
        return opened.error();
    auto next = passcodeFrom(options.newPasscodeEnv, "新しいパスコード / new passcode: ");
    if (!next)
        return reportUsage(options, next.error().message);
    if (next->size() < kMinimumPasscodeLength)
        return reportUsage(options, kPasscodeTooShort);
    if (auto status = opened->store->changePasscode(opened->passcode, *next); !status)
        return report(options, status.error());
    *options.out << "パスコードを変更しました / passcode changed\n";
    return ExitOk;
}

int runRekey(const Options& options)
{
    auto opened = openStore(options, "パスコード / passcode: ");
    if (!opened)
        return opened.error();
    if (auto status = opened->store->rekey(opened->passcode); !status)
        return report(options, status.error());
    *options.out << "データの鍵を更新しました / data key rotated (generation "
                 << opened->store->keyGeneration() << ")\n";
    return ExitOk;
}

} // namespace yk::cli
