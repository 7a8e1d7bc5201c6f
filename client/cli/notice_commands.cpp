// yokoten-cli's notices (お知らせ): what waits for the signed-in user, what their organisation
// sent with its read counts, and publishing one. Every change is queued through the one builder
// of its mutation (engine/mutations.h); reading is kept per user on this device
// (store/notice_reads.h), as in the app, and the server only counts organisations.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "enum_names.h"
#include "output.h"

#include "domain/date.h"
#include "engine/mutations.h"
#include "json_writer.h"
#include "store/notice_reads.h"
#include "store/record_repository.h"

#include <chrono>
#include <sstream>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            items.push_back(item);
    return items;
}

int noticeList(const Options& options, DeviceSession& device)
{
    const std::string state = options.state.empty() ? "unread" : options.state;
    if (state != "unread" && state != "all" && state != "sent")
        return reportUsage(options, "notice list --state must be unread, all or sent");
    auto& db = device.store().database();
    auto all = state == "unread"
        ? store::unreadNoticesFor(db, device.store().records(), device.userId(), device.organisationId())
        : device.store().records().all<Notice>();
    if (!all)
        return report(options, all.error());
    auto read = store::noticesReadBy(db, device.userId());
    if (!read)
        return report(options, read.error());
    JsonWriter json;
    json.beginArray();
    for (const auto& n : *all) {
        const bool sent = n.sender_org_id() == device.organisationId();
        if (state == "sent" && !sent)
            continue;
        const bool isRead = std::find(read->begin(), read->end(), n.id()) != read->end();
        if (options.json) {
            json.beginObject().key("id").value(n.id()).key("title").value(n.title());
            json.key("sender").value(n.sender_org_name()).key("deadline").value(n.deadline());
            json.key("read").value(isRead).key("withdrawn").value(n.withdrawn());
            if (sent)
                json.key("readOrganisations")
                    .value(n.read_org_count())
                    .key("audienceOrganisations")
                    .value(n.audience_org_count());
            json.endObject();
            continue;
        }
        auto& out = *options.out;
        out << (n.withdrawn()    ? "[取り下げ / withdrawn] "
                : isRead || sent ? ""
                                 : "[未読 / unread] ")
            << n.title() << "\n    " << n.sender_org_name();
        if (!n.deadline().empty())
            out << "  締切 / deadline " << n.deadline();
        if (sent)
            out << "  既読 / read: " << n.read_org_count() << " / " << n.audience_org_count()
                << " 組織 / organisations";
        out << "\n    id: " << n.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int noticeShow(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<Notice>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(options, storage::makeError(storage::StoreErrorCode::NotFound, "no notice " + id));
    const auto& n = **found;
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("id").value(n.id()).key("title").value(n.title()).key("body").value(n.body());
        json.key("sender").value(n.sender_org_name()).key("deadline").value(n.deadline());
        json.key("attachments").value(n.attachments_size()).endObject();
        *options.out << json.finish();
        return ExitOk;
    }
    *options.out << n.title() << "\n" << n.sender_org_name() << "\n";
    if (!n.deadline().empty())
        *options.out << "締切 / deadline: " << n.deadline() << "\n";
    *options.out << "\n" << n.body() << "\n";
    for (const auto& a : n.attachments())
        *options.out << "添付 / attachment: " << a.file_name() << " (" << a.sha256() << ")\n";
    return ExitOk;
}

int noticeRead(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<Notice>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(options, storage::makeError(storage::StoreErrorCode::NotFound, "no notice " + id));
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    if (auto status = store::markNoticeReadBy(device.store().database(), id, device.userId(), now.count());
        !status)
        return report(options, status.error());
    return reportQueued(
        options, device.engine->submit(sync::makeMarkNoticeRead(id)), id, "既読にしました", "marked read");
}

int noticePublish(const Options& options, DeviceSession& device)
{
    if (options.text.empty())
        return reportUsage(options,
            "notice publish needs --text TITLE [--note BODY] [--date DEADLINE] [--org MUNICIPALITY_ID] "
            "[--service TYPE,…] [--as ROLE,…]");
    if (!options.date.empty() && !domain::Date::parse(options.date))
        return reportUsage(options, "--date must be YYYY-MM-DD");
    Notice n;
    n.set_title(options.text);
    n.set_body(options.note);
    n.set_deadline(options.date);
    auto* audience = n.mutable_audience();
    audience->set_municipality_id(options.org);
    for (const auto& name : splitList(options.service)) {
        const auto type = parseCode<ServiceType>(name);
        if (type == SERVICE_TYPE_UNSPECIFIED)
            return reportUsage(options, "--service takes: " + codeNames<ServiceType>());
        audience->add_service_types(type);
    }
    for (const auto& name : splitList(options.as)) {
        const auto role = parseCode<Role>(name);
        if (role == ROLE_UNSPECIFIED)
            return reportUsage(options,
                "--as takes: facility-staff, facility-manager, municipal-officer, "
                "prefecture-officer, centre-staff");
        audience->add_roles(role);
    }
    Mutation m = sync::makePublishNotice(std::move(n));
    const std::string id = m.publish_notice().notice().id();
    return reportQueued(
        options, device.engine->submit(std::move(m)), id, "お知らせを送信待ちにしました", "notice queued");
}

} // namespace

int runNotice(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    const std::string id = options.words.size() > 2 ? options.words[2] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return noticeList(options, *device);
    if (sub == "publish")
        return noticePublish(options, *device);
    if (id.empty())
        return reportUsage(options, "notice " + sub + " needs an id");
    if (sub == "show")
        return noticeShow(options, *device, id);
    if (sub == "read")
        return noticeRead(options, *device, id);
    if (sub == "withdraw")
        return reportQueued(options, device->engine->submit(sync::makeWithdrawNotice(id)), id,
            "お知らせを取り下げました", "withdrawal queued");
    return reportUsage(options, "notice: list, show, read, publish or withdraw");
}

} // namespace yk::cli
