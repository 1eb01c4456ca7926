#include "httprequest.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// RFC 9110's tchar: what a method or a header's name is made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

// A header's value may hold visible characters, spaces, tabs and any byte above ASCII.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(QByteArrayView text)
{
    if (!text.startsWith('/'))
        return false;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#')
            return false;
    }
    return true;
}

QByteArrayView trimmedSpaces(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

HttpHeadRead refused(int status, QString code, QString message)
{
    HttpHeadRead read;
    read.state = HttpHeadRead::State::Refused;
    read.status = status;
    read.error = makeError(std::move(code), std::move(message));
    return read;
}

} // namespace

HttpHeadRead HttpRequest::readHead(QByteArrayView bytes)
{
    const QByteArrayView window = bytes.first(std::min(bytes.size(), MaxHeadBytes));
    const qsizetype end = window.indexOf("\r\n\r\n");
    // A first line that is already whole is judged at once, not after 8 KiB or the timeout.
    const qsizetype firstLineEnd = window.indexOf("\r\n");
    const auto badLine = [] {
        return refused(400, u"bad_request"_s,
                       tr("The request's first line is not a method, a path and HTTP/1.1."));
    };

    HttpRequest request;
    if (firstLineEnd >= 0) {
        const QByteArrayView line = window.first(firstLineEnd);
        const qsizetype firstSpace = line.indexOf(' ');
        const qsizetype lastSpace = line.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
            return badLine();
        const QByteArrayView method = line.first(firstSpace);
        const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
        const QByteArrayView version = line.sliced(lastSpace + 1);
        if (!isToken(method) || !isTarget(target))
            return badLine();
        if (version != "HTTP/1.1" && version != "HTTP/1.0") {
            if (version.startsWith("HTTP/") && version.size() == 8 && version.at(6) == '.')
                return refused(505, u"bad_request"_s,
                               tr("The hub speaks HTTP/1.1 only on this port."));
            return badLine();
        }
        request.method = method.toByteArray();
        const qsizetype question = target.indexOf('?');
        request.path = (question < 0 ? target : target.first(question)).toByteArray();
        if (question >= 0)
            request.query = target.sliced(question + 1).toByteArray();
        request.version = version.toByteArray();
    }
    if (end < 0) {
        if (bytes.size() >= MaxHeadBytes)
            return refused(
                431, u"header_too_large"_s,
                tr("The request's headers are longer than %1 KiB.").arg(MaxHeadBytes / 1024));
        return {};
    }

    const auto badHeader = [](qsizetype number) {
        return refused(
            400, u"bad_request"_s,
            tr("The request's header line %1 is not a name, a colon and a value.").arg(number));
    };
    qsizetype at = firstLineEnd + 2;
    qsizetype number = 0;
    while (at < end + 2) {
        const qsizetype lineEnd = window.indexOf("\r\n", at);
        const QByteArrayView line = window.sliced(at, lineEnd - at);
        at = lineEnd + 2;
        ++number;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) // also a folded line (RFC 9112 5.2)
            return badHeader(number);
        const QByteArrayView value = trimmedSpaces(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return badHeader(number);
        request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }

    bool lengthSeen = false;
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return refused(411, u"length_required"_s,
                           tr("The hub does not read chunked bodies: send a Content-Length."));
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (std::exchange(lengthSeen, true))
            return refused(400, u"bad_request"_s, tr("The request gives its length twice."));
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return refused(400, u"bad_request"_s,
                           tr("The request's Content-Length is not a number of bytes."));
        request.contentLength = value.toLongLong();
    }
    request.headBytes = end + 4;

    HttpHeadRead read;
    read.state = HttpHeadRead::State::Complete;
    read.request = std::move(request);
    return read;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool HttpRequest::isWebSocketUpgrade() const
{
    for (const QByteArray &protocol : header("Upgrade").split(','))
        if (QByteArrayView(protocol).trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace tableside
