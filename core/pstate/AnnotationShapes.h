#pragma once

#include "core/pstate/PresentationState.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pellucid {

// The graphics and text of a presentation state as shapes to draw (PS3.3 C.10.5), in one of two
// spaces: image coordinates as core/measure uses them (x = column, y = row, pixel (c, r) centred
// at (c, r); DICOM's PIXEL units put the top-left corner of the first pixel at 0,0, so a point
// moves by half a pixel) or display units (0..1 across the displayed area after the spatial
// transformation). The viewport maps either to the screen, so PIXEL shapes move with the image
// and DISPLAY ones stay with the displayed area.
struct Rgb {
    std::uint8_t r = 255, g = 255, b = 255;
    bool operator==(const Rgb&) const = default;
};

struct AnnotationShape {
    bool displayUnits = false;
    std::vector<std::array<double, 2>> points; // a polyline; closed shapes repeat the first point
    bool filled = false;
    bool point = false; // a POINT: drawn as a small mark
    Rgb color;
    double thickness = 1;
};

struct AnnotationText {
    std::string text;
    bool boxInDisplayUnits = false, anchorInDisplayUnits = false;
    std::optional<std::array<double, 4>> box; // left, top, right, bottom
    std::optional<std::array<double, 2>> anchor;
    bool anchorLine = false;
    std::string justification; // LEFT, RIGHT, CENTER
    Rgb color;
};

struct AnnotationLayerShapes {
    std::string layer;
    std::vector<AnnotationShape> shapes;
    std::vector<AnnotationText> texts;
};

// The annotations of one image, layer by layer in Graphic Layer Order (annotations of a layer
// the state does not define come last). MATRIX units are left out.
std::vector<AnnotationLayerShapes>
annotationShapes(const PresentationState& state,
                 const std::vector<const GraphicAnnotation*>& annotations);

// CIELab as DICOM encodes it (PS3.3 C.10.7.1.1: L 0..0xFFFF for 0..100, a and b 0..0xFFFF for
// -128..127) to sRGB (D65), clamped.
Rgb cielabToRgb(const std::array<std::uint16_t, 3>& lab);

} // namespace pellucid
