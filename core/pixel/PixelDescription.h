#pragma once

#include "core/codec/FrameLayout.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

class DcmItem;

namespace pellucid {

// A palette (PALETTE COLOR) lookup table for one channel, expanded: segmented tables
// (PS3.3 C.7.9.2) are unrolled when read.
struct PaletteLut {
    int firstMapped = 0; // stored value that maps to entries[0]
    int bits = 16;       // 8 or 16 bits per entry
    std::vector<std::uint16_t> entries;
};

// The Image Pixel module (and Multi-frame, Modality LUT rescale) attributes that decoding needs.
struct PixelDescription {
    FrameLayout layout; // as stored
    int highBit = 15;
    std::string photometric;     // MONOCHROME1, MONOCHROME2, RGB, YBR_FULL, PALETTE COLOR, ...
    int planarConfiguration = 0; // 1: all of R, then all of G, then all of B
    int numberOfFrames = 1;
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    // Enhanced multi-frame objects rescale frame by frame (Pixel Value Transformation in the
    // per-frame functional groups): slope and intercept per frame, else empty.
    std::vector<std::pair<double, double>> frameRescale;
    std::string rescaleType;                        // HU, US, ... (empty when absent)
    std::optional<std::vector<PaletteLut>> palette; // red, green, blue for PALETTE COLOR
    // The first Modality LUT Sequence item (PS3.3 C.11.1), which replaces the rescale: stored
    // values below firstMapped take the first entry, values past the table the last.
    std::optional<PaletteLut> modalityLut;

    std::pair<double, double> rescaleOf(int frame) const {
        if (frame >= 0 && static_cast<std::size_t>(frame) < frameRescale.size())
            return frameRescale[static_cast<std::size_t>(frame)];
        return {rescaleSlope, rescaleIntercept};
    }
    bool isColor() const { return layout.samplesPerPixel > 1 || palette.has_value(); }
    bool isMonochrome() const { return photometric.rfind("MONOCHROME", 0) == 0; }

    // What a decoded frame looks like once color has become interleaved RGB (samples 3, 8 bits
    // for palette and YBR input); monochrome frames keep their stored layout.
    FrameLayout decodedLayout() const;

    // Reads the attributes; a reason when they are missing or contradictory (a Rows of 0, a
    // BitsStored above BitsAllocated, a palette without tables...).
    static std::variant<PixelDescription, std::string> read(DcmItem& dataset);
};

// The Palette Color Lookup Table module (PS3.3 C.7.9): red, green and blue, segmented tables
// unrolled; of a PALETTE COLOR image or a Pseudo-Color / Blending presentation state.
std::variant<std::vector<PaletteLut>, std::string> readPaletteColorLut(DcmItem& dataset);

} // namespace pellucid
