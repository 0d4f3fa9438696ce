#pragma once

#include "core/pixel/PixelDescription.h"
#include "core/pstate/LutData.h"

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pellucid {

// The superimposed input's steps of a Blending state (PS3.4 N.2.4): its VOI maps modality values
// onto the input range of the Palette Color Lookup Table (0 .. entries - 1), the palette makes
// them RGB. The VOI is a window (PS3.3 C.11.2.1.2.1, rounded to the nearest entry), a VOI LUT
// table (its output scaled to the palette's range), or none: values scaled linearly over
// `range`. Without a palette the VOI output is shown as grey.
class PaletteColoring {
public:
    struct Voi {
        std::optional<std::pair<double, double>> window; // center, width
        std::shared_ptr<const LutData> lut;
        std::pair<double, double> range{0, 1}; // neither window nor table
    };
    PaletteColoring(Voi voi, std::optional<std::vector<PaletteLut>> palette);

    // The palette entry (0 .. entries - 1) a modality value selects.
    int entryOf(double modality) const;
    // The color of a modality value, each channel 0..255 (the palette's entries scaled from
    // their bit depth), not rounded, so that blending rounds once.
    std::array<double, 3> colorOf(double modality) const;

private:
    Voi voi_;
    std::optional<std::vector<PaletteLut>> palette_;
    int entries_ = 256;
};

} // namespace pellucid
