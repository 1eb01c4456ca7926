#pragma once
// A QR code as a square matrix of dark and light modules, made by libqrencode (byte mode, error
// correction M), and drawn as an image with the quiet zone readers need around it.

#include <QImage>
#include <QList>
#include <QString>

namespace tableside {

class QrCode {
public:
    // The QR code of `text` (as UTF-8); a null code when libqrencode cannot encode it.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; } // 1..40
    int size() const { return m_size; }       // modules per side: 17 + 4 * version
    bool dark(int x, int y) const;

    // Black modules on white, `scale` pixels each, with `quietZone` light modules on every side
    // (the standard asks for 4).
    QImage image(int scale, int quietZone = 4) const;

private:
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules; // row by row
};

} // namespace tableside
