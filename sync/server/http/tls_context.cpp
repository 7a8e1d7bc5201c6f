#include "tls_context.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace yk::server::http {

namespace ssl = boost::asio::ssl;

namespace {

// TLS 1.2 suites: ECDHE only (forward secrecy), AEAD only. TLS 1.3 keeps OpenSSL's
// defaults, which are all AEAD.
constexpr const char* Tls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

} // namespace

Result<ssl::context, std::string> makeServerTlsContext(
    const std::filesystem::path& certificatePem, const std::filesystem::path& privateKeyPem)
{
    ssl::context context(ssl::context::tls_server);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
        | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use
        | ssl::context::no_compression);
    SSL_CTX* native = context.native_handle();
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1)
        return std::string("cannot require TLS 1.2");
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_set_cipher_list(native, Tls12Ciphers) != 1)
        return std::string("cannot set the TLS cipher list");

    boost::system::error_code ec;
    context.use_certificate_chain_file(certificatePem.string(), ec);
    if (ec)
        return "cannot read the TLS certificate " + certificatePem.string() + ": " + ec.message();
    context.use_private_key_file(privateKeyPem.string(), ssl::context::pem, ec);
    if (ec)
        return "cannot read the TLS private key " + privateKeyPem.string() + ": " + ec.message();
    if (SSL_CTX_check_private_key(native) != 1)
        return std::string("the TLS private key does not match the certificate");
    ERR_clear_error();
    return context;
}

} // namespace yk::server::http
