#pragma once

#include <QImage>
#include <QSize>

#include <vtkSmartPointer.h>

class vtkImageData;
class vtkPoints;
class vtkRenderer;
class vtkTexture;
class vtkTexturedActor2D;

namespace pellucid {

// A QImage shown pixel for pixel over a VTK renderer: a textured quad as large as the image,
// placed in VTK display coordinates (device pixels, y up). The texture is uploaded again only
// when setImage() gives a new image, so a quad that stays costs one draw call a frame.
class ImageQuad {
public:
    explicit ImageQuad(vtkRenderer* renderer);
    ~ImageQuad();
    ImageQuad(const ImageQuad&) = delete;
    ImageQuad& operator=(const ImageQuad&) = delete;

    void setImage(const QImage& image);
    QSize size() const { return size_; }
    // The image's lower-left corner, in whole pixels so that texels fall on pixels.
    void place(int left, int bottom);
    void setVisible(bool visible);

private:
    vtkRenderer* renderer_;
    QSize size_;
    vtkSmartPointer<vtkImageData> pixels_;
    vtkSmartPointer<vtkPoints> corners_;
    vtkSmartPointer<vtkTexture> texture_;
    vtkSmartPointer<vtkTexturedActor2D> actor_;
};

} // namespace pellucid
