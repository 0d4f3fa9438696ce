#pragma once

#include "core/display/AnnotationLayout.h"
#include "core/display/DisplayedSeries.h"
#include "core/display/ReferenceLine.h"
#include "core/pstate/GrayscaleStepsLut.h"
#include "core/pstate/ImagePresentation.h"
#include "render/MeasurementTools.h"
#include "render/ViewTransform.h"
#include "render/VtkOpenGLWidget.h"

#include <QPointF>

#include <filesystem>
#include <functional>
#include <string>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QTimer;
class vtkImageActor;
class vtkImageData;

namespace pellucid {

class IccTransform;
class SeriesDisplayLoad;
class ViewportOverlay;

// One 2D viewport: a slice of a DisplayedSeries as core's SlicePicture paints it (VOI window,
// inversion, overlays, shutter), four-corner annotations, orientation letters, a scale bar,
// measurements (MeasurementTools) and reference lines, drawn by VTK in our own Qt 6 adapter;
// mouse and keys are dispatched to the view, the window, the slice or the tools.
class SliceViewport : public VtkOpenGLWidget {
    Q_OBJECT
public:
    explicit SliceViewport(QWidget* parent = nullptr);
    ~SliceViewport() override;

    void setSeries(std::shared_ptr<DisplayedSeries> series);
    // Shows the series `load` fills and follows it as it arrives (preview, volume, slices,
    // overlays), until another series is set.
    void showLoad(const SeriesDisplayLoad& load);
    const std::shared_ptr<DisplayedSeries>& series() const { return series_; }
    // The loader says more of the volume is there (a preview or new slices).
    void seriesUpdated();

    int slice() const { return slice_; }
    int sliceCount() const;
    void setSlice(int slice);
    void scrollBy(int delta);

    double windowCenter() const { return center_; }
    double windowWidth() const { return width_; }
    void setWindow(double center, double width);
    void resetWindow(); // the file's first window, else auto
    void autoWindow();  // from the shown slice's values
    bool isInverted() const { return inverted_; }
    void setInverted(bool inverted);

    const ViewState& viewState() const { return view_; }
    void rotateClockwise();
    void rotateCounterClockwise();
    void flipHorizontal();
    void flipVertical();
    void fitToView();
    void setMagnification(double magnification); // 1 = one image pixel per display pixel
    double magnification() const;
    // Where a display position (device pixels) falls on the image, and back.
    ViewTransform transform() const;

    ViewportTool tool() const { return tool_; }
    void setTool(ViewportTool tool);
    const std::vector<ViewportMeasurement>& measurements() const { return tools_.measurements(); }
    void removeLastMeasurement();
    void clearMeasurements();

    // The plane of the shown slice (for reference lines and synchronised scrolling).
    std::optional<ImagePlane> currentPlane() const;
    void setReferenceLines(std::vector<std::pair<ImagePoint, ImagePoint>> lines);

    void setCineRunning(bool running);
    bool isCineRunning() const;
    void setCineRate(double framesPerSecond);
    double cineRate() const { return cineFps_; }

    // Text, letters, scale bar and frame over the image; measurements stay.
    void setAnnotationsShown(bool shown);
    // The corner templates (null: the built-in ones of resources/annotations.json).
    void setAnnotationTemplates(std::shared_ptr<const AnnotationTemplates> templates);
    // DICOM overlay planes (60xx), shown by default.
    void setOverlaysShown(bool shown);
    bool overlaysShown() const { return overlaysShown_; }
    bool annotationsShown() const { return annotationsShown_; }
    void setActive(bool active);
    bool isActive() const { return active_; }
    // The modality value (or RGB) under a display position, as shown to the user.
    QString valueTextAt(QPointF display) const;
    // What the corners show now, for tests and accessibility.
    QStringList cornerTexts() const;
    // The orientation letters at the left, right, top and bottom edges; empty without
    // Image Orientation/Position (Patient).
    QStringList edgeLetters() const;
    const std::vector<std::pair<ImagePoint, ImagePoint>>& referenceLines() const {
        return referenceLines_;
    }
    QString notice() const { return notice_; }

    // Presentation states (PS3.4 N.2). Once the series' headers are read, the newest state
    // that references the shown image applies, unless the reader chose (setPresentationState,
    // null for none); the choice stays while scrolling, and slices the state does not
    // reference show as they are.
    const SharedState& presentationState() const { return state_; }
    // The states that reference the shown image, newest first.
    std::vector<SharedState> presentationStatesForImage() const;
    void setPresentationState(SharedState state);
    // What of the applied state could not be applied, for the viewport's notice and tests.
    QStringList presentationWarnings() const;
    // The applied state's label and description as the viewport shows them.
    QString presentationCaption() const;
    // Where a Blending state's superimposed series are (by Series Instance UID): set by whoever
    // knows the study (the viewer). Blended frames are rendered off the GUI thread, one slice at
    // a time (core/display renderBlendedFrame), and shown once ready.
    using SeriesFiles =
        std::function<std::vector<std::filesystem::path>(const std::vector<std::string>&)>;
    void setSeriesFiles(SeriesFiles files) { seriesFiles_ = std::move(files); }

signals:
    void sliceChanged(int slice);
    void windowChanged(double center, double width);
    void viewChanged();
    void measurementsChanged();
    void activated(); // clicked or focused: the viewer's active viewport
    void presentationStateChanged();
    void blendedFrameReady(int slice); // a Blending state's frame is on screen
    void cursorMoved(const QString& valueText);

protected:
    void prepareRender() override;
    void resizeGL(int w, int h) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    struct ImageSize {
        int columns = 0, rows = 0;
        double columnSpacing = 1, rowSpacing = 1;
        bool calibrated = false;
    };
    ImageSize imageSize() const;
    bool sliceReady(int slice) const;
    const std::uint8_t* sliceData(int slice, VoxelType* type) const;
    void updateTexture();
    void updateCamera();
    void updateAnnotations();
    void updateOverlay();
    void measurementFinished();
    QString measurementLabel(const ViewportMeasurement& m) const;
    QPointF devicePosition(const QPointF& logical) const;
    void changed(); // repaint soon
    // The applied state for the shown slice, when it references it.
    const ImagePresentation* shownPresentation() const;
    void choosePresentationState(SharedState state, bool byReader);
    void applyPresentationView();
    void drawPresentation(const ViewTransform& t, double dpr);
    const GrayscaleStepsLut* stateLut(const ImagePresentation& shown);
    const GrayscaleStepsLut* gray(const GrayscaleSteps& steps, bool stepsVoi);
    // The slice minus its mask frames when the image asks (XA/XRF, PS3.4 N.2.1.1), else itself.
    SliceSamples shownSamples(int slice, const SliceSamples& stored);

    std::shared_ptr<DisplayedSeries> series_;
    std::vector<QMetaObject::Connection> loadConnections_; // to the load being followed
    int slice_ = 0;
    double center_ = 40, width_ = 400;
    bool windowSet_ = false;
    bool inverted_ = false;
    ViewState view_;
    ViewportTool tool_ = ViewportTool::Scroll;
    MeasurementTools tools_;
    std::vector<std::pair<ImagePoint, ImagePoint>> referenceLines_;
    bool active_ = false;
    bool annotationsShown_ = true;
    bool overlaysShown_ = true;
    std::shared_ptr<const AnnotationTemplates> templates_;
    QString notice_;
    QStringList corners_{QString(), QString(), QString(), QString()}; // TL, TR, BL, BR

    // Mouse drag state.
    QPointF dragStart_, dragLast_;
    double dragCenter_ = 0, dragWidth_ = 0;
    int dragSlice_ = 0;
    QPointF cursor_{-1, -1};
    QString cursorText_;
    bool volumeShown_ = false; // the volume has replaced the preview
    bool shownReady_ = false;  // the shown slice had its pixels at the last repaint request

    // Blending (PS3.4 N.2.4): the frames rendered so far for the applied state, by slice.
    void requestBlendedFrame();
    SeriesFiles seriesFiles_;
    struct BlendKey {
        const void* state = nullptr;
        int slice = -1;
        double center = 0, width = 0;
        bool stateVoi = true;
        bool operator==(const BlendKey&) const = default;
    };
    BlendKey blendShown_, blendPending_;
    std::optional<DisplayImage> blended_;
    int blendSerial_ = 0; // counts the blended frames received, for the texture's key
    QStringList blendWarnings_;
    int subtractedSlice_ = -1; // the slice `subtracted_` holds
    const void* subtractedSeries_ = nullptr;
    std::vector<float> subtracted_;
    SharedState state_;
    struct ShownKey {
        const void* state = nullptr;
        const void* series = nullptr;
        int slice = -1;
        bool overlaysRead = false;
        bool operator==(const ShownKey&) const = default;
    };
    mutable ShownKey shownKey_;
    mutable std::optional<ImagePresentation> shown_;
    bool stateChosen_ = false; // by the reader, or automatically once: kept while scrolling
    bool stateVoi_ = false;    // the VOI is the state's (until the reader changes the window)
    bool fileVoiLut_ = false;  // no state: the image's own VOI LUT, until the reader's window
    struct LutKey {
        const void* state = nullptr;
        const void* pixels = nullptr;
        const void* voiLut = nullptr;
        bool noVoi = false, stateVoi = false;
        double center = 0, width = 0;
        bool inverted = false;
        bool operator==(const LutKey&) const = default;
    } lutKey_;
    std::optional<GrayscaleStepsLut> lut_;
    QString lutError_;
    // The applied state's ICC profile as a transform to the display (sRGB), made once a state.
    const void* iccState_ = nullptr;
    std::shared_ptr<const IccTransform> icc_;
    QString iccError_;

    QTimer* cine_ = nullptr;
    double cineFps_ = 15;

    // What the texture holds, to skip re-mapping an unchanged slice.
    struct TextureKey {
        const void* data = nullptr;
        int slice = -1;
        double center = 0, width = 0;
        bool inverted = false, ready = false, overlays = true, overlaysRead = false;
        const void* state = nullptr;
        bool stateVoi = false;
        int blendSerial = 0;
        bool operator==(const TextureKey&) const = default;
    } textureKey_;

    vtkSmartPointer<vtkImageData> image_;
    vtkSmartPointer<vtkImageActor> actor_;
    std::unique_ptr<ViewportOverlay> overlay_;
};

} // namespace pellucid
