// Build-time tool: draws the demo dishes' SVG photos once, as JPEG files the program ships. A
// photo drawn from SVG took about 13 ms of a core at card size, on every start and again each
// time a card scrolled in; a JPEG of the same picture reads in under 3 ms.
//
// photoraster OUTDIR WIDTH HEIGHT FILE.svg...  writes OUTDIR/FILE.jpg for each, WIDTH x HEIGHT
// (the size the largest view asks for), and exits 1 naming the first file it cannot draw.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int width = args.value(1).toInt();
    const int height = args.value(2).toInt();
    if (args.size() < 4 || width <= 0 || height <= 0) {
        std::fprintf(stderr, "usage: photoraster OUTDIR WIDTH HEIGHT FILE.svg...\n");
        return 2;
    }
    const QDir out(args[0]);
    if (!out.mkpath(u"."_qs)) {
        std::fprintf(stderr, "photoraster: cannot make %s\n", qPrintable(args[0]));
        return 1;
    }
    for (const QString &path : args.mid(3)) {
        QSvgRenderer svg(path);
        QImage photo(width, height, QImage::Format_RGB32);
        photo.fill(Qt::white);
        {
            QPainter painter(&photo);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
        }
        const QString target = out.filePath(QFileInfo(path).completeBaseName() + u".jpg"_qs);
        if (!svg.isValid() || !photo.save(target, "JPG", 85)) {
            std::fprintf(stderr, "photoraster: cannot draw %s as %s\n", qPrintable(path),
                         qPrintable(target));
            return 1;
        }
    }
    return 0;
}
