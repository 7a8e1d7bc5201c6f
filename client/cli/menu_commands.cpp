// yokoten-cli's support menu (支援メニュー): the subsidies and programmes of the prefecture, who
// may apply, caps and rates, deadlines, and each requirement with what satisfies it and whether
// this organisation's own records already meet it (store/support_menu_progress.h, as in the
// app). Entries are saved from JSON through the one builder (engine/mutations.h).
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "enum_names.h"
#include "output.h"

#include "engine/mutations.h"
#include "json_writer.h"
#include "store/record_repository.h"
#include "store/support_menu_progress.h"

#include <google/protobuf/util/json_util.h>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

constexpr std::int64_t kMaxEntryJsonBytes = std::int64_t { 1 } * 1024 * 1024;

std::string rateText(const SupportTier& tier)
{
    if (tier.rate_denominator() == 0)
        return {};
    return std::to_string(tier.rate_numerator()) + "/" + std::to_string(tier.rate_denominator());
}

std::string staffRange(int minStaff, int maxStaff)
{
    if (minStaff == 0 && maxStaff == 0)
        return "any";
    return (minStaff > 0 ? std::to_string(minStaff) : std::string()) + "-"
        + (maxStaff > 0 ? std::to_string(maxStaff) : std::string());
}

int menuList(const Options& options, DeviceSession& device)
{
    const auto service = parseCode<ServiceType>(options.service);
    const auto staff = options.staff.empty() ? std::optional<int>(0) : parseInt(options.staff);
    if ((!options.service.empty() && service == SERVICE_TYPE_UNSPECIFIED) || !staff)
        return reportUsage(
            options, "menu list takes --service (" + codeNames<ServiceType>() + ") and --staff N");
    auto entries = device.store().records().all<SupportMenuEntry>();
    if (!entries)
        return report(options, entries.error());
    JsonWriter json;
    json.beginArray();
    for (const auto& e : *entries) {
        if (!store::menuEntrySuits(e, service, *staff))
            continue;
        if (options.json) {
            json.beginObject().key("id").value(e.id()).key("kind").value(codeName<MenuEntryKind>(e.kind()));
            json.key("name").value(e.name()).key("provider").value(e.provider());
            json.key("applyUntil").value(e.apply_until()).key("withdrawn").value(e.withdrawn());
            json.key("requirements").value(e.requirements_size()).endObject();
            continue;
        }
        *options.out << (e.withdrawn() ? "[取下げ / withdrawn] " : "") << e.name() << "（" << e.provider()
                     << "）\n    締切 / deadline " << (e.apply_until().empty() ? "-" : e.apply_until())
                     << "  要件 / requirements " << e.requirements_size() << "\n    id: " << e.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int menuShow(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<SupportMenuEntry>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(options, storage::makeError(storage::StoreErrorCode::NotFound, "no menu entry " + id));
    const auto& e = **found;
    const std::string org = options.org.empty() ? device.organisationId() : options.org;
    auto progress = store::requirementProgress(device.store().records(), e, org);
    if (!progress)
        return report(options, progress.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject()
            .key("id")
            .value(e.id())
            .key("name")
            .value(e.name())
            .key("provider")
            .value(e.provider());
        json.key("kind").value(codeName<MenuEntryKind>(e.kind())).key("summary").value(e.summary());
        json.key("staff").value(staffRange(e.min_staff(), e.max_staff()));
        json.key("applyFrom").value(e.apply_from()).key("applyUntil").value(e.apply_until());
        json.key("source")
            .value(e.source())
            .key("asOf")
            .value(e.as_of())
            .key("withdrawn")
            .value(e.withdrawn());
        json.key("rulesPdf").value(e.rules_pdf().sha256()).key("tiers").beginArray();
        for (const auto& t : e.tiers()) {
            json.beginObject().key("staff").value(staffRange(t.min_staff(), t.max_staff()));
            json.key("capYen")
                .value(t.cap_yen())
                .key("rate")
                .value(rateText(t))
                .key("label")
                .value(t.label());
            json.key("demoValue").value(t.demo_value()).endObject();
        }
        json.endArray().key("requirements").beginArray();
        for (int i = 0; i < e.requirements_size(); ++i) {
            const auto& r = e.requirements(i);
            json.beginObject().key("id").value(r.id()).key("text").value(r.text());
            json.key("seminars").beginArray();
            for (const auto& s : r.seminar_ids())
                json.value(s);
            json.endArray().key("programmes").beginArray();
            for (const auto& p : r.programme_ids())
                json.value(p);
            json.endArray().key("consultation").value(r.consultation());
            json.key("met").value(std::string(store::requirementMetName((*progress)[i].met)));
            json.key("metBy").value((*progress)[i].recordId).endObject();
        }
        json.endArray().endObject();
        *options.out << json.finish();
        return ExitOk;
    }
    auto& out = *options.out;
    out << e.name() << "（" << e.provider() << "）" << (e.withdrawn() ? " [取下げ / withdrawn]" : "") << "\n";
    if (!e.summary().empty())
        out << e.summary() << "\n";
    out << "職員数 / staff: " << staffRange(e.min_staff(), e.max_staff())
        << "  締切 / deadline: " << (e.apply_until().empty() ? "-" : e.apply_until()) << "\n";
    for (const auto& t : e.tiers())
        out << "  " << t.label() << "  上限 / cap ¥" << t.cap_yen() << "  率 / rate " << rateText(t)
            << (t.demo_value() ? " （デモ値）" : "") << "\n";
    for (int i = 0; i < e.requirements_size(); ++i) {
        const auto met = (*progress)[i].met;
        out << (store::isMet(met) ? "  [済 / met: " : "  [未 / open: ") << store::requirementMetName(met)
            << "] " << e.requirements(i).text() << "\n";
        for (const auto& s : e.requirements(i).seminar_ids())
            out << "      研修 / seminar " << s << "\n";
        for (const auto& p : e.requirements(i).programme_ids())
            out << "      支援プログラム / programme " << p << "\n";
        if (e.requirements(i).consultation())
            out << "      センターへの相談 / a consultation with the centre\n";
    }
    out << "出典 / source: " << e.source() << "（" << e.as_of() << " 時点 / as of）\n";
    return ExitOk;
}

int menuSave(const Options& options, DeviceSession& device)
{
    if (options.file.empty())
        return reportUsage(
            options, "menu save needs --file entry.json (JSON of yokoten.v1.SupportMenuEntry)");
    auto text = readWholeFile(options.file, kMaxEntryJsonBytes);
    if (!text)
        return report(
            options, storage::makeError(storage::StoreErrorCode::NotFound, "cannot read " + options.file));
    SupportMenuEntry entry;
    if (auto parsed = google::protobuf::util::JsonStringToMessage(*text, &entry); !parsed.ok())
        return reportUsage(
            options, options.file + " is not a menu entry in JSON: " + std::string(parsed.message()));
    Mutation m = sync::makeSaveMenuEntry(std::move(entry));
    const std::string id = m.save_menu_entry().entry().id();
    return reportQueued(
        options, device.engine->submit(std::move(m)), id, "支援メニューを保存しました", "menu entry queued");
}

} // namespace

int runMenu(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    const std::string id = options.words.size() > 2 ? options.words[2] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return menuList(options, *device);
    if (sub == "save")
        return menuSave(options, *device);
    if (id.empty())
        return reportUsage(options, "menu " + sub + " needs an id");
    if (sub == "show")
        return menuShow(options, *device, id);
    if (sub == "withdraw")
        return reportQueued(options, device->engine->submit(sync::makeWithdrawMenuEntry(id)), id,
            "支援メニューを取り下げました", "withdrawal queued");
    return reportUsage(options, "menu needs list, show, save or withdraw");
}

} // namespace yk::cli
