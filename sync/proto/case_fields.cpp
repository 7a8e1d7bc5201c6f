#include "case_fields.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace yk::proto {

using google::protobuf::FieldDescriptor;
using yokoten::v1::CaseSections;
using yokoten::v1::GoodPracticeCase;

namespace {

// The merge units of a case edit, as named in sync.proto (EditCase).
constexpr std::string_view kEditableFields[] = { "title", "region", "fiscal_year", "category",
    "sections.background", "sections.purpose", "sections.activities", "sections.effects",
    "sections.next_steps", "sections.hurdles", "sections.solutions", "sections.key_points", "equipment_areas",
    "technologies", "service_types", "facility_capacity", "funding", "metrics", "attachments", "site_visit",
    "publication_scope", "equipment_model_ids" };
constexpr std::string_view kSectionPrefix = "sections.";

std::string deterministicBytes(const google::protobuf::Message& message)
{
    std::string bytes;
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream out(&stream);
    out.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&out);
    out.Trim();
    return bytes;
}

} // namespace

std::span<const std::string_view> editableCaseFields()
{
    return kEditableFields;
}

bool isEditableCaseField(std::string_view name)
{
    return std::find(std::begin(kEditableFields), std::end(kEditableFields), name)
        != std::end(kEditableFields);
}

std::string encodeCaseField(const GoodPracticeCase& c, std::string_view name)
{
    if (name.starts_with(kSectionPrefix)) {
        const auto* field
            = CaseSections::descriptor()->FindFieldByName(std::string(name.substr(kSectionPrefix.size())));
        return c.sections().GetReflection()->GetString(c.sections(), field);
    }
    const auto* field = GoodPracticeCase::descriptor()->FindFieldByName(std::string(name));
    const auto* reflection = c.GetReflection();
    if (field->is_repeated() || field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        if (field->is_repeated() ? reflection->FieldSize(c, field) == 0
                                 : reflection->GetMessage(c, field).ByteSizeLong() == 0)
            return {};
        GoodPracticeCase copy = c;
        GoodPracticeCase only;
        reflection->SwapFields(&copy, &only, { field });
        return deterministicBytes(only);
    }
    const auto number = [](std::int64_t value) { return value == 0 ? std::string() : std::to_string(value); };
    switch (field->cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
        return reflection->GetString(c, field);
    case FieldDescriptor::CPPTYPE_INT32:
        return number(reflection->GetInt32(c, field));
    case FieldDescriptor::CPPTYPE_INT64:
        return number(reflection->GetInt64(c, field));
    case FieldDescriptor::CPPTYPE_ENUM:
        return number(reflection->GetEnumValue(c, field));
    default:
        return {};
    }
}

void decodeCaseField(GoodPracticeCase& c, std::string_view name, const std::string& value)
{
    if (name.starts_with(kSectionPrefix)) {
        const auto* field
            = CaseSections::descriptor()->FindFieldByName(std::string(name.substr(kSectionPrefix.size())));
        c.mutable_sections()->GetReflection()->SetString(c.mutable_sections(), field, value);
        return;
    }
    const auto* field = GoodPracticeCase::descriptor()->FindFieldByName(std::string(name));
    const auto* reflection = c.GetReflection();
    if (field->is_repeated() || field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        GoodPracticeCase only;
        if (!value.empty())
            (void)only.ParseFromString(value); // our own encoding of a parsed message
        reflection->SwapFields(&c, &only, { field });
        return;
    }
    std::int64_t number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    switch (field->cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
        reflection->SetString(&c, field, value);
        break;
    case FieldDescriptor::CPPTYPE_INT32:
        reflection->SetInt32(&c, field, static_cast<std::int32_t>(number));
        break;
    case FieldDescriptor::CPPTYPE_INT64:
        reflection->SetInt64(&c, field, number);
        break;
    case FieldDescriptor::CPPTYPE_ENUM:
        reflection->SetEnumValue(&c, field, static_cast<int>(number));
        break;
    default:
        break;
    }
}

std::map<std::string, std::string> encodeCaseFields(const GoodPracticeCase& c)
{
    std::map<std::string, std::string> fields;
    for (const auto name : kEditableFields) {
        auto value = encodeCaseField(c, name);
        if (!value.empty())
            fields.emplace(std::string(name), std::move(value));
    }
    return fields;
}

} // namespace yk::proto
