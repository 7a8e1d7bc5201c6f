#pragma once

#include "yokoten/v1/seminar.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <QString>

#include <memory>
#include <string>

namespace yk::app::test {

/// A fresh Ed25519 key made with OpenSSL that signs tickets the way the server does
/// (ticket_signer.cpp): signing_key_id in the payload, the signature over its bytes.
class TestTicketSigner {
public:
    TestTicketSigner();
    ~TestTicketSigner();

    const std::string& publicKey() const { return m_publicKey; }
    const std::string& keyId() const { return m_keyId; }
    /// What a device account holds after enrolment with this "server".
    yokoten::v1::ServerInfo serverInfo() const;

    /// Signs `payload`; its signing_key_id is set to ours unless `claimedKeyId` is given.
    yokoten::v1::Ticket sign(yokoten::v1::TicketPayload payload, const std::string& claimedKeyId = {}) const;

    /// The QR text the ticket screen shows: "YK1." + base64url(payload) + "." + base64url(signature).
    static QString qrText(const yokoten::v1::Ticket& ticket);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    std::string m_publicKey;
    std::string m_keyId;
};

} // namespace yk::app::test
