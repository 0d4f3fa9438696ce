#pragma once

#include <QOpenGLWidget>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkRenderer;

namespace pellucid {

// A VTK render window hosted in a Qt 6 QOpenGLWidget. Debian's VTK Qt module is built against
// Qt 5, so this is our own adapter: VTK renders with Qt's context into its own framebuffer,
// and paintGL() blits that into the widget's framebuffer, which Qt composes with the rest of
// the window. Subclasses set up the renderer's props and call update() to repaint.
class VtkOpenGLWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkRenderer* renderer() const;
    // The widget's size in device pixels, the unit VTK's display coordinates use.
    QSize deviceSize() const;

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    // Called in paintGL before VTK renders, with the context current: bring props up to date.
    virtual void prepareRender() {}

private:
    void releaseGraphics();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
    vtkSmartPointer<vtkRenderer> renderer_;
    bool initialized_ = false;
};

} // namespace pellucid
