#pragma once

#include "core/measure/SliceSamples.h"
#include "core/pstate/DisplayShutter.h"
#include "core/pstate/GrayscaleStepsLut.h"
#include "core/pstate/OverlayPlanes.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace pellucid {

// How a slice's values become display values: the VOI window (applied to each channel of a
// color image, where 127.5/256 is the identity) and the user's inversion.
struct DisplayWindow {
    double center = 40, width = 400;
    bool inverted = false;
};

// The pixels of one slice as they are shown: modality values (or RGB) through the VOI window,
// MONOCHROME1 inverted, DICOM overlays in white and the display shutter painted over. Grey
// slices give one byte a pixel, color slices three (R, G, B). The viewport's texture is made
// here, so what it shows does not depend on the drawing library.
struct SlicePicture {
    SliceSamples samples;
    std::string_view photometric;                        // MONOCHROME1 shows inverted
    const std::vector<OverlayPlane>* overlays = nullptr; // null or empty: none shown
    const DisplayShutter* shutter = nullptr;             // null: none
    // The grey each overlay is shown in (a presentation state's layer value), else white.
    const std::vector<std::uint8_t>* overlayGray = nullptr;

    static bool isColor(VoxelType type) {
        return type == VoxelType::Rgb8 || type == VoxelType::Rgb16;
    }
    int channels() const { return isColor(samples.type) ? 3 : 1; }
    std::size_t bytes() const { return samples.pixelCount() * std::size_t(channels()); }
    // Writes bytes() bytes to `out`, row by row without padding.
    void paint(const DisplayWindow& window, std::uint8_t* out) const;
    // The same through a presentation state's grey steps (grey slices only).
    void paint(const GrayscaleStepsLut& grayscale, std::uint8_t* out) const;

private:
    void paintOverlaysAndShutter(std::uint8_t* out) const;
};

} // namespace pellucid
