#include "jsontext.h"

namespace tableside {

namespace {

constexpr char Hex[] = "0123456789abcdef";

} // namespace

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out.append(',');
        m_empty.back() = false;
    }
}

JsonText &JsonText::beginObject()
{
    separate();
    m_out.append('{');
    m_empty.push_back(true);
    return *this;
}

JsonText &JsonText::endObject()
{
    m_out.append('}');
    m_empty.pop_back();
    return *this;
}

JsonText &JsonText::beginArray()
{
    separate();
    m_out.append('[');
    m_empty.push_back(true);
    return *this;
}

JsonText &JsonText::endArray()
{
    m_out.append(']');
    m_empty.pop_back();
    return *this;
}

JsonText &JsonText::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":");
    m_afterKey = true;
    return *this;
}

JsonText &JsonText::value(const QString &text)
{
    separate();
    quoted(text);
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonText &JsonText::value(bool yes)
{
    separate();
    m_out.append(yes ? "true" : "false");
    return *this;
}

JsonText &JsonText::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonText &JsonText::strings(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

JsonText &JsonText::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

void JsonText::quoted(const QString &text)
{
    // RFC 8259: quote and backslash escaped, control characters as short or \u00XX escapes,
    // everything else as UTF-8.
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (byte < 0x20)
                m_out.append("\\u00").append(Hex[byte >> 4]).append(Hex[byte & 0xf]);
            else
                m_out.append(c);
        }
    }
    m_out.append('"');
}

} // namespace tableside
