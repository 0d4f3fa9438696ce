#pragma once

#include "core/measure/Measurement.h"
#include "core/pstate/OverlayPlanes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class DcmItem;

namespace pellucid {

// The Display Shutter module (PS3.3 C.7.6.11) of an image or presentation state: the parts of
// the image outside the shutter are painted in the shutter's presentation value.
//
// Coordinates are the 0-based continuous ones of core/display (x = column, y = row, pixel
// (c, r) centered at (c, r)); DICOM's 1-based rows and columns are converted when read. Shutter
// edges are visible: a rectangle from column 10 to 20 (1-based) shows pixel columns 9..19, i.e.
// x in [8.5, 19.5); a circle shows every point within its radius, a polygon every point inside
// or on its boundary. Several shapes combine: only what all of them show is visible.
struct DisplayShutter {
    struct Rectangle {
        double left, right, top, bottom; // 0-based pixel columns and rows, inclusive
    };
    struct Circle {
        ImagePoint center;
        double radius; // pixels
    };
    std::optional<Rectangle> rectangle;
    std::optional<Circle> circle;
    std::vector<ImagePoint> polygon;      // vertices, 0-based; empty: none
    const OverlayPlane* bitmap = nullptr; // Bitmap Display Shutter (PS3.3 C.7.6.15); not owned

    // P-value (0 black .. 0xFFFF white) of the hidden area: Shutter Presentation Value, else the
    // L* of Shutter Presentation Color CIELab Value (both perceptually linear), else black.
    std::uint16_t presentationValue = 0;
    std::uint8_t gray8() const { return static_cast<std::uint8_t>(presentationValue >> 8); }

    bool present() const { return rectangle || circle || polygon.size() >= 3 || bitmap; }
    bool hides(double x, double y) const;
    // Paints the hidden pixels of an 8-bit grey image (width * height, as mapToGray8 makes it)
    // in gray8(), testing each pixel's center.
    void paint(std::uint8_t* gray, int width, int height) const;

    // Reads (0018,1600) Shutter Shape and the attributes of each shape; shapes it lists whose
    // attributes are missing or malformed are ignored (and reported in `problems`).
    static DisplayShutter read(DcmItem& dataset, std::vector<std::string>* problems = nullptr);
};

} // namespace pellucid
