#include "render/ViewportOverlay.h"

#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

namespace pellucid {

ViewportOverlay::ViewportOverlay(vtkRenderer* renderer)
    : renderer_(renderer)
    , points_(vtkSmartPointer<vtkPoints>::New())
    , lines_(vtkSmartPointer<vtkCellArray>::New())
    , colors_(vtkSmartPointer<vtkUnsignedCharArray>::New())
    , poly_(vtkSmartPointer<vtkPolyData>::New())
    , lineActor_(vtkSmartPointer<vtkActor2D>::New()) {
    colors_->SetNumberOfComponents(3);
    poly_->SetPoints(points_);
    poly_->SetLines(lines_);
    poly_->GetCellData()->SetScalars(colors_);
    vtkNew<vtkPolyDataMapper2D> mapper;
    mapper->SetInputData(poly_);
    mapper->ScalarVisibilityOn();
    mapper->SetScalarModeToUseCellData();
    lineActor_->SetMapper(mapper);
    lineActor_->GetProperty()->SetLineWidth(1.5);
    renderer_->AddActor2D(lineActor_);
}

ViewportOverlay::~ViewportOverlay() {
    renderer_->RemoveActor2D(lineActor_);
    for (auto& [slot, label] : labels_)
        renderer_->RemoveActor2D(label.actor);
}

void ViewportOverlay::begin(double viewportHeight) {
    height_ = viewportHeight;
    points_->Reset();
    lines_->Reset();
    colors_->Reset();
    for (auto& [slot, label] : labels_)
        label.used = false;
}

void ViewportOverlay::addPolyline(const std::vector<QPointF>& points, const QColor& color,
                                  bool closed) {
    if (points.size() < 2)
        return;
    std::vector<vtkIdType> ids;
    for (const QPointF& p : points)
        ids.push_back(points_->InsertNextPoint(p.x(), height_ - p.y(), 0));
    if (closed)
        ids.push_back(ids.front());
    lines_->InsertNextCell(static_cast<vtkIdType>(ids.size()), ids.data());
    colors_->InsertNextTuple3(color.red(), color.green(), color.blue());
}

void ViewportOverlay::addText(const std::string& slot, QPointF at, const QString& text,
                              const QColor& color, Align align, int fontSize, bool top) {
    Label& label = labels_[slot];
    if (!label.actor) {
        label.actor = vtkSmartPointer<vtkTextActor>::New();
        label.actor->GetTextProperty()->SetShadow(1);
        label.actor->GetTextProperty()->SetFontFamilyToArial();
        renderer_->AddActor2D(label.actor);
    }
    label.used = true;
    vtkTextActor* actor = label.actor;
    actor->SetVisibility(1);
    // VTK compares before it marks anything modified: an unchanged label costs nothing.
    actor->SetInput(text.toUtf8().constData());
    vtkTextProperty* p = actor->GetTextProperty();
    p->SetFontSize(fontSize);
    p->SetColor(color.redF(), color.greenF(), color.blueF());
    p->SetJustification(align == Align::Left     ? VTK_TEXT_LEFT
                        : align == Align::Center ? VTK_TEXT_CENTERED
                                                 : VTK_TEXT_RIGHT);
    p->SetVerticalJustification(top ? VTK_TEXT_TOP : VTK_TEXT_BOTTOM);
    actor->SetDisplayPosition(static_cast<int>(at.x()), static_cast<int>(height_ - at.y()));
}

void ViewportOverlay::end() {
    for (auto& [slot, label] : labels_)
        if (!label.used)
            label.actor->SetVisibility(0);
    points_->Modified();
    lines_->Modified();
    colors_->Modified();
    poly_->Modified();
}

} // namespace pellucid
