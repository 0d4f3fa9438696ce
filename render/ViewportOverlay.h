#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

#include <vtkSmartPointer.h>

#include <map>
#include <string>
#include <vector>

class vtkActor2D;
class vtkCellArray;
class vtkPoints;
class vtkPolyData;
class vtkRenderer;
class vtkTextActor;
class vtkUnsignedCharArray;

namespace pellucid {

// Lines and labels drawn over the image in display coordinates (device pixels, y down, as
// ViewTransform gives them): measurements, reference lines, the scale bar, orientation letters.
// Rebuilt for every frame from what the viewport holds; cheap for the few dozen shapes a reading
// has.
class ViewportOverlay {
public:
    explicit ViewportOverlay(vtkRenderer* renderer);
    ~ViewportOverlay();

    enum class Align { Left, Center, Right };
    void begin(double viewportHeight);
    void addPolyline(const std::vector<QPointF>& points, const QColor& color, bool closed = false);
    // `slot` names the label: the same slot keeps its VTK text actor from frame to frame, so
    // that an unchanged text is not rasterised again (FreeType is most of a frame's cost).
    void addText(const std::string& slot, QPointF at, const QString& text, const QColor& color,
                 Align align = Align::Left, int fontSize = 14, bool top = false);
    void end(); // hides the labels not used this frame

private:
    vtkRenderer* renderer_;
    double height_ = 0;
    vtkSmartPointer<vtkPoints> points_;
    vtkSmartPointer<vtkCellArray> lines_;
    vtkSmartPointer<vtkUnsignedCharArray> colors_;
    vtkSmartPointer<vtkPolyData> poly_;
    vtkSmartPointer<vtkActor2D> lineActor_;
    struct Label {
        vtkSmartPointer<vtkTextActor> actor;
        bool used = false;
    };
    std::map<std::string, Label> labels_;
};

} // namespace pellucid
