#pragma once

#include "core/pixel/PixelDescription.h"
#include "core/pstate/DisplayShutter.h"
#include "core/pstate/GrayscaleSteps.h"
#include "core/pstate/OverlayPlanes.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pellucid {

struct BlendingContent;

// The images one part of a presentation state applies to (PS3.3 C.11.2, C.10.4 "Referenced
// Image Sequence"): none listed means every image the state references; an image listed
// without frames means all of its frames. Frame numbers are 1-based, as in DICOM.
struct ImageSelection {
    struct Image {
        std::string sopInstanceUid;
        std::vector<int> frames;
    };
    std::vector<Image> images;
    bool covers(const std::string& sopInstanceUid, int frame) const;
};

// Displayed Area Selection (PS3.3 C.10.4): the part of the image shown, in image pixel
// coordinates (1-based, top-left pixel center at 1,1; the corners may lie outside the image).
struct DisplayedArea {
    enum class SizeMode { ScaleToFit, TrueSize, Magnify };
    ImageSelection applies;
    std::array<double, 2> topLeft{1, 1}, bottomRight{0, 0}; // column, row
    SizeMode sizeMode = SizeMode::ScaleToFit;
    std::optional<std::pair<double, double>> pixelSpacing; // row spacing, column spacing (mm)
    std::optional<std::pair<int, int>> aspectRatio;        // vertical, horizontal
    double magnification = 1;
};

// A Graphic Layer (PS3.3 C.10.7): drawn in increasing order, in its recommended value.
struct GraphicLayer {
    std::string name;
    int order = 0;
    std::optional<std::uint16_t> gray;                  // P-value
    std::optional<std::array<std::uint16_t, 3>> cielab; // PS3.3 C.10.7.1.1 encoding
    std::string description;
};

// Where a graphic or text is placed (PS3.3 C.10.5.1.1): PIXEL is image pixel coordinates
// (1-based columns and rows, sub-pixel), DISPLAY is 0..1 of the displayed area after the spatial
// transformation, MATRIX (volumetric) is not drawn.
enum class AnnotationUnits { Pixel, Display, Matrix };

struct TextObject {
    std::string text; // UTF-8
    std::optional<AnnotationUnits> boxUnits, anchorUnits;
    std::optional<std::array<float, 4>> box;            // top-left x, y, bottom-right x, y
    std::string justification = "LEFT";                 // LEFT, RIGHT, CENTER
    std::optional<std::array<float, 2>> anchor;         // x, y
    bool anchorVisible = false;                         // draw a line from box to anchor
    std::optional<std::array<std::uint16_t, 3>> cielab; // Text Style color
};

struct GraphicObject {
    enum class Type { Point, Polyline, Interpolated, Circle, Ellipse };
    AnnotationUnits units = AnnotationUnits::Pixel;
    Type type = Type::Polyline;
    std::vector<std::array<float, 2>> points; // x (column), y (row)
    bool filled = false;
    std::optional<std::array<std::uint16_t, 3>> cielab; // Line Style color
    float thickness = 1;                                // Line Thickness, display pixels
};

struct GraphicAnnotation {
    ImageSelection applies;
    std::string layer;
    std::vector<TextObject> texts;
    std::vector<GraphicObject> graphics;
};

// A Softcopy VOI LUT item (PS3.3 C.11.8): a window, or a table, for the images it lists.
struct SoftcopyVoi {
    ImageSelection applies;
    std::optional<std::pair<double, double>> window; // center, width
    std::shared_ptr<const LutData> lut;
    std::string explanation;
};

// An overlay the state activates (PS3.3 C.11.7): a plane of its own or of the image, drawn in
// the layer's recommended value.
struct OverlayActivation {
    int group = 0x6000;
    std::string layer;
};

// A Softcopy Presentation State (PS3.3 A.33: Grayscale, Color, Pseudo-Color, Blending) as read,
// tolerantly: what is valid is kept, what is not is listed in `problems` (shown on the viewport)
// and left out.
struct PresentationState {
    enum class Kind { Grayscale, Color, PseudoColor, Blending, Other };
    Kind kind = Kind::Grayscale;
    std::string sopClassUid, sopInstanceUid, seriesInstanceUid, studyInstanceUid;
    std::string label, description, creator; // Content Label, Description, Creator's Name
    std::string creationDate, creationTime;  // Presentation Creation Date/Time (DA, TM)

    std::vector<std::string> seriesUids; // Referenced Series Sequence
    ImageSelection referenced;           // every image of every referenced series
    GrayscaleSteps grayscale;            // Modality LUT and Presentation LUT
    std::vector<SoftcopyVoi> vois;
    DisplayShutter shutter;
    std::optional<int> bitmapShutterGroup; // Shutter Overlay Group
    std::vector<OverlayPlane> overlays;    // planes the state itself holds (frame 1)
    std::vector<OverlayActivation> activations;
    std::vector<DisplayedArea> displayedAreas;
    int rotation = 0;  // clockwise degrees: 0, 90, 180, 270
    bool flip = false; // horizontal, applied after the rotation (PS3.3 C.10.6.1.1)
    // Pseudo-Color (PS3.3 A.33.3): the grey output through this palette instead of a
    // Presentation LUT. Color and Pseudo-Color: the colours' ICC profile (C.11.15).
    std::optional<std::vector<PaletteLut>> palette;
    std::vector<std::uint8_t> iccProfile;
    std::vector<GraphicLayer> layers; // sorted by order
    std::vector<GraphicAnnotation> annotations;
    std::vector<std::string> problems;
    // Kind::Blending: its two inputs, palette and opacity (PS3.3 C.11.14); null otherwise.
    std::shared_ptr<const BlendingContent> blending;

    bool references(const std::string& sopInstanceUid, int frame) const {
        return !referenced.images.empty() && referenced.covers(sopInstanceUid, frame);
    }
    // Newer first: by Presentation Creation Date and Time.
    std::string creationKey() const { return creationDate + creationTime; }
};

const char* presentationStateSopClass(PresentationState::Kind kind);
bool isPresentationStateSopClass(const std::string& sopClassUid);

} // namespace pellucid
