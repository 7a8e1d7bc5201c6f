#include "json_writer.h"

#include "json_text.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace yk::proto {

void JsonWriter::separate()
{
    if (std::exchange(m_afterKey, false))
        return;
    if (m_needComma)
        m_out += ',';
    if (m_depth > 0 && !m_compact) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
}

void JsonWriter::closeScope(char bracket)
{
    --m_depth;
    if (m_needComma && !m_compact) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
    m_out += bracket;
    m_needComma = true;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    ++m_depth;
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    closeScope('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    ++m_depth;
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    closeScope(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    separate();
    appendJsonQuoted(m_out, name);
    m_out += m_compact ? ":" : ": ";
    // The value that follows must not add a separator of its own.
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    appendJsonQuoted(m_out, text);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "null";
    } else {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.15g", number);
        m_out += buffer;
    }
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(long long number)
{
    separate();
    m_out += std::to_string(number);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += "null";
    m_needComma = true;
    return *this;
}

} // namespace yk::proto
