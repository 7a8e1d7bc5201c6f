#pragma once

// How yokoten-cli names the codes of the wire contract on its command line and in --json:
// the enum value without its prefix, lower case, dashes for underscores
// ("CONSULTATION_TOPIC_TASKS_AND_ROLES" → "tasks-and-roles"); a number is read too.

#include <google/protobuf/generated_enum_reflection.h>

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

/// The wire name of a value of a protobuf enum whose values carry the enum's name in upper
/// snake case as their prefix (ProgrammeKind → "PROGRAMME_KIND_"), as every enum of ours does.
template <typename Enum> std::string codeName(Enum value)
{
    const auto* descriptor = google::protobuf::GetEnumDescriptor<Enum>();
    std::string prefix;
    for (const char c : descriptor->name()) {
        if (std::isupper(static_cast<unsigned char>(c)) && !prefix.empty())
            prefix += '_';
        prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const auto* found = descriptor->FindValueByNumber(static_cast<int>(value));
    return found != nullptr ? wireName(found->name(), prefix + "_") : std::to_string(static_cast<int>(value));
}

/// Reads a value by its wire name or number; 0 (UNSPECIFIED) when it is neither.
template <typename Enum> Enum parseCode(const std::string& text)
{
    const auto* descriptor = google::protobuf::GetEnumDescriptor<Enum>();
    for (int i = 0; i < descriptor->value_count(); ++i) {
        const int number = descriptor->value(i)->number();
        if (number != 0 && (text == codeName(static_cast<Enum>(number)) || text == std::to_string(number)))
            return static_cast<Enum>(number);
    }
    return static_cast<Enum>(0);
}

/// "a, b, c": the wire names of every value but UNSPECIFIED, for a usage message.
template <typename Enum> std::string codeNames()
{
    const auto* descriptor = google::protobuf::GetEnumDescriptor<Enum>();
    std::string names;
    for (int i = 0; i < descriptor->value_count(); ++i) {
        const int number = descriptor->value(i)->number();
        if (number != 0)
            names += (names.empty() ? "" : ", ") + codeName(static_cast<Enum>(number));
    }
    return names;
}

} // namespace yk::cli
