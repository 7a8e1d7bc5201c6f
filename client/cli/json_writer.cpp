#include "json_writer.h"

#include "json_text.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace yk::cli {

void JsonWriter::separate()
{
    if (std::exchange(m_afterKey, false))
        return;
    if (m_needComma)
        m_out += ',';
    if (m_depth > 0) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
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
    --m_depth;
    if (m_needComma) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
    m_out += '}';
    m_needComma = true;
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
    --m_depth;
    if (m_needComma) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    separate();
    proto::appendJsonQuoted(m_out, name);
    m_out += ": ";
    // The value that follows must not add a separator of its own.
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    proto::appendJsonQuoted(m_out, text);
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

} // namespace yk::cli
