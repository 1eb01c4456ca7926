#pragma once
// The dish the diner has open: its choices under their group's rules, quantity, note and seat,
// and the live price of the line. The hub prices the line again; this only shows it.

#include "dishgroupsmodel.h"
#include "inputlimits.h"
#include "menuindex.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

namespace tableside {

class DishDraft : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(qint64 itemId READ itemId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QUrl photo READ photo NOTIFY changed)
    Q_PROPERTY(QString basePrice READ basePrice NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool longerWait READ longerWait NOTIFY changed)
    // Within its hours and its category's on the venue's clock: it can be added now.
    Q_PROPERTY(bool servedNow READ servedNow NOTIFY changed)
    // Its hours in words ("Served from 17:00."); "" for a dish always served.
    Q_PROPERTY(QString servingHours READ servingHours NOTIFY changed)
    Q_PROPERTY(QStringList allergens READ allergens NOTIFY changed)
    Q_PROPERTY(QStringList dietary READ dietary NOTIFY changed)
    Q_PROPERTY(int spiceLevel READ spiceLevel NOTIFY changed)
    // The dish's modifier groups with their rules and options: the same rows until the dish or
    // its texts change, so a choice does not make the sheet's groups again.
    Q_PROPERTY(tableside::DishGroupsModel *groups READ groups CONSTANT)
    // The dish has a group the diner must choose from (the sheet keeps a line for what is missing).
    Q_PROPERTY(bool hasRequiredGroup READ hasRequiredGroup NOTIFY changed)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY changed)
    // The quantity may go down (not below 1) or up (not past LinePricer::MaxQuantity).
    Q_PROPERTY(bool canDecrease READ canDecrease NOTIFY changed)
    Q_PROPERTY(bool canIncrease READ canIncrease NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(int seat READ seat WRITE setSeat NOTIFY changed)
    // The seats the sheet offers: the whole table (0), then seats 1 to PickerSeats.
    Q_PROPERTY(int seatChoices READ seatChoices CONSTANT)
    Q_PROPERTY(QString linePrice READ linePrice NOTIFY changed)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY changed)
    // The first required group still without enough choices; empty when none.
    Q_PROPERTY(QString missingGroup READ missingGroup NOTIFY changed)
    // The diner asked to add the dish with choices missing: the sheet marks missingGroups.
    Q_PROPERTY(bool missingShown READ missingShown NOTIFY changed)

public:
    static constexpr int MaxNoteLength = InputLimits::MaxNoteLength;
    static constexpr int MaxSeat = InputLimits::MaxSeat;
    // The seats the dish sheet offers, one row of chips: the table does not know its party's size
    // (a party that orders before a host seats it is one), so a usual table's. The cart's seat
    // button goes on to MaxSeat.
    static constexpr int PickerSeats = 6;
    static_assert(PickerSeats <= MaxSeat);

    explicit DishDraft(const MenuIndex &menu, QObject *parent = nullptr);

    // Opens a dish with nothing chosen, quantity 1; false when the menu has no such dish.
    // recommended: why it was offered, when the diner came to it from a recommendation.
    bool open(qint64 itemId, const QUrl &photo, const QString &recommended = {});
    Q_INVOKABLE void close();
    // Re-reads texts and availability after a language switch or a sold-out change.
    void refresh();

    // A group of one choice swaps its choice; a group of several toggles, up to its maximum. A
    // required single choice cannot be taken back, only swapped.
    Q_INVOKABLE bool choose(qint64 groupId, qint64 optionId);
    // True when the line can be added as it is; otherwise, when required choices are what is
    // missing, marks them for the diner (missingShown) and returns false.
    Q_INVOKABLE bool confirmChoices();
    Q_INVOKABLE void increase() { setQuantity(m_line.quantity + 1); }
    Q_INVOKABLE void decrease() { setQuantity(m_line.quantity - 1); }

    bool isOpen() const { return m_open; }
    qint64 itemId() const { return m_line.itemId; }
    QString name() const;
    QString description() const;
    QUrl photo() const { return m_photo; }
    QString basePrice() const;
    bool available() const;
    bool longerWait() const;
    bool servedNow() const;
    QString servingHours() const;
    QStringList allergens() const;
    QStringList dietary() const;
    int spiceLevel() const;
    DishGroupsModel *groups() { return &m_groups; }
    bool hasRequiredGroup() const;
    QVariantList chosenOptions() const;
    int quantity() const { return m_line.quantity; }
    bool canDecrease() const { return m_line.quantity > 1; }
    bool canIncrease() const { return m_line.quantity < InputLimits::MaxQuantity; }
    void setQuantity(int quantity);
    QString note() const { return m_line.note; }
    void setNote(const QString &note);
    int seat() const { return m_line.seat; }
    int seatChoices() const { return PickerSeats + 1; }
    void setSeat(int seat);
    QString linePrice() const;
    qint64 linePriceMinor() const;
    bool canAdd() const;
    QString missingGroup() const;
    QVariantList missingGroups() const;
    bool missingShown() const { return m_missingShown; }

    CartLine line() const;

signals:
    void changed();

private:
    const MenuModifierGroup *group(qint64 groupId) const;
    const MenuItem *item() const { return m_open ? m_menu.item(m_line.itemId) : nullptr; }
    int chosenIn(const MenuModifierGroup &group) const;
    void updateGroups();

    const MenuIndex &m_menu;
    bool m_open = false;
    bool m_missingShown = false;
    QUrl m_photo;
    CartLine m_line;
    DishGroupsModel m_groups;
};

} // namespace tableside
