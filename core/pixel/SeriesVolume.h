#pragma once

#include "core/pixel/InstancePixels.h"
#include "core/pixel/SliceGeometry.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

// One slice a series loader may use: a frame of an instance, where it lies.
struct SliceSource {
    std::shared_ptr<InstancePixels> pixels;
    int frame = 0;
    SliceGeometry geometry;
};

// A run of slices that makes one regular volume: same size, orientation and frame of
// reference, sorted along the slice normal (or by Instance Number without positions).
struct SliceStack {
    std::vector<std::size_t> slices; // indexes into SeriesPlan::sources, in volume order
    int rows = 0, columns = 0;
    Vector3 rowDirection{1, 0, 0}, columnDirection{0, 1, 0}, sliceDirection{0, 0, 1};
    Vector3 origin{0, 0, 0};
    double rowSpacing = 1, columnSpacing = 1, sliceSpacing = 1;
    bool calibrated = false;         // pixel spacing known
    std::string frameOfReferenceUid; // of the first slice (all slices of a stack share it)
    bool positioned = false;         // Image Position and Orientation (Patient) known
    std::vector<std::string> notes;  // irregularities a reader must know about
};

// What a set of files holds, before any pixel is decoded: the stacks it splits into, and why.
struct SeriesPlan {
    std::vector<SliceSource> sources;
    std::vector<SliceStack> stacks;    // largest first
    std::vector<std::string> problems; // files that could not be used, with the reason
};

SeriesPlan planSeries(const std::vector<std::filesystem::path>& files, int threads = 0,
                      const std::atomic<bool>* cancel = nullptr);

enum class VoxelType { UInt8, Int16, Float32, Rgb8, Rgb16 };
std::size_t voxelBytes(VoxelType type);

// A stack decoded into one contiguous block: modality values (rescale applied) for
// monochrome images, RGB for color. Slice i starts at voxels() + i * sliceBytes().
class SeriesVolume {
public:
    SeriesVolume(const SliceStack& stack, VoxelType type);

    const SliceStack& stack() const { return stack_; }
    VoxelType type() const { return type_; }
    int width() const { return stack_.columns; }
    int height() const { return stack_.rows; }
    int depth() const { return static_cast<int>(stack_.slices.size()); }
    std::size_t sliceBytes() const { return sliceBytes_; }
    std::size_t byteSize() const { return sliceBytes_ * std::size_t(depth()); }
    std::uint8_t* slice(int i) { return voxels_.get() + sliceBytes_ * std::size_t(i); }
    const std::uint8_t* slice(int i) const { return voxels_.get() + sliceBytes_ * std::size_t(i); }

    bool isReady(int i) const { return ready_[std::size_t(i)].load(std::memory_order_acquire); }
    // Why slice i could not be decoded (it then holds the lowest value), empty when it could.
    const std::string& sliceError(int i) const { return errors_[std::size_t(i)]; }

    std::string photometric; // MONOCHROME1, MONOCHROME2 or RGB
    std::string rescaleType;

private:
    friend class SeriesLoader;
    SliceStack stack_;
    VoxelType type_;
    std::size_t sliceBytes_ = 0;
    std::unique_ptr<std::uint8_t[]> voxels_;
    std::unique_ptr<std::atomic<bool>[]> ready_;
    std::vector<std::string> errors_;
};

// Decodes a stack on all cores into one SeriesVolume. The slice to show first is decoded first
// and reported at once, so a viewer can draw it while the rest arrives.
class SeriesLoader {
public:
    struct Options {
        int threads = 0;     // 0: one per hardware thread
        int firstSlice = -1; // -1: the middle slice
    };
    using SliceCallback = std::function<void(int slice)>; // called from worker threads

    static std::variant<std::unique_ptr<SeriesVolume>, std::string>
    load(const SeriesPlan& plan, const SliceStack& stack, const Options& options,
         const SliceCallback& sliceLoaded = {}, const std::atomic<bool>* cancel = nullptr);
    // The same, for a viewer that shows slices while the rest decodes: the (still empty) volume
    // is handed to `volumeCreated` before the first slice is decoded; isReady() tells which
    // slices hold their pixels.
    using VolumeCallback = std::function<void(std::shared_ptr<SeriesVolume>)>;
    static std::variant<std::shared_ptr<SeriesVolume>, std::string>
    loadShared(const SeriesPlan& plan, const SliceStack& stack, const Options& options,
               const VolumeCallback& volumeCreated, const SliceCallback& sliceLoaded = {},
               const std::atomic<bool>* cancel = nullptr);

    // The voxel type a stack decodes to: 16-bit and 8-bit integers stay that size when their
    // rescaled values fit (CT: stored 0..4095, intercept -1024 -> int16), else float.
    static VoxelType voxelTypeFor(const SeriesPlan& plan, const SliceStack& stack);

private:
    static void describe(const SeriesPlan& plan, SeriesVolume& volume);
    static std::string decode(const SeriesPlan& plan, SeriesVolume& volume, const Options& options,
                              const SliceCallback& sliceLoaded, const std::atomic<bool>* cancel);
};

// The one image a viewer shows while a series loads: a frame of the file it asked for,
// decoded before the other files' headers are even read.
struct FirstImage {
    std::size_t fileIndex = 0;
    FrameLayout layout; // decoded layout
    std::vector<std::uint8_t> pixels;
    std::string photometric;
    double slope = 1, intercept = 0;
};

// Plans and loads a series from its files in one call: the first image comes first (on its own
// thread, while the headers of the rest are read), then the largest stack is decoded.
struct SeriesLoadResult {
    SeriesPlan plan;
    std::unique_ptr<SeriesVolume> volume;       // null when nothing could be loaded
    std::shared_ptr<SeriesVolume> sharedVolume; // instead, when volumeCreated was given
    std::string error;
};
SeriesLoadResult loadSeriesFiles(const std::vector<std::filesystem::path>& files,
                                 std::size_t firstFile, const SeriesLoader::Options& options,
                                 const std::function<void(const FirstImage&)>& onFirstImage,
                                 const SeriesLoader::SliceCallback& sliceLoaded = {},
                                 const std::atomic<bool>* cancel = nullptr,
                                 const SeriesLoader::VolumeCallback& volumeCreated = {});

} // namespace pellucid
