// The viewer with presentation states: the newest applies on open, the reader picks another or
// none, PIXEL graphics move with the image, a broken state warns, and a state's pixels in the
// viewport equal `pellucid-cli render --gsps` (itself equal to dcmp2pgm: pstate_vs_dcmp2pgm).
#include "app/gui/browser/SeriesPanel.h"
#include "app/gui/viewer/StudyViewer.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/display/SeriesDisplayLoad.h"
#include "core/import/Importer.h"
#include "core/pstate/StatesForImage.h"
#include "render/MeasurementTools.h"
#include "render/SliceViewport.h"
#include "tests/support/MouseDrag.h"
#include "tests/support/PresentationStateChecks.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

// Pixels close to the layer's CIELab red (sRGB about 255, 0, 0) in a grab.
int redPixels(const QImage& image) {
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = rgb.pixel(x, y);
            count += qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
        }
    return count;
}

// The largest difference between two grey images of the same size.
int worstGreyDifference(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            worst =
                std::max(worst, std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x])));
    return worst;
}

void keep(const QImage& image, const QString& name) {
    if (qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP"))
        image.save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/" + name);
}

class TestViewerPstate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newestStateAppliesAndTheReaderChooses();
    void brokenStateWarnsAndTheImageShows();
    void viewportPixelsEqualTheCliRender();
    void savesTheReadersStateAndReopensIt();
    void fileVoiLutShowsAsTheCliRendersIt();
    void maskSubtractedFrameShowsAsTheCliRendersIt();
    void blendingStateShowsPetOnCt();
    void objectSeriesShowAsSuch();

private:
    QTemporaryDir dir_;
    std::unique_ptr<Cache> cache_;
    QString studyUid_;
    QStringList imageUids_;
    fs::path folder_;
};

void TestViewerPstate::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PellucidTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_viewer_pstate"));
    QSettings().clear();
    QVERIFY(dir_.isValid());
    folder_ = fs::path(dir_.path().toStdString()) / "study";
    const QByteArray uids =
        runTool("/usr/bin/python3",
                {QString::fromStdString((sourceDir() / "tests/tools/pstate_cases.py").string()),
                 "viewer", QString::fromStdString(folder_.string())});
    imageUids_ = QString::fromUtf8(uids).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(imageUids_.size(), 3);
    std::string error;
    cache_ = Cache::open(fs::path(dir_.path().toStdString()) / "cache", &error);
    QVERIFY2(cache_, error.c_str());
    const ImportReport report = Importer(*cache_).run({folder_});
    QCOMPARE(report.imported, std::size_t(6));
    studyUid_ = QString::fromStdString(report.studyInstanceUids.front());
}

void TestViewerPstate::newestStateAppliesAndTheReaderChooses() {
    StudyViewer viewer(*cache_, studyUid_);
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    // The states are not images: the strip lists the CT series only.
    QCOMPARE(viewer.seriesUids().size(), 1);
    SliceViewport* v = viewer.activeViewport();
    QVERIFY(v);
    QTRY_VERIFY_WITH_TIMEOUT(v->presentationState() != nullptr, 10000);
    QCOMPARE(QString::fromStdString(v->presentationState()->label), QStringLiteral("ANNOTATED"));
    QVERIFY(v->presentationCaption().contains(QStringLiteral("Findings for the surgeon")));
    QCOMPARE(v->viewState().quarterTurns, 1); // Image Rotation 90
    QCOMPARE(v->windowCenter(), 40.0);
    QCOMPARE(v->windowWidth(), 400.0);
    // Newest first, the BROKEN one only for the slice it references.
    v->setSlice(1);
    QStringList labels;
    for (const SharedState& s : v->presentationStatesForImage())
        labels << QString::fromStdString(s->label);
    QCOMPARE(labels, (QStringList{"ANNOTATED", "PLAIN"}));
    v->setSlice(0);
    QCOMPARE(v->presentationStatesForImage().size(), std::size_t(3));
    // Scrolling keeps the choice.
    v->setSlice(2);
    QCOMPARE(QString::fromStdString(v->presentationState()->label), QStringLiteral("ANNOTATED"));

    // The red layer's graphics are drawn, and move with the image when it is panned.
    const QImage annotated = v->grabFramebuffer();
    keep(annotated, "pstate-annotated.png");
    keep(viewer.grab().toImage(), "pstate-viewer.png");
    const int red = redPixels(annotated);
    QVERIFY2(red > 100, qPrintable(QString::number(red)));

    // The reader picks PLAIN: its window, no rotation, no graphics.
    for (const SharedState& s : v->presentationStatesForImage())
        if (s->label == "PLAIN")
            v->setPresentationState(s);
    QCOMPARE(QString::fromStdString(v->presentationState()->label), QStringLiteral("PLAIN"));
    QCOMPARE(v->viewState().quarterTurns, 0);
    QCOMPARE(v->windowCenter(), 500.0);
    QCOMPARE(redPixels(v->grabFramebuffer()), 0);
    // None: the image as it is, the file's own window or the automatic one.
    v->setPresentationState(nullptr);
    QVERIFY(!v->presentationState());
    QVERIFY(v->presentationCaption().isEmpty());
    QCOMPARE(redPixels(v->grabFramebuffer()), 0);
}

void TestViewerPstate::brokenStateWarnsAndTheImageShows() {
    StudyViewer viewer(*cache_, studyUid_);
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(700, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    SliceViewport* v = viewer.activeViewport();
    v->setSlice(0);
    SharedState broken;
    for (const SharedState& s : v->presentationStatesForImage())
        if (s->label == "BROKEN")
            broken = s;
    QVERIFY(broken);
    v->setPresentationState(broken);
    const QStringList warnings = v->presentationWarnings();
    QVERIFY2(warnings.join(' ').contains("SPIRAL"), qPrintable(warnings.join(" | ")));
    const QImage grabbed = v->grabFramebuffer();
    keep(grabbed, "pstate-broken.png");
    // The image still shows: the phantom's gradient, not a blank viewport.
    QSet<QRgb> levels;
    for (int y = 0; y < grabbed.height(); y += 3)
        for (int x = 0; x < grabbed.width(); x += 3)
            levels.insert(grabbed.pixel(x, y));
    QVERIFY2(levels.size() > 20, qPrintable(QString::number(levels.size())));
    QVERIFY(v->notice().contains("SPIRAL"));
    // A slice the state does not reference shows as it is, and says so.
    v->setSlice(1);
    QVERIFY(v->presentationWarnings().join(' ').contains("does not reference"));
}

void TestViewerPstate::viewportPixelsEqualTheCliRender() {
    // PLAIN at 1:1 in a viewport of the image's size (its displayed area is the whole image,
    // SCALE TO FIT), annotations off: the texture is what the state's pipeline made.
    std::vector<fs::path> files;
    for (int n = 1; n <= 3; ++n)
        files.push_back(folder_ / ("ct" + std::to_string(n) + ".dcm"));
    SeriesDisplayLoad load(files, nullptr, nullptr,
                           {folder_ / "plain.pr.dcm", folder_ / "annotated.pr.dcm"});
    QSignalSpy done(&load, &SeriesDisplayLoad::finished);
    load.start();
    QVERIFY(done.wait(30000));
    SliceViewport v;
    v.setSeries(load.series());
    v.setAnnotationsShown(false);
    const double dpr = v.devicePixelRatioF();
    v.resize(QSize(64, 48) / dpr);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.seriesUpdated();
    for (const SharedState& s : v.presentationStatesForImage())
        if (s->label == "PLAIN")
            v.setPresentationState(s);
    QCOMPARE(QString::fromStdString(v.presentationState()->label), QStringLiteral("PLAIN"));
    QCOMPARE(v.magnification(), 1.0);
    const QImage grabbed = v.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
    const fs::path file = load.series()->sliceSources.at(std::size_t(v.slice())).first;
    const QString out = dir_.path() + "/plain.png";
    const CliRun run =
        runCli({"render", QString::fromStdString(file.string()), "--gsps",
                QString::fromStdString((folder_ / "plain.pr.dcm").string()), "--out", out});
    QCOMPARE(run.exitCode, 0);
    const QImage reference = QImage(out).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(grabbed.size(), reference.size());
    const int worst = worstGreyDifference(grabbed, reference);
    keep(grabbed, "pstate-plain-viewport.png");
    QCOMPARE(worst, 0);
}

void TestViewerPstate::savesTheReadersStateAndReopensIt() {
    QString savedUid;
    {
        StudyViewer viewer(*cache_, studyUid_);
        QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
        viewer.resize(800, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        SliceViewport* v = viewer.activeViewport();
        QTRY_VERIFY_WITH_TIMEOUT(v->presentationState() != nullptr, 10000);
        v->setPresentationState(nullptr);
        v->setSlice(1);
        v->setWindow(100, 800);
        v->rotateClockwise();
        v->setTool(ViewportTool::Distance);
        drag(v, Qt::LeftButton, {v->width() * 0.3, v->height() * 0.5},
             {v->width() * 0.7, v->height() * 0.5});
        QCOMPARE(v->measurements().size(), std::size_t(1));
        QSignalSpy saved(&viewer, &StudyViewer::presentationStateSaved);
        viewer.savePresentationState("Follow up", "Lesion measured, 山田 read");
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 30000);
        QCOMPARE(saved.front().at(1).toString(), QString());
        savedUid = saved.front().at(0).toString();
        // Applied at once: the measurement is the state's graphic now.
        QVERIFY(v->presentationState());
        QCOMPARE(QString::fromStdString(v->presentationState()->sopInstanceUid), savedUid);
        QCOMPARE(QString::fromStdString(v->presentationState()->label),
                 QStringLiteral("FOLLOW_UP"));
        QCOMPARE(v->viewState().quarterTurns, 1);
        QCOMPARE(v->windowCenter(), 100.0);
        QCOMPARE(v->windowWidth(), 800.0);
        QVERIFY(v->measurements().empty());
        keep(v->grabFramebuffer(), "pstate-saved.png");
    }
    // What the cache holds is a valid state (dciodvfy) that lists the measurement.
    const auto files = CacheContents(cache_->index()).filesOf({savedUid.toStdString()});
    QCOMPARE(files.size(), std::size_t(1));
    const fs::path file = cache_->files().absolute(files.front());
    const QStringList errors = dciodvfyErrors(file);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const SharedState state = readPresentationStateFile(file, nullptr);
    QVERIFY(state);
    QCOMPARE(QString::fromStdString(state->description),
             QStringLiteral("Lesion measured, 山田 read"));
    QCOMPARE(state->rotation, 90);
    QCOMPARE(state->annotations.size(), std::size_t(1));
    QCOMPARE(state->annotations.front().graphics.size(), std::size_t(1));
    QVERIFY(!state->annotations.front().texts.empty()); // the distance in mm
    // Reopened, the study shows it: the newest state of the image.
    StudyViewer again(*cache_, studyUid_);
    QSignalSpy finished(&again, &StudyViewer::loadFinished);
    again.resize(800, 700);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    SliceViewport* v = again.activeViewport();
    v->setSlice(1);
    QTRY_VERIFY_WITH_TIMEOUT(v->presentationState() != nullptr, 10000);
    const auto states = v->presentationStatesForImage();
    QVERIFY(!states.empty());
    QCOMPARE(QString::fromStdString(states.front()->sopInstanceUid), savedUid);
}

void TestViewerPstate::fileVoiLutShowsAsTheCliRendersIt() {
    // No state, no window, a VOI LUT Sequence: the viewport's default is the table, through the
    // same grey pipeline as render (itself equal to DCMTK's DicomImage: tst_display).
    const fs::path file = fs::path(dir_.path().toStdString()) / "voilut.dcm";
    runTool("/usr/bin/python3",
            {QString::fromStdString((sourceDir() / "tests/tools/pstate_cases.py").string()),
             "voilut", QString::fromStdString(file.string())});
    SeriesDisplayLoad load({file});
    QSignalSpy done(&load, &SeriesDisplayLoad::finished);
    load.start();
    QVERIFY(done.wait(30000));
    SliceViewport v;
    v.setSeries(load.series());
    v.setAnnotationsShown(false);
    v.resize(QSize(64, 48) / v.devicePixelRatioF());
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setMagnification(1);
    const QImage grabbed = v.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
    const QString out = dir_.path() + "/voilut.png";
    const CliRun run = runCli({"render", QString::fromStdString(file.string()), "--out", out});
    QCOMPARE(run.exitCode, 0);
    const QImage reference = QImage(out).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(grabbed.size(), reference.size());
    const int worst = worstGreyDifference(grabbed, reference);
    QCOMPARE(worst, 0);
    // The reader's window replaces the table.
    v.setWindow(40, 400);
    const QImage windowed = v.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(windowed != grabbed);
}

void TestViewerPstate::maskSubtractedFrameShowsAsTheCliRendersIt() {
    // An XA run with AVG_SUB: the viewport shows a contrast frame minus its mask, as render does
    // (pstate_vs_dcmp2pgm checks render's values).
    const fs::path file = fs::path(dir_.path().toStdString()) / "xa.dcm";
    runTool("/usr/bin/python3",
            {QString::fromStdString((sourceDir() / "tests/tools/pstate_cases.py").string()), "xa",
             QString::fromStdString(file.string())});
    SeriesDisplayLoad load({file});
    QSignalSpy done(&load, &SeriesDisplayLoad::finished);
    load.start();
    QVERIFY(done.wait(30000));
    SliceViewport v;
    v.setSeries(load.series());
    v.setAnnotationsShown(false);
    v.resize(QSize(64, 48) / v.devicePixelRatioF());
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setMagnification(1);
    const auto& sources = load.series()->sliceSources;
    int slice = -1;
    for (std::size_t s = 0; s < sources.size(); ++s)
        if (sources[s].second == 2)
            slice = int(s);
    QVERIFY(slice >= 0);
    v.setSlice(slice);
    v.setWindow(150, 400);
    const QImage grabbed = v.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
    const QString out = dir_.path() + "/xa.png";
    const CliRun run = runCli({"render", QString::fromStdString(file.string()), "--frame", "3",
                               "--wl", "150,400", "--out", out});
    QCOMPARE(run.exitCode, 0);
    const QImage reference = QImage(out).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(grabbed.size(), reference.size());
    QCOMPARE(worstGreyDifference(grabbed, reference), 0);
    QVERIFY(grabbed.pixelColor(2, 2) != grabbed.pixelColor(30, 21)); // background, vessel
}

void TestViewerPstate::blendingStateShowsPetOnCt() {
    // A CT, a PET over the same frame of reference and a Blending state (tests/tools/
    // blending_cases.py, checked pixel by pixel in pstate_blending): the viewer applies it as the
    // newest state, renders the blended frame off the GUI thread and shows it.
    const fs::path folder = fs::path(dir_.path().toStdString()) / "blend";
    runTool("/usr/bin/python3",
            {QString::fromStdString((sourceDir() / "tests/tools/blending_cases.py").string()),
             QString::fromStdString(folder.string())});
    std::string error;
    auto cache = Cache::open(fs::path(dir_.path().toStdString()) / "blend-cache", &error);
    QVERIFY2(cache, error.c_str());
    const ImportReport report =
        Importer(*cache).run({folder / "ct", folder / "pet", folder / "states" / "blend50.dcm"});
    QVERIFY(report.imported > 10);
    StudyViewer viewer(*cache, QString::fromStdString(report.studyInstanceUids.front()));
    QSignalSpy finished(&viewer, &StudyViewer::loadFinished);
    viewer.resize(700, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
    SliceViewport* v = viewer.activeViewport();
    QSignalSpy blended(v, &SliceViewport::blendedFrameReady);
    QTRY_VERIFY_WITH_TIMEOUT(v->presentationState() && v->presentationState()->blending, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(blended.count() >= 1, 30000);
    const QImage grabbed = v->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    keep(grabbed, "pstate-blended.png");
    keep(viewer.grab().toImage(), "pstate-blended-viewer.png");
    int hot = 0;
    for (int y = 0; y < grabbed.height(); ++y)
        for (int x = 0; x < grabbed.width(); ++x) {
            const QRgb c = grabbed.pixel(x, y);
            hot += qRed(c) > 150 && qRed(c) > qGreen(c) + 30 && qGreen(c) > qBlue(c);
        }
    QVERIFY2(hot > 50, qPrintable(QString::number(hot)));
    // None: the CT in grey again.
    v->setPresentationState(nullptr);
    const QImage grey = v->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    // (The active viewport's blue frame at the edges is left out.)
    for (int y = 5; y < grey.height() - 5; y += 7)
        for (int x = 5; x < grey.width() - 5; x += 7)
            QCOMPARE(qRed(grey.pixel(x, y)) == qGreen(grey.pixel(x, y)) ||
                         qRed(grey.pixel(x, y)) > 200, // annotation text is coloured
                     true);
}

void TestViewerPstate::objectSeriesShowAsSuch() {
    // PR, SR, KO and document series have no pixels: the series panel shows a badge saying what
    // they are (not a blank thumbnail), and renders none.
    SeriesPanel panel(dir_.path().toStdString());
    std::vector<SeriesEntry> series;
    for (const char* modality : {"PR", "SR", "KO", "DOC"})
        series.push_back({std::string("1.2.3.") + modality, modality, "", 1, 1, ""});
    QSignalSpy shown(&panel, &SeriesPanel::thumbnailsShown);
    panel.showSeries("1.2.3", series);
    QCOMPARE(shown.count(), 1); // nothing to render
    QCOMPARE(panel.tree().topLevelItemCount(), 4);
    QStringList tips;
    for (int i = 0; i < 4; ++i) {
        QTreeWidgetItem* item = panel.tree().topLevelItem(i);
        QVERIFY(!item->icon(0).isNull());
        // A badge, not the black placeholder: it has light pixels (its text and frame).
        const QImage badge = item->icon(0).pixmap(96, 96).toImage();
        int light = 0;
        for (int y = 0; y < badge.height(); ++y)
            for (int x = 0; x < badge.width(); ++x)
                light += qGray(badge.pixel(x, y)) > 150;
        QVERIFY(light > 50);
        tips << item->toolTip(2);
    }
    QVERIFY(tips.join(' ').contains("Presentation states"));
    QVERIFY(tips.join(' ').contains("Structured reports"));
}

} // namespace

QTEST_MAIN(TestViewerPstate)
#include "tst_viewer_pstate.moc"
