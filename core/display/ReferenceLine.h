#pragma once

#include "core/measure/Measurement.h"
#include "core/pixel/SeriesVolume.h"

#include <optional>
#include <string>
#include <utility>

namespace pellucid {

// One image's plane in the patient system (LPS, mm). Image coordinates as everywhere in
// core/display: x = column, y = row, the center of pixel (c, r) at (c, r); `origin` is the
// center of pixel (0, 0) (Image Position (Patient)). The image covers
// [-0.5, columns - 0.5] x [-0.5, rows - 0.5].
struct ImagePlane {
    Vector3 origin{0, 0, 0};
    Vector3 rowDirection{1, 0, 0};            // along a row: +x (increasing column)
    Vector3 columnDirection{0, 1, 0};         // down a column: +y (increasing row)
    double rowSpacing = 1, columnSpacing = 1; // between rows (dy), between columns (dx), mm
    int rows = 0, columns = 0;
    std::string frameOfReferenceUid;

    // Slice `slice` of a regular stack: origin + slice * sliceSpacing * sliceDirection, as the
    // SeriesVolume lays it out. A stack without positions gives a plane without a frame of
    // reference (so referenceLine never draws from a guessed place).
    static ImagePlane ofSlice(const SliceStack& stack, int slice);
    // The same slice at the position its own file gives (exact for uneven spacing).
    static ImagePlane ofSlice(const SeriesPlan& plan, const SliceStack& stack, int slice);
    // One image's plane from its header (a localizer outside any loaded stack); nullopt without
    // Image Position and Orientation (Patient). Spacing 1 mm without Pixel Spacing.
    static std::optional<ImagePlane> ofGeometry(const SliceGeometry& geometry, int rows,
                                                int columns);

    Vector3 toPatient(ImagePoint p) const;
    // The image point whose patient position is nearest to `p` (its projection on the plane).
    ImagePoint toImage(const Vector3& p) const;
    Vector3 normal() const; // row x column, unit length
};

// Where `other`'s plane cuts `shownOn`'s, in `shownOn`'s image coordinates: the segment of the
// intersection line that lies inside both images' rectangles (a short localizer gives a short
// line). nullopt when the frames of reference differ or either is empty, the planes are
// parallel (within 0.01 degrees), or the line misses either image.
std::optional<std::pair<ImagePoint, ImagePoint>> referenceLine(const ImagePlane& shownOn,
                                                               const ImagePlane& other);

// The slice of `stack` whose plane is closest to `patientPoint` (for scrolling another series
// to the same place); -1 for an empty stack.
int nearestSlice(const SliceStack& stack, const Vector3& patientPoint);

// The signed distance of slice `slice`'s plane from the patient origin along the stack's normal
// (row x column), mm: the "slice position" annotation (the z of an axial slice).
double slicePosition(const SliceStack& stack, int slice);

} // namespace pellucid
