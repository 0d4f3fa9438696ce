#include "render/ViewportOverlay.h"

#include "render/ImageQuad.h"
#include "render/LabelImage.h"

#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkPolygon.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <cmath>
#include <utility>

namespace pellucid {

namespace {

Qt::Alignment qtAlignment(ViewportOverlay::Align align) {
    switch (align) {
    case ViewportOverlay::Align::Left:
        return Qt::AlignLeft;
    case ViewportOverlay::Align::Center:
        return Qt::AlignHCenter;
    case ViewportOverlay::Align::Right:
        return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

// The polygon's triangles as indices into `points`: ear clipping (vtkPolygon) handles concave
// outlines; where it gives up (a self-intersecting outline) a fan from the first point.
std::vector<vtkIdType> triangulate(const std::vector<QPointF>& points) {
    const auto n = static_cast<vtkIdType>(points.size());
    vtkNew<vtkPolygon> polygon;
    polygon->GetPointIds()->SetNumberOfIds(n);
    polygon->GetPoints()->SetNumberOfPoints(n);
    for (vtkIdType i = 0; i < n; ++i) {
        polygon->GetPointIds()->SetId(i, i);
        polygon->GetPoints()->SetPoint(i, points[std::size_t(i)].x(), points[std::size_t(i)].y(),
                                       0);
    }
    vtkNew<vtkIdList> triangles;
    std::vector<vtkIdType> out;
    if (polygon->Triangulate(triangles) && triangles->GetNumberOfIds() == 3 * (n - 2)) {
        for (vtkIdType i = 0; i < triangles->GetNumberOfIds(); ++i)
            out.push_back(triangles->GetId(i));
        return out;
    }
    for (vtkIdType i = 1; i + 1 < n; ++i)
        out.insert(out.end(), {0, i, i + 1});
    return out;
}

} // namespace

ViewportOverlay::ViewportOverlay(vtkRenderer* renderer)
    : renderer_(renderer)
    , fills_(makeShapes(false))
    , lines_(makeShapes(true)) {}

ViewportOverlay::~ViewportOverlay() {
    renderer_->RemoveActor2D(fills_.actor);
    renderer_->RemoveActor2D(lines_.actor);
}

ViewportOverlay::Shapes ViewportOverlay::makeShapes(bool lines) {
    Shapes s{vtkSmartPointer<vtkPoints>::New(), vtkSmartPointer<vtkCellArray>::New(),
             vtkSmartPointer<vtkUnsignedCharArray>::New(), vtkSmartPointer<vtkPolyData>::New(),
             vtkSmartPointer<vtkActor2D>::New()};
    s.colors->SetNumberOfComponents(4);
    s.poly->SetPoints(s.points);
    if (lines)
        s.poly->SetLines(s.cells);
    else
        s.poly->SetPolys(s.cells);
    s.poly->GetCellData()->SetScalars(s.colors);
    vtkNew<vtkPolyDataMapper2D> mapper;
    mapper->SetInputData(s.poly);
    mapper->ScalarVisibilityOn();
    mapper->SetScalarModeToUseCellData();
    s.actor->SetMapper(mapper);
    s.actor->GetProperty()->SetLineWidth(hairlineWidth);
    // Added in drawing order: fills first, then lines; labels come later and so draw on top.
    renderer_->AddActor2D(s.actor);
    return s;
}

void ViewportOverlay::begin(QSize viewport) {
    size_ = viewport;
    for (Shapes* s : {&fills_, &lines_}) {
        s->points->Reset();
        s->cells->Reset();
        s->colors->Reset();
    }
    for (auto& [slot, label] : labels_)
        label.used = false;
}

void ViewportOverlay::addPolyline(const std::vector<QPointF>& points, const QColor& color,
                                  bool closed, double width) {
    if (points.size() < 2)
        return;
    if (width > hairlineWidth) {
        addWideLine(points, color, closed, width);
        return;
    }
    std::vector<vtkIdType> ids;
    for (const QPointF& p : points)
        ids.push_back(lines_.points->InsertNextPoint(p.x(), toVtkY(p.y()), 0));
    if (closed)
        ids.push_back(ids.front());
    lines_.cells->InsertNextCell(static_cast<vtkIdType>(ids.size()), ids.data());
    lines_.colors->InsertNextTuple4(color.red(), color.green(), color.blue(), color.alpha());
}

void ViewportOverlay::addTriangle(QPointF a, QPointF b, QPointF c, const QColor& color) {
    vtkIdType ids[3];
    int i = 0;
    for (const QPointF& p : {a, b, c})
        ids[i++] = fills_.points->InsertNextPoint(p.x(), toVtkY(p.y()), 0);
    fills_.cells->InsertNextCell(3, ids);
    fills_.colors->InsertNextTuple4(color.red(), color.green(), color.blue(), color.alpha());
}

void ViewportOverlay::addWideLine(const std::vector<QPointF>& points, const QColor& color,
                                  bool closed, double width) {
    // Each segment a quad reaching half the width beyond its ends, so that corners are covered.
    const std::size_t segments = closed ? points.size() : points.size() - 1;
    for (std::size_t i = 0; i < segments; ++i) {
        const QPointF a = points[i], b = points[(i + 1) % points.size()];
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        if (length <= 0)
            continue;
        const QPointF along = (b - a) * (width / 2 / length);
        const QPointF across(-along.y(), along.x());
        const QPointF p0 = a - along + across, p1 = a - along - across;
        const QPointF p2 = b + along - across, p3 = b + along + across;
        addTriangle(p0, p1, p2, color);
        addTriangle(p0, p2, p3, color);
    }
}

void ViewportOverlay::addPolygon(const std::vector<QPointF>& points, const QColor& color,
                                 bool filled, double width) {
    std::vector<QPointF> outline = points;
    if (outline.size() > 1 && outline.front() == outline.back())
        outline.pop_back();
    if (!filled) {
        addPolyline(outline, color, true, width);
        return;
    }
    if (outline.size() < 3)
        return;
    const std::vector<vtkIdType> triangles = triangulate(outline);
    for (std::size_t i = 0; i + 2 < triangles.size(); i += 3)
        addTriangle(outline[std::size_t(triangles[i])], outline[std::size_t(triangles[i + 1])],
                    outline[std::size_t(triangles[i + 2])], color);
}

template <typename Draw>
ViewportOverlay::Label& ViewportOverlay::label(const std::string& slot, LabelKey key, Draw draw) {
    Label& l = labels_[slot];
    if (!l.quad || !(l.key == key)) {
        if (!l.quad)
            l.quad = std::make_unique<ImageQuad>(renderer_);
        l.quad->setImage(draw());
        if (!key.text.isEmpty())
            ++rasterised_;
        l.key = std::move(key);
    }
    l.used = true;
    return l;
}

void ViewportOverlay::addText(const std::string& slot, QPointF at, const QString& text,
                              const QColor& color, Align align, int fontSize, bool top) {
    Label& l = label(slot, LabelKey{text, color.rgba(), fontSize, align, {}, {}},
                     [&] { return labelImage(text, color, fontSize, qtAlignment(align)); });
    const QSize image = l.quad->size();
    const double blockWidth = image.width() - 2 * labelOutline;
    const double blockHeight = image.height() - 2 * labelOutline;
    const double left = align == Align::Left     ? at.x()
                        : align == Align::Center ? at.x() - blockWidth / 2
                                                 : at.x() - blockWidth;
    const double blockTop = top ? at.y() : at.y() - blockHeight;
    const int imageTop = int(std::lround(blockTop)) - labelOutline;
    l.quad->place(int(std::lround(left)) - labelOutline,
                  size_.height() - (imageTop + image.height()));
    l.quad->setVisible(true);
}

void ViewportOverlay::addTextBox(const std::string& slot, const QRectF& box, const QString& text,
                                 const QColor& color, Align justification, int fontSize) {
    const QRect whole = box.toRect();
    const QRect visible = (whole & QRect(QPoint(0, 0), size_)).translated(-whole.topLeft());
    Label& l = label(
        slot, LabelKey{text, color.rgba(), fontSize, justification, whole.size(), visible}, [&] {
            return textBoxImage(whole.size(), visible, text, color, fontSize,
                                qtAlignment(justification));
        });
    const QRect shown = visible.translated(whole.topLeft());
    l.quad->place(shown.left(), size_.height() - (shown.top() + shown.height()));
    l.quad->setVisible(true);
}

void ViewportOverlay::end() {
    for (auto& [slot, label] : labels_)
        if (!label.used)
            label.quad->setVisible(false);
    for (Shapes* s : {&fills_, &lines_}) {
        s->points->Modified();
        s->cells->Modified();
        s->colors->Modified();
        s->poly->Modified();
    }
}

} // namespace pellucid
