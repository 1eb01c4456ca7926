#include "benchvenue.h"

#include "demovenue.h"
#include "devicerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

QByteArray venueJson(int extraDishes)
{
    QFile demo(u":/demo/venue.json"_s);
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = demo.readAll();
    if (extraDishes <= 0)
        return bytes;
    QJsonObject venue = QJsonDocument::fromJson(bytes).object();
    QJsonArray categories = venue[u"categories"].toArray();
    QJsonArray dishes;
    for (const QJsonValue &category : std::as_const(categories))
        for (const QJsonValue &item : category[u"items"].toArray())
            dishes.append(item);
    QJsonArray many;
    for (int i = 0; i < extraDishes; ++i) {
        QJsonObject dish = dishes.at(i % dishes.size()).toObject();
        dish[u"key"] = u"%1-%2"_s.arg(dish[u"key"].toString()).arg(i);
        many.append(dish);
    }
    QJsonObject everything{{u"key"_s, u"everything"_s},
                           {u"name"_s, QJsonObject{{u"en"_s, u"Everything"_s}}},
                           {u"items"_s, many}};
    categories.prepend(everything);
    venue[u"categories"] = categories;
    return QJsonDocument(venue).toJson(QJsonDocument::Compact);
}

} // namespace

BenchVenue::BenchVenue(int extraDishes)
    : m_extraDishes(extraDishes)
{}

BenchVenue::~BenchVenue()
{
    m_hub.reset();
}

QString BenchVenue::start()
{
    m_store = std::make_unique<VenueDatabase>(m_dir.filePath(u"venue.sqlite"_s));
    if (auto opened = m_store->open(); !opened)
        return opened.error().message;
    if (auto seeded = DemoVenue::seedIfEmpty(m_store->connection(), venueJson(m_extraDishes));
        !seeded)
        return seeded.error().message;
    auto enrolled =
        DeviceRepository(m_store->connection(), m_clock).enroll(u"Bench table"_s, u"table"_s, 1);
    if (!enrolled)
        return enrolled.error().message;
    m_token = enrolled->second;
    m_hub = std::make_unique<HubServer>(*m_store, m_clock);
    if (auto listening = m_hub->listen(QHostAddress::LocalHost, 0); !listening)
        return listening.error().message;
    return {};
}

QUrl BenchVenue::url() const
{
    return m_hub ? m_hub->url() : QUrl();
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The demo venue with its dishes copied until the menu holds `dishes` of them, every copy in the
// demo's four languages.
QByteArray demoVenueWithDishes(int dishes)
{
    QFile demo(u":/demo/venue.json"_s);
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    QJsonObject venue = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray categories = venue[u"categories"].toArray();
    QJsonArray all;
    for (const QJsonValue &category : std::as_const(categories))
        for (const QJsonValue &item : category[u"items"].toArray())
            all.append(item);
    QJsonArray more;
    for (qsizetype i = all.size(); i < dishes; ++i) {
        QJsonObject dish = all.at(i % all.size()).toObject();
        dish[u"key"] = u"%1-%2"_s.arg(dish[u"key"].toString()).arg(i);
        more.append(dish);
    }
    if (!more.isEmpty()) {
        categories.append(QJsonObject{{u"key"_s, u"more"_s},
                                      {u"name"_s, QJsonObject{{u"en"_s, u"More"_s},
                                                              {u"el"_s, u"Περισσότερα"_s},
                                                              {u"ar"_s, u"المزيد"_s},
                                                              {u"fa"_s, u"بیشتر"_s}}},
                                      {u"items"_s, more}});
    }
    venue[u"categories"] = categories;
    return QJsonDocument(venue).toJson(QJsonDocument::Compact);
}

} // namespace tableside::bench
