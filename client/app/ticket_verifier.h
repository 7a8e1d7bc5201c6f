#pragma once

#include "yokoten/v1/seminar.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <string>
#include <string_view>

namespace yk::app {

/// The server's ticket key as a check-in device knows it (from its account's ServerInfo).
struct TicketKey {
    std::string publicKey; ///< raw 32-byte Ed25519 public key
    std::string keyId; ///< first 8 bytes of SHA-256 of the key, hex; derived when the account has none

    static TicketKey fromServerInfo(const yokoten::v1::ServerInfo& server);
    bool empty() const { return publicKey.empty(); }
};

/// What the door learns from a scanned ticket, offline.
enum class TicketStatus {
    Valid,
    Malformed, ///< not a Yokoten ticket at all (wrong prefix, bad base64, wrong sizes)
    Tampered, ///< claims our key but the signature does not match the payload
    ForeignKey, ///< signed by (or naming) another key than the account's ticket key
    WrongSession, ///< genuine, but for another session
    NoKey, ///< this device has no ticket key yet (never synced the server info)
};

struct TicketVerification {
    TicketStatus status = TicketStatus::Malformed;
    /// Set when the payload could be read (also for WrongSession, so the door can name it).
    yokoten::v1::TicketPayload payload;
    /// The ticket as it travels in a RecordCheckIn (payload and signature bytes).
    yokoten::v1::Ticket ticket;
    /// Why, in English, for logs and tests; never personal data.
    std::string detail;
};

/// Verifies seminar tickets offline: the QR text (TicketCode, the form the ticket screen
/// shows) against the server's Ed25519 key. No Qt.
class TicketVerifier {
public:
    explicit TicketVerifier(TicketKey key);

    /// Splits and decodes the QR text (TicketCode::parse).
    static bool parseQrText(std::string_view text, yokoten::v1::Ticket& ticket, std::string& detail);

    /// Verifies a scanned QR text; `sessionId` empty: any session.
    TicketVerification verifyQrText(std::string_view text, std::string_view sessionId) const;
    /// Verifies a ticket already at hand (a short code looked up in the store).
    TicketVerification verify(const yokoten::v1::Ticket& ticket, std::string_view sessionId) const;

private:
    bool signatureMatches(const yokoten::v1::Ticket& ticket) const;

    TicketKey m_key;
};

} // namespace yk::app
