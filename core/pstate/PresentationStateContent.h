#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class DcmDataset;

namespace pellucid {

// What the viewer's "Save presentation state" holds, before it becomes a Grayscale Softcopy
// Presentation State (PS3.3 A.33.1). Plain data: buildPresentationState() turns it into a file.

// A position in image pixel coordinates, annotation units PIXEL (PS3.3 C.10.5.1.1): column (x)
// and row (y) as floating point, 0\0 being the top left corner of the top left pixel.
struct PixelPoint {
    double column = 0;
    double row = 0;
};

// PS3.3 C.10.5.1.2 Graphic Type. Points: POINT one; POLYLINE and INTERPOLATED two or more
// (closed when the last equals the first); CIRCLE the centre then a point on the circle;
// ELLIPSE the two ends of the major axis then the two ends of the minor axis.
enum class GraphicType { Point, Polyline, Interpolated, Circle, Ellipse };

struct GraphicShape {
    std::string layer; // a GraphicLayerSpec name
    GraphicType type = GraphicType::Polyline;
    std::vector<PixelPoint> points;
    bool filled = false; // only for closed shapes (PS3.3 C.10.5.1.2, Graphic Filled)
};

// A Text Object (PS3.3 C.10.5): an anchor point, a bounding box, or both.
struct TextAnnotation {
    std::string layer; // a GraphicLayerSpec name
    std::string text;  // UTF-8, kept as given (ST: at most 1024 characters)
    std::optional<PixelPoint> anchor;
    bool anchorVisible = true; // draw the line from the box to the anchor
    std::optional<std::pair<PixelPoint, PixelPoint>> box; // top left, bottom right
};

struct Annotations {
    std::vector<TextAnnotation> texts;
    std::vector<GraphicShape> graphics;
};

// A Graphic Layer (PS3.3 C.10.7). Layers are written in ascending `order`; DCMTK numbers
// them itself, so only the relative order survives.
struct GraphicLayerSpec {
    // A CS: upper case, at most 16 characters; what is given goes through codeStringOf().
    std::string name;
    int order = 0;
    std::optional<std::uint16_t> recommendedGrey; // P-value 0..65535
    std::string description;                      // LO, UTF-8
};

// One referenced image: its whole dataset, pixels included, because DCMTK's presentation
// state engine renders the image to place windows and displayed areas. Not owned.
struct PresentationImage {
    const DcmDataset* dataset = nullptr;
    Annotations annotations; // on this image only
};

// Displayed Area Selection (PS3.3 C.10.4), in image pixels of the unrotated image, 1-based and
// inclusive as DICOM counts them. right/bottom 0: the last column/row of each image.
struct DisplayedAreaSpec {
    enum class SizeMode { ScaleToFit, Magnify };
    int left = 1;
    int top = 1;
    int right = 0;
    int bottom = 0;
    SizeMode sizeMode = SizeMode::ScaleToFit;
    double magnification = 1.0; // Magnify only: display pixels per image pixel
};

// Display Shutter (PS3.3 C.7.6.11), image pixels, 1-based. Any combination of the three.
struct ShutterSpec {
    struct Rectangle {
        int left = 0, top = 0, right = 0, bottom = 0; // vertical and horizontal edges
    };
    struct Circle {
        int column = 0, row = 0, radius = 0;
    };
    std::optional<Rectangle> rectangle;
    std::optional<Circle> circle;
    std::vector<std::pair<int, int>> polygon; // column, row vertices; closed implicitly
    std::uint16_t presentationValue = 0;      // P-value of the shuttered area (0: black)
};

struct PresentationStateContent {
    std::vector<PresentationImage> images; // one study; the first one's patient and study apply
    std::optional<std::pair<double, double>> window; // center, width; else each image's first
    int rotation = 0;                                // clockwise degrees: 0, 90, 180 or 270
    bool horizontalFlip = false;                     // applied after the rotation
    std::optional<DisplayedAreaSpec> displayedArea;  // else the whole image, scale to fit
    ShutterSpec shutters;
    std::vector<GraphicLayerSpec> layers;
    Annotations annotations;        // on every image
    std::string contentLabel;       // sanitized to a CS, see codeStringOf() in ContentLabel.h
    std::string contentDescription; // LO, UTF-8
    std::string creatorName;        // PN, UTF-8, e.g. "Doe^Jane"
    int instanceNumber = 1;
};

} // namespace pellucid
