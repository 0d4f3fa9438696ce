#pragma once

#include "core/pixel/Geometry.h"
#include "core/pixel/SliceGeometry.h"

#include <optional>

namespace pellucid {

// The pixel grid of one slice in the patient coordinate system (PS3.3 C.7.6.2.1.1): pixel
// (column, row) has its center at origin + column * columnSpacing * rowDirection
// + row * rowSpacing * columnDirection.
struct PlaneGrid {
    Vector3 origin{};                         // Image Position (Patient): first pixel's center
    Vector3 rowDirection{1, 0, 0};            // along a row: increasing column, unit length
    Vector3 columnDirection{0, 1, 0};         // along a column: increasing row, unit length
    double rowSpacing = 1, columnSpacing = 1; // between rows, between columns (mm)
    int columns = 0, rows = 0;

    Vector3 normal() const { return cross(rowDirection, columnDirection); }
    Vector3 pointAt(double column, double row) const {
        return add(origin, add(scaled(rowDirection, column * columnSpacing),
                               scaled(columnDirection, row * rowSpacing)));
    }
    // Continuous (column, row) of the projection of `point` onto the plane.
    std::array<double, 2> pixelOf(const Vector3& point) const {
        const Vector3 d = subtract(point, origin);
        return {dot(d, rowDirection) / columnSpacing, dot(d, columnDirection) / rowSpacing};
    }

    // Needs Image Position, Image Orientation (two non-parallel directions) and Pixel Spacing.
    static std::optional<PlaneGrid> of(const SliceGeometry& geometry, int columns, int rows) {
        if (!geometry.position || !geometry.rowDirection || !geometry.columnDirection ||
            !geometry.pixelSpacing || (*geometry.pixelSpacing)[0] <= 0 ||
            (*geometry.pixelSpacing)[1] <= 0)
            return std::nullopt;
        const double rowLength = length(*geometry.rowDirection);
        const double columnLength = length(*geometry.columnDirection);
        if (rowLength < 1e-6 || columnLength < 1e-6)
            return std::nullopt;
        PlaneGrid grid;
        grid.origin = *geometry.position;
        grid.rowDirection = scaled(*geometry.rowDirection, 1 / rowLength);
        grid.columnDirection = scaled(*geometry.columnDirection, 1 / columnLength);
        if (length(grid.normal()) < 1e-3)
            return std::nullopt;
        grid.rowSpacing = (*geometry.pixelSpacing)[0];
        grid.columnSpacing = (*geometry.pixelSpacing)[1];
        grid.columns = columns;
        grid.rows = rows;
        return grid;
    }
};

} // namespace pellucid
