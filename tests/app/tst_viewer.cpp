// The 2D viewer under Xvfb/Mesa: a generated phantom study opened from the cache, scrolled with
// keys, wheel and drag, windowed with a right-drag, a distance measured on a phantom of known
// pixel spacing, and the viewport's own pixels compared with `pellucid-cli render` of the
// same image and window.

#include "app/gui/viewer/SeriesStrip.h"
#include "app/gui/viewer/StudyViewer.h"
#include "app/gui/viewer/ViewportGrid.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/demo/PhantomSeries.h"
#include "core/display/SeriesDisplayLoad.h"
#include "core/import/Importer.h"
#include "core/pstate/VoiWindow.h"
#include "render/SliceViewport.h"
#include "render/ViewTransform.h"
#include "tests/support/MouseDrag.h"
#include "tests/support/TestSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

} // namespace

class TestViewer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void viewTransformRoundTrips();
    void opensScrollsAndWindows();
    void measuresAKnownDistance();
    void viewportMatchesTheCliRender();
    void samplesMatchTheCliRender_data();
    void samplesMatchTheCliRender();
    void overlaysAndShutters();
    void colorWindowActsOnEachChannel();
    void orientationLettersFollowRotationAndFlip();
    void anglesAndRegions();
    void cineAdvances();
    void referenceLinesAcrossOrientations();
    void seriesDropsIntoAViewport();
    void cornersFollowAUserTemplate();
    void irregularGeometryIsSaid();
    void layoutsAndSynchronizedScrolling();
    void closingReleasesTheVolume();

private:
    // The sample shown alone at 1:1 in a viewport of its size, annotations off, grabbed.
    QImage grabAtOneToOne(const fs::path& file, std::optional<std::pair<double, double>> window,
                          bool overlays, std::shared_ptr<DisplayedSeries>* series = nullptr);
    QImage cliRender(const fs::path& file, const QStringList& options);
    std::vector<fs::path> studyFiles() const;
    QTemporaryDir dir_;
    QString samples_;
    std::unique_ptr<Cache> cache_;
    QString studyUid_;
};

void TestViewer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PellucidTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewer"));
    QSettings().clear();
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
    // Palette color, MONOCHROME1 with an overlay, planar RGB: made by the pixel tests' tool.
    samples_ = dir_.path() + "/samples";
    runTool("/usr/bin/python3",
            {QString::fromStdString((sourceDir() / "tests/tools/pixel-reference.py").string()),
             "samples", samples_});
    QVERIFY(QFile::exists(samples_ + "/palette.dcm"));
}

QImage TestViewer::grabAtOneToOne(const fs::path& file,
                                  std::optional<std::pair<double, double>> window, bool overlays,
                                  std::shared_ptr<DisplayedSeries>* series) {
    SeriesDisplayLoad load({file});
    QSignalSpy done(&load, &SeriesDisplayLoad::finished);
    load.start();
    if (!done.wait(30000) || !done.front().at(0).toString().isEmpty())
        return {};
    SliceViewport v;
    v.setSeries(load.series());
    v.setAnnotationsShown(false);
    v.setOverlaysShown(overlays);
    const auto& stack = load.series()->volume->stack();
    const double dpr = v.devicePixelRatioF();
    v.resize(QSize(stack.columns, stack.rows) / dpr);
    v.show();
    if (!QTest::qWaitForWindowExposed(&v))
        return {};
    v.setMagnification(1);
    if (window)
        v.setWindow(window->first, window->second);
    if (series)
        *series = load.series();
    return v.grabFramebuffer();
}

QImage TestViewer::cliRender(const fs::path& file, const QStringList& options) {
    const QString out = dir_.path() + "/cli.png";
    QFile::remove(out);
    const CliRun run = runCli(
        QStringList{"render", QString::fromStdString(file.string()), "--out", out} + options);
    if (run.exitCode != 0)
        return {};
    return QImage(out);
}

void TestViewer::samplesMatchTheCliRender_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("window"); // empty: the file's own (color: none)
    const QString p = QString::fromStdString(pydicomData().string()) + "/test_files/";
    QTest::newRow("CT_small (signed, rescaled)") << p + "CT_small.dcm"
                                                 << "40,400";
    QTest::newRow("MR_small") << p + "MR_small.dcm"
                              << "600,1200";
    QTest::newRow("MR_small JPEG-LS") << p + "MR_small_jpeg_ls_lossless.dcm"
                                      << "600,1200";
    QTest::newRow("SC_rgb 16-bit RLE") << p + "SC_rgb_rle_16bit.dcm"
                                       << "";
    QTest::newRow("MR_small J2K") << p + "MR_small_jp2klossless.dcm"
                                  << "600,1200";
    QTest::newRow("SC_rgb RLE") << p + "SC_rgb_rle.dcm"
                                << "";
    QTest::newRow("palette color") << samples_ + "/palette.dcm"
                                   << "";
    QTest::newRow("planar RGB") << samples_ + "/rgb_planar.dcm"
                                << "";
    QTest::newRow("MONOCHROME1") << samples_ + "/monochrome1_overlay.dcm"
                                 << "2000,4000";
}

void TestViewer::samplesMatchTheCliRender() {
    QFETCH(QString, file);
    QFETCH(QString, window);
    std::optional<std::pair<double, double>> wl;
    if (!window.isEmpty())
        wl =
            std::make_pair(window.section(',', 0, 0).toDouble(), window.section(',', 1).toDouble());
    const QImage grabbed = grabAtOneToOne(file.toStdString(), wl, false);
    QVERIFY(!grabbed.isNull());
    QStringList options{"--no-overlays"};
    if (!window.isEmpty())
        options << "--wl" << window;
    const QImage reference = cliRender(file.toStdString(), options);
    QVERIFY(!reference.isNull());
    QCOMPARE(grabbed.size(), reference.size());
    int worst = 0;
    for (int y = 0; y < reference.height(); ++y)
        for (int x = 0; x < reference.width(); ++x) {
            const QRgb a = grabbed.pixel(x, y), b = reference.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
        }
    if (worst > 0 && qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP")) {
        const QString name = QFileInfo(file).completeBaseName();
        grabbed.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/" + name + "-viewport.png");
        reference.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/" + name + "-cli.png");
    }
    // One pipeline (SlicePicture) makes both: exactly the same pixels.
    QVERIFY2(worst == 0, qPrintable(QStringLiteral("worst difference %1").arg(worst)));
}

void TestViewer::colorWindowActsOnEachChannel() {
    const fs::path file = fs::path(QString::fromStdString(pydicomData().string()).toStdString()) /
                          "test_files" / "SC_rgb_rle.dcm";
    std::shared_ptr<DisplayedSeries> series;
    const QImage plain = grabAtOneToOne(file, std::nullopt, false, &series);
    const QImage windowed = grabAtOneToOne(file, std::make_pair(128.0, 64.0), false);
    QVERIFY(!plain.isNull() && !windowed.isNull());
    QCOMPARE(plain.size(), windowed.size());
    int worst = 0, changed = 0;
    for (int y = 0; y < plain.height(); ++y)
        for (int x = 0; x < plain.width(); ++x) {
            const QRgb a = plain.pixel(x, y), b = windowed.pixel(x, y);
            for (auto [in, out] : {std::pair{qRed(a), qRed(b)}, std::pair{qGreen(a), qGreen(b)},
                                   std::pair{qBlue(a), qBlue(b)}}) {
                const int expected = int(voiLinear(in, 128, 64, 0, 255));
                worst = std::max(worst, std::abs(expected - out));
                changed += in != out;
            }
        }
    QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));
    QVERIFY(changed > 0);
}

void TestViewer::overlaysAndShutters() {
    // MONOCHROME1 64x48 with an overlay on rows 10-13 (see pixel-reference.py).
    const fs::path file = (samples_ + "/monochrome1_overlay.dcm").toStdString();
    const QImage plain = grabAtOneToOne(file, std::make_pair(2000.0, 4000.0), false);
    const QImage shown = grabAtOneToOne(file, std::make_pair(2000.0, 4000.0), true);
    QVERIFY(!plain.isNull() && !shown.isNull());
    for (int r = 0; r < 48; ++r)
        for (int c = 0; c < 64; ++c) {
            if (r >= 10 && r < 14)
                QCOMPARE(qGray(shown.pixel(c, r)), 255);
            else
                QCOMPARE(shown.pixel(c, r), plain.pixel(c, r));
        }

    // The same image with a rectangular shutter (columns 11-50, rows 6-40, 1-based) in grey.
    DcmFileFormat format;
    QVERIFY(format.loadFile(file.c_str()).good());
    DcmDataset& d = *format.getDataset();
    d.putAndInsertString(DCM_ShutterShape, "RECTANGULAR");
    d.putAndInsertString(DCM_ShutterLeftVerticalEdge, "11");
    d.putAndInsertString(DCM_ShutterRightVerticalEdge, "50");
    d.putAndInsertString(DCM_ShutterUpperHorizontalEdge, "6");
    d.putAndInsertString(DCM_ShutterLowerHorizontalEdge, "40");
    d.putAndInsertUint16(DCM_ShutterPresentationValue, 0x8000);
    const fs::path shuttered = fs::path(dir_.path().toStdString()) / "shuttered.dcm";
    QVERIFY(format.saveFile(shuttered.c_str(), EXS_LittleEndianExplicit).good());
    const QImage masked = grabAtOneToOne(shuttered, std::make_pair(2000.0, 4000.0), false);
    QVERIFY(!masked.isNull());
    for (int r = 0; r < 48; ++r)
        for (int c = 0; c < 64; ++c) {
            const bool inside = c >= 10 && c <= 49 && r >= 5 && r <= 39;
            if (inside)
                QCOMPARE(masked.pixel(c, r), plain.pixel(c, r));
            else
                QCOMPARE(qGray(masked.pixel(c, r)), 0x80);
        }
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
    // The phantom carries a file window (center/width in the header): it is the default.
    const double center = v->windowCenter(), width = v->windowWidth();
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
    // Right-drag: right widens the window, down raises the center.
    drag(v, Qt::RightButton, {300, 300}, {360, 330});
    QVERIFY2(v->windowWidth() > width, qPrintable(QString::number(v->windowWidth())));
    QVERIFY(v->windowCenter() > center);
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

std::vector<fs::path> TestViewer::studyFiles() const {
    std::vector<fs::path> files;
    for (const std::string& f : CacheContents(cache_->index()).filesOf({studyUid_.toStdString()}))
        files.push_back(cache_->files().absolute(f));
    return files;
}

void TestViewer::viewportMatchesTheCliRender() {
    const auto files = studyFiles();
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

    // The same slice's file through pellucid-cli render: the viewport's own SlicePicture.
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
    if (worst > 0 && qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP")) {
        grabbed.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/viewport.png");
        reference.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/cli.png");
    }
    QVERIFY2(worst == 0,
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

// A viewer on the phantom study, loaded, shown at 900x700.
struct OpenViewer {
    explicit OpenViewer(Cache& cache, const QString& uid)
        : viewer(cache, uid) {
        QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
        viewer.resize(900, 700);
        viewer.show();
        ok =
            QTest::qWaitForWindowExposed(&viewer) && (finished.count() > 0 || finished.wait(30000));
    }
    StudyViewer viewer;
    bool ok = false;
};

void TestViewer::orientationLettersFollowRotationAndFlip() {
    OpenViewer open(*cache_, studyUid_);
    QVERIFY(open.ok);
    SliceViewport* v = open.viewer.activeViewport();
    // Axial, as radiologists look at it: the patient's right on the screen's left, anterior up.
    QCOMPARE(v->edgeLetters(), (QStringList{"R", "L", "A", "P"}));
    v->rotateClockwise(); // anterior now points right
    QCOMPARE(v->edgeLetters(), (QStringList{"P", "A", "R", "L"}));
    v->rotateCounterClockwise();
    v->flipHorizontal();
    QCOMPARE(v->edgeLetters(), (QStringList{"L", "R", "A", "P"}));
    v->flipHorizontal();
    v->flipVertical();
    QCOMPARE(v->edgeLetters(), (QStringList{"R", "L", "P", "A"}));
}

void TestViewer::anglesAndRegions() {
    OpenViewer open(*cache_, studyUid_);
    QVERIFY(open.ok);
    SliceViewport* v = open.viewer.activeViewport();
    const ViewTransform t = v->transform();
    const double dpr = v->devicePixelRatioF();
    auto at = [&](double x, double y) { return t.toDisplay(x, y) / dpr; };
    auto move = [&](QPointF p) {
        QMouseEvent e(QEvent::MouseMove, p, v->mapToGlobal(p), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
        QApplication::sendEvent(v, &e);
    };
    // Angle: drag the first arm, then click the second arm's end: a right angle.
    open.viewer.setTool(ViewportTool::Angle);
    drag(v, Qt::LeftButton, at(100, 40), at(100, 100), 6);
    move(at(170, 100));
    QTest::mouseClick(v, Qt::LeftButton, {}, at(170, 100).toPoint());
    QCOMPARE(int(v->measurements().size()), 1);
    QCOMPARE(v->measurements().back().kind, ViewportTool::Angle);
    const QString angle = v->measurements().back().label;
    QVERIFY2(angle.startsWith(QStringLiteral("90.")) || angle.startsWith(QStringLiteral("89.")),
             qPrintable(angle));
    // Ellipse and polygon ROIs report modality statistics.
    open.viewer.setTool(ViewportTool::Ellipse);
    drag(v, Qt::LeftButton, at(110, 110), at(150, 140), 6);
    QCOMPARE(int(v->measurements().size()), 2);
    QVERIFY2(v->measurements().back().label.contains(QStringLiteral("HU")),
             qPrintable(v->measurements().back().label));
    open.viewer.setTool(ViewportTool::Polygon);
    for (QPointF p : {at(120, 120), at(160, 120), at(140, 160)}) {
        move(p);
        QTest::mouseClick(v, Qt::LeftButton, {}, p.toPoint());
    }
    QTest::mouseDClick(v, Qt::LeftButton, {}, at(140, 160).toPoint());
    QCOMPARE(int(v->measurements().size()), 3);
    const ViewportMeasurement& polygon = v->measurements().back();
    QCOMPARE(polygon.kind, ViewportTool::Polygon);
    QCOMPARE(int(polygon.points.size()), 3);
    QVERIFY2(polygon.label.contains(QStringLiteral("Area")), qPrintable(polygon.label));
    // Delete removes the last one; measurements belong to their slice.
    QTest::keyClick(v, Qt::Key_Delete);
    QCOMPARE(int(v->measurements().size()), 2);
}

void TestViewer::cineAdvances() {
    OpenViewer open(*cache_, studyUid_);
    QVERIFY(open.ok);
    SliceViewport* v = open.viewer.activeViewport();
    QSignalSpy changed(v, &SliceViewport::sliceChanged);
    v->setCineRate(50);
    v->setCineRunning(true);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 5, 5000);
    v->setCineRunning(false);
    const int stopped = v->slice();
    QTest::qWait(200);
    QCOMPARE(v->slice(), stopped);
}

void TestViewer::referenceLinesAcrossOrientations() {
    // A coronal image of the same frame of reference and study: a copy of a phantom slice
    // turned upright, 40 mm posterior of the center.
    const auto files = studyFiles();
    QVERIFY(!files.empty());
    DcmFileFormat format;
    QVERIFY(format.loadFile(files.front().c_str()).good());
    DcmDataset& d = *format.getDataset();
    d.putAndInsertString(DCM_SeriesInstanceUID, newUid().c_str());
    d.putAndInsertString(DCM_SOPInstanceUID, newUid().c_str());
    d.putAndInsertString(DCM_SeriesNumber, "90");
    d.putAndInsertString(DCM_SeriesDescription, "CORONAL TEST");
    d.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\0\\-1");
    d.putAndInsertString(DCM_ImagePositionPatient, "-159.375\\40\\100");
    const fs::path coronal = fs::path(dir_.path().toStdString()) / "coronal" / "IM0001";
    fs::create_directories(coronal.parent_path());
    QVERIFY(format.saveFile(coronal.c_str(), EXS_LittleEndianExplicit).good());
    QCOMPARE(Importer(*cache_).run({coronal.parent_path()}).imported, std::size_t(1));

    OpenViewer open(*cache_, studyUid_);
    QVERIFY(open.ok);
    StudyViewer& viewer = open.viewer;
    QCOMPARE(viewer.seriesUids().size(), 2);
    viewer.setGrid(1, 2);
    SliceViewport* axial = viewer.grid().viewportAt(0, 0);
    SliceViewport* upright = viewer.grid().viewportAt(0, 1);
    QString coronalUid;
    for (const QString& uid : viewer.seriesUids())
        if (axial->series() && uid != QString::fromStdString(axial->series()->seriesInstanceUid))
            coronalUid = uid;
    viewer.showSeries(upright, coronalUid);
    QTRY_VERIFY_WITH_TIMEOUT(upright->series() && upright->series()->volume &&
                                 upright->series()->volume->isReady(0),
                             10000);
    QCOMPARE(upright->edgeLetters(), (QStringList{"R", "L", "H", "F"}));
    viewer.grid().setActive(axial);
    viewer.setReferenceLinesShown(true);
    axial->setSlice(4);
    // The axial plane cuts the coronal image along a row: a horizontal line across it.
    QTRY_COMPARE_WITH_TIMEOUT(int(upright->referenceLines().size()), 1, 5000);
    const auto [a, b] = upright->referenceLines().front();
    QVERIFY(std::abs(a.y - b.y) < 1e-6);
    QVERIFY(std::abs(b.x - a.x) > 200); // across the whole width
    const double first = a.y;
    axial->setSlice(10); // 6 slices of 2.5 mm further down: the line moves 15 mm
    const double moved = upright->referenceLines().front().first.y;
    QVERIFY2(std::abs(std::abs(moved - first) * (fieldOfViewMm / phantomSize) - 15.0) < 0.01,
             qPrintable(QString::number(moved - first)));
    viewer.setReferenceLinesShown(false);
    QVERIFY(upright->referenceLines().empty());
}

void TestViewer::seriesDropsIntoAViewport() {
    OpenViewer open(*cache_, studyUid_);
    QVERIFY(open.ok);
    open.viewer.setGrid(1, 2);
    SliceViewport* target = open.viewer.grid().viewportAt(0, 1);
    const QString uid = open.viewer.seriesUids().front();
    QMimeData mime;
    mime.setData(QString::fromLatin1(SeriesStrip::mimeType), uid.toUtf8());
    const QPoint center = target->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(target->series());
    QCOMPARE(QString::fromStdString(target->series()->seriesInstanceUid), uid);
    QCOMPARE(open.viewer.grid().active(), target);
}

void TestViewer::cornersFollowAUserTemplate() {
    // A site's own corners (Settings key viewer/annotationTemplates), with an attribute the
    // built-in templates do not show.
    const QString file = dir_.path() + "/corners.json";
    writeBytes(file.toStdString(),
               R"({"templates": [{"modalities": ["default"], "topLeft": ["SITE {PatientName}"],
                   "topRight": ["{StationName}"], "bottomLeft": ["{Image}"],
                   "bottomRight": ["{Window}"]}]})");
    QSettings().setValue("viewer/annotationTemplates", file);
    {
        OpenViewer open(*cache_, studyUid_);
        QVERIFY(open.ok);
        const QStringList corners = open.viewer.activeViewport()->cornerTexts();
        QCOMPARE(corners[0], QStringLiteral("SITE VIEWER, TEST"));
        QCOMPARE(corners[1], QStringLiteral("PHANTOM01"));
    }
    // A broken file: the built-in corners, and the viewer says why.
    writeBytes(file.toStdString(), "{ not json");
    {
        OpenViewer open(*cache_, studyUid_);
        QVERIFY(open.ok);
        QVERIFY(open.viewer.activeViewport()->cornerTexts()[0].startsWith("VIEWER, TEST"));
        QTRY_VERIFY2_WITH_TIMEOUT(open.viewer.statusText().contains(file),
                                  qPrintable(open.viewer.statusText()), 5000);
    }
    QSettings().remove("viewer/annotationTemplates");
}

void TestViewer::irregularGeometryIsSaid() {
    // A series with a slice missing: the reader is told under the viewports.
    PhantomSpec spec;
    spec.slices = 10;
    spec.size = 64;
    spec.patientName = "GAP^TEST";
    const fs::path folder = fs::path(dir_.path().toStdString()) / "gap";
    QCOMPARE(QString::fromStdString(writePhantomSeries(folder, spec)), QString());
    fs::remove(folder / "IM0005");
    const ImportReport report = Importer(*cache_).run({folder});
    QCOMPARE(report.imported, std::size_t(9));
    OpenViewer open(*cache_, QString::fromStdString(report.studyInstanceUids.front()));
    QVERIFY(open.ok);
    QTRY_VERIFY2_WITH_TIMEOUT(open.viewer.statusText().contains(QStringLiteral("missing slices")),
                              qPrintable(open.viewer.statusText()), 5000);
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
