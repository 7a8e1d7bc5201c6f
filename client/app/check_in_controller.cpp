#include "check_in_controller.h"

#include "app_settings.h"
#include "engine_bridge.h"
#include "sync_status.h"
#include "ticket_verifier.h"

#include "engine/sync_engine.h"
#include "hex_text.h"
#include "storage/cipher.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <google/protobuf/util/time_util.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <set>

namespace yk::app {

using namespace yokoten::v1;
using Outcome = CheckInController::Outcome;

namespace {

Outcome verdict(CheckInController::State state, QString attendeeName = {})
{
    Outcome outcome;
    outcome.state = state;
    outcome.attendeeName = std::move(attendeeName);
    return outcome;
}

Outcome failure(QString error)
{
    Outcome outcome;
    outcome.state = CheckInController::Failed;
    outcome.error = std::move(error);
    return outcome;
}

Outcome storeFailure()
{
    return failure(AppSettings::pick(
        "端末のデータを読み書きできませんでした。", "The device's data could not be read or written."));
}

// Nonces make a resent event idempotent on the server: 16 random bytes, like a UUID.
std::string newNonce()
{
    std::array<unsigned char, 16> bytes {};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        return storage::newUuid();
    return proto::toHex(bytes.data(), bytes.size());
}

CheckInController::State stateOf(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Valid:
        return CheckInController::Accepted;
    case TicketStatus::Malformed:
        return CheckInController::Malformed;
    case TicketStatus::Tampered:
        return CheckInController::Tampered;
    case TicketStatus::ForeignKey:
        return CheckInController::ForeignKey;
    case TicketStatus::WrongSession:
        return CheckInController::WrongSession;
    case TicketStatus::NoKey:
        return CheckInController::NoKey;
    }
    return CheckInController::Malformed;
}

TicketVerifier verifierOf(DeviceContext& context)
{
    // Not enrolled (a demo store): no key, so every ticket answers NoKey.
    if (context.engine != nullptr)
        if (auto account = context.engine->account())
            return TicketVerifier(TicketKey::fromServerInfo(account->server()));
    return TicketVerifier(TicketKey {});
}

bool countsAsArrived(const CheckIn& c)
{
    // A pending local event has no result yet; the server's duplicates and refusals do not
    // add an attendee.
    return c.result() == CHECK_IN_RESULT_ACCEPTED || c.result() == CHECK_IN_RESULT_UNSPECIFIED;
}

/// A genuine ticket of this session: flags a repeat and queues the event.
Outcome admit(DeviceContext& context, const std::string& sessionId, const TicketVerification& verified)
{
    Outcome outcome;
    const TicketPayload& payload = verified.payload;
    auto& records = context.store->records();
    auto registration = records.find<Registration>(payload.registration_id());
    if (!registration)
        return storeFailure();
    outcome.attendeeName = QString::fromStdString(payload.attendee_display_name());
    if (*registration) {
        const auto status = (*registration)->status();
        if (outcome.attendeeName.isEmpty())
            outcome.attendeeName = QString::fromStdString((*registration)->attendee_name());
        // The store has heard since the ticket was issued that the seat was given up.
        if (status == REGISTRATION_STATUS_CANCELLED || status == REGISTRATION_STATUS_REJECTED) {
            outcome.state = CheckInController::NotConfirmed;
            return outcome;
        }
    }
    auto checkIns = records.checkInsOfSession(sessionId);
    if (!checkIns)
        return storeFailure();
    const bool seen = std::any_of(checkIns->begin(), checkIns->end(), [&](const CheckIn& c) {
        return countsAsArrived(c)
            && (c.ticket_id() == payload.ticket_id() || c.registration_id() == payload.registration_id());
    });

    // A repeat is queued too: check-ins are append-only events, and the server (which may
    // know of an earlier scan at another door, or none) records it as DUPLICATE.
    Mutation m;
    auto* op = m.mutable_record_check_in();
    CheckIn* c = op->mutable_check_in();
    c->set_id(storage::newUuid());
    c->set_nonce(newNonce());
    c->set_ticket_id(payload.ticket_id());
    c->set_registration_id(payload.registration_id());
    c->set_session_id(sessionId);
    if (auto account = context.engine->account())
        c->set_device_id(account->device_id());
    *c->mutable_checked_in_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
    *op->mutable_ticket() = verified.ticket;
    *m.mutable_client_time() = c->checked_in_at();
    if (auto seq = context.engine->submit(m); !seq)
        return failure(AppSettings::pick(seq.error().messageJa, seq.error().messageEn));
    outcome.state = seen ? CheckInController::Duplicate : CheckInController::Accepted;
    outcome.checkInId = QString::fromStdString(c->id());
    outcome.queued = true;
    return outcome;
}

Outcome checkInTicket(
    DeviceContext& context, const std::string& sessionId, const TicketVerification& verified)
{
    if (verified.status != TicketStatus::Valid) {
        Outcome outcome;
        outcome.state = stateOf(verified.status);
        // Only a genuine ticket may name its holder.
        if (verified.status == TicketStatus::WrongSession)
            outcome.attendeeName = QString::fromStdString(verified.payload.attendee_display_name());
        return outcome;
    }
    return admit(context, sessionId, verified);
}

QString normalisedShortCode(const QString& code)
{
    QString out;
    for (QChar ch : code)
        if (ch.isLetterOrNumber())
            out.append(ch.toUpper());
    return out;
}

struct DoorCounts {
    int confirmed = 0;
    int checkedIn = 0;
    int lastResult = CHECK_IN_RESULT_UNSPECIFIED;
    bool lastRefused = false; ///< the server refused the RecordCheckIn mutation itself
};

} // namespace

CheckInController::CheckInController(QObject* parent)
    : StoreController(parent)
{
}

void CheckInController::setSessionId(const QString& id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    Q_EMIT sessionIdChanged();
    clearResult();
    reload();
}

QString CheckInController::message() const
{
    switch (m_state) {
    case None:
        return {};
    case Accepted:
        return AppSettings::pick("受付しました。", "Checked in.");
    case Duplicate:
        return m_duplicateAfterSync
            ? AppSettings::pick("この受講票は別の端末で先に受付されていました（二重受付）。",
                "This ticket was checked in earlier on another device (duplicate).")
            : AppSettings::pick("この受講票はすでに受付済みです（二重受付）。",
                "This ticket has already been checked in (duplicate).");
    case Tampered:
        return AppSettings::pick(
            "受講票の署名が一致しません。書き換えられた可能性があります。係員が確認してください。",
            "The ticket's signature does not match: it may have been altered. Please check it by hand.");
    case ForeignKey:
        return AppSettings::pick(
            "このサーバーが発行した受講票ではありません。", "This ticket was not issued by this server.");
    case WrongSession:
        return AppSettings::pick("別の回の受講票です。", "This ticket is for another session.");
    case NotFound:
        return AppSettings::pick("この受付番号の確定した申込みは見つかりません。",
            "No confirmed registration of this session has that short code.");
    case Malformed:
        return AppSettings::pick("受講票のQRコードとして読み取れません。", "This is not a Yokoten ticket.");
    case NotConfirmed:
        return AppSettings::pick("この申込みはキャンセル済みか、受け付けられていません。",
            "This registration was cancelled or not accepted.");
    case NoKey:
        return AppSettings::pick("この端末には受講票を確かめる鍵がまだありません。一度同期してください。",
            "This device does not have the server's ticket key yet. Please sync once.");
    case Rejected:
        return AppSettings::pick(
            "サーバーがこの受付を認めませんでした。", "The server did not accept this check-in.");
    case Failed:
        return m_error;
    }
    return {};
}

void CheckInController::checkInQr(const QString& text)
{
    const std::string sessionId = m_sessionId.toStdString();
    const std::string qr = text.toStdString();
    run([sessionId, qr](DeviceContext& context) {
        return checkInTicket(context, sessionId, verifierOf(context).verifyQrText(qr, sessionId));
    });
}

void CheckInController::checkInShortCode(const QString& code)
{
    const std::string sessionId = m_sessionId.toStdString();
    const QString wanted = normalisedShortCode(code);
    run([sessionId, wanted](DeviceContext& context) {
        if (wanted.isEmpty())
            return verdict(NotFound);
        auto registrations = context.store->records().registrationsOfSession(sessionId);
        if (!registrations)
            return storeFailure();
        const Registration* match = nullptr;
        for (const auto& r : *registrations) {
            if (r.ticket().short_code().empty()
                || normalisedShortCode(QString::fromStdString(r.ticket().short_code())) != wanted)
                continue;
            // A confirmed one wins over an older cancelled sign-up that had the same code.
            if (match == nullptr || r.status() == REGISTRATION_STATUS_CONFIRMED)
                match = &r;
        }
        if (match == nullptr)
            return verdict(NotFound);
        if (match->status() != REGISTRATION_STATUS_CONFIRMED)
            return verdict(NotConfirmed, QString::fromStdString(match->attendee_name()));
        // The stored ticket is checked the same way as a scanned one: the store is only as
        // trustworthy as the server's signature in it.
        return checkInTicket(context, sessionId, verifierOf(context).verify(match->ticket(), sessionId));
    });
}

void CheckInController::run(std::function<Outcome(DeviceContext&)> job)
{
    if (bridge() == nullptr)
        return;
    if (m_sessionId.isEmpty()) {
        setOutcome(verdict(WrongSession));
        return;
    }
    ++m_pendingScans;
    Q_EMIT busyChanged();
    bridge()->run<Outcome>(
        this,
        [job = std::move(job)](DeviceContext& context) {
            if (context.store == nullptr || context.engine == nullptr)
                return failure(QCoreApplication::translate("MutationQueue", "The store is not open."));
            return job(context);
        },
        [this](const Outcome& outcome) {
            --m_pendingScans;
            Q_EMIT busyChanged();
            setOutcome(outcome);
            if (outcome.queued && bridge() != nullptr)
                bridge()->notifyLocalWrite();
        });
}

void CheckInController::setOutcome(const Outcome& outcome)
{
    show(outcome);
    Q_EMIT scanned(m_state);
}

void CheckInController::clearResult()
{
    if (m_state != None)
        show(Outcome {});
}

void CheckInController::show(const Outcome& outcome)
{
    m_state = outcome.state;
    m_attendeeName = outcome.attendeeName;
    m_checkInId = outcome.checkInId;
    m_queued = outcome.queued;
    m_error = outcome.error;
    m_duplicateAfterSync = false;
    Q_EMIT resultChanged();
}

void CheckInController::reload()
{
    if (bridge() == nullptr || m_sessionId.isEmpty())
        return;
    const std::string sessionId = m_sessionId.toStdString();
    const std::string lastId = m_checkInId.toStdString();
    bridge()->run<DoorCounts>(
        this,
        [sessionId, lastId](DeviceContext& context) {
            DoorCounts counts;
            if (context.store == nullptr)
                return counts;
            auto& records = context.store->records();
            if (auto registrations = records.registrationsOfSession(sessionId))
                counts.confirmed
                    = static_cast<int>(std::count_if(registrations->begin(), registrations->end(),
                        [](const Registration& r) { return r.status() == REGISTRATION_STATUS_CONFIRMED; }));
            if (auto checkIns = records.checkInsOfSession(sessionId)) {
                std::set<std::string> arrived;
                for (const auto& c : *checkIns)
                    if (countsAsArrived(c) && !c.registration_id().empty())
                        arrived.insert(c.registration_id());
                counts.checkedIn = static_cast<int>(arrived.size());
            }
            if (!lastId.empty()) {
                if (auto last = records.find<CheckIn>(lastId); last && *last)
                    counts.lastResult = (*last)->result();
                if (context.engine != nullptr)
                    if (auto state = context.engine->stateOf(RECORD_KIND_CHECK_IN, lastId))
                        counts.lastRefused = *state == sync::RecordSyncState::Rejected;
            }
            return counts;
        },
        [this, lastId](DoorCounts counts) {
            if (counts.confirmed != m_confirmed || counts.checkedIn != m_checkedIn) {
                m_confirmed = counts.confirmed;
                m_checkedIn = counts.checkedIn;
                Q_EMIT countsChanged();
            }
            // The server's verdict on the last scan, once synced: another door was first, or
            // the server refused the ticket.
            if (lastId.empty() || lastId != m_checkInId.toStdString())
                return;
            // Only an accepted scan can turn out to be the later one: a local duplicate already says so.
            if (counts.lastResult == CHECK_IN_RESULT_DUPLICATE && m_state == Accepted) {
                m_state = Duplicate;
                m_duplicateAfterSync = true;
                Q_EMIT resultChanged();
            } else if ((counts.lastResult == CHECK_IN_RESULT_INVALID || counts.lastRefused)
                && (m_state == Accepted || m_state == Duplicate)) {
                m_state = Rejected;
                Q_EMIT resultChanged();
            }
        });
}

} // namespace yk::app
