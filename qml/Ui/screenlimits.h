#pragma once
// The limits a screen shows (a field's length, a stepper's range, a party's size), read from the
// one place the hub's validation reads them too (core/domain/inputlimits.h).

#include "inputlimits.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class ScreenLimits : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int partySize READ partySize CONSTANT)
    Q_PROPERTY(int quantity READ quantity CONSTANT)
    Q_PROPERTY(int seat READ seat CONSTANT)
    Q_PROPERTY(int noteLength READ noteLength CONSTANT)
    Q_PROPERTY(int messageLength READ messageLength CONSTANT)

public:
    using QObject::QObject;

    int partySize() const { return InputLimits::MaxPartySize; }
    int quantity() const { return InputLimits::MaxQuantity; }
    int seat() const { return InputLimits::MaxSeat; }
    int noteLength() const { return InputLimits::MaxNoteLength; }
    int messageLength() const { return InputLimits::MaxMessageLength; }
};

} // namespace tableside
