#pragma once

#include "core/measure/Measurement.h"
#include "core/measure/SliceSamples.h"

#include <cstddef>
#include <string>
#include <vector>

namespace pellucid {

enum class RoiShape { Rectangle, Ellipse, Polygon };

// Statistics of the modality values (HU for CT) of the pixels inside a region of interest.
//
// Membership: a pixel belongs to the ROI when its center (c, r) is inside the shape. A center
// exactly on the boundary follows the half-open rule rasterisers use: it is inside on a left or
// top edge and outside on a right or bottom edge, so shapes that share an edge never share a
// pixel (a rectangle from (0,0) to (4,4) holds the 16 pixels 0..3 x 0..3). Pixels outside the
// image are never counted; the shape itself may reach outside it (then `clipped` is set).
//
// `area` and `perimeter` are those of the shape as drawn (not of the counted pixels, and not
// clipped to the image), in mm² and mm when calibrated, else pixel units.
struct RoiStatistics {
    std::size_t pixels = 0;
    double mean = 0;
    double stdDev = 0; // sample standard deviation (n - 1), as most viewers show; 0 for n < 2
    double min = 0, max = 0;
    double area = 0; // mm² when calibrated, else pixels²
    bool calibrated = false;
    double perimeter = 0; // mm when calibrated, else pixels
    bool clipped = false; // part of the shape lies outside the image
};

// Rectangle and Ellipse: `points` are 2 opposite corners of the (axis-aligned) bounding box.
// Polygon: at least 3 vertices, closed implicitly, may be concave or self-intersecting (even-odd
// rule). Too few points give empty statistics.
RoiStatistics roiStatistics(const SliceSamples& slice, RoiShape shape,
                            const std::vector<ImagePoint>& points, const PixelSpacing& spacing);

// The unit of a slice's modality values: "HU" for CT (or Rescale Type HU), the Rescale Type
// when one is given (other than "US", which means unspecified), else "" (uncalibrated values:
// the viewer should say so).
std::string modalityUnit(const std::string& modality, const std::string& rescaleType);

} // namespace pellucid
