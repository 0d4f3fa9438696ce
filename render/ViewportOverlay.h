#pragma once

#include <QColor>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>

#include <vtkSmartPointer.h>

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

class vtkActor2D;
class vtkCellArray;
class vtkPoints;
class vtkPolyData;
class vtkRenderer;
class vtkUnsignedCharArray;

namespace pellucid {

class ImageQuad;

// Lines, filled shapes and text drawn over the image in display coordinates (device pixels,
// y down, as ViewTransform gives them): measurements, reference lines, the scale bar, orientation
// letters, corner annotations, presentation-state graphics. Shapes are rebuilt for every frame
// from what the viewport holds (cheap for the few hundred a reading has); text is rasterised by
// Qt (render/LabelImage) and kept from frame to frame per slot.
//
// A frame: begin(), any number of add…() calls, end(). Drawn in this order whatever the calls'
// order: filled shapes and wide lines, then hairlines, then text.
class ViewportOverlay {
public:
    explicit ViewportOverlay(vtkRenderer* renderer);
    ~ViewportOverlay();
    ViewportOverlay(const ViewportOverlay&) = delete;
    ViewportOverlay& operator=(const ViewportOverlay&) = delete;

    enum class Align { Left, Center, Right };

    // `viewport`: the render window's size in device pixels.
    void begin(QSize viewport);

    // `width` in device pixels: up to hairlineWidth, the shared 1.5-pixel hairline; wider lines
    // are drawn as filled quads with square ends.
    static constexpr double hairlineWidth = 1.5;
    void addPolyline(const std::vector<QPointF>& points, const QColor& color, bool closed = false,
                     double width = hairlineWidth);
    // A polygon, its closing edge implied (a repeated first point is ignored): filled (convex or
    // concave, by ear clipping; color's alpha blends) or its outline of `width`. Where ear
    // clipping fails (a self-intersecting outline) it is filled as a fan from its first point.
    void addPolygon(const std::vector<QPointF>& points, const QColor& color, bool filled,
                    double width = hairlineWidth);

    // `slot` names the label: the same slot keeps its image from frame to frame, and a label
    // whose text, colour, alignment and size did not change is not rasterised again. A slot not
    // used in a frame is hidden, not freed: name slots from a bounded set ("ps.text.3"), not
    // from ever-new ids. `at` is
    // the point the text block hangs from: its left, centre or right (by `align`, which also
    // places each '\n'-separated line) and its bottom, or its top when `top`. `fontSize` is
    // the font's em in device pixels.
    void addText(const std::string& slot, QPointF at, const QString& text, const QColor& color,
                 Align align = Align::Left, int fontSize = 14, bool top = false);
    // Text word-wrapped inside `box` (display coordinates), each line justified by
    // `justification` (PS3.3 C.10.5 Bounding Box Text Horizontal Justification), from the box's
    // top, cut at its edges. Slots are shared with addText().
    void addTextBox(const std::string& slot, const QRectF& box, const QString& text,
                    const QColor& color, Align justification = Align::Left, int fontSize = 14);

    void end(); // hides the labels not used this frame

    // How many label images Qt has drawn since construction: unchanged labels add nothing.
    std::size_t labelsRasterised() const { return rasterised_; }

private:
    struct Shapes {
        vtkSmartPointer<vtkPoints> points;
        vtkSmartPointer<vtkCellArray> cells;
        vtkSmartPointer<vtkUnsignedCharArray> colors;
        vtkSmartPointer<vtkPolyData> poly;
        vtkSmartPointer<vtkActor2D> actor;
    };
    // What a label's image is made from: equal keys, equal images.
    struct LabelKey {
        QString text;
        QRgb color = 0;
        int fontSize = 0;
        Align align = Align::Left;
        QSize box;     // empty for addText()
        QRect visible; // the part of the box drawn, in the box's coordinates
        bool operator==(const LabelKey&) const = default;
    };
    struct Label {
        std::unique_ptr<ImageQuad> quad;
        LabelKey key;
        bool used = false;
    };

    Shapes makeShapes(bool lines);
    void addTriangle(QPointF a, QPointF b, QPointF c, const QColor& color);
    void addWideLine(const std::vector<QPointF>& points, const QColor& color, bool closed,
                     double width);
    // The slot's label, its image drawn again by `draw` only when `key` changed.
    template <typename Draw> Label& label(const std::string& slot, LabelKey key, Draw draw);
    double toVtkY(double y) const { return size_.height() - y; }

    vtkRenderer* renderer_;
    QSize size_;
    Shapes fills_;
    Shapes lines_;
    std::map<std::string, Label> labels_;
    std::size_t rasterised_ = 0;
};

} // namespace pellucid
