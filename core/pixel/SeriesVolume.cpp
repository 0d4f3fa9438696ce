#include "core/pixel/SeriesVolume.h"

#include "core/pixel/ModalityFrame.h"

#include <QCoreApplication>
#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

namespace pellucid {
namespace {

constexpr double kPi = 3.14159265358979323846;

int threadCount(int requested) {
    return requested > 0 ? requested
                         : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Runs body(i) for i in [0, n) on `threads` threads, pulling indexes in order.
template <typename Body> void parallelFor(std::size_t n, int threads, Body body) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < n; i = next++)
            body(i);
    };
    std::vector<std::thread> pool;
    const int count = std::min<int>(threads, static_cast<int>(std::max<std::size_t>(n, 1)));
    for (int t = 1; t < count; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
}

// Enhanced multi-frame objects place each frame in the per-frame functional groups.
void readFramePlacement(DcmDataset& dataset, int frames, std::vector<SliceGeometry>& out) {
    DcmSequenceOfItems* perFrame = nullptr;
    DcmItem* shared = nullptr;
    dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
    dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame);
    auto fromGroup = [](DcmItem* group, const DcmTagKey& sequence) -> DcmItem* {
        DcmItem* item = nullptr;
        if (group && group->findAndGetSequenceItem(sequence, item, 0).good())
            return item;
        return nullptr;
    };
    for (int f = 0; f < frames; ++f) {
        DcmItem* own = perFrame && perFrame->card() == static_cast<unsigned long>(frames)
                           ? perFrame->getItem(static_cast<unsigned long>(f))
                           : nullptr;
        SliceGeometry& g = out[static_cast<std::size_t>(f)];
        for (DcmItem* group : {shared, own}) {
            if (DcmItem* position = fromGroup(group, DCM_PlanePositionSequence))
                g.position = SliceGeometry::read(*position).position;
            if (DcmItem* orientation = fromGroup(group, DCM_PlaneOrientationSequence)) {
                const SliceGeometry o = SliceGeometry::read(*orientation);
                g.rowDirection = o.rowDirection;
                g.columnDirection = o.columnDirection;
            }
            if (DcmItem* measures = fromGroup(group, DCM_PixelMeasuresSequence)) {
                const SliceGeometry m = SliceGeometry::read(*measures);
                if (m.pixelSpacing) {
                    g.pixelSpacing = m.pixelSpacing;
                    g.spacingSource = m.spacingSource;
                }
                if (m.sliceThickness)
                    g.sliceThickness = m.sliceThickness;
            }
        }
    }
}

std::string groupKey(const SliceSource& s) {
    const PixelDescription& d = s.pixels->description();
    char key[256];
    const auto& r = s.geometry.rowDirection;
    const auto& c = s.geometry.columnDirection;
    std::snprintf(key, sizeof key, "%dx%dx%d|%s|%.3f,%.3f,%.3f,%.3f,%.3f,%.3f|%s", d.layout.rows,
                  d.layout.columns, d.decodedLayout().samplesPerPixel,
                  d.isColor() ? "color" : "mono", r ? (*r)[0] : 9.0, r ? (*r)[1] : 9.0,
                  r ? (*r)[2] : 9.0, c ? (*c)[0] : 9.0, c ? (*c)[1] : 9.0, c ? (*c)[2] : 9.0,
                  s.geometry.frameOfReferenceUid.c_str());
    return key;
}

// The notes are read by the user (the viewer shows them, `pellucid-cli load` prints them), so they
// are translated here, in the one place they are worded.
std::string note(const char* text) {
    return QCoreApplication::translate("SeriesVolume", text).toStdString();
}

QString millimetres(double v) {
    return QCoreApplication::translate("SeriesVolume", "%1 mm").arg(v, 0, 'f', 2);
}

// Sorts one group along its normal, splits repeated positions into stacks (phases, echoes)
// and describes what is irregular about each.
void buildStacks(const std::vector<SliceSource>& sources, std::vector<std::size_t> group,
                 std::vector<SliceStack>& out) {
    const SliceGeometry& first = sources[group.front()].geometry;
    const auto normal = first.normal();
    const bool positioned = normal && std::all_of(group.begin(), group.end(), [&](std::size_t i) {
                                return sources[i].geometry.position;
                            });
    auto along = [&](std::size_t i) { return dot(*sources[i].geometry.position, *normal); };
    auto instanceOrder = [&](std::size_t a, std::size_t b) {
        const auto ia = sources[a].geometry.instanceNumber.value_or(0);
        const auto ib = sources[b].geometry.instanceNumber.value_or(0);
        return ia != ib ? ia < ib : sources[a].frame < sources[b].frame;
    };
    std::vector<std::vector<std::size_t>> stacks;
    if (positioned) {
        std::stable_sort(group.begin(), group.end(), [&](std::size_t a, std::size_t b) {
            const double da = along(a), db = along(b);
            return std::abs(da - db) > 1e-3 ? da < db : instanceOrder(a, b);
        });
        // Slices at the same place are different acquisitions of it: the k-th one at each
        // place goes to stack k.
        for (std::size_t i = 0; i < group.size();) {
            std::size_t j = i;
            while (j < group.size() && std::abs(along(group[j]) - along(group[i])) <= 1e-3)
                ++j;
            for (std::size_t k = i; k < j; ++k) {
                if (stacks.size() <= k - i)
                    stacks.emplace_back();
                stacks[k - i].push_back(group[k]);
            }
            i = j;
        }
    } else {
        std::stable_sort(group.begin(), group.end(), instanceOrder);
        stacks.push_back(group);
    }
    const bool phases = stacks.size() > 1;
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        const auto& slices = stacks[s];
        SliceStack stack;
        stack.slices = slices;
        const SliceSource& head = sources[slices.front()];
        const PixelDescription& d = head.pixels->description();
        stack.rows = d.layout.rows;
        stack.columns = d.layout.columns;
        if (head.geometry.rowDirection && head.geometry.columnDirection) {
            stack.rowDirection = *head.geometry.rowDirection;
            stack.columnDirection = *head.geometry.columnDirection;
        }
        if (normal)
            stack.sliceDirection = *normal;
        if (head.geometry.position)
            stack.origin = *head.geometry.position;
        stack.frameOfReferenceUid = head.geometry.frameOfReferenceUid;
        stack.positioned =
            head.geometry.position && head.geometry.rowDirection && head.geometry.columnDirection;
        if (head.geometry.pixelSpacing) {
            stack.rowSpacing = (*head.geometry.pixelSpacing)[0];
            stack.columnSpacing = (*head.geometry.pixelSpacing)[1];
            stack.calibrated = true;
        } else {
            stack.notes.push_back(note(QT_TRANSLATE_NOOP(
                "SeriesVolume", "no pixel spacing: distances are in pixels, not mm")));
        }
        if (head.geometry.sliceThickness)
            stack.sliceSpacing = *head.geometry.sliceThickness;
        if (phases)
            stack.notes.push_back(
                QCoreApplication::translate("SeriesVolume",
                                            "positions repeat: this is acquisition %1 of %2 at the "
                                            "same places (phases or echoes)")
                    .arg(s + 1)
                    .arg(stacks.size())
                    .toStdString());
        if (!positioned && slices.size() > 1)
            stack.notes.push_back(note(QT_TRANSLATE_NOOP(
                "SeriesVolume", "no slice positions: ordered by Instance Number")));
        if (positioned && slices.size() > 1) {
            std::vector<double> gaps;
            for (std::size_t i = 1; i < slices.size(); ++i)
                gaps.push_back(along(slices[i]) - along(slices[i - 1]));
            std::vector<double> sorted = gaps;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2),
                             sorted.end());
            const double median = sorted[sorted.size() / 2];
            stack.sliceSpacing = median;
            const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
            if (*hi > 1.5 * median)
                stack.notes.push_back(
                    QCoreApplication::translate("SeriesVolume",
                                                "missing slices: a gap of %1 where slices are %2 "
                                                "apart")
                        .arg(millimetres(*hi), millimetres(median))
                        .toStdString());
            else if (*hi - *lo > 0.01 * median + 1e-3)
                stack.notes.push_back(
                    QCoreApplication::translate("SeriesVolume", "uneven slice spacing: %1 to %2")
                        .arg(millimetres(*lo), millimetres(*hi))
                        .toStdString());
            // Positions that do not move along the normal: a tilted gantry shears the stack.
            const Vector3 run = subtract(*sources[slices.back()].geometry.position,
                                         *sources[slices.front()].geometry.position);
            const double runLength = length(run);
            if (runLength > 1e-6) {
                const double cosine = std::clamp(std::abs(dot(run, *normal)) / runLength, 0.0, 1.0);
                const double degrees = std::acos(cosine) * 180.0 / kPi;
                if (degrees > 0.5) {
                    stack.notes.push_back(
                        QCoreApplication::translate("SeriesVolume",
                                                    "gantry tilt of %1 degrees: slices are "
                                                    "sheared, not stacked along their normal")
                            .arg(degrees, 0, 'f', 1)
                            .toStdString());
                    stack.sliceDirection = {run[0] / runLength, run[1] / runLength,
                                            run[2] / runLength};
                    stack.sliceSpacing = runLength / double(slices.size() - 1);
                }
            }
        }
        out.push_back(std::move(stack));
    }
}

} // namespace

std::size_t voxelBytes(VoxelType type) {
    switch (type) {
    case VoxelType::UInt8:
        return 1;
    case VoxelType::Int16:
        return 2;
    case VoxelType::Float32:
        return 4;
    case VoxelType::Rgb8:
        return 3;
    case VoxelType::Rgb16:
        return 6;
    }
    return 1;
}

SeriesPlan planSeries(const std::vector<std::filesystem::path>& files, int threads,
                      const std::atomic<bool>* cancel) {
    SeriesPlan plan;
    std::vector<std::vector<SliceSource>> perFile(files.size());
    std::vector<std::string> problems(files.size());
    parallelFor(files.size(), threadCount(threads), [&](std::size_t i) {
        if (cancel && cancel->load())
            return;
        auto opened = InstancePixels::open(files[i]);
        if (auto* e = std::get_if<std::string>(&opened)) {
            problems[i] = files[i].string() + ": " + *e;
            return;
        }
        std::shared_ptr<InstancePixels> pixels =
            std::move(std::get<std::unique_ptr<InstancePixels>>(opened));
        const int frames = pixels->frameCount();
        std::vector<SliceGeometry> geometry(static_cast<std::size_t>(frames),
                                            SliceGeometry::read(*pixels->dataset()));
        if (frames > 1)
            readFramePlacement(*pixels->dataset(), frames, geometry);
        pixels->releaseHeader();
        for (int f = 0; f < frames; ++f)
            perFile[i].push_back({pixels, f, geometry[static_cast<std::size_t>(f)]});
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!problems[i].empty())
            plan.problems.push_back(problems[i]);
        for (auto& s : perFile[i])
            plan.sources.push_back(std::move(s));
    }
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < plan.sources.size(); ++i)
        groups[groupKey(plan.sources[i])].push_back(i);
    for (auto& [key, members] : groups)
        buildStacks(plan.sources, std::move(members), plan.stacks);
    std::stable_sort(
        plan.stacks.begin(), plan.stacks.end(),
        [](const SliceStack& a, const SliceStack& b) { return a.slices.size() > b.slices.size(); });
    if (plan.stacks.size() > 1)
        for (auto& stack : plan.stacks)
            stack.notes.push_back(QCoreApplication::translate("SeriesVolume",
                                                              "the series splits into %1 stacks "
                                                              "(sizes, orientations or positions "
                                                              "differ)")
                                      .arg(plan.stacks.size())
                                      .toStdString());
    return plan;
}

SeriesVolume::SeriesVolume(const SliceStack& stack, VoxelType type)
    : stack_(stack)
    , type_(type)
    , sliceBytes_(std::size_t(stack.rows) * std::size_t(stack.columns) * voxelBytes(type))
    , voxels_(std::make_unique_for_overwrite<std::uint8_t[]>(sliceBytes_ * stack.slices.size()))
    , ready_(std::make_unique<std::atomic<bool>[]>(stack.slices.size()))
    , errors_(stack.slices.size()) {}

VoxelType SeriesLoader::voxelTypeFor(const SeriesPlan& plan, const SliceStack& stack) {
    const SliceSource& head = plan.sources[stack.slices.front()];
    const VoxelType headType = modalityTypeOf(head.pixels->description(), head.frame);
    if (headType == VoxelType::Rgb8 || headType == VoxelType::Rgb16)
        return headType;
    // The widest type any slice needs: byte slices fit Int16, Int16 slices fit Float32.
    VoxelType type = VoxelType::UInt8;
    for (std::size_t index : stack.slices) {
        const SliceSource& s = plan.sources[index];
        const VoxelType own = modalityTypeOf(s.pixels->description(), s.frame);
        if (own == VoxelType::Float32 || own == VoxelType::Rgb8 || own == VoxelType::Rgb16)
            return VoxelType::Float32;
        if (own == VoxelType::Int16)
            type = VoxelType::Int16;
    }
    return type;
}

std::variant<std::unique_ptr<SeriesVolume>, std::string>
SeriesLoader::load(const SeriesPlan& plan, const SliceStack& stack, const Options& options,
                   const SliceCallback& sliceLoaded, const std::atomic<bool>* cancel) {
    if (stack.slices.empty())
        return std::string("empty stack");
    auto volume = std::make_unique<SeriesVolume>(stack, voxelTypeFor(plan, stack));
    describe(plan, *volume);
    if (std::string error = decode(plan, *volume, options, sliceLoaded, cancel); !error.empty())
        return error;
    return volume;
}

std::variant<std::shared_ptr<SeriesVolume>, std::string>
SeriesLoader::loadShared(const SeriesPlan& plan, const SliceStack& stack, const Options& options,
                         const VolumeCallback& volumeCreated, const SliceCallback& sliceLoaded,
                         const std::atomic<bool>* cancel) {
    if (stack.slices.empty())
        return std::string("empty stack");
    auto volume = std::make_shared<SeriesVolume>(stack, voxelTypeFor(plan, stack));
    describe(plan, *volume);
    if (volumeCreated)
        volumeCreated(volume);
    if (std::string error = decode(plan, *volume, options, sliceLoaded, cancel); !error.empty())
        return error;
    return volume;
}

void SeriesLoader::describe(const SeriesPlan& plan, SeriesVolume& volume) {
    const PixelDescription& head =
        plan.sources[volume.stack().slices.front()].pixels->description();
    volume.photometric = head.isColor() ? "RGB" : head.photometric;
    volume.rescaleType = head.rescaleType;
}

std::string SeriesLoader::decode(const SeriesPlan& plan, SeriesVolume& target,
                                 const Options& options, const SliceCallback& sliceLoaded,
                                 const std::atomic<bool>* cancel) {
    SeriesVolume* volume = &target;
    const SliceStack& stack = target.stack();
    const VoxelType type = target.type();
    const int depth = volume->depth();
    // Decode order: the slice to show first, then the others in order.
    const int first =
        options.firstSlice >= 0 && options.firstSlice < depth ? options.firstSlice : depth / 2;
    std::vector<int> order;
    order.reserve(static_cast<std::size_t>(depth));
    order.push_back(first);
    for (int i = 0; i < depth; ++i)
        if (i != first)
            order.push_back(i);
    const std::size_t pixelCount = std::size_t(stack.rows) * std::size_t(stack.columns);
    parallelFor(order.size(), threadCount(options.threads), [&](std::size_t k) {
        if (cancel && cancel->load())
            return;
        const int i = order[k];
        const SliceSource& source = plan.sources[stack.slices[std::size_t(i)]];
        const InstancePixels& pixels = *source.pixels;
        const FrameLayout decoded = pixels.decodedLayout();
        std::uint8_t* slot = volume->slice(i);
        // Decode straight into the volume when the decoded frame is no larger than its slot
        // (16-bit to int16, 8-bit, RGB); else through a per-thread buffer.
        const bool inPlace = decoded.frameBytes() <= volume->sliceBytes();
        thread_local std::vector<std::uint8_t> buffer;
        if (!inPlace && buffer.size() < decoded.frameBytes())
            buffer.resize(decoded.frameBytes());
        std::uint8_t* target = inPlace ? slot : buffer.data();
        std::string error = pixels.decodeFrame(source.frame, target,
                                               inPlace ? volume->sliceBytes() : buffer.size());
        pixels.releaseDecoderState();
        if (error.empty()) {
            const auto [slope, intercept] = pixels.description().rescaleOf(source.frame);
            const auto& lut = pixels.description().modalityLut;
            toModality(target, decoded, slope, intercept, type, slot, pixelCount,
                       lut ? &*lut : nullptr);
        } else {
            std::memset(slot, 0, volume->sliceBytes());
            if (type == VoxelType::Int16)
                std::fill_n(reinterpret_cast<std::int16_t*>(slot), pixelCount,
                            std::numeric_limits<std::int16_t>::min());
            volume->errors_[std::size_t(i)] = std::move(error);
        }
        volume->ready_[std::size_t(i)].store(true, std::memory_order_release);
        if (sliceLoaded)
            sliceLoaded(i);
    });
    if (cancel && cancel->load())
        return "cancelled";
    return {};
}

SeriesLoadResult loadSeriesFiles(const std::vector<std::filesystem::path>& files,
                                 std::size_t firstFile, const SeriesLoader::Options& options,
                                 const std::function<void(const FirstImage&)>& onFirstImage,
                                 const SeriesLoader::SliceCallback& sliceLoaded,
                                 const std::atomic<bool>* cancel,
                                 const SeriesLoader::VolumeCallback& volumeCreated) {
    SeriesLoadResult result;
    if (files.empty()) {
        result.error = "no files";
        return result;
    }
    std::thread first;
    if (onFirstImage && firstFile < files.size())
        first = std::thread([&] {
            auto opened = InstancePixels::open(files[firstFile]);
            if (auto* pixels = std::get_if<std::unique_ptr<InstancePixels>>(&opened)) {
                FirstImage image;
                image.fileIndex = firstFile;
                image.layout = (*pixels)->decodedLayout();
                image.pixels.resize(image.layout.frameBytes());
                const int frame = (*pixels)->frameCount() / 2;
                if ((*pixels)
                        ->decodeFrame(frame, image.pixels.data(), image.pixels.size())
                        .empty()) {
                    image.photometric = (*pixels)->description().isColor()
                                            ? "RGB"
                                            : (*pixels)->description().photometric;
                    std::tie(image.slope, image.intercept) =
                        (*pixels)->description().rescaleOf(frame);
                    onFirstImage(image);
                }
            }
        });
    const int threads = threadCount(options.threads);
    result.plan = planSeries(files, first.joinable() ? std::max(1, threads - 1) : threads, cancel);
    if (first.joinable())
        first.join();
    if (result.plan.stacks.empty()) {
        result.error = result.plan.problems.empty() ? "no images" : result.plan.problems.front();
        return result;
    }
    if (volumeCreated) {
        auto loaded = SeriesLoader::loadShared(result.plan, result.plan.stacks.front(), options,
                                               volumeCreated, sliceLoaded, cancel);
        if (auto* e = std::get_if<std::string>(&loaded))
            result.error = *e;
        else
            result.sharedVolume = std::get<std::shared_ptr<SeriesVolume>>(loaded);
        return result;
    }
    auto loaded =
        SeriesLoader::load(result.plan, result.plan.stacks.front(), options, sliceLoaded, cancel);
    if (auto* e = std::get_if<std::string>(&loaded))
        result.error = *e;
    else
        result.volume = std::move(std::get<std::unique_ptr<SeriesVolume>>(loaded));
    return result;
}

} // namespace pellucid
