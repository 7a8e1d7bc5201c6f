#include "transport.h"

namespace yk::sync {

std::string HttpResponse::header(std::string_view lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

std::string_view transportErrorCode(TransportErrorKind kind)
{
    switch (kind) {
    case TransportErrorKind::InvalidAddress:
        return "invalid_address";
    case TransportErrorKind::Unreachable:
        return "unreachable";
    case TransportErrorKind::TimedOut:
        return "timed_out";
    case TransportErrorKind::ConnectionLost:
        return "connection_lost";
    case TransportErrorKind::CertificateUntrusted:
        return "certificate_untrusted";
    case TransportErrorKind::CertificateHostMismatch:
        return "certificate_host_mismatch";
    case TransportErrorKind::CertificateTimeInvalid:
        return "certificate_time_invalid";
    case TransportErrorKind::CertificateChanged:
        return "certificate_changed";
    case TransportErrorKind::TlsFailure:
        return "tls_failure";
    case TransportErrorKind::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

std::string_view transportErrorMessageJa(TransportErrorKind kind)
{
    switch (kind) {
    case TransportErrorKind::InvalidAddress:
        return "サーバーのアドレスが正しくありません。https:// で始まるアドレスを確認してください。";
    case TransportErrorKind::Unreachable:
        return "サーバーに接続できません。ネットワークとサーバーのアドレスを確認してください。";
    case TransportErrorKind::TimedOut:
        return "サーバーの応答がありません。しばらくしてから自動的にもう一度送ります。";
    case TransportErrorKind::ConnectionLost:
        return "通信が途中で切れました。しばらくしてから自動的にもう一度送ります。";
    case TransportErrorKind::CertificateUntrusted:
        return "サーバーの証明書を信頼できません。センターから受け取った CA ファイルを指定してください。";
    case TransportErrorKind::CertificateHostMismatch:
        return "サーバーの証明書が別のアドレス用です。サーバーのアドレスを確認してください。";
    case TransportErrorKind::CertificateTimeInvalid:
        return "サーバーの証明書が有効期限外です。この端末の日付と時刻が正しいか確認してください。";
    case TransportErrorKind::CertificateChanged:
        return "サーバーの証明書が登録時と違います。安全のため接続しません。センターに連絡してください。";
    case TransportErrorKind::TlsFailure:
        return "サーバーと安全な接続を確立できません。センターに連絡してください。";
    case TransportErrorKind::Cancelled:
        return "通信を中止しました。";
    }
    return "通信できません。";
}

std::string_view transportErrorMessageEn(TransportErrorKind kind)
{
    switch (kind) {
    case TransportErrorKind::InvalidAddress:
        return "The server address is not valid. Check that it starts with https://.";
    case TransportErrorKind::Unreachable:
        return "Cannot reach the server. Check the network and the server address.";
    case TransportErrorKind::TimedOut:
        return "The server did not answer in time. Sending will be retried automatically.";
    case TransportErrorKind::ConnectionLost:
        return "The connection broke. Sending will be retried automatically.";
    case TransportErrorKind::CertificateUntrusted:
        return "The server's certificate is not trusted. Give the CA file you received from the centre.";
    case TransportErrorKind::CertificateHostMismatch:
        return "The server's certificate is for another address. Check the server address.";
    case TransportErrorKind::CertificateTimeInvalid:
        return "The server's certificate is expired or not yet valid. Check this device's date and time.";
    case TransportErrorKind::CertificateChanged:
        return "The server's certificate is not the one this device was set up with. Not connecting; "
               "contact the centre.";
    case TransportErrorKind::TlsFailure:
        return "Cannot set up a secure connection with the server. Contact the centre.";
    case TransportErrorKind::Cancelled:
        return "Cancelled.";
    }
    return "Cannot communicate with the server.";
}

} // namespace yk::sync
