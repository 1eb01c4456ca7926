#pragma once
// A short sound (a new ticket, an escalated alert), played through Qt Multimedia when the build
// has it and the machine has an audio output. Whether it can be heard is known (canSound), so a
// screen can say "sound off" instead of failing silently; a test may tell it either way.

#include <QObject>
#include <QUrl>

#include <functional>

class QSoundEffect;

namespace tableside {

class Chime : public QObject {
    Q_OBJECT

public:
    // True when a sound played now would reach the room.
    using OutputProbe = std::function<bool()>;

    explicit Chime(QUrl source, QObject *parent = nullptr);

    // Qt Multimedia's audio outputs: none without a sound server (PulseAudio, PipeWire-pulse)
    // or without Qt Multimedia in the build.
    static bool systemHasAudioOutput();

    // Another way to tell whether sound reaches the room (a test's); asks it at once.
    void setOutputProbe(OutputProbe probe);
    // Asks the probe (the system's audio outputs until one is set) again.
    void checkOutput();
    bool canSound() const { return m_canSound; }

    void play();
    int played() const { return m_played; }

signals:
    void canSoundChanged();

private:
    void setCanSound(bool canSound);

    QUrl m_source;
    OutputProbe m_probe = &Chime::systemHasAudioOutput;
    QSoundEffect *m_effect = nullptr;
    bool m_checked = false;
    bool m_canSound = false;
    int m_played = 0;
};

} // namespace tableside
