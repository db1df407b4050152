// The application icon is compiled into an executable through resources/CMakeLists.txt and loads
// as :/icons/changedesk.svg: once through changedesk_add_app_resources(), once by linking the
// object library changedesk_resources (the test is built both ways from this one source).

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class IconResourceTest : public QObject
{
    Q_OBJECT

private slots:
    void resourceIsEmbedded()
    {
        QFile file(u":/icons/changedesk.svg"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the icon is not compiled into this executable");
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 128 128\""));
    }

    void rendersAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%d px", size) << size;
    }

    void rendersAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon(u":/icons/changedesk.svg"_s);
        QVERIFY2(!icon.isNull(), "QIcon could not load the SVG: is Qt's SVG icon engine plugin installed?");
        const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        // Most of the canvas is covered (the calendar sheet and the badge), and the three colours
        // that make the icon recognisable are there: blue header, white sheet, green badge.
        int opaque = 0;
        bool blue = false, white = false, green = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 200)
                    continue;
                ++opaque;
                blue = blue || (c.blue() > 140 && c.red() < 80 && c.green() < 130);
                white = white || (c.red() > 230 && c.green() > 230 && c.blue() > 230);
                green = green || (c.green() > 130 && c.red() < 60 && c.blue() < 150 && c.green() > c.blue());
            }
        }
        QVERIFY2(opaque > image.width() * image.height() / 2, qPrintable(u"only %1 opaque pixels"_s.arg(opaque)));
        QVERIFY(blue);
        QVERIFY(white);
        QVERIFY(green);
    }
};

QTEST_MAIN(IconResourceTest)
#include "iconresourcetest.moc"
