#include "options.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace yk::cli {

std::optional<int> parseInt(const std::string& text)
{
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || value < 0 || value > 1'000'000)
        return std::nullopt;
    return static_cast<int>(value);
}

Result<Options, UsageError> parseOptions(const std::vector<std::string>& args)
{
    static const std::map<std::string, std::string Options::*> textOptions {
        { "--store", &Options::store },
        { "--passcode-env", &Options::passcodeEnv },
        { "--new-passcode-env", &Options::newPasscodeEnv },
        { "--file", &Options::file },
        { "--server", &Options::server },
        { "--code", &Options::code },
        { "--ca", &Options::caFile },
        { "--pin", &Options::pin },
        { "--name", &Options::name },
        { "--user", &Options::user },
        { "--password-env", &Options::passwordEnv },
        { "--from", &Options::from },
        { "--to", &Options::to },
        { "--purpose", &Options::purpose },
        { "--email", &Options::email },
        { "--caption", &Options::caption },
        { "--topic", &Options::topic },
        { "--channel", &Options::channel },
        { "--text", &Options::text },
        { "--contact", &Options::contact },
        { "--org", &Options::org },
        { "--partner", &Options::partner },
        { "--note", &Options::note },
        { "--date", &Options::date },
        { "--state", &Options::state },
        { "--session", &Options::session },
        { "--as", &Options::as },
        { "--goals", &Options::goals },
        { "--step", &Options::step },
        { "--item", &Options::item },
        { "--phase", &Options::phase },
        { "--value", &Options::value },
        { "--source", &Options::source },
        { "--months", &Options::months },
        { "--use", &Options::use },
        { "--staff", &Options::staff },
        { "--model", &Options::model },
        { "--places", &Options::places },
        { "--attendees", &Options::attendees },
        { "--next", &Options::next },
        { "--funding", &Options::funding },
        { "--service", &Options::service },
    };
    static const std::map<std::string, int store::CaseFilter::*> filterOptions {
        { "--category", &store::CaseFilter::category },
        { "--prefecture", &store::CaseFilter::prefectureCode },
        { "--area", &store::CaseFilter::equipmentArea },
        { "--service", &store::CaseFilter::serviceType },
    };
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--json") {
            options.json = true;
        } else if (arg == "--set") {
            if (!hasValue)
                return UsageError { "--set needs FIELD=VALUE" };
            options.sets.push_back(args[++i]);
        } else if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (auto text = textOptions.find(arg); text != textOptions.end()) {
            if (!hasValue)
                return UsageError { arg + " needs a value" };
            options.*(text->second) = args[++i];
        } else if (auto filter = filterOptions.find(arg); filter != filterOptions.end() || arg == "--limit"
                   || arg == "--push-batch" || arg == "--page-size" || arg == "--retries") {
            if (!hasValue)
                return UsageError { arg + " needs a value" };
            const auto number = parseInt(args[++i]);
            if (!number)
                return UsageError { arg + " needs a whole number, got '" + args[i] + "'" };
            if (arg == "--limit")
                options.limit = *number;
            else if (arg == "--push-batch")
                options.pushBatch = std::max(1, *number);
            else if (arg == "--page-size")
                options.pageSize = std::max(1, *number);
            else if (arg == "--retries")
                options.retries = std::min(*number, 20);
            else
                options.filter.*(filter->second) = *number;
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
            return UsageError { "unknown option " + arg };
        } else {
            options.words.push_back(arg);
        }
    }
    return options;
}

} // namespace yk::cli
