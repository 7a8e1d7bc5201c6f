#include "output.h"

#include "command_line.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include <ostream>

namespace yk::cli {

using storage::StoreErrorCode;
using sync::SyncErrorCode;

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

int exitCodeFor(const sync::SyncError& error)
{
    switch (error.code) {
    case SyncErrorCode::Unreachable:
    case SyncErrorCode::TimedOut:
    case SyncErrorCode::ConnectionLost:
    case SyncErrorCode::ServerBusy:
    case SyncErrorCode::ServerError:
        return ExitUnreachable;
    case SyncErrorCode::NotEnrolled:
    case SyncErrorCode::NotSignedIn:
    case SyncErrorCode::SessionExpired:
    case SyncErrorCode::InvalidCredentials:
    case SyncErrorCode::EnrolmentRefused:
    case SyncErrorCode::AccountDisabled:
        return ExitSignIn;
    case SyncErrorCode::CertificateUntrusted:
    case SyncErrorCode::CertificateHostMismatch:
    case SyncErrorCode::CertificateTimeInvalid:
    case SyncErrorCode::CertificateChanged:
    case SyncErrorCode::TlsFailure:
        return ExitCertificate;
    case SyncErrorCode::DeviceRevoked:
        return ExitRevoked;
    case SyncErrorCode::ClientTooOld:
    case SyncErrorCode::ServerTooOld:
        return ExitUpdate;
    case SyncErrorCode::InvalidInput:
        return ExitUsage;
    case SyncErrorCode::Storage:
        return ExitStorage;
    default:
        return ExitFailure;
    }
}

int report(const Options& options, const storage::StoreError& error)
{
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("error").beginObject();
        json.key("code").value(storage::errorCodeName(error.code));
        json.key("messageJa").value(error.messageJa());
        json.key("messageEn").value(error.messageEn());
        json.key("detail").value(error.detail);
        json.endObject().endObject();
        *options.err << json.finish();
    } else {
        *options.err << "エラー: " << error.messageJa() << "\n"
                     << "Error: " << error.messageEn() << "\n"
                     << "(" << storage::errorCodeName(error.code) << ": " << error.detail << ")\n";
    }
    return exitCodeFor(error.code);
}

int reportSync(const Options& options, const sync::SyncError& error)
{
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("error").beginObject();
        json.key("code").value(sync::syncErrorName(error.code));
        json.key("serverCode").value(error.serverCode);
        json.key("messageJa").value(error.messageJa);
        json.key("messageEn").value(error.messageEn);
        json.key("detail").value(error.detail);
        json.endObject().endObject();
        *options.err << json.finish();
    } else {
        *options.err << "エラー: " << error.messageJa << "\n"
                     << "Error: " << error.messageEn << "\n"
                     << "(" << sync::syncErrorName(error.code)
                     << (error.detail.empty() ? "" : ": " + error.detail) << ")\n";
    }
    return exitCodeFor(error);
}

int reportUsage(const Options& options, const std::string& message)
{
    *options.err << "使い方が正しくありません / usage error: " << message << "\n"
                 << "yokoten-cli --help で使い方を表示します / see yokoten-cli --help\n";
    return ExitUsage;
}

int reportQueued(const Options& options, const sync::SyncResult<std::int64_t>& seq, const std::string& id,
    const char* whatJa, const char* whatEn)
{
    if (!seq)
        return reportSync(options, seq.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("id").value(id).key("seq").value(static_cast<long long>(*seq));
        json.key("state").value("pending").endObject();
        *options.out << json.finish();
    } else {
        *options.out << whatJa << "（送信待ち） / " << whatEn << " (waiting to send)\n  id: " << id << "\n";
    }
    return ExitOk;
}

std::string toJson(const google::protobuf::Message& message)
{
    std::string out;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    (void)google::protobuf::util::MessageToJsonString(message, &out, options);
    return out;
}

std::string isoTime(std::int64_t millis)
{
    if (millis <= 0)
        return {};
    return google::protobuf::util::TimeUtil::ToString(
        google::protobuf::util::TimeUtil::MillisecondsToTimestamp(millis));
}

std::string isoTime(const google::protobuf::Timestamp& t)
{
    return t.seconds() == 0 ? std::string() : google::protobuf::util::TimeUtil::ToString(t);
}

google::protobuf::Timestamp nowTimestamp()
{
    return google::protobuf::util::TimeUtil::GetCurrentTime();
}

} // namespace yk::cli
