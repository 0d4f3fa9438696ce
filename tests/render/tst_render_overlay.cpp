// ViewportOverlay under Xvfb/Mesa: labels rasterised by Qt have real CJK glyphs and are not
// rasterised again while unchanged; filled polygons fill their inside only; text boxes justify
// and clip; a viewport shows a Japanese patient name in its corner.

#include "core/demo/PhantomSeries.h"
#include "core/display/SeriesDisplayLoad.h"
#include "render/LabelImage.h"
#include "render/SliceViewport.h"
#include "render/ViewportOverlay.h"
#include "render/VtkOpenGLWidget.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vtkRenderer.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <tuple>

using namespace pellucid;

namespace {

// A bare VTK widget whose overlay is drawn by `draw` on a flat background.
class OverlayCanvas : public VtkOpenGLWidget {
public:
    explicit OverlayCanvas(QColor background) {
        renderer()->SetBackground(background.redF(), background.greenF(), background.blueF());
        overlay_ = std::make_unique<ViewportOverlay>(renderer());
    }
    ~OverlayCanvas() override { overlay_.reset(); }
    std::function<void(ViewportOverlay&)> draw;
    const ViewportOverlay& overlay() const { return *overlay_; }

protected:
    void prepareRender() override {
        overlay_->begin(deviceSize());
        if (draw)
            draw(*overlay_);
        overlay_->end();
    }

private:
    std::unique_ptr<ViewportOverlay> overlay_;
};

bool showCanvas(OverlayCanvas& canvas, QSize size) {
    canvas.resize(size);
    canvas.show();
    return QTest::qWaitForWindowExposed(&canvas);
}

// Pixels of `image` inside `area` that are close to `color`.
int countNear(const QImage& image, const QRect& area, QColor color, int tolerance = 40) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += std::abs(qRed(p) - color.red()) <= tolerance &&
                     std::abs(qGreen(p) - color.green()) <= tolerance &&
                     std::abs(qBlue(p) - color.blue()) <= tolerance;
        }
    return count;
}

// The columns of `area` holding a bright (text) pixel: first and last, or {-1, -1}.
std::pair<int, int> inkColumns(const QImage& image, const QRect& area) {
    int first = -1, last = -1;
    for (int x = area.left(); x <= area.right(); ++x)
        for (int y = area.top(); y <= area.bottom(); ++y)
            if (qGray(image.pixel(x, y)) > 160) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
    return {first, last};
}

void keep(const QImage& image, const QString& name) {
    if (qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP"))
        image.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/" + name);
}

} // namespace

class TestOverlay : public QObject {
    Q_OBJECT
private slots:
    void cjkLabelsHaveGlyphs();
    void unchangedLabelIsNotRasterisedAgain();
    void filledPolygonFillsItsInsideOnly();
    void wideLineHasItsWidth();
    void textBoxJustifiesAndClips();
    void japaneseNameInTheCorner();

private:
    QImage cornerShot(const std::string& name);
};

void TestOverlay::cjkLabelsHaveGlyphs() {
    // Missing glyphs are drawn as identical boxes: the same characters in another order would
    // then make the same image.
    const QColor white(255, 255, 255);
    const QImage a = labelImage(QStringLiteral("山田太郎"), white, 20, Qt::AlignLeft);
    const QImage b = labelImage(QStringLiteral("田山郎太"), white, 20, Qt::AlignLeft);
    QVERIFY(!a.isNull() && !b.isNull());
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
    // And on screen, through VTK: the two labels and a Latin one, white on mid grey.
    OverlayCanvas canvas(QColor(128, 128, 128));
    canvas.draw = [](ViewportOverlay& o) {
        const QColor white(255, 255, 255);
        o.addText("a", {10, 10}, QStringLiteral("山田太郎"), white, ViewportOverlay::Align::Left,
                  20, true);
        o.addText("b", {10, 50}, QStringLiteral("田山郎太"), white, ViewportOverlay::Align::Left,
                  20, true);
        o.addText("latin", {10, 90}, QStringLiteral("Pellucid 42"), white,
                  ViewportOverlay::Align::Left, 20, true);
    };
    QVERIFY(showCanvas(canvas, {240, 130}));
    const QImage shot = canvas.grabFramebuffer();
    keep(shot, "overlay-cjk.png");
    const QRect first(0, 5, 200, 35), second(0, 45, 200, 35), latin(0, 85, 200, 35);
    QVERIFY(shot.copy(first) != shot.copy(second));
    for (const QRect& r : {first, second, latin}) {
        // Glyph strokes in white, their outline in black, the background around.
        QVERIFY2(countNear(shot, r, QColor(255, 255, 255)) > 40,
                 qPrintable(QString::number(r.y())));
        QVERIFY(countNear(shot, r, QColor(0, 0, 0), 60) > 40);
        QVERIFY(countNear(shot, r, QColor(128, 128, 128), 10) > 1000);
    }
    // The text starts where it was placed: x = 10, y = 10 (y down), give or take the bearing.
    const auto [left, right] = inkColumns(shot, first);
    QVERIFY2(left >= 9 && left <= 14, qPrintable(QString::number(left)));
    QVERIFY(right > left + 40);
    // Pixel for pixel what Qt drew (upright, unblurred), its outline margin hanging one pixel
    // beyond the point it was placed at.
    QImage expected(shot.size(), QImage::Format_RGB32);
    expected.fill(QColor(128, 128, 128));
    {
        QPainter painter(&expected);
        painter.drawImage(QPoint(10 - labelOutline, 10 - labelOutline), a);
    }
    int worst = 0;
    for (int y = first.top(); y <= first.bottom(); ++y)
        for (int x = first.left(); x <= first.right(); ++x) {
            const QRgb p = shot.pixel(x, y), q = expected.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    QVERIFY2(worst <= 3, qPrintable(QStringLiteral("worst difference %1").arg(worst)));
}

void TestOverlay::unchangedLabelIsNotRasterisedAgain() {
    QString text = QStringLiteral("WL 40/400");
    QColor color(255, 255, 0);
    QPointF at(20, 40);
    OverlayCanvas canvas(QColor(0, 0, 0));
    canvas.draw = [&](ViewportOverlay& o) { o.addText("label", at, text, color); };
    QVERIFY(showCanvas(canvas, {200, 100}));
    canvas.grabFramebuffer();
    const std::size_t first = canvas.overlay().labelsRasterised();
    QVERIFY(first >= 1);
    for (int i = 0; i < 5; ++i)
        canvas.grabFramebuffer();
    QCOMPARE(canvas.overlay().labelsRasterised(), first);
    at = QPointF(60, 70); // moved, not redrawn
    const QImage moved = canvas.grabFramebuffer();
    QCOMPARE(canvas.overlay().labelsRasterised(), first);
    QVERIFY(countNear(moved, QRect(60, 50, 60, 20), color) > 10);
    QCOMPARE(countNear(moved, QRect(0, 0, 200, 45), color), 0);
    text = QStringLiteral("WL 50/400");
    canvas.grabFramebuffer();
    QCOMPARE(canvas.overlay().labelsRasterised(), first + 1);
    color = QColor(0, 255, 255);
    canvas.grabFramebuffer();
    QCOMPARE(canvas.overlay().labelsRasterised(), first + 2);
    // What one rasterisation costs, for the record.
    QElapsedTimer timer;
    timer.start();
    constexpr int runs = 200;
    for (int i = 0; i < runs; ++i)
        labelImage(QStringLiteral("山田^太郎\nPID 123456 %1\nCT 2024-05-01").arg(i), Qt::white, 13,
                   Qt::AlignLeft);
    qInfo("a three-line corner label rasterises in %.3f ms",
          double(timer.nsecsElapsed()) / 1e6 / runs);
}

void TestOverlay::filledPolygonFillsItsInsideOnly() {
    // A concave L, given with its first point repeated at the end (as GSPS closes polylines),
    // from a corner that does not see the whole L: a fan from it would fill the notch.
    const QColor red(255, 0, 0);
    OverlayCanvas canvas(QColor(0, 0, 0));
    canvas.draw = [&](ViewportOverlay& o) {
        o.addPolygon({{120, 50}, {50, 50}, {50, 120}, {20, 120}, {20, 20}, {120, 20}, {120, 50}},
                     red, true);
        o.addPolygon({{140, 140}, {190, 140}, {190, 190}}, QColor(0, 255, 0), false);
    };
    QVERIFY(showCanvas(canvas, {200, 200}));
    const QImage shot = canvas.grabFramebuffer();
    keep(shot, "overlay-polygon.png");
    // Inside the L's two arms: filled; the notch between them (inside its convex hull): not.
    QCOMPARE(countNear(shot, QRect(24, 24, 92, 22), red, 0), 92 * 22);
    QCOMPARE(countNear(shot, QRect(24, 54, 22, 62), red, 0), 22 * 62);
    QCOMPARE(countNear(shot, QRect(55, 55, 60, 60), red, 0), 0);
    QCOMPARE(countNear(shot, QRect(125, 0, 75, 135), red, 0), 0);
    // The open one is an outline: its edges drawn, its inside not.
    QVERIFY(countNear(shot, QRect(145, 138, 40, 4), QColor(0, 255, 0), 60) > 20);
    QCOMPARE(countNear(shot, QRect(178, 150, 8, 8), QColor(0, 255, 0), 100), 0);
}

void TestOverlay::wideLineHasItsWidth() {
    const QColor blue(0, 0, 255);
    OverlayCanvas canvas(QColor(0, 0, 0));
    canvas.draw = [&](ViewportOverlay& o) {
        o.addPolyline({{20, 50}, {180, 50}, {180, 150}}, blue, false, 9);
    };
    QVERIFY(showCanvas(canvas, {200, 200}));
    const QImage shot = canvas.grabFramebuffer();
    // 9 pixels across, centred on the line: rows 46-54, nothing from 57 on or above 43.
    QCOMPARE(countNear(shot, QRect(30, 47, 100, 7), blue, 0), 700);
    QCOMPARE(countNear(shot, QRect(30, 57, 100, 10), blue, 20), 0);
    QCOMPARE(countNear(shot, QRect(30, 33, 100, 10), blue, 20), 0);
    // The corner is covered, and the vertical leg has the same width.
    QCOMPARE(countNear(shot, QRect(177, 47, 7, 7), blue, 0), 49);
    QCOMPARE(countNear(shot, QRect(177, 80, 7, 50), blue, 0), 350);
}

void TestOverlay::textBoxJustifiesAndClips() {
    const QRect box(40, 30, 300, 60), narrow(40, 120, 70, 40);
    const QColor white(255, 255, 255);
    OverlayCanvas canvas(QColor(0, 0, 0));
    ViewportOverlay::Align align = ViewportOverlay::Align::Left;
    canvas.draw = [&](ViewportOverlay& o) {
        o.addTextBox("box", box, QStringLiteral("Lesion 1"), white, align, 16);
        // Too much text for its box: wrapped, and what does not fit is cut at the box's edges.
        o.addTextBox("narrow", narrow,
                     QStringLiteral("a long remark that cannot fit in so small a box at all"),
                     white, ViewportOverlay::Align::Left, 16);
    };
    QVERIFY(showCanvas(canvas, {400, 200}));
    QImage shot = canvas.grabFramebuffer();
    keep(shot, "overlay-textbox-left.png");
    auto [left, right] = inkColumns(shot, box);
    QVERIFY2(left >= box.left() && left < box.left() + 6, qPrintable(QString::number(left)));
    QVERIFY(right < box.center().x());
    // Wrapped onto more than one line, and nothing outside the box.
    int inkRows = 0;
    for (int y = narrow.top(); y <= narrow.bottom(); ++y)
        inkRows += countNear(shot, QRect(narrow.left(), y, narrow.width(), 1), white, 95) > 0;
    QVERIFY2(inkRows > 20, qPrintable(QString::number(inkRows)));
    const QRect around = narrow.adjusted(-10, -10, 10, 30);
    QCOMPARE(countNear(shot, around, white, 95), countNear(shot, narrow, white, 95));

    align = ViewportOverlay::Align::Right;
    shot = canvas.grabFramebuffer();
    keep(shot, "overlay-textbox-right.png");
    std::tie(left, right) = inkColumns(shot, box);
    QVERIFY2(right <= box.right() && right > box.right() - 6, qPrintable(QString::number(right)));
    QVERIFY(left > box.center().x());

    align = ViewportOverlay::Align::Center;
    shot = canvas.grabFramebuffer();
    std::tie(left, right) = inkColumns(shot, box);
    QVERIFY(std::abs((left + right) / 2 - box.center().x()) <= 3);
}

// The patient `name` in a viewport's corners, grabbed (null when the phantom did not load).
QImage TestOverlay::cornerShot(const std::string& name) {
    QTemporaryDir dir;
    PhantomSpec spec;
    spec.slices = 1;
    spec.size = 256;
    spec.patientName = name;
    const std::filesystem::path folder = dir.path().toStdString();
    if (!dir.isValid() || !writePhantomSeries(folder, spec).empty())
        return {};
    SeriesDisplayLoad load({folder / "IM0001"});
    QSignalSpy done(&load, &SeriesDisplayLoad::finished);
    load.start();
    if (!done.wait(30000) || !done.front().at(0).toString().isEmpty())
        return {};
    SliceViewport viewport;
    viewport.setSeries(load.series());
    viewport.setAnnotationsShown(true);
    viewport.resize(512, 512);
    viewport.show();
    if (!QTest::qWaitForWindowExposed(&viewport))
        return {};
    const QString family = QString::fromStdString(name).section('^', 0, 0);
    if (!QTest::qWaitFor([&] { return viewport.cornerTexts().join('\n').contains(family); }))
        return {};
    return viewport.grabFramebuffer();
}

void TestOverlay::japaneseNameInTheCorner() {
    const QImage shot = cornerShot("山田^太郎");
    const QImage swapped = cornerShot("田山^郎太");
    QVERIFY(!shot.isNull() && !swapped.isNull());
    keep(shot, "viewport-japanese-name.png");
    // The name is the top-left corner's first line: it has ink, and real glyphs (boxes would
    // look the same whatever the characters' order).
    const QRect nameLine(0, 0, 120, 20);
    QVERIFY(countNear(shot, nameLine, QColor(225, 225, 225), 30) > 30);
    QVERIFY(shot.copy(nameLine) != swapped.copy(nameLine));
}

QTEST_MAIN(TestOverlay)
#include "tst_render_overlay.moc"
