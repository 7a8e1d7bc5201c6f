#pragma once

#include "yokoten/v1/seminar.pb.h"

#include <string>
#include <string_view>

namespace yk::app {

/// The text a ticket's QR code carries, written by the ticket screen and read at the door:
/// "YK1." + base64url(payload) + "." + base64url(signature), RFC 4648 §5 without padding.
/// One place for the format, so writer and reader cannot drift apart. No Qt.
struct TicketCode {
    static constexpr std::string_view Prefix = "YK1.";

    /// The QR text of a signed ticket.
    static std::string format(const yokoten::v1::Ticket& ticket);
    /// Splits and decodes a QR text into `ticket` (payload and signature only). Whitespace
    /// anywhere (line breaks from a paste or a scanner) is ignored and the prefix may be left
    /// out or in lower case. On failure returns false and says why in `detail` (English, for
    /// logs; never personal data).
    static bool parse(std::string_view text, yokoten::v1::Ticket& ticket, std::string& detail);
};

} // namespace yk::app
