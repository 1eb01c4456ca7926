#pragma once
// A short sound (a new ticket, an escalated alert). Plays through QtMultimedia when the build
// has it and the machine has an audio output; otherwise it only counts, silently, so an
// offscreen test machine runs the same code.

#include <QObject>
#include <QUrl>

class QSoundEffect;

namespace tableside {

class Chime : public QObject {
    Q_OBJECT

public:
    explicit Chime(QUrl source, QObject *parent = nullptr);

    void play();
    int played() const { return m_played; }

private:
    QUrl m_source;
    QSoundEffect *m_effect = nullptr;
    bool m_tried = false;
    int m_played = 0;
};

} // namespace tableside
