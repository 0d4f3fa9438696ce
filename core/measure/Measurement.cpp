#include "core/measure/Measurement.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pellucid {
namespace {

struct Physical {
    double x, y;
};

Physical physical(ImagePoint from, ImagePoint to, const PixelSpacing& s) {
    const double dx = s.calibrated ? s.column : 1.0;
    const double dy = s.calibrated ? s.row : 1.0;
    return {(to.x - from.x) * dx, (to.y - from.y) * dy};
}

} // namespace

double distanceMm(ImagePoint a, ImagePoint b, const PixelSpacing& spacing) {
    const Physical d = physical(a, b, spacing);
    return std::hypot(d.x, d.y);
}

double angleDegrees(ImagePoint a, ImagePoint vertex, ImagePoint b, const PixelSpacing& spacing) {
    const Physical u = physical(vertex, a, spacing);
    const Physical v = physical(vertex, b, spacing);
    if ((u.x == 0 && u.y == 0) || (v.x == 0 && v.y == 0))
        return 0;
    // atan2 of cross and dot stays accurate near 0 and 180 degrees, where acos does not.
    const double angle = std::atan2(std::abs(u.x * v.y - u.y * v.x), u.x * v.x + u.y * v.y);
    return std::clamp(angle * 180.0 / std::numbers::pi, 0.0, 180.0);
}

} // namespace pellucid
