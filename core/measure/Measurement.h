#pragma once

#include "core/pixel/Geometry.h"

namespace pellucid {

// The physical distance from a to b (mm when calibrated, else pixels), anisotropic spacing
// taken into account.
double distanceMm(ImagePoint a, ImagePoint b, const PixelSpacing& spacing);

// The angle a-vertex-b at `vertex` in physical space, 0..180 degrees (0 when a or b is at the
// vertex).
double angleDegrees(ImagePoint a, ImagePoint vertex, ImagePoint b, const PixelSpacing& spacing);

} // namespace pellucid
