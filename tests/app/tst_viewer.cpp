// The 2D viewer under Xvfb/Mesa: a generated phantom study opened from the cache, scrolled with
// keys, wheel and drag, windowed with a right-drag, a distance measured on a phantom of known
// pixel spacing, and the viewport's own pixels compared with `pellucid-cli render` of the
// same image and window.

#include "app/gui/StudyViewer.h"
#include "app/gui/ViewportGrid.h"
#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "core/import/Importer.h"
#include "core/query/CacheLookup.h"
#include "render/SeriesDisplayLoad.h"
#include "render/SliceViewport.h"
#include "render/ViewTransform.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

constexpr int phantomSize = 256;
constexpr double fieldOfViewMm = 320.0; // 1.25 mm pixels
constexpr int phantomSlices = 24;

// A drag with a button held, as a mouse sends it: press, moves with the button down, release.
void drag(QWidget* widget, Qt::MouseButton button, QPointF from, QPointF to, int steps = 8) {
    auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, widget->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, button);
    for (int i = 1; i <= steps; ++i)
        send(QEvent::MouseMove, from + (to - from) * (double(i) / steps), button);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

} // namespace

class TestViewer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void viewTransformRoundTrips();
    void opensScrollsAndWindows();
    void measuresAKnownDistance();
    void viewportMatchesTheCliRender();
    void layoutsAndSynchronizedScrolling();
    void closingReleasesTheVolume();

private:
    QTemporaryDir dir_;
    std::unique_ptr<Cache> cache_;
    QString studyUid_;
};

void TestViewer::initTestCase() {
    QVERIFY(dir_.isValid());
    std::string error;
    cache_ = Cache::open(fs::path(dir_.path().toStdString()) / "cache", &error);
    QVERIFY2(cache_, error.c_str());
    PhantomSpec spec;
    spec.slices = phantomSlices;
    spec.size = phantomSize;
    spec.fieldOfViewMm = fieldOfViewMm;
    spec.patientName = "VIEWER^TEST";
    const fs::path in = fs::path(dir_.path().toStdString()) / "in";
    QCOMPARE(QString::fromStdString(writePhantomSeries(in, spec)), QString());
    const ImportReport report = Importer(*cache_).run({in});
    QCOMPARE(report.imported, std::size_t(phantomSlices));
    studyUid_ = QString::fromStdString(report.studyInstanceUids.front());
}

void TestViewer::viewTransformRoundTrips() {
    for (int turns = 0; turns < 4; ++turns)
        for (bool mirrored : {false, true}) {
            ViewState state;
            state.quarterTurns = turns;
            state.mirrored = mirrored;
            state.fitToView = false;
            state.magnification = 2;
            state.pan = {13, -7};
            const ViewTransform t(300, 200, 0.5, 0.8, QSizeF(640, 480), state);
            const QPointF d = t.toDisplay(17.25, 42.5);
            const QPointF back = t.toImage(d);
            QVERIFY(std::abs(back.x() - 17.25) < 1e-9 && std::abs(back.y() - 42.5) < 1e-9);
            QCOMPARE(t.magnification(), 2.0);
        }
    // One quarter turn clockwise: the image's right edge points down on screen.
    ViewState turned;
    turned.quarterTurns = 1;
    const ViewTransform t(100, 100, 1, 1, QSizeF(100, 100), turned);
    const QPointF a = t.toDisplay(50, 50), b = t.toDisplay(60, 50);
    QVERIFY(std::abs(b.x() - a.x()) < 1e-9 && b.y() > a.y());
    // Mirrored: the image's right goes to the screen's left.
    ViewState mirrored;
    mirrored.mirrored = true;
    const ViewTransform m(100, 100, 1, 1, QSizeF(100, 100), mirrored);
    QVERIFY(m.toDisplay(60, 50).x() < m.toDisplay(50, 50).x());
}

void TestViewer::opensScrollsAndWindows() {
    StudyViewer viewer(*cache_, studyUid_);
    QSignalSpy shown(&viewer, &StudyViewer::seriesShown);
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(shown.count() >= 1); // the preview came before or with the end of the load
    QCOMPARE(finished.front().at(1).toString(), QString());
    SliceViewport* v = viewer.activeViewport();
    QVERIFY(v);
    QCOMPARE(v->sliceCount(), phantomSlices);
    QCOMPARE(v->slice(), phantomSlices / 2); // the loader's first slice is where reading starts
    // The phantom carries a file window (centre/width in the header): it is the default.
    const double centre = v->windowCentre(), width = v->windowWidth();
    QVERIFY(width > 1);

    v->setFocus();
    QTest::keyClick(v, Qt::Key_Down);
    QCOMPARE(v->slice(), phantomSlices / 2 + 1);
    QTest::keyClick(v, Qt::Key_Up);
    QTest::keyClick(v, Qt::Key_Up);
    QCOMPARE(v->slice(), phantomSlices / 2 - 1);
    QTest::keyClick(v, Qt::Key_Home);
    QCOMPARE(v->slice(), 0);
    QTest::keyClick(v, Qt::Key_End);
    QCOMPARE(v->slice(), phantomSlices - 1);
    QTest::keyClick(v, Qt::Key_PageUp);
    QCOMPARE(v->slice(), phantomSlices - 1 - std::max(1, phantomSlices / 10));
    {
        const int before = v->slice();
        const QPointF at(v->width() / 2.0, v->height() / 2.0);
        QWheelEvent wheel(at, v->mapToGlobal(at), QPoint(), QPoint(0, -240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(v, &wheel);
        QCOMPARE(v->slice(), before + 2);
    }
    {
        const int before = v->slice();
        drag(v, Qt::LeftButton, {200, 200}, {200, 140}); // the scroll tool: drag up = back
        QVERIFY(v->slice() < before);
    }
    // Right-drag: right widens the window, down raises the centre.
    drag(v, Qt::RightButton, {300, 300}, {360, 330});
    QVERIFY2(v->windowWidth() > width, qPrintable(QString::number(v->windowWidth())));
    QVERIFY(v->windowCentre() > centre);
    if (qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP")) {
        v->grabFramebuffer().save(qEnvironmentVariable("PELLUCID_TEST_KEEP") +
                                  "/viewer-viewport.png");
        viewer.grab().save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/viewer.png");
    }
    // The corners say what is shown.
    QTRY_VERIFY_WITH_TIMEOUT(v->cornerTexts().join('\n').contains(
                                 QStringLiteral("%1 / %2").arg(v->slice() + 1).arg(phantomSlices)),
                             5000);
}

void TestViewer::measuresAKnownDistance() {
    StudyViewer viewer(*cache_, studyUid_);
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    SliceViewport* v = viewer.activeViewport();
    viewer.setTool(ViewportTool::Distance);
    QCOMPARE(v->tool(), ViewportTool::Distance);
    // 100 pixels along a row and 0 along a column: 125 mm with 1.25 mm pixels. The drag is
    // placed through the viewport's own transform, in logical widget coordinates.
    const ViewTransform t = v->transform();
    const double dpr = v->devicePixelRatioF();
    const QPointF a = t.toDisplay(60, 128) / dpr, b = t.toDisplay(160, 128) / dpr;
    drag(v, Qt::LeftButton, a, b, 12);
    QCOMPARE(int(v->measurements().size()), 1);
    const ViewportMeasurement& m = v->measurements().front();
    QCOMPARE(m.kind, ViewportTool::Distance);
    const double pixelMm = fieldOfViewMm / phantomSize;
    const double lengthMm = std::hypot((m.points[1].x - m.points[0].x) * pixelMm,
                                       (m.points[1].y - m.points[0].y) * pixelMm);
    // Mouse positions are whole logical pixels: the end points land within a pixel.
    QVERIFY2(std::abs(lengthMm - 125.0) < 1.5 * pixelMm, qPrintable(QString::number(lengthMm)));
    QVERIFY2(m.label.contains(QStringLiteral("mm")), qPrintable(m.label));
    QCOMPARE(m.label, QStringLiteral("%1 mm").arg(lengthMm, 0, 'f', 1));

    // An ROI in modality units: the phantom's air outside the body is -1000 HU.
    viewer.setTool(ViewportTool::Rectangle);
    drag(v, Qt::LeftButton, t.toDisplay(2, 2) / dpr, t.toDisplay(12, 12) / dpr, 6);
    QCOMPARE(int(v->measurements().size()), 2);
    const QString roi = v->measurements().back().label;
    QVERIFY2(roi.contains(QStringLiteral("HU")), qPrintable(roi));
    QVERIFY2(roi.contains(QStringLiteral("Mean -1000")), qPrintable(roi));
    QVERIFY2(roi.contains(QStringLiteral("mm²")), qPrintable(roi));
}

void TestViewer::viewportMatchesTheCliRender() {
    const auto files = filesForUid(*cache_, studyUid_.toStdString());
    QVERIFY(!files.empty());
    auto load = std::make_unique<SeriesDisplayLoad>(files);
    QSignalSpy done(load.get(), &SeriesDisplayLoad::finished);
    load->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 30000);
    QCOMPARE(done.front().at(0).toString(), QString());

    SliceViewport v;
    v.setSeries(load->series());
    v.setAnnotationsShown(false);
    const double dpr = v.devicePixelRatioF();
    v.resize(QSize(phantomSize, phantomSize) / dpr);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setMagnification(1);
    const int slice = 7;
    v.setSlice(slice);
    v.setWindow(40, 400);
    const QImage grabbed = v.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(grabbed.size(), QSize(phantomSize, phantomSize));

    // The same slice's file through pellucid-cli render (DCMTK's DicomImage pipeline).
    const fs::path file = load->series()->sliceSources.at(slice).first;
    const QString out = dir_.path() + "/cli.png";
    const CliRun run = runCli({"render", QString::fromStdString(file.string()), "--out", out,
                               "--wl", "40,400", "--no-overlays"});
    QCOMPARE(run.exitCode, 0);
    const QImage reference = QImage(out).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(reference.size(), grabbed.size());
    int worst = 0;
    long long differing = 0;
    for (int y = 0; y < reference.height(); ++y) {
        const uchar* a = grabbed.constScanLine(y);
        const uchar* b = reference.constScanLine(y);
        for (int x = 0; x < reference.width(); ++x) {
            const int d = std::abs(int(a[x]) - int(b[x]));
            worst = std::max(worst, d);
            differing += d > 0;
        }
    }
    if (worst > 1 && qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP")) {
        grabbed.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/viewport.png");
        reference.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/cli.png");
    }
    QVERIFY2(worst <= 1,
             qPrintable(QStringLiteral("worst difference %1 grey levels, %2 pixels differ")
                            .arg(worst)
                            .arg(differing)));
    // And the image is not blank: the phantom has body and air.
    int darkest = 255, brightest = 0;
    for (int y = 0; y < grabbed.height(); ++y)
        for (int x = 0; x < grabbed.width(); ++x) {
            darkest = std::min(darkest, int(grabbed.constScanLine(y)[x]));
            brightest = std::max(brightest, int(grabbed.constScanLine(y)[x]));
        }
    QVERIFY(brightest - darkest > 100);
}

void TestViewer::layoutsAndSynchronizedScrolling() {
    StudyViewer viewer(*cache_, studyUid_);
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(1000, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    viewer.setGrid(1, 2);
    QCOMPARE(int(viewer.grid().viewports().size()), 2);
    SliceViewport* left = viewer.grid().viewportAt(0, 0);
    SliceViewport* right = viewer.grid().viewportAt(0, 1);
    // One series in the study: the second viewport shows it too, by drag from the strip.
    viewer.showSeries(right, viewer.seriesUids().front());
    QTRY_VERIFY_WITH_TIMEOUT(right->sliceCount() == phantomSlices, 10000);
    viewer.grid().setActive(left);
    viewer.setSynchronizedScrolling(true);
    left->setSlice(3);
    QCOMPARE(right->slice(), 3); // same stack: the same position
    viewer.setSynchronizedScrolling(false);
    left->setSlice(9);
    QCOMPARE(right->slice(), 3);
    viewer.setGrid(4, 4);
    QCOMPARE(int(viewer.grid().viewports().size()), 16);
    viewer.setGrid(1, 1);
    QCOMPARE(int(viewer.grid().viewports().size()), 1);
}

void TestViewer::closingReleasesTheVolume() {
    std::weak_ptr<SeriesVolume> volume;
    {
        StudyViewer viewer(*cache_, studyUid_);
        QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
        viewer.show();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        volume = viewer.activeViewport()->series()->volume;
        QVERIFY(!volume.expired());
    }
    QVERIFY(volume.expired());
}

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
