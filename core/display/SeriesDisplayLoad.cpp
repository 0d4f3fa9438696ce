#include "core/display/SeriesDisplayLoad.h"

#include "core/dicom/DatasetHeader.h"
#include "core/dicom/InputFile.h"
#include "core/display/AnnotationLayout.h"
#include "core/display/DefaultWindow.h"
#include "core/pstate/ImageGrayscale.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QTimer>

#include <dcmtk/dcmdata/dcdeftag.h>

#include <cstring>

#include <set>

namespace pellucid {

namespace {

std::unique_ptr<DcmFileFormat> readHeader(const std::filesystem::path& file) {
    std::string error;
    auto input = InputFile::open(file, &error);
    if (!input)
        return nullptr;
    auto header = readDatasetHeader(*input);
    auto* parsed = std::get_if<DatasetHeader>(&header);
    return parsed ? std::move(parsed->file) : nullptr;
}

PreviewImage previewOf(const FirstImage& first) {
    PreviewImage preview;
    preview.columns = first.layout.columns;
    preview.rows = first.layout.rows;
    preview.photometric = first.photometric;
    const std::size_t pixels = std::size_t(preview.columns) * std::size_t(preview.rows);
    if (first.layout.samplesPerPixel == 3) {
        preview.type = VoxelType::Rgb8;
        preview.voxels.resize(pixels * 3);
        if (first.layout.bitsAllocated == 8) {
            std::memcpy(preview.voxels.data(), first.pixels.data(), pixels * 3);
        } else {
            const auto* src = reinterpret_cast<const std::uint16_t*>(first.pixels.data());
            const int shift = std::max(0, first.layout.bitsStored - 8);
            for (std::size_t i = 0; i < pixels * 3; ++i)
                preview.voxels[i] = static_cast<std::uint8_t>(src[i] >> shift);
        }
        return preview;
    }
    preview.type = VoxelType::Float32;
    preview.voxels.resize(pixels * sizeof(float));
    auto* out = reinterpret_cast<float*>(preview.voxels.data());
    const auto& l = first.layout;
    for (std::size_t i = 0; i < pixels; ++i) {
        double v = 0;
        const std::uint8_t* p = first.pixels.data() + i * l.bytesPerSample();
        if (l.bitsAllocated == 8)
            v = l.pixelRepresentation ? double(*reinterpret_cast<const std::int8_t*>(p)) : *p;
        else if (l.bitsAllocated == 16)
            v = l.pixelRepresentation ? double(*reinterpret_cast<const std::int16_t*>(p))
                                      : double(*reinterpret_cast<const std::uint16_t*>(p));
        else
            v = l.pixelRepresentation ? double(*reinterpret_cast<const std::int32_t*>(p))
                                      : double(*reinterpret_cast<const std::uint32_t*>(p));
        out[i] = static_cast<float>(v * first.slope + first.intercept);
    }
    return preview;
}

// What the display needs of every slice's header beyond the volume: the overlay planes, the SOP
// Instance UID and the pixel description, each file's header read once however many frames it
// has.
struct SliceHeaders {
    std::map<int, std::vector<OverlayPlane>> overlays;
    std::vector<std::string> uids;
    std::vector<std::shared_ptr<const PixelDescription>> pixels;
};
SliceHeaders readSliceHeaders(const std::vector<std::pair<std::filesystem::path, int>>& sources,
                              const std::atomic<bool>& cancel) {
    SliceHeaders out;
    std::filesystem::path readPath;
    std::unique_ptr<DcmFileFormat> header;
    std::string uid;
    std::shared_ptr<const PixelDescription> pixels;
    for (std::size_t slice = 0; slice < sources.size() && !cancel; ++slice) {
        const auto& [path, frame] = sources[slice];
        if (path != readPath) {
            header = readHeader(path);
            readPath = path;
            uid.clear();
            pixels.reset();
            if (header) {
                OFString value;
                if (header->getDataset()->findAndGetOFString(DCM_SOPInstanceUID, value).good())
                    uid = value.c_str();
                auto described = PixelDescription::read(*header->getDataset());
                if (auto* d = std::get_if<PixelDescription>(&described))
                    pixels = std::make_shared<const PixelDescription>(std::move(*d));
            }
        }
        out.uids.push_back(uid);
        out.pixels.push_back(pixels);
        if (!header)
            continue;
        if (auto planes = readOverlays(*header->getDataset(), frame); !planes.empty())
            out.overlays.emplace(int(slice), std::move(planes));
    }
    return out;
}

// The states among `files` that reference a slice, newest first.
std::vector<SharedState> statesOfSlices(const std::vector<std::filesystem::path>& files,
                                        const std::vector<std::string>& uids,
                                        std::vector<std::string>& problems) {
    std::vector<SharedState> out;
    if (files.empty())
        return out;
    const std::set<std::string> slices(uids.begin(), uids.end());
    for (SharedState& state : readPresentationStates(files, &problems))
        for (const ImageSelection::Image& image : state->referenced.images)
            if (slices.count(image.sopInstanceUid)) {
                out.push_back(std::move(state));
                break;
            }
    std::stable_sort(out.begin(), out.end(), [](const SharedState& a, const SharedState& b) {
        return a->creationKey() > b->creationKey();
    });
    return out;
}

} // namespace

const std::vector<OverlayPlane>& DisplayedSeries::overlaysOf(int slice) const {
    static const std::vector<OverlayPlane> none;
    const auto found = overlays.find(slice);
    return found == overlays.end() ? none : found->second;
}

void describeSeriesFromHeader(const std::filesystem::path& file, DisplayedSeries& series,
                              const AnnotationTemplates* templates) {
    auto header = readHeader(file);
    if (!header)
        return;
    DcmDataset& d = *header->getDataset();
    series.header = templates ? headerValues(d, *templates) : headerValues(d);
    auto text = [&](const DcmTagKey& tag) {
        OFString value;
        return d.findAndGetOFStringArray(tag, value).good() ? std::string(value.c_str())
                                                            : std::string();
    };
    series.studyInstanceUid = text(DCM_StudyInstanceUID);
    series.seriesInstanceUid = text(DCM_SeriesInstanceUID);
    series.modality = text(DCM_Modality);
    series.seriesDescription = series.header.count("SeriesDescription")
                                   ? series.header["SeriesDescription"]
                                   : text(DCM_SeriesDescription);
    FileWindows windows = readFileWindows(d);
    series.fileWindows = std::move(windows.windows);
    series.fileWindowNames = std::move(windows.names);
    series.shutter = DisplayShutter::read(d);
    auto pixels = PixelDescription::read(d);
    if (auto* description = std::get_if<PixelDescription>(&pixels))
        series.fileVoiLut = imageVoiLutSteps(d, *description);
    series.maskSubtraction = MaskSubtraction::read(d);
}

SeriesDisplayLoad::SeriesDisplayLoad(std::vector<std::filesystem::path> files,
                                     std::shared_ptr<const AnnotationTemplates> templates,
                                     QObject* parent,
                                     std::vector<std::filesystem::path> presentationStates)
    : QObject(parent)
    , files_(std::move(files))
    , stateFiles_(std::move(presentationStates))
    , templates_(std::move(templates))
    , series_(std::make_shared<DisplayedSeries>()) {
    progress_ = new QTimer(this);
    progress_->setInterval(100);
    connect(progress_, &QTimer::timeout, this,
            [this] { emit progressed(loaded_.load(), total_.load()); });
}

SeriesDisplayLoad::~SeriesDisplayLoad() {
    cancel();
    if (worker_.joinable())
        worker_.join();
}

void SeriesDisplayLoad::cancel() {
    cancel_ = true;
}

void SeriesDisplayLoad::start() {
    progress_->start();
    worker_ = std::thread([this] { run(); });
}

void SeriesDisplayLoad::run() {
    // The worker fills `pending` and hands each part over through a queued call, so the GUI
    // thread never reads a DisplayedSeries field while this thread writes it.
    auto series = series_;
    const std::size_t middle = files_.size() / 2;
    std::atomic<bool> described{false};
    auto onFirst = [&](const FirstImage& first) {
        described = true;
        auto preview = std::make_shared<PreviewImage>(previewOf(first));
        DisplayedSeries described;
        describeSeriesFromHeader(files_[first.fileIndex], described, templates_.get());
        QMetaObject::invokeMethod(
            this,
            [this, preview, described = std::move(described)]() mutable {
                *series_ = std::move(described);
                series_->preview = std::move(*preview);
                emit previewReady();
            },
            Qt::QueuedConnection);
    };
    auto onVolume = [&](std::shared_ptr<SeriesVolume> volume) {
        total_ = volume->depth();
        QMetaObject::invokeMethod(
            this,
            [this, volume] {
                series_->volume = volume;
                emit volumeCreated();
            },
            Qt::QueuedConnection);
    };
    SeriesLoader::Options options;
    SeriesLoadResult result = loadSeriesFiles(
        files_, middle, options, onFirst, [this](int) { ++loaded_; }, &cancel_, onVolume);
    std::vector<std::pair<std::filesystem::path, int>> sources;
    std::vector<std::string> notes;
    std::string spacingSource;
    if (!result.plan.stacks.empty()) {
        const SliceStack& stack = result.plan.stacks.front();
        for (std::size_t index : stack.slices) {
            const SliceSource& source = result.plan.sources[index];
            sources.emplace_back(source.pixels->path(), source.frame);
        }
        notes = stack.notes;
        if (result.plan.stacks.size() > 1)
            notes.push_back(QCoreApplication::translate("SeriesDisplayLoad",
                                                        "the series holds %1 stacks; the largest "
                                                        "is shown")
                                .arg(result.plan.stacks.size())
                                .toStdString());
        spacingSource = result.plan.sources[stack.slices.front()].geometry.spacingSource;
    }
    if (!described && !sources.empty()) {
        // The first image could not be decoded: the header still says what the series is.
        DisplayedSeries header;
        describeSeriesFromHeader(sources.front().first, header, templates_.get());
        QMetaObject::invokeMethod(
            this,
            [this, header = std::move(header)]() mutable {
                auto volume = std::move(series_->volume);
                *series_ = std::move(header);
                series_->volume = std::move(volume);
            },
            Qt::QueuedConnection);
    }
    SliceHeaders headers = readSliceHeaders(sources, cancel_);
    std::vector<std::string> stateProblems;
    auto states = statesOfSlices(stateFiles_, headers.uids, stateProblems);
    const QString error = QString::fromStdString(result.error);
    QMetaObject::invokeMethod(
        this,
        [this, sources = std::move(sources), notes = std::move(notes), spacingSource, error,
         headers = std::move(headers), states = std::move(states),
         stateProblems = std::move(stateProblems)]() mutable {
            series_->sliceSources = sources;
            series_->overlays = std::move(headers.overlays);
            series_->sliceUids = std::move(headers.uids);
            series_->slicePixels = std::move(headers.pixels);
            series_->presentationStates = std::move(states);
            series_->presentationProblems = std::move(stateProblems);
            series_->overlaysRead = true;
            series_->notes = notes;
            series_->spacingSource = spacingSource;
            progress_->stop();
            emit progressed(loaded_.load(), total_.load());
            emit finished(error);
        },
        Qt::QueuedConnection);
}

} // namespace pellucid
