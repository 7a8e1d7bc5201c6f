#include "demo_seed.h"

#include "auth_crypto.h"
#include "enrolment_code.h"
#include "role_names.h"

#include "core/notice_audience.h"
#include "core/placement.h"
#include "demo_dataset.h"
#include "storage/cipher.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <ostream>

namespace yk::server {

using namespace yokoten::v1;
using storage::makeError;
using storage::StoreErrorCode;

namespace {

// Four groups of four from Crockford's alphabet in lower case: 80 bits, nothing to mistake.
std::string readablePassword()
{
    const std::string letters = auth_crypto::randomCrockford(16);
    if (letters.size() != 16)
        return {};
    std::string out;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.push_back('-');
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(letters[i]))));
    }
    return out;
}

std::string padded(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

// The organisation of the demo user with `login`, or the first organisation of `kind`.
const Organisation* demoOrganisation(
    const DemoDataset& dataset, std::string_view login, OrganisationKind kind)
{
    std::string orgId;
    for (const auto& user : dataset.users()) {
        if (user.login() == login)
            orgId = user.organisation_id();
    }
    const Organisation* fallback = nullptr;
    for (const auto& org : dataset.organisations()) {
        if (org.id() == orgId)
            return &org;
        if (fallback == nullptr && org.kind() == kind)
            fallback = &org;
    }
    return fallback;
}

template <typename Message, typename Setter>
StoreStatus putAll(
    WriteTransaction& tx, const google::protobuf::RepeatedPtrField<Message>& items, Setter set, int& count)
{
    for (const auto& item : items) {
        Record record;
        set(record, item);
        if (auto placed = putPlaced(tx, record); !placed)
            return placed.error();
        ++count;
    }
    return {};
}

// The demo's seat figures stand for people: each session's confirmed and waitlisted counts
// become that many registrations (no account, no personal data), signed up before the
// import. Without them the server's first sign-up recounts the seats from its roster and a
// device that showed "4 seats left" shows "39" (issue 20).
StoreStatus putDemoAttendees(
    WriteTransaction& tx, const DemoDataset& dataset, std::chrono::system_clock::time_point now, int& count)
{
    std::map<std::string, std::string> organiserOf;
    for (const auto& seminar : dataset.seminars())
        organiserOf[seminar.id()] = seminar.organiser_org_id();
    const std::int64_t nowSeconds = auth_crypto::unixSeconds(now);
    for (const auto& session : dataset.seminar_sessions()) {
        const int confirmed = session.confirmed_count();
        const int total = confirmed + session.waitlist_count();
        for (int i = 0; i < total; ++i) {
            Record record;
            Registration& r = *record.mutable_registration();
            r.set_id(storage::newUuid());
            r.set_session_id(session.id());
            r.set_organisation_id(organiserOf[session.seminar_id()]);
            r.set_attendee_name("デモ参加者 " + std::to_string(i + 1));
            r.set_attendee_email("attendee-" + std::to_string(i + 1) + "@demo.invalid");
            r.set_status(i < confirmed ? REGISTRATION_STATUS_CONFIRMED : REGISTRATION_STATUS_WAITLISTED);
            r.set_waitlist_position(i < confirmed ? 0 : i - confirmed + 1);
            r.mutable_requested_at()->set_seconds(nowSeconds - 86400 + i);
            if (auto placed = putPlaced(tx, record); !placed)
                return placed.error();
            ++count;
        }
    }
    return {};
}

} // namespace

StoreResult<DemoSeed> importDemo(
    ServerStore& store, const PasswordCost& cost, std::chrono::system_clock::time_point now)
{
    auto loaded = proto::builtinDemoDataset();
    if (!loaded.ok())
        return makeError(StoreErrorCode::Internal, "the built-in demo data set is damaged: " + loaded.error);
    // The demo's seminars lie ahead of whatever day the demo is set up on.
    proto::moveDemoScheduleAfter(
        loaded.dataset, std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
    const DemoDataset& dataset = loaded.dataset;

    DemoSeed seed;
    // Passwords are hashed before the write transaction: the slow part blocks no writer.
    std::vector<std::string> hashes;
    for (const auto& user : dataset.users()) {
        DemoAccount account;
        account.login = user.login();
        account.userId = user.id();
        account.role = user.roles().empty() ? "" : std::string(roleName(user.roles(0)));
        account.organisationId = user.organisation_id();
        for (const auto& org : dataset.organisations()) {
            if (org.id() == user.organisation_id())
                account.organisationName = org.name();
        }
        account.password = readablePassword();
        hashes.push_back(hashPassword(account.password, cost));
        if (account.password.empty() || hashes.back().empty())
            return makeError(StoreErrorCode::Internal, "could not make a demo password");
        seed.accounts.push_back(std::move(account));
    }

    auto tx = store.write();
    if (!tx)
        return tx.error();
    if (!dataset.organisations().empty()) {
        auto existing = (*tx)->find(RECORD_KIND_ORGANISATION, dataset.organisations(0).id());
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(StoreErrorCode::AlreadyExists, "the demo data is already in this store");
    }

    // Organisations first: placing every other record looks up its organisation; seminars
    // before their sessions and equipment models before their units for the same reason.
    auto& t = **tx;
    int& n = seed.records;
    StoreStatus status = putAll(
        t, dataset.organisations(), [](Record& r, const Organisation& o) { *r.mutable_organisation() = o; },
        n);
    if (status)
        status = putAll(
            t, dataset.users(), [](Record& r, const User& u) { *r.mutable_user() = u; }, n);
    if (status)
        status = putAll(
            t, dataset.seminars(), [](Record& r, const Seminar& s) { *r.mutable_seminar() = s; }, n);
    if (status)
        status = putAll(
            t, dataset.seminar_sessions(),
            [](Record& r, const SeminarSession& s) { *r.mutable_seminar_session() = s; }, n);
    if (status)
        status = putDemoAttendees(t, dataset, now, n);
    if (status)
        status = putAll(
            t, dataset.equipment_models(),
            [](Record& r, const EquipmentModel& m) { *r.mutable_equipment_model() = m; }, n);
    if (status)
        status = putAll(
            t, dataset.equipment_units(),
            [](Record& r, const EquipmentUnit& u) { *r.mutable_equipment_unit() = u; }, n);
    if (status)
        status = putAll(
            t, dataset.assessment_templates(),
            [](Record& r, const AssessmentTemplate& a) { *r.mutable_assessment_template() = a; }, n);
    if (status)
        status = putAll(
            t, dataset.cases(),
            [](Record& r, const GoodPracticeCase& c) { *r.mutable_good_practice_case() = c; }, n);
    // The centre's desk last: consultations link cases and models, entries name sessions.
    if (status)
        status = putAll(
            t, dataset.consultations(),
            [](Record& r, const Consultation& c) { *r.mutable_consultation() = c; }, n);
    if (status)
        status = putAll(
            t, dataset.visitor_entries(),
            [](Record& r, const VisitorEntry& e) { *r.mutable_visitor_entry() = e; }, n);
    // Programmes before their participations: placing one looks up its programme's advisers.
    if (status)
        status = putAll(
            t, dataset.programmes(), [](Record& r, const SupportProgramme& p) { *r.mutable_programme() = p; },
            n);
    if (status)
        status = putAll(
            t, dataset.participations(),
            [](Record& r, const ProgrammeParticipation& p) { *r.mutable_participation() = p; }, n);
    if (status)
        status = putAll(
            t, dataset.adoptions(), [](Record& r, const Adoption& a) { *r.mutable_adoption() = a; }, n);
    // Notices last: their count of organisations is the audience's as the demo seeds it.
    if (status)
        status = putAll(
            t, dataset.notices(),
            [&t](Record& r, const Notice& notice) {
                Notice copy = notice;
                if (auto reach = noticeReachOf(t, copy))
                    copy.set_audience_org_count(static_cast<int>(reach->organisationIds.size()));
                *r.mutable_notice() = std::move(copy);
            },
            n);
    if (status)
        status = putAll(
            t, dataset.support_menu_entries(),
            [](Record& r, const SupportMenuEntry& e) { *r.mutable_support_menu_entry() = e; }, n);
    if (!status)
        return status.error();

    const std::int64_t nowSeconds = auth_crypto::unixSeconds(now);
    auto insert = t.db().cached(
        "INSERT INTO credentials(user_id, login, password_hash, changed_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (std::size_t i = 0; i < seed.accounts.size(); ++i) {
        (*insert)->bind(1, seed.accounts[i].userId).bind(2, seed.accounts[i].login).bind(3, hashes[i]);
        (*insert)->bind(4, nowSeconds);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted.error();
    }

    // The centre's own tablet comes last, so the first tablet code stays the facility's.
    const struct {
        DeviceKind kind;
        const char* label;
        const Organisation* org;
    } devices[] = {
        { DEVICE_KIND_TABLET, "tablet",
            demoOrganisation(dataset, "demo-facility", ORGANISATION_KIND_FACILITY) },
        { DEVICE_KIND_KIOSK, "kiosk", demoOrganisation(dataset, "demo-centre", ORGANISATION_KIND_CENTRE) },
        { DEVICE_KIND_PHONE, "phone", demoOrganisation(dataset, "demo-centre", ORGANISATION_KIND_CENTRE) },
        { DEVICE_KIND_TABLET, "centre", demoOrganisation(dataset, "demo-centre", ORGANISATION_KIND_CENTRE) },
    };
    const std::int64_t expiresAt
        = nowSeconds + std::chrono::duration_cast<std::chrono::seconds>(kDemoCodeLifetime).count();
    for (const auto& device : devices) {
        if (device.org == nullptr)
            continue;
        const std::string code = enrolment_code::generate();
        if (code.size() != enrolment_code::kLength)
            return makeError(StoreErrorCode::Internal, "no random bytes for an enrolment code");
        if (auto inserted
            = enrolment_code::insert(t, code, device.org->id(), device.kind, nowSeconds, expiresAt);
            !inserted)
            return inserted.error();
        seed.codes.push_back({ device.kind, device.org->id(), device.org->name(),
            enrolment_code::format(code), expiresAt, device.label });
    }

    if (auto committed = t.commit(); !committed)
        return committed.error();
    return seed;
}

void printDemoSeed(const DemoSeed& seed, std::ostream& out)
{
    out << "Demo data: " << seed.records << " records.\n\n"
        << "Demo accounts. The passwords are shown only now; keep them or make new accounts.\n"
        << padded("LOGIN", 16) << padded("ROLE", 20) << padded("PASSWORD", 22) << "ORGANISATION\n";
    for (const auto& account : seed.accounts) {
        out << padded(account.login, 16) << padded(account.role, 20) << padded(account.password, 22)
            << account.organisationName << "\n";
    }
    if (!seed.codes.empty()) {
        out << "\nEnrolment codes (each enrols one device, valid until "
            << auth_crypto::isoUtc(seed.codes.front().expiresAt) << "):\n"
            << padded("KIND", 8) << padded("CODE", 16) << "ORGANISATION\n";
        for (const auto& code : seed.codes)
            out << padded(code.label.empty() ? std::string(deviceKindName(code.kind)) : code.label, 8)
                << padded(code.code, 16) << code.organisationName << "\n";
    }
}

StoreStatus seedDemo(ServerStore& store, std::ostream& out, const PasswordCost& cost)
{
    auto seed = importDemo(store, cost);
    if (!seed)
        return seed.error();
    printDemoSeed(*seed, out);
    return {};
}

} // namespace yk::server
