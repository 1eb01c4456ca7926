// The floor's QR codes: libqrencode's matrix for a known text, with its three finder patterns
// where a camera looks for them, and the image with its quiet zone.
#include "qrcode.h"

#include <QTest>

#include <qrencode.h>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

// A finder pattern whose top-left module is (x, y): a dark 7x7 ring, a light ring, a dark 3x3.
bool finderAt(const QrCode &code, int x, int y)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            if (code.dark(x + dx, y + dy) != (ring != 2))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void matrixIsLibqrencodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("version");
        QTest::newRow("a pairing code") << u"tableside-pair:482913"_s << 2;
        QTest::newRow("six digits") << u"482913"_s << 1;
        QTest::newRow("a long text") << QString(100, u'x') << 6; // 6-M holds 106 bytes
    }

    void matrixIsLibqrencodes()
    {
        QFETCH(QString, text);
        QFETCH(int, version);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QCOMPARE(code.version(), version);
        QCOMPARE(code.size(), 17 + 4 * version);
        // Module for module what libqrencode itself makes of the text.
        const QByteArray bytes = text.toUtf8();
        QRcode *reference = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
        QVERIFY(reference);
        QCOMPARE(code.size(), reference->width);
        int differences = 0;
        for (int y = 0; y < code.size(); ++y)
            for (int x = 0; x < code.size(); ++x)
                differences +=
                    code.dark(x, y) != bool(reference->data[y * reference->width + x] & 1);
        QRcode_free(reference);
        QCOMPARE(differences, 0);

        const int far = code.size() - 7;
        QVERIFY(finderAt(code, 0, 0));
        QVERIFY(finderAt(code, far, 0));
        QVERIFY(finderAt(code, 0, far));
        QVERIFY(!finderAt(code, far, far)); // three corners only: that is how a reader turns it
    }

    void imageHasItsQuietZone()
    {
        const QrCode code = QrCode::encode(u"tableside-pair:482913"_s);
        const QImage image = code.image(3, 4);
        QCOMPARE(image.width(), (25 + 8) * 3);
        QCOMPARE(image.height(), image.width());
        for (int i = 0; i < 12; ++i) { // four modules of white on every side
            QCOMPARE(qGray(image.pixel(i, image.height() / 2)), 255);
            QCOMPARE(qGray(image.pixel(image.width() / 2, i)), 255);
            QCOMPARE(qGray(image.pixel(image.width() - 1 - i, 40)), 255);
        }
        QCOMPARE(qGray(image.pixel(12, 12)), 0);                   // the first finder's corner
        QCOMPARE(qGray(image.pixel(12 + 3 + 1, 12 + 3 + 1)), 255); // its light ring
    }

    void nothingToEncode()
    {
        QVERIFY(QrCode::encode(QString(3000, u'x')).isNull()); // more than version 40 holds
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
