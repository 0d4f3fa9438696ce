#pragma once

#include "core/pstate/DisplayImage.h"
#include "core/pstate/PaletteColoring.h"
#include "core/pstate/PlaneGrid.h"
#include "core/pstate/SuperimposedVolume.h"

#include <cstdint>

namespace pellucid {

// The blending of PS3.4 N.2.4.3 for one frame of the underlying image: its grey (after its own
// grey steps, R = G = B) and, where the superimposed image exists at a pixel's center, that
// image's palette color, mixed as
//   out = (1 - opacity) * grey + opacity * color        (each channel, rounded)
// Where it does not exist the grey shows alone. RGB, at the underlying image's resolution.
struct BlendedPicture {
    const std::uint8_t* underlyingGrey = nullptr; // grid.columns * grid.rows bytes
    PlaneGrid grid;                               // the underlying frame's pixels
    const SuperimposedVolume* superimposed = nullptr;
    const PaletteColoring* coloring = nullptr;
    double opacity = 0.5; // Relative Opacity (0070,0403)

    DisplayImage paint() const;
};

} // namespace pellucid
