#pragma once

#include "core/pixel/Geometry.h"

#include <array>
#include <optional>
#include <string>

class DcmItem;

namespace pellucid {

// Where a slice lies in the patient coordinate system (Image Plane module).
struct SliceGeometry {
    std::optional<Vector3> position;        // Image Position (Patient) of the first voxel, mm
    std::optional<Vector3> rowDirection;    // Image Orientation (Patient), first triplet
    std::optional<Vector3> columnDirection; // second triplet
    std::optional<std::array<double, 2>> pixelSpacing; // between rows, between columns (mm)
    std::optional<double> sliceThickness;
    std::optional<long long> instanceNumber;
    std::string frameOfReferenceUid;
    std::string spacingSource; // "PixelSpacing", "ImagerPixelSpacing" or "" (no calibration)

    std::optional<Vector3> normal() const; // row x column, unit length
    static SliceGeometry read(DcmItem& dataset);
};

} // namespace pellucid
