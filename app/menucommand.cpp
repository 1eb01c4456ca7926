#include "menucommand.h"

#include "exitcodes.h"
#include "hubserver.h"
#include "menucsv.h"
#include "menudocumentstore.h"
#include "menuhistory.h"
#include "storeopening.h"
#include "venuerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

Result<MenuCsvFormat> formatOf(VenueDatabase &store)
{
    auto venue = VenueRepository(store.connection()).load();
    if (!venue)
        return venue.error();
    return MenuCsvFormat{venue->defaultLanguage, venue->languages,
                         Money::minorDigits(venue->currency)};
}

// The menu as published: the last version kept whole, else the live tables.
Result<MenuDocument> publishedMenu(VenueDatabase &store, const Clock &clock)
{
    auto latest = MenuHistory(store.connection(), clock).latest();
    if (!latest)
        return latest.error();
    if (latest->has_value())
        return latest->value().document;
    return MenuDocumentStore(store.connection()).live();
}

int exportMenu(VenueDatabase &store, const QString &out)
{
    SystemClock clock;
    auto format = formatOf(store);
    auto menu = publishedMenu(store, clock);
    if (!format || !menu)
        return refuse((!format ? format.error() : menu.error()).message);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(menuToCsv(*menu, *format)) < 0 ||
        !file.commit())
        return refuse(u"cannot write %1: %2"_s.arg(out, file.errorString()));
    QTextStream(stdout) << "wrote " << menu->items.size() << " dishes in "
                        << menu->categories.size() << " categories to " << out << '\n';
    return 0;
}

int importMenu(VenueDatabase &store, const QString &in)
{
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(u"cannot read %1: %2"_s.arg(in, file.errorString()));
    auto format = formatOf(store);
    if (!format)
        return refuse(format.error().message);
    const MenuCsvRead read = menuFromCsv(file.readAll(), *format);
    if (!read.problems.isEmpty()) {
        QTextStream err(stderr);
        for (const MenuCsvProblem &problem : read.problems)
            err << in << ": " << problem.describe() << '\n';
        return refuse(u"nothing was imported; fix what is listed above"_s);
    }
    SystemClock clock;
    auto published = publishedMenu(store, clock);
    if (!published)
        return refuse(published.error().message);
    if (*published == read.document) {
        QTextStream(stdout) << "the menu is already this; nothing to publish\n";
        return 0;
    }
    HubServer hub(store, clock);
    auto version = hub.publishMenu(read.document);
    if (!version)
        return refuse(version.error().message);
    QTextStream(stdout) << "published version " << *version << ": " << read.document.items.size()
                        << " dishes in " << read.document.categories.size() << " categories\n";
    return 0;
}

} // namespace

int runMenu(int argc, char **argv, const CommandLine &line)
{
    qputenv(HubServer::PlainEventLoopVariable, "1");
    QCoreApplication app(argc, argv);
    const QString file = line.option(line.action == u"export"_s ? u"out"_s : u"in"_s);
    if (!line.has(u"db"_s) || file.isEmpty())
        return refuse(line.action == u"export"_s ? u"menu export needs --db FILE --out MENU.csv"_s
                                                 : u"menu import needs --db FILE --in MENU.csv"_s);
    auto store = openStore(line.option(u"db"_s));
    if (!store)
        return refuse(store.error().message);
    if (line.action == u"export"_s)
        return exportMenu(**store, file);
    auto claimed = claimVenue((*store)->path());
    if (!claimed)
        return refuse(claimed.error().message);
    return importMenu(**store, file);
}

} // namespace tableside
