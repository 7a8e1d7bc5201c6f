#pragma once

#include "domain/result.h"

#include <filesystem>
#include <string>

namespace yk::server::http {

/// Writes a self-signed certificate for this machine's loopback names (DNS:localhost,
/// IP:127.0.0.1, IP:::1) with a new EC P-256 key, valid 825 days (the longest most TLS clients
/// accept). It is its own trust anchor (CA:TRUE), so `curl --cacert server.crt` and the
/// devices' pinned CA file accept it. The key file is created with mode 0600; existing files
/// are refused, never overwritten.
Status<std::string> writeSelfSignedCertificate(
    const std::filesystem::path& certificatePem, const std::filesystem::path& privateKeyPem);

} // namespace yk::server::http
