#include "render/VtkOpenGLWidget.h"

#include <QOpenGLContext>
#include <QSurfaceFormat>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace pellucid {

namespace {

// VTK asks whether "its" context is current and to make it current; the context is Qt's.
void onWindowEvent(vtkObject*, unsigned long event, void* clientData, void* callData) {
    auto* widget = static_cast<VtkOpenGLWidget*>(clientData);
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        // Only the context: QOpenGLWidget::makeCurrent() would also bind the widget's
        // framebuffer, under VTK's feet, while VTK has its own bound.
        if (QOpenGLContext* context = widget->context();
            context && QOpenGLContext::currentContext() != context)
            context->makeCurrent(context->surface());
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        const QOpenGLContext* current = QOpenGLContext::currentContext();
        *static_cast<bool*>(callData) = current && current == widget->context();
        break;
    }
    default:
        break;
    }
}

} // namespace

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QOpenGLWidget(parent)
    , window_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New())
    , renderer_(vtkSmartPointer<vtkRenderer>::New()) {
    // VTK's OpenGL2 backend needs OpenGL 3.2 core; Qt's default context may be older.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(0);
    format.setAlphaBufferSize(8);
    format.setSamples(0);
    setFormat(format);
    window_->AddRenderer(renderer_);
    // Opaque: a non-opaque alpha would blend with what lies behind the window on some
    // compositors and with Mesa (and clearing it afterwards costs a full-screen pass).
    renderer_->SetBackgroundAlpha(1.0);
    // At the end of a frame VTK copies its own framebuffer into the one bound when rendering
    // began: the widget's.
    window_->SetFrameBlitModeToBlitToCurrent();
    window_->SetMultiSamples(0);
    window_->SetReadyForRendering(false);
    vtkNew<vtkCallbackCommand> callback;
    callback->SetCallback(&onWindowEvent);
    callback->SetClientData(this);
    window_->AddObserver(vtkCommand::WindowMakeCurrentEvent, callback);
    window_->AddObserver(vtkCommand::WindowIsCurrentEvent, callback);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
    releaseGraphics();
    // QOpenGLWidget's destructor destroys the context, and its aboutToBeDestroyed would call
    // releaseGraphics() on this half-destroyed object.
    if (QOpenGLContext* c = context())
        disconnect(c, nullptr, this, nullptr);
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const {
    return window_;
}

vtkRenderer* VtkOpenGLWidget::renderer() const {
    return renderer_;
}

QSize VtkOpenGLWidget::deviceSize() const {
    return size() * devicePixelRatioF();
}

void VtkOpenGLWidget::releaseGraphics() {
    if (!initialized_)
        return;
    // VTK frees its textures and buffers in the context that made them.
    makeCurrent();
    window_->Finalize();
    window_->SetReadyForRendering(false);
    doneCurrent();
    initialized_ = false;
}

void VtkOpenGLWidget::initializeGL() {
    if (initialized_) // a new context (the widget was re-parented): start over
        releaseGraphics();
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkOpenGLWidget::releaseGraphics,
            Qt::UniqueConnection);
    window_->SetOwnContext(false);
    window_->SetForceMaximumHardwareLineWidth(1);
    window_->SetReadyForRendering(true);
    // The context is Qt's: VTK cannot know whether it shows, and renders nothing unmapped.
    window_->SetMapped(true);
    window_->OpenGLInitContext();
    initialized_ = true;
    const QSize device = deviceSize();
    window_->SetSize(device.width(), device.height());
}

void VtkOpenGLWidget::resizeGL(int, int) {
    const QSize device = deviceSize();
    window_->SetSize(device.width(), device.height());
}

void VtkOpenGLWidget::paintGL() {
    if (!initialized_)
        return;
    prepareRender();
    // Qt leaves its own GL state behind; VTK's state cache must not trust what it last set.
    window_->GetState()->Reset();
    window_->Render();
    // Qt rebinds what it needs; leave VTK's cache consistent with the real state.
    window_->GetState()->Reset();
}

} // namespace pellucid
