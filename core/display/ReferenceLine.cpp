#include "core/display/ReferenceLine.h"

#include <algorithm>
#include <cmath>

namespace pellucid {
namespace {

Vector3 unit(const Vector3& a) {
    const double l = length(a);
    return l > 0 ? scaled(a, 1 / l) : Vector3{0, 0, 0};
}

Vector3 stackNormal(const SliceStack& stack) {
    return unit(cross(stack.rowDirection, stack.columnDirection));
}

// Narrows [t0, t1] to where lo <= p + t d <= hi (Liang-Barsky, one axis).
bool clip(double p, double d, double lo, double hi, double& t0, double& t1) {
    if (std::abs(d) < 1e-12)
        return p >= lo && p <= hi;
    double a = (lo - p) / d, b = (hi - p) / d;
    if (a > b)
        std::swap(a, b);
    t0 = std::max(t0, a);
    t1 = std::min(t1, b);
    return t0 <= t1;
}

bool clipToImage(const ImagePlane& plane, ImagePoint p, ImagePoint d, double& t0, double& t1) {
    return clip(p.x, d.x, -0.5, plane.columns - 0.5, t0, t1) &&
           clip(p.y, d.y, -0.5, plane.rows - 0.5, t0, t1);
}

} // namespace

ImagePlane ImagePlane::ofSlice(const SliceStack& stack, int slice) {
    ImagePlane p;
    p.origin = add(stack.origin, scaled(stack.sliceDirection, stack.sliceSpacing * slice));
    p.rowDirection = stack.rowDirection;
    p.columnDirection = stack.columnDirection;
    p.rowSpacing = stack.rowSpacing;
    p.columnSpacing = stack.columnSpacing;
    p.rows = stack.rows;
    p.columns = stack.columns;
    // Without a position the plane is a guess: leave the frame of reference empty so that no
    // reference line is drawn from it.
    if (stack.positioned)
        p.frameOfReferenceUid = stack.frameOfReferenceUid;
    return p;
}

ImagePlane ImagePlane::ofSlice(const SeriesPlan& plan, const SliceStack& stack, int slice) {
    ImagePlane p = ofSlice(stack, slice);
    if (slice >= 0 && std::size_t(slice) < stack.slices.size() &&
        stack.slices[std::size_t(slice)] < plan.sources.size()) {
        const SliceGeometry& g = plan.sources[stack.slices[std::size_t(slice)]].geometry;
        if (g.position)
            p.origin = *g.position;
        else
            p.frameOfReferenceUid.clear();
    }
    return p;
}

std::optional<ImagePlane> ImagePlane::ofGeometry(const SliceGeometry& geometry, int rows,
                                                 int columns) {
    if (!geometry.position || !geometry.rowDirection || !geometry.columnDirection)
        return std::nullopt;
    ImagePlane p;
    p.origin = *geometry.position;
    p.rowDirection = *geometry.rowDirection;
    p.columnDirection = *geometry.columnDirection;
    if (geometry.pixelSpacing) {
        p.rowSpacing = (*geometry.pixelSpacing)[0];
        p.columnSpacing = (*geometry.pixelSpacing)[1];
    }
    p.rows = rows;
    p.columns = columns;
    p.frameOfReferenceUid = geometry.frameOfReferenceUid;
    return p;
}

Vector3 ImagePlane::toPatient(ImagePoint p) const {
    return add(origin, add(scaled(rowDirection, p.x * columnSpacing),
                           scaled(columnDirection, p.y * rowSpacing)));
}

ImagePoint ImagePlane::toImage(const Vector3& p) const {
    // Least squares on the two in-plane axes, so directions that are not quite orthogonal
    // (rounded Image Orientation values) still map back exactly.
    const Vector3 u = scaled(rowDirection, columnSpacing);
    const Vector3 v = scaled(columnDirection, rowSpacing);
    const Vector3 d = subtract(p, origin);
    const double uu = dot(u, u), uv = dot(u, v), vv = dot(v, v);
    const double du = dot(d, u), dv = dot(d, v);
    const double det = uu * vv - uv * uv;
    if (std::abs(det) < 1e-18)
        return {};
    return {(du * vv - dv * uv) / det, (dv * uu - du * uv) / det};
}

Vector3 ImagePlane::normal() const {
    return unit(cross(rowDirection, columnDirection));
}

std::optional<std::pair<ImagePoint, ImagePoint>> referenceLine(const ImagePlane& shownOn,
                                                               const ImagePlane& other) {
    if (shownOn.frameOfReferenceUid.empty() ||
        shownOn.frameOfReferenceUid != other.frameOfReferenceUid)
        return std::nullopt;
    if (shownOn.rows <= 0 || shownOn.columns <= 0 || other.rows <= 0 || other.columns <= 0)
        return std::nullopt;
    const Vector3 n = other.normal();
    if (length(cross(shownOn.normal(), n)) < 1.75e-4) // sin(0.01 degrees)
        return std::nullopt;
    // On shownOn's image, the points of other's plane solve a x + b y + c = 0.
    const double a = dot(scaled(shownOn.rowDirection, shownOn.columnSpacing), n);
    const double b = dot(scaled(shownOn.columnDirection, shownOn.rowSpacing), n);
    const double c = dot(subtract(shownOn.origin, other.origin), n);
    const double norm2 = a * a + b * b;
    if (norm2 < 1e-24)
        return std::nullopt;
    const ImagePoint p0{-c * a / norm2, -c * b / norm2};
    const ImagePoint d{-b / std::sqrt(norm2), a / std::sqrt(norm2)};

    double t0 = -1e300, t1 = 1e300;
    if (!clipToImage(shownOn, p0, d, t0, t1))
        return std::nullopt;
    // The same line in other's image coordinates is affine in t too.
    const ImagePoint q0 = other.toImage(shownOn.toPatient(p0));
    const ImagePoint q1 = other.toImage(shownOn.toPatient({p0.x + d.x, p0.y + d.y}));
    if (!clipToImage(other, q0, {q1.x - q0.x, q1.y - q0.y}, t0, t1) || t1 - t0 < 1e-9)
        return std::nullopt;
    return std::pair{ImagePoint{p0.x + t0 * d.x, p0.y + t0 * d.y},
                     ImagePoint{p0.x + t1 * d.x, p0.y + t1 * d.y}};
}

int nearestSlice(const SliceStack& stack, const Vector3& patientPoint) {
    const int depth = static_cast<int>(stack.slices.size());
    if (depth == 0)
        return -1;
    const Vector3 n = stackNormal(stack);
    // Slice i lies at origin + i * step along the slice direction; with a gantry tilt that is
    // not the normal, so only the step's normal component moves the plane.
    const double step = stack.sliceSpacing * dot(stack.sliceDirection, n);
    const double offset = dot(subtract(patientPoint, stack.origin), n);
    if (std::abs(step) < 1e-12 || !std::isfinite(offset))
        return 0;
    const double i = std::round(offset / step);
    return static_cast<int>(std::clamp(i, 0.0, double(depth - 1)));
}

double slicePosition(const SliceStack& stack, int slice) {
    const Vector3 origin =
        add(stack.origin, scaled(stack.sliceDirection, stack.sliceSpacing * slice));
    return dot(origin, stackNormal(stack));
}

} // namespace pellucid
