#pragma once

#include <string>
#include <string_view>

namespace yk::cli {

/// Builds JSON text with keys in the order written, so scripts and diffs see stable output.
/// Callers keep the structure balanced; strings are escaped per RFC 8259.
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(bool flag);

    /// The text, with a final newline.
    std::string finish() const { return m_out + "\n"; }

private:
    void separate();

    std::string m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
    int m_depth = 0;
};

} // namespace yk::cli
