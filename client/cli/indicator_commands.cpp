// yokoten-cli's indicators (指標): ask the server to count the prefecture's figures again
// (the sheets arrive with the next sync) and show the sheets this device holds, every figure
// with its source, n and date, a withheld one said as such.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "enum_names.h"
#include "output.h"

#include "engine/mutations.h"
#include "indicator_ids.h"
#include "json_writer.h"
#include "store/indicator_labels.h"
#include "store/record_repository.h"

#include <iomanip>
#include <sstream>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::string number(double value)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(value == static_cast<long long>(value) ? 0 : 1) << value;
    return out.str();
}

void writeJson(JsonWriter& json, const IndicatorSheet& s)
{
    json.beginObject().key("id").value(s.id()).key("prefectureCode").value(s.prefecture_code());
    json.key("municipalityId").value(s.municipality_id()).key("area").value(s.area_name());
    json.key("referenceDate").value(s.reference_date()).key("periodFrom").value(s.period_from());
    json.key("minFacilities").value(s.min_facilities());
    json.key("facilitiesRegistered").value(s.facilities_registered());
    json.key("figures").beginArray();
    for (const auto& f : s.indicators()) {
        json.beginObject()
            .key("topic")
            .value(codeName<IndicatorTopic>(f.topic()))
            .key("code")
            .value(f.code());
        json.key("key").value(f.key()).key("withheld").value(f.withheld());
        if (!f.withheld())
            json.key("value")
                .value(f.value())
                .key("n")
                .value(f.facility_count())
                .key("records")
                .value(f.record_count());
        json.key("unit").value(f.unit()).key("source").value(f.source());
        json.key("periodFrom").value(f.period_from()).key("referenceDate").value(f.reference_date());
        json.key("caseIds").beginArray();
        for (const auto& id : f.case_ids())
            json.value(id);
        json.endArray();
        if (f.has_national())
            json.key("national")
                .beginObject()
                .key("baseline")
                .value(f.national().baseline())
                .key("target")
                .value(f.national().target())
                .key("note")
                .value(f.national().target_note())
                .key("source")
                .value(f.national().source())
                .endObject();
        json.endObject();
    }
    json.endArray().endObject();
}

void writeText(std::ostream& out, const IndicatorSheet& s)
{
    out << s.area_name() << " 指標 / indicators — 基準日 / as of " << s.reference_date()
        << "（集計期間 / from " << s.period_from() << "）登録施設 / facilities " << s.facilities_registered()
        << "\n";
    for (const auto& f : s.indicators()) {
        std::string name(store::indicatorTopicJa(f.topic()));
        const auto detail
            = f.topic() == INDICATOR_TOPIC_ASSESSMENT_AREA ? f.key() : store::indicatorDetailJa(f);
        if (!detail.empty())
            name += "：" + detail;
        out << "  " << name << "  ";
        if (f.withheld())
            out << "非表示（" << s.min_facilities() << "施設未満） / withheld (under " << s.min_facilities()
                << " facilities)";
        else
            out << number(f.value()) << " " << f.unit() << "  n=" << f.facility_count();
        out << "  [" << f.source() << "、" << (f.period_from().empty() ? "" : f.period_from() + "〜")
            << f.reference_date() << "]";
        if (f.has_national())
            out << "  国 / national " << f.national().baseline_year() << " "
                << number(f.national().baseline()) << " → " << f.national().target_year() << " "
                << (f.national().target_note().empty() ? number(f.national().target())
                                                       : f.national().target_note());
        if (f.case_ids_size() > 0)
            out << "  事例 / cases " << f.case_ids_size();
        out << "\n";
    }
}

int indicatorsShow(const Options& options, DeviceSession& device)
{
    auto sheets = device.store().records().all<IndicatorSheet>();
    if (!sheets)
        return report(options, sheets.error());
    JsonWriter json;
    json.beginArray();
    bool any = false;
    for (const auto& s : *sheets) {
        if (!options.org.empty() && s.municipality_id() != options.org && s.id() != options.org)
            continue;
        any = true;
        if (options.json)
            writeJson(json, s);
        else
            writeText(*options.out, s);
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    else if (!any)
        *options.out
            << "この端末に指標はありません。'indicators refresh' のあと同期してください。 / No indicators on "
               "this device: run 'indicators refresh', then sync.\n";
    return ExitOk;
}

} // namespace

int runIndicators(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "show")
        return indicatorsShow(options, *device);
    if (sub == "refresh") {
        const int prefecture = device->store().records().prefectureOf(device->organisationId());
        if (prefecture == 0)
            return reportUsage(
                options, "indicators refresh: this device's organisation is not known yet; sync first");
        return reportQueued(options, device->engine->submit(sync::makeRefreshIndicators(prefecture)),
            proto::indicatorSheetId(prefecture), "指標の集計を依頼しました", "indicators requested");
    }
    return reportUsage(options, "indicators needs show or refresh");
}

} // namespace yk::cli
