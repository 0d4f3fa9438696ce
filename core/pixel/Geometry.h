#pragma once

#include <array>
#include <cmath>

namespace pellucid {

// The geometry primitives every floor above pixel shares: points in a slice, the spacing that
// makes them millimetres, and vectors in the patient coordinate system (PS3.3 C.7.6.2.1.1).

// A point in continuous image coordinates: x = column, y = row, the center of pixel (c, r) at
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

// A position or direction in the patient coordinate system, mm.
using Vector3 = std::array<double, 3>;

inline double dot(const Vector3& a, const Vector3& b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

inline Vector3 cross(const Vector3& a, const Vector3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

inline Vector3 add(const Vector3& a, const Vector3& b) {
    return {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
}

inline Vector3 subtract(const Vector3& a, const Vector3& b) {
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}

inline Vector3 scaled(const Vector3& a, double s) {
    return {a[0] * s, a[1] * s, a[2] * s};
}

inline double length(const Vector3& a) {
    return std::sqrt(dot(a, a));
}

} // namespace pellucid
