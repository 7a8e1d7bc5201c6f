#pragma once

// How yokoten-cli names the codes of the wire contract on its command line and in --json:
// the enum value without its prefix, lower case, dashes for underscores
// ("CONSULTATION_TOPIC_TASKS_AND_ROLES" → "tasks-and-roles"); a number is read too.

#include <cctype>
#include <string>
#include <string_view>

namespace yk::cli {

inline std::string wireName(const std::string& enumName, std::string_view prefix)
{
    std::string name = enumName.starts_with(prefix) ? enumName.substr(prefix.size()) : enumName;
    for (auto& c : name)
        c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

/// Reads a value by its name or number (1 … count-1); 0 (UNSPECIFIED) when neither.
template <typename Enum> Enum parseEnum(const std::string& text, int count, std::string (*nameOf)(Enum))
{
    for (int i = 1; i < count; ++i) {
        const auto value = static_cast<Enum>(i);
        if (text == nameOf(value) || text == std::to_string(i))
            return value;
    }
    return static_cast<Enum>(0);
}

/// "a, b, c": the names of values 1 … count-1, for a usage message.
template <typename NameOf> std::string allNames(int count, NameOf nameOf)
{
    std::string names;
    for (int i = 1; i < count; ++i)
        names += (names.empty() ? "" : ", ") + nameOf(i);
    return names;
}

} // namespace yk::cli
