#include "demo_dataset.h"

#include <google/protobuf/util/json_util.h>

#include <set>

namespace yk::proto {

extern const char kDemoDatasetJson[];
extern const unsigned long kDemoDatasetJson_size;

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

namespace {

class ReferenceChecker {
public:
    // Records an id of some kind; reports a malformed or repeated id.
    bool add(std::set<std::string>& ids, const std::string& id, const char* what)
    {
        if (!isUuid(id))
            return fail(std::string(what) + " has an id that is not a lower-case UUID: '" + id + "'");
        if (!ids.insert(id).second)
            return fail(std::string(what) + " id appears twice: " + id);
        return true;
    }

    bool expect(const std::set<std::string>& ids, const std::string& id, const std::string& what)
    {
        if (!ids.contains(id))
            return fail(what + " refers to an unknown id '" + id + "'");
        return true;
    }

    bool fail(std::string message)
    {
        if (error.empty())
            error = std::move(message);
        return false;
    }

    std::string error;
};

std::string check(const yokoten::v1::DemoDataset& set)
{
    ReferenceChecker c;
    std::set<std::string> orgs;
    std::set<std::string> users;
    std::set<std::string> cases;
    std::set<std::string> seminars;
    std::set<std::string> sessions;
    std::set<std::string> models;
    std::set<std::string> units;
    std::set<std::string> templates;
    for (const auto& o : set.organisations()) {
        c.add(orgs, o.id(), "organisation");
        if (o.prefecture_code() < 1 || o.prefecture_code() > 47)
            c.fail("organisation " + o.id() + " has no prefecture code in 1..47");
    }
    for (const auto& o : set.organisations())
        if (!o.parent_id().empty())
            c.expect(orgs, o.parent_id(), "organisation " + o.id() + " parent");
    for (const auto& u : set.users()) {
        c.add(users, u.id(), "user");
        c.expect(orgs, u.organisation_id(), "user " + u.login());
    }
    for (const auto& k : set.cases()) {
        c.add(cases, k.id(), "case");
        c.expect(orgs, k.owner_org_id(), "case " + k.id() + " owner");
        if (k.title().empty())
            c.fail("case " + k.id() + " has no title");
    }
    for (const auto& s : set.seminars()) {
        c.add(seminars, s.id(), "seminar");
        c.expect(orgs, s.organiser_org_id(), "seminar " + s.id() + " organiser");
    }
    for (const auto& s : set.seminar_sessions()) {
        c.add(sessions, s.id(), "seminar session");
        c.expect(seminars, s.seminar_id(), "seminar session " + s.id());
        if (s.capacity() <= 0)
            c.fail("seminar session " + s.id() + " has no capacity");
    }
    for (const auto& m : set.equipment_models())
        c.add(models, m.id(), "equipment model");
    for (const auto& k : set.cases())
        for (const auto& id : k.equipment_model_ids())
            c.expect(models, id, "case " + k.id() + " equipment model");
    for (const auto& s : set.seminar_sessions())
        for (const auto& id : s.shown_model_ids())
            c.expect(models, id, "seminar session " + s.id() + " shown model");
    for (const auto& u : set.equipment_units()) {
        c.add(units, u.id(), "equipment unit");
        c.expect(models, u.model_id(), "equipment unit " + u.id());
    }
    for (const auto& t : set.assessment_templates())
        c.add(templates, t.id(), "assessment template");
    std::set<std::string> programmes;
    for (const auto& p : set.programmes())
        c.add(programmes, p.id(), "programme");
    // A menu entry's requirement links must lead somewhere, as the server insists.
    std::set<std::string> menuEntries;
    for (const auto& e : set.support_menu_entries()) {
        c.add(menuEntries, e.id(), "support menu entry");
        c.expect(orgs, e.owner_org_id(), "support menu entry " + e.id() + " owner");
        for (const auto& r : e.requirements()) {
            for (const auto& id : r.seminar_ids())
                c.expect(seminars, id, "support menu entry " + e.id() + " requirement seminar");
            for (const auto& id : r.programme_ids())
                c.expect(programmes, id, "support menu entry " + e.id() + " requirement programme");
        }
    }
    return c.error;
}

} // namespace

DemoDatasetResult parseDemoDataset(std::string_view json)
{
    DemoDatasetResult result;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    const auto status = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(json.data(), json.size()), &result.dataset, options);
    if (!status.ok()) {
        result.error
            = "demo data set is not valid JSON for yokoten.v1.DemoDataset: " + std::string(status.message());
        return result;
    }
    result.error = check(result.dataset);
    return result;
}

DemoDatasetResult builtinDemoDataset()
{
    return parseDemoDataset(std::string_view(kDemoDatasetJson, kDemoDatasetJson_size));
}

void moveDemoScheduleAfter(yokoten::v1::DemoDataset& dataset, std::int64_t nowSeconds)
{
    constexpr std::int64_t week = 7 * 24 * 3600;
    std::int64_t earliest = 0;
    for (const auto& session : dataset.seminar_sessions())
        if (session.has_starts_at() && (earliest == 0 || session.starts_at().seconds() < earliest))
            earliest = session.starts_at().seconds();
    if (earliest == 0)
        return;
    const std::int64_t target = nowSeconds + 2 * week;
    const std::int64_t weeks = earliest >= target ? 0 : (target - earliest + week - 1) / week;
    const std::int64_t shift = weeks * week;
    for (auto& session : *dataset.mutable_seminar_sessions()) {
        if (session.has_starts_at())
            session.mutable_starts_at()->set_seconds(session.starts_at().seconds() + shift);
        if (session.has_ends_at())
            session.mutable_ends_at()->set_seconds(session.ends_at().seconds() + shift);
        if (session.has_registration_deadline())
            session.mutable_registration_deadline()->set_seconds(
                session.registration_deadline().seconds() + shift);
    }
}

} // namespace yk::proto
