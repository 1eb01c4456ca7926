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

bool Chime::systemHasAudioOutput()
{
#ifdef TABLESIDE_HAS_SOUND
    return !QMediaDevices::audioOutputs().isEmpty();
#else
    return false;
#endif
}

void Chime::setOutputProbe(OutputProbe probe)
{
    m_probe = std::move(probe);
    checkOutput();
}

void Chime::checkOutput()
{
    m_checked = true;
    setCanSound(m_probe && m_probe());
}

void Chime::setCanSound(bool canSound)
{
    if (canSound == m_canSound)
        return;
    m_canSound = canSound;
    emit canSoundChanged();
}

void Chime::play()
{
    ++m_played;
    if (!m_checked)
        checkOutput();
#ifdef TABLESIDE_HAS_SOUND
    // Made on first use, and never on an offscreen test machine, which must stay silent.
    if (!m_effect && m_canSound &&
        qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1StringView("offscreen")) {
        m_effect = new QSoundEffect(this);
        // A listed output that cannot play (its server went away) is no sound either.
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_effect->status() == QSoundEffect::Error)
                setCanSound(false);
        });
        m_effect->setSource(m_source);
        m_effect->setVolume(0.9f);
    }
    if (m_effect && m_canSound)
        m_effect->play();
#endif
}

} // namespace tableside
