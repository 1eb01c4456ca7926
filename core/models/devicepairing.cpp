#include "devicepairing.h"

#include "staffpinrule.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

DevicePairing::DevicePairing(VenueClient &client, const Clock &clock, const FloorModel &floor,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_floor(floor)
{}

void DevicePairing::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emit changed();
    emit ticked();
}

QList<int> DevicePairing::tables() const
{
    QList<int> numbers;
    for (const FloorTable &table : m_floor.state().tables())
        numbers.append(table.number); // kept in order of their numbers
    return numbers;
}

void DevicePairing::setRole(const QString &role)
{
    if (role == m_role ||
        !QStringList{u"table"_s, u"kitchen"_s, u"host"_s, u"owner"_s}.contains(role))
        return;
    m_role = role;
    if (m_error == u"forbidden"_s)
        m_error.clear();
    emit changed();
}

void DevicePairing::setStation(const QString &station)
{
    if (station == m_station || (!station.isEmpty() && !m_stations.contains(station)))
        return;
    m_station = station;
    emit changed();
}

void DevicePairing::start()
{
    m_step = u"pin"_s;
    m_pin.clear();
    m_error.clear();
    m_code.clear();
    m_expiresAt = {};
    m_request.clear();
    m_role = u"table"_s;
    m_forThisScreen = false;
    m_station.clear();
    const QList<int> numbers = tables();
    if (!numbers.contains(m_table))
        m_table = numbers.isEmpty() ? 0 : numbers.constFirst();
    // The stations are the menu's: each dish names the one that cooks it.
    if (m_stations.isEmpty() && m_menuRequest.isEmpty())
        m_menuRequest = m_client.request(u"menu.get"_s, {});
    emit changed();
    emit ticked();
}

void DevicePairing::startOwnerHere()
{
    start();
    m_role = u"owner"_s;
    m_forThisScreen = true;
    emit changed();
}

void DevicePairing::addDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_pin.size() >= MaxPin)
        return;
    m_pin.append(QChar(u'0' + digit));
    if (m_error == u"pin_wrong"_s)
        m_error.clear(); // a new try
    emit changed();
}

void DevicePairing::removeDigit()
{
    if (m_pin.isEmpty())
        return;
    m_pin.chop(1);
    emit changed();
}

void DevicePairing::acceptPin()
{
    if (!pinComplete())
        return;
    if (m_forThisScreen) {
        make(); // nothing to choose: an owner's screen, here
        return;
    }
    m_step = u"choose"_s;
    if (m_error != u"pin_locked"_s)
        m_error.clear();
    emit changed();
}

void DevicePairing::changePin()
{
    m_pin.clear();
    m_step = u"pin"_s;
    if (m_error != u"pin_locked"_s)
        m_error.clear();
    emit changed();
}

void DevicePairing::stepTable(int delta)
{
    if (!canStepTable(delta))
        return;
    const QList<int> numbers = tables();
    m_table = numbers[numbers.indexOf(m_table) + delta];
    emit changed();
}

bool DevicePairing::canStepTable(int delta) const
{
    const QList<int> numbers = tables();
    const qsizetype at = numbers.indexOf(m_table);
    return at >= 0 && at + delta >= 0 && at + delta < numbers.size();
}

bool DevicePairing::canMake() const
{
    return !busy() && pinComplete() && (m_role != u"table"_s || m_table > 0);
}

void DevicePairing::make()
{
    if (!canMake())
        return;
    QJsonObject args{{u"role"_s, m_role}, {u"pin"_s, m_pin}};
    if (m_role == u"table"_s)
        args.insert(u"table"_s, m_table);
    if (m_role == u"kitchen"_s && !m_station.isEmpty())
        args.insert(u"station"_s, m_station);
    m_error.clear();
    m_request = m_client.request(u"pairing.create"_s, args);
    emit changed();
}

void DevicePairing::makeAnother()
{
    m_code.clear();
    m_expiresAt = {};
    m_error.clear();
    m_step = u"choose"_s;
    emit changed();
    emit ticked();
}

void DevicePairing::finish()
{
    m_pin.clear();
    m_code.clear();
    m_expiresAt = {};
    m_error.clear();
    m_request.clear();
    m_step = u"pin"_s;
    m_forThisScreen = false;
    emit changed();
}

void DevicePairing::tick()
{
    emit ticked();
}

bool DevicePairing::handleReply(const QString &id, bool ok, const QJsonObject &result,
                                const QString &code)
{
    if (id.isEmpty())
        return false;
    if (id == m_menuRequest) {
        m_menuRequest.clear();
        if (!ok)
            return true;
        QStringList stations;
        for (const QJsonValue &category : result[u"menu"][u"categories"].toArray())
            for (const QJsonValue &item : category[u"items"].toArray())
                if (const QString s = item[u"station"].toString();
                    !s.isEmpty() && !stations.contains(s))
                    stations.append(s);
        m_stations = stations;
        emit changed();
        return true;
    }
    if (id != m_request)
        return false;
    m_request.clear();
    if (ok && m_forThisScreen) {
        const QString madeCode = result[u"code"].toString();
        const QString pin = m_pin;
        m_lockedUntil = {};
        finish();
        emit ownerCodeForThisScreen(madeCode, pin);
        return true;
    }
    if (ok) {
        m_code = result[u"code"].toString();
        m_expiresAt = fromIsoTime(result[u"expiresAt"].toString());
        m_lockedUntil = {};
        m_step = u"code"_s;
    } else if (code == u"pin_wrong"_s || code == u"pin_locked"_s) {
        // Back to the PIN, emptied for the next try; what was chosen stays.
        m_pin.clear();
        m_step = u"pin"_s;
        m_error = code;
        const QDateTime now = m_clock.now();
        if (code == u"pin_locked"_s && !(m_lockedUntil.isValid() && m_lockedUntil > now))
            m_lockedUntil = now.addSecs(StaffPinRule::LockMinutes * 60);
    } else if (code == u"forbidden"_s || code == u"offline"_s) {
        m_error = code;
        if (m_forThisScreen)
            m_pin.clear(); // a host's PIN: the owner's is typed from the start
    } else {
        m_error = u"failed"_s;
    }
    emit changed();
    emit ticked();
    return true;
}

QString DevicePairing::qrText() const
{
    // A phone's or the new device's camera reads the code from this, so nobody types it.
    return m_code.isEmpty() ? QString() : u"tableside-pair:"_s + m_code;
}

QString DevicePairing::expiresText() const
{
    return m_expiresAt.isValid() ? m_locale.toString(m_expiresAt.toLocalTime().time(), u"HH:mm"_s)
                                 : QString();
}

QString DevicePairing::minutesAndSeconds(qint64 seconds) const
{
    seconds = std::max<qint64>(0, seconds);
    return m_locale.toString(seconds / 60) + u':' +
           m_locale.toString(seconds % 60).rightJustified(2, m_locale.zeroDigit().front());
}

QString DevicePairing::remainingText() const
{
    return m_expiresAt.isValid() ? minutesAndSeconds(m_clock.now().secsTo(m_expiresAt)) : QString();
}

bool DevicePairing::expired() const
{
    return m_expiresAt.isValid() && m_clock.now() >= m_expiresAt;
}

QString DevicePairing::lockText() const
{
    if (m_error != u"pin_locked"_s || !m_lockedUntil.isValid())
        return {};
    return minutesAndSeconds(m_clock.now().secsTo(m_lockedUntil));
}

} // namespace tableside
