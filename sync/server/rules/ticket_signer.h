#pragma once

#include "core/server_store.h"

#include "yokoten/v1/seminar.pb.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace yk::server {

/// Signs seminar tickets with the server's Ed25519 key, so a check-in device can verify a QR
/// code offline with the public key from /v1/server-info. The private key lives in the
/// (encrypted) server store and is created on first open.
class TicketSigner {
public:
    static StoreResult<std::unique_ptr<TicketSigner>> open(ServerStore& store);
    ~TicketSigner();

    /// Fills `signing_key_id` and signs the serialized payload; `short_code` is derived from
    /// the ticket id (typed in when no camera is at hand).
    yokoten::v1::Ticket sign(yokoten::v1::TicketPayload payload) const;
    /// The payload when the signature is ours and valid; nullopt otherwise.
    std::optional<yokoten::v1::TicketPayload> verify(const yokoten::v1::Ticket& ticket) const;
    /// Raw 32-byte Ed25519 public key.
    const std::string& publicKey() const;
    /// First 8 bytes of SHA-256 of the public key, in hex: names the key in every ticket.
    const std::string& keyId() const;
    /// 8 characters of base32 (no 0/O, 1/I) derived from a ticket id.
    static std::string shortCodeFor(std::string_view ticketId);

private:
    TicketSigner();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace yk::server
