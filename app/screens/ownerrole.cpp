// The owner role: the menu editor on its own device, and its screenshots.
#include "evening.h"
#include "exitcodes.h"
#include "ownerscreen.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

int runOwnerRole(QGuiApplication &app, const CommandLine &line)
{
    SystemClock clock;
    VenueClient client(clock);
    OwnerScreen screen(client, clock);
    screen.setLanguage(line.option(u"lang"_s, QLocale::system().name().left(2)));
    if (auto connected = connectRemoteDevice(client, *screen.gate(), line, u"owner"_s); !connected)
        return refuse(connected.error().message);
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

namespace {

// The demo venue's owner, Eleni Markou, signs in on the keypad.
Result<void> signIn(OwnerScreen &owner)
{
    for (int digit : {2, 5, 8, 0})
        owner.addDigit(digit);
    owner.signIn();
    if (!waitUntil([&] { return owner.signedIn() || !owner.signInError().isEmpty(); }) ||
        !owner.signedIn())
        return makeError(u"no_sign_in"_s,
                         u"the owner could not sign in: %1"_s.arg(owner.signInError()));
    return {};
}

// One dish's form changed and saved to the draft, as the owner would.
Result<void> saveDish(OwnerScreen &owner, const QString &key,
                      const std::function<void(DishForm &)> &change)
{
    owner.openDish(key);
    if (owner.page() != u"item"_s)
        return makeError(u"no_dish"_s, u"the menu has no dish %1"_s.arg(key));
    change(*owner.form());
    const qint64 before = owner.draftEditId();
    owner.saveDish();
    if (!waitUntil([&] { return owner.draftEditId() != before; }))
        return makeError(u"not_saved"_s,
                         u"the hub did not take the change: %1"_s.arg(owner.notice()));
    return {};
}

// An evening's draft: hummus costs more, the baba ganoush lost its Greek name, and a new dish has
// no name in English yet (a problem to fix before publishing).
Result<void> editDraft(OwnerScreen &owner)
{
    if (auto saved =
            saveDish(owner, u"hummus"_s, [](DishForm &form) { form.setPriceText(u"7.25"_s); });
        !saved)
        return saved;
    if (auto saved =
            saveDish(owner, u"baba-ganoush"_s, [](DishForm &form) { form.setName(u"el"_s, {}); });
        !saved)
        return saved;
    return saveDish(owner, u"grilled-halloumi"_s,
                    [](DishForm &form) { form.setName(u"en"_s, {}); });
}

} // namespace

// The editor on a real hub in this process with the demo venue, signed in by its owner.
int screenshotOwner(const ScreenshotRequest &request)
{
    EveningVenue venue;
    if (auto started = venue.start(request.db); !started)
        return refuse(started.error().message);
    // Ten weeks of guests' ratings and visit cards for the Guest voice.
    if (request.screen == u"voice"_s)
        if (auto played = venue.playGuestWeeks(10); !played)
            return refuse(played.error().message);
    SystemClock clientClock;
    VenueClient client(clientClock);
    if (auto joined = venue.join(client, u"owner"_s); !joined)
        return refuse(joined.error().message);
    OwnerScreen owner(client, venue.clock());
    owner.setLanguage(request.language);
    if (!waitUntil([&] { return owner.online() && !owner.document().items.isEmpty(); }))
        return refuse(u"the owner's screen could not read the menu from the hub"_s);
    if (auto signedIn = signIn(owner); !signedIn)
        return refuse(signedIn.error().message);
    if (request.screen == u"voice"_s) {
        // The moussaka's weeks: better since its recipe changed.
        owner.openVoice();
        if (!waitUntil([&] { return owner.voice()->loaded() && !owner.voice()->busy(); }))
            return refuse(u"the hub did not read the guests' voice"_s);
        owner.voice()->chooseDish(u"moussaka"_s);
        if (!waitUntil([&] { return !owner.voice()->busy(); }))
            return refuse(u"the hub did not read the moussaka's comments"_s);
    } else if (request.screen == u"tips"_s || request.screen == u"tip"_s) {
        // Explore the area: the demo's places, and one of them open in its form.
        owner.openTips();
        if (!waitUntil([&] { return owner.tips()->tips()->rowCount() > 0; }))
            return refuse(u"the hub listed no places of Explore the area"_s);
        if (request.screen == u"tip"_s)
            owner.tips()->edit(int(owner.tips()->tips()->ids().constFirst()));
    } else if (request.screen == u"history"_s) {
        // Two publishes: a new price, then the Greek name put right again.
        for (const QString &price : {u"7.25"_s, u"6.90"_s}) {
            if (auto saved =
                    saveDish(owner, u"hummus"_s, [&](DishForm &form) { form.setPriceText(price); });
                !saved)
                return refuse(saved.error().message);
            const int versions = owner.versions()->rowCount();
            owner.publish();
            if (!waitUntil([&] { return !owner.hasDraft(); }))
                return refuse(u"the draft was not published: %1"_s.arg(owner.notice()));
            owner.openHistory();
            if (!waitUntil([&] { return owner.versions()->rowCount() > versions; }))
                return refuse(u"the hub listed no versions"_s);
        }
        owner.askRollback(2);
    } else {
        if (auto edited = editDraft(owner); !edited)
            return refuse(edited.error().message);
        owner.clearNotice();
        owner.selectCategory(u"mezze"_s);
        if (request.screen == u"item"_s)
            owner.openDish(u"baba-ganoush"_s);
        // A category's form, and the venue's modifier lists with the dishes that offer each.
        if (request.screen == u"category"_s)
            owner.structure()->openCategory(u"mezze"_s);
        if (request.screen == u"lists"_s)
            owner.structure()->openLists();
        if (request.screen == u"preview"_s) {
            // The draft as a table in the screenshot's language shows it, upright or on its side.
            owner.openPreview();
            owner.preview()->setLanguage(request.language);
            owner.preview()->setLandscape(!request.portrait);
        }
    }
    if (auto shown = owner.show(); !shown)
        return refuse(shown.error().message);
    owner.window()->resize(request.size);
    if (auto saved = saveScreenshot(owner.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
