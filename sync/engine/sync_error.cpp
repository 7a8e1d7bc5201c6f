#include "sync_error.h"

namespace yk::sync {

namespace {

struct Messages {
    std::string_view name;
    std::string_view ja;
    std::string_view en;
};

Messages messagesOf(SyncErrorCode code)
{
    switch (code) {
    case SyncErrorCode::NotEnrolled:
        return { "not_enrolled", "この端末はまだサーバーに登録されていません。登録コードで登録してください。",
            "This device is not enrolled yet. Enrol it with an enrolment code." };
    case SyncErrorCode::NotSignedIn:
        return { "not_signed_in", "ログインしていません。ログインしてください。",
            "Not signed in. Please sign in." };
    case SyncErrorCode::SessionExpired:
        return { "session_expired",
            "ログインの有効期限が切れました。ログインし直してください。未送信の変更は保存されています。",
            "Your sign-in has expired. Please sign in again; your unsent changes are kept." };
    case SyncErrorCode::InvalidCredentials:
        return { "invalid_credentials", "ログイン名またはパスワードが違います。",
            "The login or the password is wrong." };
    case SyncErrorCode::EnrolmentRefused:
        return { "enrolment_refused",
            "登録コードが正しくないか、使用済みか、期限切れです。センターに確認してください。",
            "The enrolment code is wrong, used or expired. Please ask the centre." };
    case SyncErrorCode::Unreachable:
        return { "unreachable",
            "サーバーに接続できません。オフラインのまま使えます。変更は接続後に送信されます。",
            "The server cannot be reached. You can keep working offline; changes are sent once connected." };
    case SyncErrorCode::TimedOut:
        return { "timed_out", "サーバーの応答がありません。しばらくしてから自動で再試行します。",
            "The server did not answer in time. Trying again shortly." };
    case SyncErrorCode::ConnectionLost:
        return { "connection_lost", "通信が途中で切れました。しばらくしてから自動で再試行します。",
            "The connection broke off. Trying again shortly." };
    case SyncErrorCode::CertificateUntrusted:
        return { "certificate_untrusted",
            "サーバーの証明書を信頼できません。なりすましの恐れがあるため接続しません。センターに確認してくだ"
            "さい。",
            "The server's certificate is not trusted. Not connecting, as the server may be an impostor. "
            "Please ask the centre." };
    case SyncErrorCode::CertificateHostMismatch:
        return { "certificate_host_mismatch",
            "サーバーの証明書が接続先の名前と一致しません。接続しません。センターに確認してください。",
            "The server's certificate is for another name. Not connecting. Please ask the centre." };
    case SyncErrorCode::CertificateTimeInvalid:
        return { "certificate_time_invalid",
            "サーバーの証明書が期限切れか、まだ有効ではありません。端末の日付と時刻が正しいか確認してください"
            "。",
            "The server's certificate is expired or not yet valid. Check that this device's date and time "
            "are right." };
    case SyncErrorCode::CertificateChanged:
        return { "certificate_changed",
            "サーバーの証明書が登録時と変わっています。なりすましの恐れがあるため接続しません。センターに確認"
            "してください。",
            "The server's certificate has changed since enrolment. Not connecting, as the server may be an "
            "impostor. Please ask the centre." };
    case SyncErrorCode::TlsFailure:
        return { "tls_failure", "サーバーと安全な接続を確立できませんでした。",
            "A secure connection to the server could not be set up." };
    case SyncErrorCode::ClientTooOld:
        return { "client_too_old",
            "このアプリは古いため、サーバーと同期できません。アプリを更新してください。",
            "This app is too old to sync with the server. Please update it." };
    case SyncErrorCode::ServerTooOld:
        return { "server_too_old", "サーバーが古いため同期できません。センターに連絡してください。",
            "The server is older than this app and cannot sync with it. Please tell the centre." };
    case SyncErrorCode::DeviceRevoked:
        return { "device_revoked", "この端末の登録は取り消されました。端末内のデータを削除しました。",
            "This device has been revoked. Its local data has been deleted." };
    case SyncErrorCode::AccountDisabled:
        return { "account_disabled", "このアカウントは利用停止されています。管理者に連絡してください。",
            "This account has been disabled. Please contact your administrator." };
    case SyncErrorCode::Forbidden:
        return { "forbidden", "この操作をする権限がありません。", "You may not do this." };
    case SyncErrorCode::ServerBusy:
        return { "server_busy", "サーバーが混み合っています。しばらくしてから自動で再試行します。",
            "The server is busy. Trying again shortly." };
    case SyncErrorCode::ServerError:
        return { "server_error", "サーバーでエラーが起きました。しばらくしてから自動で再試行します。",
            "The server had an error. Trying again shortly." };
    case SyncErrorCode::Protocol:
        return { "protocol_error", "サーバーの応答を読み取れませんでした。",
            "The server's answer could not be read." };
    case SyncErrorCode::Storage:
        return { "storage_error", "端末のデータを保存できませんでした。空き容量を確認してください。",
            "This device's data could not be saved. Check the free space." };
    case SyncErrorCode::InvalidInput:
        return { "invalid_input", "入力内容が正しくありません。", "The input is not valid." };
    case SyncErrorCode::TooLarge:
        return { "too_large",
            "送信できないほど大きな変更があります。内容を短くするか、写真は添付ファイルにしてください。",
            "A change is too large to send. Shorten it, or attach photos as files." };
    case SyncErrorCode::Cancelled:
        return { "cancelled", "同期を中止しました。", "Sync was cancelled." };
    }
    return { "unknown", "不明なエラーです。", "Unknown error." };
}

} // namespace

bool SyncError::retryable() const
{
    switch (code) {
    case SyncErrorCode::Unreachable:
    case SyncErrorCode::TimedOut:
    case SyncErrorCode::ConnectionLost:
    case SyncErrorCode::ServerBusy:
    case SyncErrorCode::ServerError:
        return true;
    default:
        return false;
    }
}

std::string_view syncErrorName(SyncErrorCode code)
{
    return messagesOf(code).name;
}

SyncError makeSyncError(SyncErrorCode code, std::string detail)
{
    const auto m = messagesOf(code);
    return SyncError { code, {}, std::string(m.ja), std::string(m.en), std::move(detail) };
}

SyncError syncErrorFromStore(const storage::StoreError& error)
{
    SyncError out = makeSyncError(SyncErrorCode::Storage, error.detail);
    out.messageJa = std::string(error.messageJa());
    out.messageEn = std::string(error.messageEn());
    return out;
}

SyncError syncErrorFromTransport(const TransportError& error)
{
    SyncErrorCode code = SyncErrorCode::Unreachable;
    switch (error.kind) {
    case TransportErrorKind::InvalidAddress:
        code = SyncErrorCode::InvalidInput;
        break;
    case TransportErrorKind::Unreachable:
        code = SyncErrorCode::Unreachable;
        break;
    case TransportErrorKind::TimedOut:
        code = SyncErrorCode::TimedOut;
        break;
    case TransportErrorKind::ConnectionLost:
        code = SyncErrorCode::ConnectionLost;
        break;
    case TransportErrorKind::CertificateUntrusted:
        code = SyncErrorCode::CertificateUntrusted;
        break;
    case TransportErrorKind::CertificateHostMismatch:
        code = SyncErrorCode::CertificateHostMismatch;
        break;
    case TransportErrorKind::CertificateTimeInvalid:
        code = SyncErrorCode::CertificateTimeInvalid;
        break;
    case TransportErrorKind::CertificateChanged:
        code = SyncErrorCode::CertificateChanged;
        break;
    case TransportErrorKind::TlsFailure:
        code = SyncErrorCode::TlsFailure;
        break;
    case TransportErrorKind::Cancelled:
        code = SyncErrorCode::Cancelled;
        break;
    }
    SyncError out = makeSyncError(code, error.detail);
    if (error.kind == TransportErrorKind::InvalidAddress) {
        out.messageJa = "サーバーのアドレスが正しくありません（https://… の形で指定してください）。";
        out.messageEn = "The server address is not valid (use the form https://…).";
    }
    return out;
}

} // namespace yk::sync
