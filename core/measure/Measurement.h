#pragma once

namespace pellucid {

// A point in continuous image coordinates: x = column, y = row, the centre of pixel (c, r) at
// (c, r) (see core/measure/SliceSamples.h).
struct ImagePoint {
    double x = 0, y = 0;
};

// DICOM Pixel Spacing: `row` is the distance between rows (dy), `column` the distance between
// columns (dx), in mm. Not calibrated: measurements are in pixels (both taken as 1).
struct PixelSpacing {
    double row = 1, column = 1;
    bool calibrated = false;
};

// The physical distance from a to b (mm when calibrated, else pixels), anisotropic spacing
// taken into account.
double distanceMm(ImagePoint a, ImagePoint b, const PixelSpacing& spacing);

// The angle a-vertex-b at `vertex` in physical space, 0..180 degrees (0 when a or b is at the
// vertex).
double angleDegrees(ImagePoint a, ImagePoint vertex, ImagePoint b, const PixelSpacing& spacing);

} // namespace pellucid
