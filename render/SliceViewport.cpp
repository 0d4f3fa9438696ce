#include "render/SliceViewport.h"

#include "core/display/AnnotationLayout.h"
#include "core/display/BlendedFrameRenderer.h"
#include "core/display/DefaultWindow.h"
#include "core/display/Orientation.h"
#include "core/display/SeriesDisplayLoad.h"
#include "core/display/WindowPresets.h"
#include "core/measure/RoiStatistics.h"
#include "core/measure/SliceSamples.h"
#include "core/pstate/AnnotationShapes.h"
#include "core/pstate/BlendingContent.h"
#include "core/pstate/ColorManagement.h"
#include "core/pstate/SlicePicture.h"
#include "render/ViewportOverlay.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScreen>
#include <QTimer>
#include <QWheelEvent>
#include <QtConcurrent>

#include <vtkCamera.h>
#include <vtkImageActor.h>
#include <vtkImageData.h>
#include <vtkImageMapper3D.h>
#include <vtkImageProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace pellucid {

namespace {

const QColor referenceColor(255, 255, 0);
const QColor labelColor(230, 230, 230);

double roundToNiceLength(double mm) {
    // 1, 2, 5 x 10^n millimetres: what a ruler shows.
    const double decade = std::pow(10.0, std::floor(std::log10(std::max(mm, 1e-6))));
    for (double step : {5.0, 2.0, 1.0})
        if (step * decade <= mm)
            return step * decade;
    return decade;
}

} // namespace

SliceViewport::SliceViewport(QWidget* parent)
    : VtkOpenGLWidget(parent)
    , tools_([this](const ViewportMeasurement& m) { return measurementLabel(m); })
    , image_(vtkSmartPointer<vtkImageData>::New())
    , actor_(vtkSmartPointer<vtkImageActor>::New()) {
    renderer()->SetBackground(0, 0, 0);
    actor_->GetMapper()->SetInputData(image_);
    // Whole pixels: VTK otherwise stops the image at the centers of its edge pixels.
    actor_->GetMapper()->BorderOn();
    // The texture already holds display values: identity window, nearest pixels by default.
    actor_->GetProperty()->SetColorWindow(255);
    actor_->GetProperty()->SetColorLevel(127.5);
    actor_->GetProperty()->SetInterpolationTypeToNearest();
    actor_->SetVisibility(0);
    renderer()->AddViewProp(actor_);
    renderer()->GetActiveCamera()->ParallelProjectionOn();
    overlay_ = std::make_unique<ViewportOverlay>(renderer());
    cine_ = new QTimer(this);
    cine_->setTimerType(Qt::PreciseTimer);
    connect(cine_, &QTimer::timeout, this, [this] {
        const int count = sliceCount();
        if (count > 1)
            setSlice((slice_ + 1) % count);
    });
    setMinimumSize(16, 16);
}

SliceViewport::~SliceViewport() {
    // VTK's props must go while the render window (and its context) still exists.
    overlay_.reset();
}

void SliceViewport::changed() {
    update();
}

void SliceViewport::setSeries(std::shared_ptr<DisplayedSeries> series) {
    for (const QMetaObject::Connection& c : loadConnections_)
        disconnect(c);
    loadConnections_.clear();
    series_ = std::move(series);
    tools_.clear();
    referenceLines_.clear();
    windowSet_ = false;
    inverted_ = false;
    state_.reset();
    stateChosen_ = false;
    stateVoi_ = false;
    lut_.reset();
    lutKey_ = {};
    view_ = ViewState{};
    textureKey_ = {};
    slice_ = 0;
    volumeShown_ = false;
    shownReady_ = false;
    changed();
    seriesUpdated();
    emit viewChanged();
    emit sliceChanged(slice_);
}

void SliceViewport::showLoad(const SeriesDisplayLoad& load) {
    setSeries(load.series());
    auto update = [this] { seriesUpdated(); };
    loadConnections_ = {connect(&load, &SeriesDisplayLoad::previewReady, this, update),
                        connect(&load, &SeriesDisplayLoad::volumeCreated, this, update),
                        connect(&load, &SeriesDisplayLoad::progressed, this, update),
                        connect(&load, &SeriesDisplayLoad::finished, this, update)};
}

void SliceViewport::seriesUpdated() {
    if (!series_) {
        changed();
        return;
    }
    bool repaint = false;
    if (series_->volume && !volumeShown_) {
        // The preview was the middle file, and the loader decodes the middle slice first:
        // reading starts there.
        volumeShown_ = true;
        slice_ = series_->volume->depth() / 2;
        repaint = true;
        emit sliceChanged(slice_);
    }
    if (!windowSet_ && (series_->volume || series_->preview)) {
        resetWindow();
        repaint = true;
    }
    if (!stateChosen_ && series_->overlaysRead) {
        const auto states = presentationStatesForImage();
        choosePresentationState(states.empty() ? nullptr : states.front(), false);
        repaint = true;
    }
    // Progress reports come every 100 ms while a series loads; a frame is only worth drawing
    // when the shown slice has just arrived.
    const bool ready = sliceReady(slice_);
    if (ready != shownReady_ || repaint) {
        shownReady_ = ready;
        changed();
    }
}

int SliceViewport::sliceCount() const {
    return series_ ? series_->sliceCount() : 0;
}

void SliceViewport::setSlice(int slice) {
    const int count = sliceCount();
    if (count == 0)
        return;
    slice = std::clamp(slice, 0, count - 1);
    if (slice == slice_)
        return;
    slice_ = slice;
    shownReady_ = sliceReady(slice_);
    tools_.cancelDrawing();
    changed();
    emit sliceChanged(slice_);
}

void SliceViewport::scrollBy(int delta) {
    setSlice(slice_ + delta);
}

void SliceViewport::setWindow(double center, double width) {
    width = std::max(width, 1.0);
    windowSet_ = true;
    if (stateVoi_ || fileVoiLut_) {
        // The reader's window replaces the state's or the file's VOI (a table too).
        stateVoi_ = fileVoiLut_ = false;
        changed();
    }
    if (center == center_ && width == width_)
        return;
    center_ = center;
    width_ = width;
    changed();
    emit windowChanged(center_, width_);
}

void SliceViewport::resetWindow() {
    if (!series_)
        return;
    const bool fileVoiLut = series_->fileWindows.empty() && series_->fileVoiLut && !state_;
    // defaultWindow() is also the thumbnails' and `pellucid-cli render`'s rule. Before the
    // slice's pixels arrive only the header's part of it can apply.
    VoxelType type = VoxelType::Int16;
    const std::uint8_t* data = sliceData(slice_, &type);
    if (!data) {
        if (series_->isColor())
            setWindow(127.5, 256);
        else if (!series_->fileWindows.empty())
            setWindow(series_->fileWindows.front().first, series_->fileWindows.front().second);
        return;
    }
    const ImageSize size = imageSize();
    const DefaultWindow window = defaultWindow(
        series_->fileWindows, shownSamples(slice_, {data, type, size.columns, size.rows}));
    setWindow(window.center, window.width);
    // The file's VOI LUT shows; the automatic window above is where the reader's window starts.
    fileVoiLut_ = fileVoiLut;
}

void SliceViewport::autoWindow() {
    VoxelType type;
    const std::uint8_t* data = sliceData(slice_, &type);
    if (!data)
        return;
    if (type == VoxelType::Rgb8 || type == VoxelType::Rgb16) {
        setWindow(127.5, 256);
        return;
    }
    const ImageSize size = imageSize();
    const auto [center, width] =
        pellucid::autoWindow(SliceSamples{data, type, size.columns, size.rows});
    setWindow(center, width);
}

void SliceViewport::setInverted(bool inverted) {
    if (inverted == inverted_)
        return;
    inverted_ = inverted;
    changed();
    emit viewChanged();
}

void SliceViewport::rotateClockwise() {
    view_.quarterTurns = (view_.quarterTurns + 1) % 4;
    changed();
    emit viewChanged();
}

void SliceViewport::rotateCounterClockwise() {
    view_.quarterTurns = (view_.quarterTurns + 3) % 4;
    changed();
    emit viewChanged();
}

void SliceViewport::flipHorizontal() {
    // Mirroring is applied before the rotation: a flip seen on screen must not depend on it.
    view_.mirrored = !view_.mirrored;
    if (view_.quarterTurns % 2 == 1)
        view_.quarterTurns = (view_.quarterTurns + 2) % 4;
    changed();
    emit viewChanged();
}

void SliceViewport::flipVertical() {
    view_.mirrored = !view_.mirrored;
    if (view_.quarterTurns % 2 == 0)
        view_.quarterTurns = (view_.quarterTurns + 2) % 4;
    changed();
    emit viewChanged();
}

void SliceViewport::fitToView() {
    view_.fitToView = true;
    view_.pan = {};
    changed();
    emit viewChanged();
}

void SliceViewport::setMagnification(double magnification) {
    view_.fitToView = false;
    view_.magnification = std::clamp(magnification, 0.02, 64.0);
    changed();
    emit viewChanged();
}

double SliceViewport::magnification() const {
    return transform().magnification();
}

SliceViewport::ImageSize SliceViewport::imageSize() const {
    ImageSize size;
    if (!series_)
        return size;
    if (series_->volume) {
        const SliceStack& s = series_->volume->stack();
        size.columns = s.columns;
        size.rows = s.rows;
        size.columnSpacing = s.columnSpacing;
        size.rowSpacing = s.rowSpacing;
        size.calibrated = s.calibrated;
    } else if (series_->preview) {
        size.columns = series_->preview->columns;
        size.rows = series_->preview->rows;
    }
    return size;
}

ViewTransform SliceViewport::transform() const {
    const ImageSize size = imageSize();
    const QSize device = deviceSize();
    return ViewTransform(size.columns, size.rows, size.columnSpacing, size.rowSpacing,
                         QSizeF(device), view_);
}

bool SliceViewport::sliceReady(int slice) const {
    if (!series_)
        return false;
    if (series_->volume)
        return slice >= 0 && slice < series_->volume->depth() && series_->volume->isReady(slice);
    return series_->preview.has_value();
}

const std::uint8_t* SliceViewport::sliceData(int slice, VoxelType* type) const {
    if (!series_)
        return nullptr;
    if (series_->volume) {
        if (!sliceReady(slice))
            return nullptr;
        *type = series_->volume->type();
        return series_->volume->slice(slice);
    }
    if (series_->preview) {
        *type = series_->preview->type;
        return series_->preview->voxels.data();
    }
    return nullptr;
}

void SliceViewport::updateTexture() {
    VoxelType type = VoxelType::UInt8;
    const std::uint8_t* data = sliceData(slice_, &type);
    const ImageSize size = imageSize();
    const bool ready = data != nullptr;
    if (!ready && textureKey_.ready && series_ && series_->volume) {
        // The slice is still decoding: keep showing the last one rather than flashing black.
        return;
    }
    const ImagePresentation* shown = shownPresentation();
    if (shown && stateVoi_ && shown->window)
        center_ = shown->window->first, width_ = shown->window->second;
    const TextureKey key{data,
                         slice_,
                         center_,
                         width_,
                         inverted_,
                         ready,
                         overlaysShown_,
                         series_ && series_->overlaysRead,
                         shown ? state_.get() : nullptr,
                         stateVoi_ || fileVoiLut_,
                         blendSerial_};
    if (key == textureKey_)
        return;
    textureKey_ = key;
    if (!ready || size.columns <= 0 || size.rows <= 0) {
        actor_->SetVisibility(0);
        return;
    }
    const bool pseudoColor = shown && shown->palette && !SlicePicture::isColor(type);
    const bool blending = shown && state_->blending;
    const int components = SlicePicture::isColor(type) || pseudoColor || blending ? 3 : 1;
    int* dims = image_->GetDimensions();
    if (dims[0] != size.columns || dims[1] != size.rows ||
        image_->GetNumberOfScalarComponents() != components) {
        image_->SetDimensions(size.columns, size.rows, 1);
        image_->AllocateScalars(VTK_UNSIGNED_CHAR, components);
    }
    image_->SetSpacing(size.columnSpacing, size.rowSpacing, 1);
    image_->SetOrigin(0, 0, 0);
    auto* out = static_cast<std::uint8_t*>(image_->GetScalarPointer());
    const SliceSamples samples = shownSamples(slice_, {data, type, size.columns, size.rows});
    const std::string& photometric =
        series_->volume ? series_->volume->photometric : series_->preview->photometric;
    if (shown && state_->blending) {
        // A Blending state: the frame rendered off the GUI thread, grey until it is ready.
        requestBlendedFrame();
        if (blended_ && blendShown_.slice == slice_ && blended_->channels == 3 &&
            blended_->width == size.columns && blended_->height == size.rows) {
            std::memcpy(out, blended_->pixels.data(), blended_->pixels.size());
        } else {
            static thread_local std::vector<std::uint8_t> grey;
            grey.resize(samples.pixelCount());
            SlicePicture{samples, photometric, nullptr, nullptr}.paint({center_, width_, inverted_},
                                                                       grey.data());
            for (std::size_t i = 0; i < grey.size(); ++i)
                out[3 * i] = out[3 * i + 1] = out[3 * i + 2] = grey[i];
        }
    } else if (shown) {
        // The state decides the shutter and which overlays show (PS3.4 N.2, PS3.3 C.11.7).
        SlicePicture picture{samples, photometric, overlaysShown_ ? &shown->overlays : nullptr,
                             &shown->shutter};
        picture.overlayGray = &shown->overlayGray;
        const GrayscaleStepsLut* lut = SlicePicture::isColor(type) ? nullptr : stateLut(*shown);
        // Pseudo-colour: the grey picture first, then through the state's palette.
        static thread_local std::vector<std::uint8_t> grey;
        if (pseudoColor)
            grey.resize(samples.pixelCount());
        std::uint8_t* target = pseudoColor ? grey.data() : out;
        if (lut)
            picture.paint(*lut, target);
        else
            picture.paint({SlicePicture::isColor(type) ? 127.5 : center_,
                           SlicePicture::isColor(type) ? 256 : width_, inverted_},
                          target);
        if (pseudoColor)
            applyPalette(grey.data(), grey.size(), *shown->palette, out);
        if (components == 3 && shown->iccProfile) {
            if (iccState_ != state_.get()) {
                iccState_ = state_.get();
                auto icc = IccTransform::fromProfile(*shown->iccProfile);
                auto* t = std::get_if<std::shared_ptr<const IccTransform>>(&icc);
                icc_ = t ? *t : nullptr;
                iccError_ = t ? QString() : QString::fromStdString(std::get<std::string>(icc));
            }
            if (icc_)
                icc_->apply(out, samples.pixelCount());
        }
    } else {
        const SlicePicture picture{samples, photometric,
                                   overlaysShown_ ? &series_->overlaysOf(slice_) : nullptr,
                                   &series_->shutter};
        const GrayscaleStepsLut* lut = fileVoiLut_ && !SlicePicture::isColor(type)
                                           ? gray(*series_->fileVoiLut, true)
                                           : nullptr;
        if (lut)
            picture.paint(*lut, out);
        else
            picture.paint({center_, width_, inverted_}, out);
    }
    image_->Modified();
    actor_->SetVisibility(1);
}

void SliceViewport::updateCamera() {
    const ViewTransform t = transform();
    const ViewTransform::Camera c = t.camera();
    vtkCamera* camera = renderer()->GetActiveCamera();
    camera->SetFocalPoint(c.focal);
    camera->SetPosition(c.position);
    camera->SetViewUp(c.viewUp);
    camera->SetParallelScale(c.parallelScale);
    camera->SetClippingRange(1, 2000);
    // Smooth only when minifying: magnified pixels are shown as the squares they are.
    if (t.magnification() < 0.999)
        actor_->GetProperty()->SetInterpolationTypeToLinear();
    else
        actor_->GetProperty()->SetInterpolationTypeToNearest();
}

QStringList SliceViewport::cornerTexts() const {
    return corners_;
}

void SliceViewport::updateAnnotations() {
    if (!series_) {
        for (QString& corner : corners_)
            corner.clear();
        return;
    }
    const int count = sliceCount();
    auto valueOf = [&](std::string_view token) -> std::string {
        if (token == "Image")
            return tr("Im %1 / %2").arg(slice_ + 1).arg(count).toStdString();
        if (token == "Window") {
            const auto shown = shownPresentation();
            if (fileVoiLut_ || (shown && stateVoi_ && shown->grayscale.voiLut))
                return tr("VOI LUT").toStdString();
            return tr("W %1 L %2").arg(width_, 0, 'f', 0).arg(center_, 0, 'f', 0).toStdString();
        }
        if (token == "Zoom")
            return tr("Zoom %1").arg(magnification(), 0, 'f', 2).toStdString();
        if (token == "SlicePosition") {
            if (!series_->volume || count < 2)
                return {};
            return tr("Pos %1 mm")
                .arg(slicePosition(series_->volume->stack(), slice_), 0, 'f', 1)
                .toStdString();
        }
        if (token == "Frame")
            return count > 1 ? tr("Frame %1").arg(slice_ + 1).toStdString() : std::string();
        auto found = series_->header.find(std::string(token));
        return found == series_->header.end() ? std::string() : found->second;
    };
    const CornerTexts texts = templates_ ? fillAnnotations(*templates_, series_->modality, valueOf)
                                         : fillAnnotations(series_->modality, valueOf);
    corners_ = {QString::fromStdString(texts.topLeft), QString::fromStdString(texts.topRight),
                QString::fromStdString(texts.bottomLeft),
                QString::fromStdString(texts.bottomRight)};
}

QString SliceViewport::measurementLabel(const ViewportMeasurement& m) const {
    const ImageSize size = imageSize();
    const PixelSpacing spacing{size.rowSpacing, size.columnSpacing, size.calibrated};
    const QString lengthUnit = size.calibrated ? tr("mm") : tr("px");
    switch (m.kind) {
    case ViewportTool::Distance:
        if (m.points.size() < 2)
            return {};
        return QStringLiteral("%1 %2")
            .arg(distanceMm(m.points[0], m.points[1], spacing), 0, 'f', 1)
            .arg(lengthUnit);
    case ViewportTool::Angle:
        if (m.points.size() < 3)
            return {};
        return QStringLiteral("%1°").arg(
            angleDegrees(m.points[0], m.points[1], m.points[2], spacing), 0, 'f', 1);
    case ViewportTool::Rectangle:
    case ViewportTool::Ellipse:
    case ViewportTool::Polygon: {
        VoxelType type;
        const std::uint8_t* data = sliceData(m.slice, &type);
        const std::size_t needed = m.kind == ViewportTool::Polygon ? 3 : 2;
        if (!data || m.points.size() < needed)
            return {};
        const RoiShape shape = m.kind == ViewportTool::Rectangle ? RoiShape::Rectangle
                               : m.kind == ViewportTool::Ellipse ? RoiShape::Ellipse
                                                                 : RoiShape::Polygon;
        const RoiStatistics s = roiStatistics(SliceSamples{data, type, size.columns, size.rows},
                                              shape, m.points, spacing);
        const std::string unitText =
            series_->volume ? modalityUnit(series_->modality, series_->volume->rescaleType)
                            : std::string();
        const QString unit = QString::fromStdString(unitText);
        QString text = tr("Mean %1 SD %2 %3")
                           .arg(s.mean, 0, 'f', 1)
                           .arg(s.stdDev, 0, 'f', 1)
                           .arg(unit)
                           .trimmed();
        text += QLatin1Char('\n') + tr("Min %1 Max %2").arg(s.min, 0, 'f', 1).arg(s.max, 0, 'f', 1);
        text += QLatin1Char('\n') + (s.calibrated ? tr("Area %1 mm²").arg(s.area, 0, 'f', 1)
                                                  : tr("Area %1 px²").arg(s.area, 0, 'f', 0));
        if (unit.isEmpty())
            text += QLatin1Char('\n') + tr("(stored values: no modality units)");
        return text;
    }
    default:
        return {};
    }
}

void SliceViewport::updateOverlay() {
    const QSize device = deviceSize();
    overlay_->begin(device);
    notice_.clear();
    const double dpr = devicePixelRatioF();
    if (series_ && sliceCount() > 0) {
        const ViewTransform t = transform();
        const ImageSize size = imageSize();
        auto toDisplay = [&](const ImagePoint& p) { return t.toDisplay(p.x, p.y); };
        drawPresentation(t, dpr);
        tools_.draw(*overlay_, slice_, toDisplay, dpr);
        for (const auto& [a, b] : referenceLines_)
            overlay_->addPolyline({toDisplay(a), toDisplay(b)}, referenceColor);

        // Orientation letters at the middle of each edge, from the patient directions that
        // point to the screen's right and down.
        if (const QStringList letters = edgeLetters(); !letters.isEmpty() && annotationsShown_) {
            const QPointF c(device.width() / 2.0, device.height() / 2.0);
            const int font = int(15 * dpr);
            const QColor color(255, 255, 160);
            overlay_->addText("left", {8 * dpr, c.y()}, letters[0], color,
                              ViewportOverlay::Align::Left, font);
            overlay_->addText("right", {device.width() - 8 * dpr, c.y()}, letters[1], color,
                              ViewportOverlay::Align::Right, font);
            overlay_->addText("top", {c.x(), 22 * dpr}, letters[2], color,
                              ViewportOverlay::Align::Center, font, false);
            overlay_->addText("bottom", {c.x(), device.height() - 4 * dpr}, letters[3], color,
                              ViewportOverlay::Align::Center, font);
        }
        // Scale bar along the right edge: a round length about a quarter of the height.
        if (size.calibrated && annotationsShown_) {
            const double pixelsPerMm = t.magnification() / size.columnSpacing;
            const double length = roundToNiceLength(device.height() / 4.0 / pixelsPerMm);
            const double px = length * pixelsPerMm;
            const double x = device.width() - 28 * dpr, y0 = device.height() / 2.0 + px / 2;
            overlay_->addPolyline({{x, y0}, {x, y0 - px}}, labelColor);
            for (int i = 0; i <= 10; ++i) {
                const double y = y0 - px * i / 10.0;
                const double tick = (i % 5 == 0 ? 8 : 4) * dpr;
                overlay_->addPolyline({{x - tick, y}, {x, y}}, labelColor);
            }
            overlay_->addText("scale", {x - 4 * dpr, y0 + 4 * dpr},
                              length >= 10 ? tr("%1 cm").arg(length / 10) : tr("%1 mm").arg(length),
                              labelColor, ViewportOverlay::Align::Right, int(12 * dpr), true);
        } else if (!size.calibrated) {
            notice_ = tr("No pixel spacing: measurements in pixels");
        }
        if (series_->spacingSource == "ImagerPixelSpacing")
            notice_ = tr("Measured at the detector plane (Imager Pixel Spacing)");
        if (const QStringList warnings = presentationWarnings(); !warnings.isEmpty())
            notice_ = tr("Presentation state: %1").arg(warnings.join(QStringLiteral("; ")));
        if (series_->volume && !sliceReady(slice_))
            notice_ = tr("Loading…");
        if (!notice_.isEmpty() && annotationsShown_)
            overlay_->addText("notice", {device.width() / 2.0, device.height() - 24 * dpr}, notice_,
                              QColor(255, 140, 90), ViewportOverlay::Align::Center, int(13 * dpr));
        if (cursor_.x() >= 0 && annotationsShown_) {
            const QString value = valueTextAt(cursor_);
            if (!value.isEmpty())
                overlay_->addText("cursor", {device.width() / 2.0, device.height() - 44 * dpr},
                                  value, labelColor, ViewportOverlay::Align::Center, int(12 * dpr));
        }
    }
    if (series_ && annotationsShown_) {
        const int font = int(13 * dpr);
        const double margin = 4 * dpr;
        const QColor text(225, 225, 225);
        overlay_->addText("topLeft", {margin, margin}, corners_[0], text,
                          ViewportOverlay::Align::Left, font, true);
        overlay_->addText("topRight", {device.width() - margin, margin}, corners_[1], text,
                          ViewportOverlay::Align::Right, font, true);
        overlay_->addText("bottomLeft", {margin, device.height() - margin}, corners_[2], text,
                          ViewportOverlay::Align::Left, font);
        overlay_->addText("bottomRight", {device.width() - margin, device.height() - margin},
                          corners_[3], text, ViewportOverlay::Align::Right, font);
    }
    if (active_ && annotationsShown_)
        overlay_->addPolyline({{1, 1},
                               {device.width() - 1.0, 1},
                               {device.width() - 1.0, device.height() - 1.0},
                               {1, device.height() - 1.0}},
                              QColor(60, 140, 255), true);
    overlay_->end();
}

void SliceViewport::prepareRender() {
    updateTexture();
    updateCamera();
    updateAnnotations();
    updateOverlay();
}

void SliceViewport::resizeGL(int w, int h) {
    VtkOpenGLWidget::resizeGL(w, h);
    emit viewChanged();
}

QString SliceViewport::valueTextAt(QPointF display) const {
    VoxelType type;
    const std::uint8_t* data = sliceData(slice_, &type);
    if (!data)
        return {};
    const ImageSize size = imageSize();
    const QPointF p = transform().toImage(display);
    const int x = int(std::lround(p.x())), y = int(std::lround(p.y()));
    if (x < 0 || y < 0 || x >= size.columns || y >= size.rows)
        return {};
    const std::size_t i = std::size_t(y) * std::size_t(size.columns) + std::size_t(x);
    QString value;
    switch (type) {
    case VoxelType::UInt8:
        value = QString::number(data[i]);
        break;
    case VoxelType::Int16:
        value = QString::number(reinterpret_cast<const std::int16_t*>(data)[i]);
        break;
    case VoxelType::Float32:
        value = QString::number(reinterpret_cast<const float*>(data)[i], 'g', 6);
        break;
    case VoxelType::Rgb8:
        value = tr("R %1 G %2 B %3").arg(data[3 * i]).arg(data[3 * i + 1]).arg(data[3 * i + 2]);
        break;
    case VoxelType::Rgb16: {
        const auto* d = reinterpret_cast<const std::uint16_t*>(data);
        value = tr("R %1 G %2 B %3").arg(d[3 * i]).arg(d[3 * i + 1]).arg(d[3 * i + 2]);
        break;
    }
    }
    const std::string unit = series_->volume
                                 ? modalityUnit(series_->modality, series_->volume->rescaleType)
                                 : std::string();
    return tr("x %1 y %2: %3 %4").arg(x).arg(y).arg(value, QString::fromStdString(unit)).trimmed();
}

QStringList SliceViewport::edgeLetters() const {
    if (!series_ || !series_->volume || !series_->volume->stack().positioned)
        return {};
    // The patient directions that point to the screen's right and down, through the view's
    // rotation and mirroring.
    const SliceStack& s = series_->volume->stack();
    const ViewTransform t = transform();
    const QSize device = deviceSize();
    const QPointF c(device.width() / 2.0, device.height() / 2.0);
    auto patientDirection = [&](QPointF screenStep) {
        const QPointF a = t.toImage(c), b = t.toImage(c + screenStep);
        return add(scaled(s.rowDirection, (b.x() - a.x()) * s.columnSpacing),
                   scaled(s.columnDirection, (b.y() - a.y()) * s.rowSpacing));
    };
    const Vector3 right = patientDirection({1, 0}), down = patientDirection({0, 1});
    auto letter = [](const Vector3& v) { return QString::fromStdString(orientationLabel(v)); };
    return {letter(scaled(right, -1)), letter(right), letter(scaled(down, -1)), letter(down)};
}

std::optional<ImagePlane> SliceViewport::currentPlane() const {
    if (!series_ || !series_->volume)
        return std::nullopt;
    return ImagePlane::ofSlice(series_->volume->stack(), slice_);
}

void SliceViewport::setReferenceLines(std::vector<std::pair<ImagePoint, ImagePoint>> lines) {
    referenceLines_ = std::move(lines);
    changed();
}

void SliceViewport::setTool(ViewportTool tool) {
    tool_ = tool;
    tools_.cancelDrawing();
    changed();
}

void SliceViewport::removeLastMeasurement() {
    if (tools_.removeLast(slice_)) {
        changed();
        emit measurementsChanged();
    }
}

void SliceViewport::clearMeasurements() {
    tools_.clear();
    changed();
    emit measurementsChanged();
}

void SliceViewport::setCineRunning(bool running) {
    if (running && sliceCount() > 1)
        cine_->start(int(std::lround(1000.0 / cineFps_)));
    else
        cine_->stop();
}

bool SliceViewport::isCineRunning() const {
    return cine_->isActive();
}

void SliceViewport::setCineRate(double framesPerSecond) {
    cineFps_ = std::clamp(framesPerSecond, 1.0, 120.0);
    if (cine_->isActive())
        cine_->start(int(std::lround(1000.0 / cineFps_)));
}

void SliceViewport::setAnnotationsShown(bool shown) {
    if (shown == annotationsShown_)
        return;
    annotationsShown_ = shown;
    changed();
}

void SliceViewport::setAnnotationTemplates(std::shared_ptr<const AnnotationTemplates> templates) {
    templates_ = std::move(templates);
    changed();
}

void SliceViewport::setOverlaysShown(bool shown) {
    if (shown == overlaysShown_)
        return;
    overlaysShown_ = shown;
    changed();
}

void SliceViewport::setActive(bool active) {
    if (active == active_)
        return;
    active_ = active;
    changed();
}

QPointF SliceViewport::devicePosition(const QPointF& logical) const {
    return logical * devicePixelRatioF();
}

void SliceViewport::measurementFinished() {
    changed();
    emit measurementsChanged();
}

void SliceViewport::mousePressEvent(QMouseEvent* event) {
    emit activated();
    setFocus();
    const QPointF at = devicePosition(event->position());
    dragStart_ = dragLast_ = at;
    dragCenter_ = center_;
    dragWidth_ = width_;
    dragSlice_ = slice_;
    if (event->button() != Qt::LeftButton || !series_)
        return;
    const QPointF p = transform().toImage(at);
    tools_.press(tool_, slice_, ImagePoint{p.x(), p.y()});
    changed();
}

void SliceViewport::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = devicePosition(event->position());
    cursor_ = at;
    const QPointF step = at - dragLast_;
    const QPointF total = at - dragStart_;
    dragLast_ = at;
    const Qt::MouseButtons buttons = event->buttons();
    ViewportTool effective = tool_;
    if (buttons & Qt::RightButton)
        effective = ViewportTool::Window;
    else if (buttons & Qt::MiddleButton)
        effective = ViewportTool::Pan;
    if (tools_.isDrawing() && (effective == ViewportTool::Angle ||
                               effective == ViewportTool::Polygon || (buttons & Qt::LeftButton))) {
        const QPointF p = transform().toImage(at);
        tools_.follow(ImagePoint{p.x(), p.y()});
        changed();
    } else if (buttons != Qt::NoButton) {
        switch (effective) {
        case ViewportTool::Window: {
            // Sensitivity follows the window: a narrow window is tuned finely.
            const double perPixel = std::max(dragWidth_, 20.0) / 300.0;
            setWindow(dragCenter_ + total.y() * perPixel,
                      std::max(1.0, dragWidth_ + total.x() * perPixel));
            break;
        }
        case ViewportTool::Pan:
            view_.pan += step;
            changed();
            emit viewChanged();
            break;
        case ViewportTool::Zoom:
            setMagnification(magnification() * std::pow(1.01, -step.y()));
            break;
        case ViewportTool::Scroll: {
            const int perSlice =
                std::max(2, int(deviceSize().height() / std::max(1, std::min(sliceCount(), 200))));
            setSlice(dragSlice_ + int(total.y() / perSlice));
            break;
        }
        default:
            break;
        }
    }
    // Moving the mouse over the image only changes the pixel value shown: repaint for that
    // alone when it changed (a frame is not free under software OpenGL).
    const QString value = valueTextAt(at);
    if (value != cursorText_) {
        cursorText_ = value;
        emit cursorMoved(value);
        if (annotationsShown_)
            changed();
    }
}

void SliceViewport::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && tools_.isDrawing()) {
        const bool dragged = (devicePosition(event->position()) - dragStart_).manhattanLength() > 3;
        if (tools_.release(dragged))
            emit measurementsChanged();
    }
    changed();
}

void SliceViewport::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tools_.isDrawingPolygon()) {
        // The points of the double click's clicks lie within a few screen pixels of the last
        // one: the mouse does not stay exactly still.
        const ViewTransform t = transform();
        const double tolerance = 4 * devicePixelRatioF();
        if (tools_.finishPolygon([&](const ImagePoint& a, const ImagePoint& b) {
                const QPointF d = t.toDisplay(a.x, a.y) - t.toDisplay(b.x, b.y);
                return std::hypot(d.x(), d.y()) < tolerance;
            }))
            measurementFinished();
        return;
    }
    VtkOpenGLWidget::mouseDoubleClickEvent(event);
}

void SliceViewport::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier)
        setMagnification(magnification() * std::pow(1.15, steps));
    else
        scrollBy(-steps);
    event->accept();
}

void SliceViewport::keyPressEvent(QKeyEvent* event) {
    const int page = std::max(1, sliceCount() / 10);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        scrollBy(-1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        scrollBy(1);
        break;
    case Qt::Key_PageUp:
        scrollBy(-page);
        break;
    case Qt::Key_PageDown:
        scrollBy(page);
        break;
    case Qt::Key_Home:
        setSlice(0);
        break;
    case Qt::Key_End:
        setSlice(sliceCount() - 1);
        break;
    case Qt::Key_Escape:
        if (tools_.isDrawing()) {
            tools_.cancelDrawing();
            changed();
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (tools_.acceptPolygon())
            measurementFinished();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeLastMeasurement();
        break;
    default:
        VtkOpenGLWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SliceViewport::focusInEvent(QFocusEvent* event) {
    VtkOpenGLWidget::focusInEvent(event);
    emit activated();
}

std::vector<SharedState> SliceViewport::presentationStatesForImage() const {
    if (!series_ || slice_ < 0 || std::size_t(slice_) >= series_->sliceUids.size())
        return {};
    const int frame = std::size_t(slice_) < series_->sliceSources.size()
                          ? series_->sliceSources[std::size_t(slice_)].second + 1
                          : 1;
    auto states =
        statesFor(series_->presentationStates, series_->sliceUids[std::size_t(slice_)], frame);
    return states;
}

const ImagePresentation* SliceViewport::shownPresentation() const {
    if (!state_ || !series_ || std::size_t(slice_) >= series_->sliceUids.size())
        return nullptr;
    // Asked several times a frame (texture, corners, graphics, notice): resolved once for each
    // state, series and slice.
    const ShownKey key{state_.get(), series_.get(), slice_, series_->overlaysRead};
    if (key == shownKey_)
        return shown_ ? &*shown_ : nullptr;
    shownKey_ = key;
    shown_.reset();
    const std::string& uid = series_->sliceUids[std::size_t(slice_)];
    const int frame = std::size_t(slice_) < series_->sliceSources.size()
                          ? series_->sliceSources[std::size_t(slice_)].second + 1
                          : 1;
    if (state_->references(uid, frame))
        shown_ = presentationFor(*state_, uid, frame, series_->overlaysOf(slice_));
    return shown_ ? &*shown_ : nullptr;
}

void SliceViewport::setPresentationState(SharedState state) {
    choosePresentationState(std::move(state), true);
}

void SliceViewport::choosePresentationState(SharedState state, bool byReader) {
    stateChosen_ = true;
    if (state == state_ && !byReader)
        return;
    state_ = std::move(state);
    blended_.reset();
    blendShown_ = blendPending_ = {};
    lut_.reset();
    lutKey_ = {};
    if (state_) {
        stateVoi_ = true;
        fileVoiLut_ = false;
        if (const auto shown = shownPresentation(); shown && shown->window) {
            windowSet_ = true;
            center_ = shown->window->first;
            width_ = shown->window->second;
            emit windowChanged(center_, width_);
        }
        inverted_ = false;
        applyPresentationView();
    } else {
        stateVoi_ = false;
        view_ = ViewState{};
        if (byReader)
            resetWindow();
    }
    changed();
    emit viewChanged();
    emit presentationStateChanged();
}

// Rotation, flip and displayed area (PS3.3 C.10.4, C.10.6) as the viewport's view: the state
// rotates then flips; ViewState mirrors then rotates, so a flip turns the rotation around.
void SliceViewport::applyPresentationView() {
    const auto shown = shownPresentation();
    if (!shown)
        return;
    const int turns = shown->rotation / 90;
    view_ = ViewState{};
    view_.mirrored = shown->flip;
    view_.quarterTurns = shown->flip ? (4 - turns) % 4 : turns;
    const ImageSize size = imageSize();
    if (!shown->displayedArea || size.columns <= 0)
        return;
    const DisplayedArea& area = *shown->displayedArea;
    // The area in image coordinates: from the left edge of its first pixel to the right edge of
    // its last (corners are 1-based pixel indices and may lie outside the image).
    const double left = std::min(area.topLeft[0], area.bottomRight[0]) - 1.5;
    const double right = std::max(area.topLeft[0], area.bottomRight[0]) - 0.5;
    const double top = std::min(area.topLeft[1], area.bottomRight[1]) - 1.5;
    const double bottom = std::max(area.topLeft[1], area.bottomRight[1]) - 0.5;
    const QSize device = deviceSize();
    view_.fitToView = false;
    view_.magnification = 1;
    view_.pan = {};
    // Display pixels the area takes at magnification 1, in the rotated view.
    ViewTransform unit(size.columns, size.rows, size.columnSpacing, size.rowSpacing, QSizeF(device),
                       view_);
    const QPointF a = unit.toDisplay(left, top), b = unit.toDisplay(right, bottom);
    const double w = std::abs(b.x() - a.x()), h = std::abs(b.y() - a.y());
    double magnification = 1;
    switch (area.sizeMode) {
    case DisplayedArea::SizeMode::ScaleToFit:
        if (w > 0 && h > 0)
            magnification = std::min(device.width() / w, device.height() / h);
        break;
    case DisplayedArea::SizeMode::Magnify:
        magnification = area.magnification;
        break;
    case DisplayedArea::SizeMode::TrueSize: {
        // One millimetre of the patient on one millimetre of the screen, as far as the screen
        // reports its size truthfully.
        const QScreen* s = screen();
        const double dpi = s ? s->physicalDotsPerInchX() : 96;
        const double spacing = area.pixelSpacing ? area.pixelSpacing->second : size.columnSpacing;
        magnification = dpi > 0 ? spacing / (25.4 / dpi) * devicePixelRatioF() : 1;
        break;
    }
    }
    view_.magnification = std::clamp(magnification, 0.02, 64.0);
    // Center the area.
    const ViewTransform placed(size.columns, size.rows, size.columnSpacing, size.rowSpacing,
                               QSizeF(device), view_);
    const QPointF center = placed.toDisplay((left + right) / 2, (top + bottom) / 2);
    view_.pan = QPointF(device.width() / 2.0, device.height() / 2.0) - center;
}

const GrayscaleStepsLut* SliceViewport::stateLut(const ImagePresentation& shown) {
    return gray(shown.grayscale, stateVoi_);
}

// The grey table of the shown slice for `steps` (a state's, or the file's own VOI LUT), built
// once for each change of state, slice description, window or inversion.
const GrayscaleStepsLut* SliceViewport::gray(const GrayscaleSteps& given, bool stepsVoi) {
    const auto& pixels = std::size_t(slice_) < series_->slicePixels.size()
                             ? series_->slicePixels[std::size_t(slice_)]
                             : nullptr;
    if (!pixels)
        return nullptr;
    GrayscaleSteps steps = given;
    if (!stepsVoi)
        steps.voiLut.reset(), steps.noVoi = false;
    const LutKey key{state_.get(), pixels.get(), steps.voiLut.get(), steps.noVoi, stepsVoi,
                     center_,      width_,       inverted_};
    if (key == lutKey_)
        return lut_ ? &*lut_ : nullptr;
    lutKey_ = key;
    auto built = GrayscaleStepsLut::build(*pixels, steps, {center_, width_, inverted_});
    if (auto* error = std::get_if<std::string>(&built)) {
        lut_.reset();
        lutError_ = QString::fromStdString(*error);
        return nullptr;
    }
    lutError_.clear();
    lut_ = std::move(std::get<GrayscaleStepsLut>(built));
    return &*lut_;
}

QStringList SliceViewport::presentationWarnings() const {
    QStringList warnings;
    if (!state_)
        return warnings;
    for (const std::string& problem : state_->problems)
        warnings << QString::fromStdString(problem);
    if (!lutError_.isEmpty())
        warnings << lutError_;
    if (!iccError_.isEmpty() && iccState_ == state_.get())
        warnings << iccError_;
    if (state_->blending)
        warnings << blendWarnings_;
    if (!shownPresentation() && series_ && series_->overlaysRead)
        warnings << tr("it does not reference this image");
    return warnings;
}

QString SliceViewport::presentationCaption() const {
    if (!state_)
        return {};
    const QString label = QString::fromStdString(state_->label);
    const QString description = QString::fromStdString(state_->description);
    return description.isEmpty() ? tr("PS %1").arg(label) : tr("PS %1: %2").arg(label, description);
}

void SliceViewport::drawPresentation(const ViewTransform& t, double dpr) {
    const auto shown = shownPresentation();
    if (annotationsShown_ && state_) {
        const QSize device = deviceSize();
        overlay_->addText("pstate", {device.width() / 2.0, 40 * dpr}, presentationCaption(),
                          QColor(160, 220, 255), ViewportOverlay::Align::Center, int(12 * dpr),
                          true);
    }
    if (!shown)
        return;
    // DISPLAY units span the displayed area as it lies on the screen after rotation and flip.
    const ImageSize size = imageSize();
    double left = -0.5, top = -0.5, right = size.columns - 0.5, bottom = size.rows - 0.5;
    if (shown->displayedArea) {
        const DisplayedArea& a = *shown->displayedArea;
        left = std::min(a.topLeft[0], a.bottomRight[0]) - 1.5;
        right = std::max(a.topLeft[0], a.bottomRight[0]) - 0.5;
        top = std::min(a.topLeft[1], a.bottomRight[1]) - 1.5;
        bottom = std::max(a.topLeft[1], a.bottomRight[1]) - 0.5;
    }
    const QPointF c1 = t.toDisplay(left, top), c2 = t.toDisplay(right, bottom);
    const QRectF area = QRectF(c1, c2).normalized();
    auto map = [&](bool displayUnits, double x, double y) {
        return displayUnits
                   ? QPointF(area.left() + x * area.width(), area.top() + y * area.height())
                   : t.toDisplay(x, y);
    };
    auto qcolor = [](const Rgb& c) { return QColor(c.r, c.g, c.b); };
    int textIndex = 0;
    for (const AnnotationLayerShapes& layer : annotationShapes(*state_, shown->annotations)) {
        for (const AnnotationShape& shape : layer.shapes) {
            std::vector<QPointF> points;
            for (const auto& p : shape.points)
                points.push_back(map(shape.displayUnits, p[0], p[1]));
            if (shape.point) {
                const QPointF p = points.front();
                const double r = 3 * dpr;
                overlay_->addPolyline({p - QPointF(r, 0), p + QPointF(r, 0)}, qcolor(shape.color));
                overlay_->addPolyline({p - QPointF(0, r), p + QPointF(0, r)}, qcolor(shape.color));
                continue;
            }
            const double width = std::max(shape.thickness * dpr, ViewportOverlay::hairlineWidth);
            if (shape.filled) {
                overlay_->addPolygon(points, qcolor(shape.color), true, width);
            } else {
                // A dark edge keeps a white graphic visible on white tissue, as the labels' is.
                overlay_->addPolyline(points, QColor(0, 0, 0, 150), false, width + 2 * dpr);
                overlay_->addPolyline(points, qcolor(shape.color), false, width);
            }
        }
        for (const AnnotationText& text : layer.texts) {
            const std::string slot = "ps.text." + std::to_string(textIndex++);
            const QString value = QString::fromStdString(text.text);
            const QColor color = qcolor(text.color);
            std::optional<QPointF> anchor;
            if (text.anchor)
                anchor = map(text.anchorInDisplayUnits, (*text.anchor)[0], (*text.anchor)[1]);
            if (text.box) {
                const QRectF box =
                    QRectF(map(text.boxInDisplayUnits, (*text.box)[0], (*text.box)[1]),
                           map(text.boxInDisplayUnits, (*text.box)[2], (*text.box)[3]))
                        .normalized();
                const auto align = text.justification == "RIGHT"    ? ViewportOverlay::Align::Right
                                   : text.justification == "CENTER" ? ViewportOverlay::Align::Center
                                                                    : ViewportOverlay::Align::Left;
                overlay_->addTextBox(slot, box, value, color, align, int(13 * dpr));
                if (anchor && text.anchorLine) {
                    // From the nearest point of the box to the anchor.
                    const QPointF from(std::clamp(anchor->x(), box.left(), box.right()),
                                       std::clamp(anchor->y(), box.top(), box.bottom()));
                    overlay_->addPolyline({from, *anchor}, color);
                }
            } else if (anchor) {
                overlay_->addText(slot, *anchor + QPointF(6 * dpr, -6 * dpr), value, color,
                                  ViewportOverlay::Align::Left, int(13 * dpr));
            }
        }
    }
}

SliceSamples SliceViewport::shownSamples(int slice, const SliceSamples& stored) {
    if (!series_ || !series_->maskSubtraction || !series_->volume ||
        std::size_t(slice) >= series_->sliceSources.size() || SlicePicture::isColor(stored.type))
        return stored;
    const auto& [file, frame] = series_->sliceSources[std::size_t(slice)];
    if (!series_->maskSubtraction->appliesTo(frame))
        return stored;
    const SliceSamples subtracted{reinterpret_cast<const std::uint8_t*>(subtracted_.data()),
                                  VoxelType::Float32, stored.width, stored.height};
    if (slice == subtractedSlice_ && series_.get() == subtractedSeries_)
        return subtracted;
    // The masks are frames of the same file: slices of this series once they are decoded.
    std::vector<SliceSamples> masks;
    for (int mask : series_->maskSubtraction->maskFrames)
        for (std::size_t s = 0; s < series_->sliceSources.size(); ++s)
            if (series_->sliceSources[s].first == file && series_->sliceSources[s].second == mask) {
                if (!series_->volume->isReady(int(s)))
                    return stored; // shown as stored until its masks arrive
                masks.push_back({series_->volume->slice(int(s)), series_->volume->type(),
                                 stored.width, stored.height});
            }
    subtracted_ = subtractMasks(stored, masks);
    subtractedSlice_ = slice;
    subtractedSeries_ = series_.get();
    return {reinterpret_cast<const std::uint8_t*>(subtracted_.data()), VoxelType::Float32,
            stored.width, stored.height};
}

void SliceViewport::requestBlendedFrame() {
    if (!state_ || !state_->blending || !series_ ||
        std::size_t(slice_) >= series_->sliceSources.size())
        return;
    const BlendKey key{state_.get(), slice_, center_, width_, stateVoi_};
    if (key == blendPending_ || (blended_ && key == blendShown_))
        return;
    blendPending_ = key;
    const auto& [file, frame] = series_->sliceSources[std::size_t(slice_)];
    RenderRequest request;
    request.frame = frame;
    if (!stateVoi_)
        request.window = std::make_pair(center_, width_);
    // The viewport rotates and flips with its camera: the frame is wanted as stored.
    auto unrotated = std::make_shared<PresentationState>(*state_);
    unrotated->rotation = 0;
    unrotated->flip = false;
    request.state = unrotated;
    std::vector<std::filesystem::path> superimposed;
    if (seriesFiles_)
        superimposed = seriesFiles_(state_->blending->superimposed.seriesUids);
    const QString path = QString::fromStdU16String(file.u16string());
    auto* watcher = new QFutureWatcher<std::variant<RenderedFrame, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        if (!(key == blendPending_))
            return; // the reader moved on
        const auto result = watcher->result();
        blendWarnings_.clear();
        if (const auto* frame = std::get_if<RenderedFrame>(&result)) {
            blended_ = frame->image;
            for (const std::string& w : frame->warnings)
                blendWarnings_ << QString::fromStdString(w);
        } else {
            blended_.reset();
            blendWarnings_ << std::get<QString>(result);
        }
        blendShown_ = key;
        blendPending_ = {};
        ++blendSerial_;
        changed();
        emit blendedFrameReady(key.slice);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, request, superimposed] { return renderBlendedFrame(path, request, superimposed); }));
}

} // namespace pellucid
