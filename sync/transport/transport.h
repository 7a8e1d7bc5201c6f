#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace yk::sync {

/// One HTTP request as the sync engine makes it; `target` is a path ("/v1/push").
struct HttpRequest {
    std::string method = "POST";
    std::string target;
    std::string body;
    std::string contentType = "application/x-protobuf";
    std::vector<std::pair<std::string, std::string>> headers; ///< extra headers, e.g. Authorization
};

/// A complete HTTP response (any status; the engine interprets it).
struct HttpResponse {
    int status = 0;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; ///< names in lower case
    /// The first header of that (lower-case) name, or empty.
    std::string header(std::string_view lowerCaseName) const;
};

/// Why no HTTP response came back. Each maps to one message a care worker understands.
enum class TransportErrorKind {
    InvalidAddress, ///< the server URL cannot be used (bad syntax, plain http without the dev flag)
    Unreachable, ///< name lookup failed, connection refused, no route: the server cannot be reached
    TimedOut, ///< connect, handshake or response took longer than allowed
    ConnectionLost, ///< the connection broke mid-request or the response was cut short
    CertificateUntrusted, ///< no trusted CA vouches for the server (self-signed without --ca, wrong CA)
    CertificateHostMismatch, ///< the certificate is for another host name
    CertificateTimeInvalid, ///< expired or not yet valid: the server's certificate or this device's clock
    CertificateChanged, ///< the certificate does not match the pinned key
    TlsFailure, ///< another TLS handshake failure (protocol version, cipher)
    Cancelled, ///< cancel() was called
};

struct TransportError {
    TransportErrorKind kind = TransportErrorKind::Unreachable;
    std::string detail; ///< technical detail for logs and --json output (English)
};

/// A response, or why there is none.
using TransportResult = std::variant<HttpResponse, TransportError>;

/// How to reach and trust the server.
struct TransportOptions {
    std::string serverUrl; ///< "https://host[:port]" (default port 443)
    /// PEM text of the CA(s) to trust instead of the system's (a private CA, a self-signed
    /// server's certificate). Empty: the system's CA store.
    std::string caPem;
    /// Optional certificate pinning: lower-case hex SHA-256 of the server certificate's
    /// SubjectPublicKeyInfo (DER). Empty: no pinning. Checked in addition to CA verification.
    /// Several pins may be given separated by commas (a key rollover); the server passes when
    /// its certificate, or a certificate of its verified chain, matches one of them.
    std::string pinnedSpkiSha256;
    std::chrono::milliseconds connectTimeout { std::chrono::seconds(10) };
    /// Whole request: write, wait, read the full response.
    std::chrono::milliseconds requestTimeout { std::chrono::seconds(60) };
    std::size_t maxResponseBytes = std::size_t(64) * 1024 * 1024;
    std::string userAgent = "yokoten/1";
    /// Development only: allow "http://" URLs. Never set by the apps or the CLI by default.
    bool allowPlainHttp = false;
};

/// Carries HTTP requests to the sync server. Thread-safe: send() may be called from one
/// thread at a time while cancel() is called from another.
class Transport {
public:
    virtual ~Transport() = default;
    /// Sends one request and waits for the whole response (keeps the connection alive for
    /// the next). Never throws.
    virtual TransportResult send(const HttpRequest& request) = 0;
    /// Makes a send() in progress (and the next one) return Cancelled quickly. The next
    /// send() to start after cancel() returns Cancelled at once, without touching the network;
    /// the ones after it work again.
    virtual void cancel() = 0;
    /// Closes any kept-alive connection (e.g. after the network changed).
    virtual void disconnect() = 0;
};

/// English name of a kind, for logs and JSON ("certificate_untrusted").
std::string_view transportErrorCode(TransportErrorKind kind);

/// What to tell a person about a kind, Japanese first (the apps translate their own copy; the
/// CLI and logs use these).
std::string_view transportErrorMessageJa(TransportErrorKind kind);
std::string_view transportErrorMessageEn(TransportErrorKind kind);

/// The pin of the first certificate in `certificatePem`: lower-case hex SHA-256 of its
/// SubjectPublicKeyInfo (DER), as TransportOptions::pinnedSpkiSha256 wants it (`--pin`).
/// Empty when the text holds no readable certificate.
std::string spkiSha256OfPem(std::string_view certificatePem);

/// The Beast HTTPS transport: its own io_context thread, TLS ≥ 1.2, peer and host-name
/// verification always on, SNI, optional pinning, timeouts on every operation.
std::unique_ptr<Transport> makeHttpsTransport(TransportOptions options);

} // namespace yk::sync
