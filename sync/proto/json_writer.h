#pragma once

#include <string>
#include <string_view>

namespace yk::proto {

/// Builds JSON text with keys in the order written, so scripts and diffs see stable output.
/// Callers keep the structure balanced; strings are escaped per RFC 8259 (json_text.h).
/// Pretty: two-space indentation, one member per line (yokoten-cli --json). Compact: one
/// line, no spaces (yokoten-server's admin commands, one object per line).
class JsonWriter {
public:
    enum class Style { Pretty, Compact };

    explicit JsonWriter(Style style = Style::Pretty)
        : m_compact(style == Style::Compact)
    {
    }

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(long long number);
    JsonWriter& value(long number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();

    /// The text so far, without a final newline.
    const std::string& text() const { return m_out; }
    /// The text, with a final newline.
    std::string finish() const { return m_out + "\n"; }

private:
    void separate();
    void closeScope(char bracket);

    std::string m_out;
    bool m_compact = false;
    bool m_needComma = false;
    bool m_afterKey = false;
    int m_depth = 0;
};

} // namespace yk::proto
