// bench_viewer SERIES_DIR [--frames N] [--runs N]
//
// Viewer benchmarks, printed in run.sh's one-line format (ours, peer, ratio ours/peer):
//  - stack scrolling in a 1024x1024 SliceViewport (our Qt 6 adapter around VTK) under the
//    current display (Xvfb/Mesa in CI): milliseconds per frame, against VTK's own image viewer
//    pipeline (vtkImageActor with its GPU window/level in an offscreen vtkRenderWindow of the
//    same size, no Qt), both scrolling the same int16 volume; the fps is printed too (target
//    >= 60, the display refresh);
//  - the same scrolling with a presentation state applied (its VOI, a circular shutter, graphics
//    and text on every slice), against the same viewport without one: the cost of a GSPS;
//  - first image of the series in SERIES_DIR (e.g. 1000 slices) on screen, against a series of
//    one of its files: from the start of the load to the first frame swapped with the image;
//    and with the study's 20 presentation states to read, against none.
#include "core/display/SeriesDisplayLoad.h"
#include "core/pixel/SeriesVolume.h"
#include "core/pstate/PresentationState.h"
#include "render/SliceViewport.h"

#include <QApplication>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <vtkCamera.h>
#include <vtkImageActor.h>
#include <vtkImageData.h>
#include <vtkImageMapper3D.h>
#include <vtkImageProperty.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

using namespace pellucid;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename() != "DICOMDIR")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char* name, double ours, double peer, const char* unit, const char* peerName) {
    std::printf("%-34s ours %8.3f %s   %-10s %8.3f %s   ratio %.2f\n", name, ours, unit, peerName,
                peer, unit, ours / peer);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

std::shared_ptr<DisplayedSeries> loadAll(const std::vector<fs::path>& files) {
    SeriesDisplayLoad load(files);
    bool finished = false;
    QObject::connect(&load, &SeriesDisplayLoad::finished, [&] { finished = true; });
    load.start();
    if (!waitFor([&] { return finished; }, 600000))
        return nullptr;
    return load.series();
}

// Milliseconds per frame while scrolling `frames` slices in our viewport.
double scrollOurs(const std::shared_ptr<DisplayedSeries>& series, int frames, int size,
                  const SharedState& state = nullptr) {
    SliceViewport viewport;
    viewport.setSeries(series);
    if (state)
        viewport.setPresentationState(state);
    viewport.resize(QSize(size, size) / viewport.devicePixelRatioF());
    viewport.show();
    int swapped = 0;
    QObject::connect(&viewport, &QOpenGLWidget::frameSwapped, [&] { ++swapped; });
    waitFor([&] { return swapped > 0; }, 10000);
    const int depth = viewport.sliceCount();
    const int before = swapped;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        viewport.setSlice(i % depth == viewport.slice() ? (i + 1) % depth : i % depth);
        const int target = swapped + 1;
        viewport.update();
        waitFor([&] { return swapped >= target; }, 10000);
    }
    const double ms = double(t.nsecsElapsed()) / 1e6 / frames;
    if (swapped - before < frames)
        std::fprintf(stderr, "only %d of %d frames were swapped\n", swapped - before, frames);
    return ms;
}

// The same scrolling through VTK alone: the int16 volume as one vtkImageData, a vtkImageActor
// showing one z extent at a time with VTK's window/level, an offscreen window of the same size.
double scrollVtk(const SeriesVolume& volume, int frames, int size) {
    vtkNew<vtkImageData> image;
    image->SetDimensions(volume.width(), volume.height(), volume.depth());
    image->SetSpacing(volume.stack().columnSpacing, volume.stack().rowSpacing, 1);
    image->AllocateScalars(VTK_SHORT, 1);
    std::memcpy(image->GetScalarPointer(), volume.slice(0), volume.byteSize());
    vtkNew<vtkImageActor> actor;
    actor->GetMapper()->SetInputData(image);
    actor->GetProperty()->SetColorWindow(400);
    actor->GetProperty()->SetColorLevel(40);
    actor->GetProperty()->SetInterpolationTypeToNearest();
    actor->GetMapper()->BorderOn();
    vtkNew<vtkRenderer> renderer;
    renderer->AddActor(actor);
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetSize(size, size);
    window->AddRenderer(renderer);
    actor->SetDisplayExtent(0, volume.width() - 1, 0, volume.height() - 1, 0, 0);
    renderer->ResetCamera();
    renderer->GetActiveCamera()->ParallelProjectionOn();
    // Fit the image to the window, as the viewport does.
    renderer->GetActiveCamera()->SetParallelScale(volume.height() * volume.stack().rowSpacing / 2);
    window->Render();
    const int depth = volume.depth();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        const int z = (i + 1) % depth;
        actor->SetDisplayExtent(0, volume.width() - 1, 0, volume.height() - 1, z, z);
        window->Render();
    }
    return double(t.nsecsElapsed()) / 1e6 / frames;
}

// A state for every slice as a reader saves one: a window, a circular shutter, a red layer with
// a polyline, an ellipse and a text.
SharedState readerState(const DisplayedSeries& series) {
    auto state = std::make_shared<PresentationState>();
    state->sopInstanceUid = "1.2.3.4";
    state->label = "BENCH";
    for (const std::string& uid : series.sliceUids)
        state->referenced.images.push_back({uid, {}});
    SoftcopyVoi voi;
    voi.window = std::make_pair(40.0, 400.0);
    state->vois.push_back(voi);
    const int columns = series.volume->width(), rows = series.volume->height();
    state->shutter.circle =
        DisplayShutter::Circle{{columns / 2.0, rows / 2.0}, std::min(columns, rows) * 0.45};
    state->layers.push_back(
        {"FINDINGS", 1, std::nullopt, std::array<std::uint16_t, 3>{34866, 53484, 50725}, ""});
    GraphicAnnotation annotation;
    annotation.layer = "FINDINGS";
    GraphicObject line;
    line.points = {{50, 50}, {200, 80}, {220, 200}};
    GraphicObject ellipse;
    ellipse.type = GraphicObject::Type::Ellipse;
    ellipse.points = {{250, 250}, {350, 250}, {300, 220}, {300, 280}};
    annotation.graphics = {line, ellipse};
    TextObject text;
    text.text = "Lesion 1";
    text.anchorUnits = AnnotationUnits::Pixel;
    text.anchor = std::array<float, 2>{300, 250};
    annotation.texts = {text};
    state->annotations.push_back(annotation);
    return state;
}

// Writes `count` GSPS files referencing every slice of `series` into `dir` (what a study with
// that many states holds), as DCMTK writes them.
std::vector<fs::path> writeStates(const DisplayedSeries& series, int count, const fs::path& dir) {
    std::vector<fs::path> files;
    for (int i = 0; i < count; ++i) {
        DcmFileFormat format;
        DcmDataset& ds = *format.getDataset();
        char uid[100];
        ds.putAndInsertString(DCM_SOPClassUID, UID_GrayscaleSoftcopyPresentationStateStorage);
        ds.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid));
        ds.putAndInsertString(DCM_ContentLabel, ("STATE" + std::to_string(i)).c_str());
        ds.putAndInsertString(DCM_PresentationCreationDate, "20261202");
        DcmItem* seriesItem = nullptr;
        ds.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, seriesItem, 0);
        seriesItem->putAndInsertString(DCM_SeriesInstanceUID, series.seriesInstanceUid.c_str());
        for (std::size_t k = 0; k < series.sliceUids.size(); ++k) {
            DcmItem* ref = nullptr;
            seriesItem->findOrCreateSequenceItem(DCM_ReferencedImageSequence, ref, -2);
            ref->putAndInsertString(DCM_ReferencedSOPClassUID, UID_CTImageStorage);
            ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, series.sliceUids[k].c_str());
        }
        DcmItem* voi = nullptr;
        ds.findOrCreateSequenceItem(DCM_SoftcopyVOILUTSequence, voi, 0);
        voi->putAndInsertString(DCM_WindowCenter, "40");
        voi->putAndInsertString(DCM_WindowWidth, "400");
        files.push_back(dir / ("ps" + std::to_string(i) + ".dcm"));
        format.saveFile(files.back().c_str(), EXS_LittleEndianExplicit);
    }
    return files;
}

// Milliseconds from the start of a load to the first frame on screen with an image in it.
double firstImage(const std::vector<fs::path>& files, const std::vector<fs::path>& states = {}) {
    SliceViewport viewport;
    viewport.resize(QSize(512, 512) / viewport.devicePixelRatioF());
    viewport.show();
    int swapped = 0;
    QObject::connect(&viewport, &QOpenGLWidget::frameSwapped, [&] { ++swapped; });
    waitFor([&] { return swapped > 0; }, 10000);
    QElapsedTimer t;
    t.start();
    auto load = std::make_unique<SeriesDisplayLoad>(files, nullptr, nullptr, states);
    bool shown = false;
    double ms = -1;
    QObject::connect(load.get(), &SeriesDisplayLoad::previewReady, [&] {
        viewport.setSeries(load->series());
        const int target = swapped + 1;
        viewport.repaint();
        waitFor([&] { return swapped >= target; }, 10000);
        ms = double(t.nsecsElapsed()) / 1e6;
        shown = true;
    });
    load->start();
    waitFor([&] { return shown; }, 60000);
    load.reset(); // cancels the rest
    return ms;
}

} // namespace

int main(int argc, char** argv) {
    // Qt delays a window's update request by 5 ms (QPlatformWindow::requestUpdate): without the
    // delay a frame costs what rendering and composing it cost.
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_viewer SERIES_DIR [--frames N] [--runs N]\n");
        return 1;
    }
    int frames = 300, runs = 3;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--frames"))
            frames = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(argv[i + 1]);
    }
    const auto files = filesIn(argv[1]);
    if (files.empty()) {
        std::fprintf(stderr, "no files in %s\n", argv[1]);
        return 1;
    }
    const auto series = loadAll(files);
    if (!series || !series->volume || series->volume->type() != VoxelType::Int16) {
        std::fprintf(stderr, "the series did not load as an int16 volume\n");
        return 1;
    }
    std::vector<double> first, single;
    for (int size : {1024, 512}) {
        std::vector<double> ours, peer;
        for (int r = 0; r < runs; ++r) {
            ours.push_back(scrollOurs(series, frames, size));
            peer.push_back(scrollVtk(*series->volume, frames, size));
        }
        const double o = median(ours), p = median(peer);
        char name[64];
        std::snprintf(name, sizeof name, "scroll %dx%d viewport, ms/frame", size, size);
        report(name, o, p, "ms", "VTK alone");
        std::printf("  = %.0f fps ours, %.0f fps VTK alone (target >= 60 fps)\n", 1000 / o,
                    1000 / p);
    }
    {
        const SharedState state = readerState(*series);
        std::vector<double> with, without;
        for (int r = 0; r < runs; ++r) {
            with.push_back(scrollOurs(series, frames, 1024, state));
            without.push_back(scrollOurs(series, frames, 1024));
        }
        report("scroll 1024x1024 with a GSPS, ms", median(with), median(without), "ms", "no GSPS");
    }
    {
        QTemporaryDir dir;
        const auto states = writeStates(*series, 20, dir.path().toStdString());
        std::vector<double> with, without;
        for (int r = 0; r < runs; ++r) {
            with.push_back(firstImage(files, states));
            without.push_back(firstImage(files));
        }
        char name[64];
        std::snprintf(name, sizeof name, "first image, %zu states to read", states.size());
        report(name, median(with), median(without), "ms", "no state");
    }
    for (int r = 0; r < runs; ++r) {
        first.push_back(firstImage(files));
        single.push_back(firstImage({files[files.size() / 2]}));
    }
    char name[64];
    std::snprintf(name, sizeof name, "first image of %zu slices", files.size());
    report(name, median(first), median(single), "ms", "one file");
    return 0;
}
