#include "chime.h"

#ifdef TABLESIDE_HAS_SOUND
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif

namespace tableside {

Chime::Chime(QUrl source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{}

void Chime::play()
{
    ++m_played;
#ifdef TABLESIDE_HAS_SOUND
    if (!m_tried) { // made on first use: no audio device, no effect, no noise in the log
        m_tried = true;
        if (qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1StringView("offscreen") &&
            !QMediaDevices::audioOutputs().isEmpty()) {
            m_effect = new QSoundEffect(this);
            m_effect->setSource(m_source);
            m_effect->setVolume(0.9f);
        }
    }
    if (m_effect)
        m_effect->play();
#endif
}

} // namespace tableside
