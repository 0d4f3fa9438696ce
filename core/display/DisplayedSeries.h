#pragma once

#include "core/pixel/PixelDescription.h"
#include "core/pixel/SeriesVolume.h"
#include "core/pstate/DisplayShutter.h"
#include "core/pstate/MaskSubtraction.h"
#include "core/pstate/OverlayPlanes.h"
#include "core/pstate/StatesForImage.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pellucid {

// The image a viewport shows while the series' headers are still being read: one decoded frame
// converted to modality values (float) or RGB.
struct PreviewImage {
    int columns = 0, rows = 0;
    VoxelType type = VoxelType::Float32;
    std::vector<std::uint8_t> voxels;
    std::string photometric;
};

// A series as the viewer shows it: the volume (filled slice by slice while it loads) and what
// the display needs from the headers. Filled by SeriesDisplayLoad on its thread, then read and
// changed only on the GUI thread (the volume's slices excepted, see SeriesVolume::isReady).
struct DisplayedSeries {
    std::string studyInstanceUid, seriesInstanceUid;
    std::string modality, seriesDescription;
    std::shared_ptr<SeriesVolume> volume;
    std::optional<PreviewImage> preview;
    std::map<std::string, std::string> header;          // annotation values, UTF-8
    std::vector<std::pair<double, double>> fileWindows; // center, width from the header
    std::vector<std::string> fileWindowNames;           // WindowCenterWidthExplanation
    std::string spacingSource;                          // PixelSpacing, ImagerPixelSpacing, ""
    std::vector<std::string> notes;                     // irregular geometry, split series
    std::vector<std::pair<std::filesystem::path, int>> sliceSources; // file and frame per slice
    DisplayShutter shutter;
    // The header's own VOI LUT (a VOI LUT Sequence and no window), for the viewport's default.
    std::optional<GrayscaleSteps> fileVoiLut;
    // XA/XRF mask subtraction of a multi-frame image (frames are its slices).
    std::optional<MaskSubtraction> maskSubtraction;
    // Overlay planes per slice (slices without any are left out), read by the load off the GUI
    // thread; complete once overlaysRead is set.
    std::map<int, std::vector<OverlayPlane>> overlays;
    bool overlaysRead = false;
    // Per slice (with sliceSources, once overlaysRead): the SOP Instance UID and the pixel
    // description a presentation state's grey steps start from (shared between the frames of
    // one file).
    std::vector<std::string> sliceUids;
    std::vector<std::shared_ptr<const PixelDescription>> slicePixels;
    // The presentation states of the study that reference a slice of this series (complete
    // once overlaysRead), and the state files that could not be read.
    std::vector<SharedState> presentationStates;
    std::vector<std::string> presentationProblems;

    int sliceCount() const { return volume ? volume->depth() : (preview ? 1 : 0); }
    bool isColor() const {
        return volume ? volume->type() == VoxelType::Rgb8 || volume->type() == VoxelType::Rgb16
                      : preview && preview->type == VoxelType::Rgb8;
    }
    const std::vector<OverlayPlane>& overlaysOf(int slice) const;
};

} // namespace pellucid
