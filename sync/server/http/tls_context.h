#pragma once

#include "domain/result.h"

#include <boost/asio/ssl/context.hpp>

#include <filesystem>
#include <string>

namespace yk::server::http {

/// Builds the server's TLS context: TLS 1.2 or newer only, forward-secret AEAD ciphers, no
/// compression, no renegotiation. The error is for operators (English, names the file).
Result<boost::asio::ssl::context, std::string> makeServerTlsContext(
    const std::filesystem::path& certificatePem, const std::filesystem::path& privateKeyPem);

} // namespace yk::server::http
