#include "render/ImageQuad.h"

#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkRenderer.h>
#include <vtkTexture.h>
#include <vtkTexturedActor2D.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cstring>

namespace pellucid {

ImageQuad::ImageQuad(vtkRenderer* renderer)
    : renderer_(renderer)
    , pixels_(vtkSmartPointer<vtkImageData>::New())
    , corners_(vtkSmartPointer<vtkPoints>::New())
    , texture_(vtkSmartPointer<vtkTexture>::New())
    , actor_(vtkSmartPointer<vtkTexturedActor2D>::New()) {
    corners_->SetNumberOfPoints(4);
    vtkNew<vtkFloatArray> tcoords;
    tcoords->SetNumberOfComponents(2);
    for (const float t : {0.f, 0.f, 1.f, 0.f, 1.f, 1.f, 0.f, 1.f})
        tcoords->InsertNextValue(t);
    vtkNew<vtkCellArray> cells;
    const vtkIdType quad[4] = {0, 1, 2, 3};
    cells->InsertNextCell(4, quad);
    vtkNew<vtkPolyData> poly;
    poly->SetPoints(corners_);
    poly->SetPolys(cells);
    poly->GetPointData()->SetTCoords(tcoords);
    vtkNew<vtkPolyDataMapper2D> mapper;
    mapper->SetInputData(poly);
    mapper->ScalarVisibilityOff();
    // Nearest texels at 1:1: the glyphs exactly as Qt antialiased them.
    texture_->InterpolateOff();
    texture_->RepeatOff();
    texture_->EdgeClampOn();
    texture_->SetInputData(pixels_);
    actor_->SetMapper(mapper);
    actor_->SetTexture(texture_);
    actor_->SetVisibility(0);
    renderer_->AddActor2D(actor_);
}

ImageQuad::~ImageQuad() {
    renderer_->RemoveActor2D(actor_);
}

void ImageQuad::setImage(const QImage& image) {
    // VTK blends straight alpha (SRC_ALPHA, ONE_MINUS_SRC_ALPHA) and counts rows from the bottom.
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    size_ = rgba.size();
    const int width = std::max(1, rgba.width()), height = std::max(1, rgba.height());
    pixels_->SetDimensions(width, height, 1);
    pixels_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
    auto* out = static_cast<unsigned char*>(pixels_->GetScalarPointer());
    if (rgba.isNull())
        std::memset(out, 0, 4);
    for (int y = 0; y < rgba.height(); ++y)
        std::memcpy(out + std::size_t(y) * width * 4, rgba.constScanLine(rgba.height() - 1 - y),
                    std::size_t(width) * 4);
    pixels_->Modified();
    corners_->SetPoint(0, 0, 0, 0);
    corners_->SetPoint(1, width, 0, 0);
    corners_->SetPoint(2, width, height, 0);
    corners_->SetPoint(3, 0, height, 0);
    corners_->Modified();
}

void ImageQuad::place(int left, int bottom) {
    actor_->SetPosition(left, bottom);
}

void ImageQuad::setVisible(bool visible) {
    actor_->SetVisibility(visible && !size_.isEmpty());
}

} // namespace pellucid
