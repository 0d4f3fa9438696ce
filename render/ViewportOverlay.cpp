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
    for (auto& label : labels_)
        renderer_->RemoveActor2D(label);
}

void ViewportOverlay::begin(double viewportHeight) {
    height_ = viewportHeight;
    points_->Reset();
    lines_->Reset();
    colors_->Reset();
    labelsUsed_ = 0;
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

void ViewportOverlay::addText(QPointF at, const QString& text, const QColor& color, Align align,
                              int fontSize, bool top) {
    if (labelsUsed_ == labels_.size()) {
        auto label = vtkSmartPointer<vtkTextActor>::New();
        label->GetTextProperty()->SetShadow(1);
        label->GetTextProperty()->SetFontFamilyToArial();
        renderer_->AddActor2D(label);
        labels_.push_back(label);
    }
    vtkTextActor* label = labels_[labelsUsed_++];
    label->SetVisibility(1);
    label->SetInput(text.toUtf8().constData());
    vtkTextProperty* p = label->GetTextProperty();
    p->SetFontSize(fontSize);
    p->SetColor(color.redF(), color.greenF(), color.blueF());
    p->SetJustification(align == Align::Left     ? VTK_TEXT_LEFT
                        : align == Align::Centre ? VTK_TEXT_CENTERED
                                                 : VTK_TEXT_RIGHT);
    p->SetVerticalJustification(top ? VTK_TEXT_TOP : VTK_TEXT_BOTTOM);
    label->SetDisplayPosition(static_cast<int>(at.x()), static_cast<int>(height_ - at.y()));
}

void ViewportOverlay::end() {
    for (std::size_t i = labelsUsed_; i < labels_.size(); ++i)
        labels_[i]->SetVisibility(0);
    points_->Modified();
    lines_->Modified();
    colors_->Modified();
    poly_->Modified();
}

} // namespace pellucid
