#include "core/display/FrameRenderer.h"

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/display/DefaultWindow.h"
#include "core/display/Letterbox.h"
#include "core/pixel/InstancePixels.h"
#include "core/pixel/ModalityFrame.h"
#include "core/pixel/SliceGeometry.h"
#include "core/pstate/ColorManagement.h"
#include "core/pstate/GrayscaleStepsLut.h"
#include "core/pstate/ImageGrayscale.h"
#include "core/pstate/ImagePresentation.h"
#include "core/pstate/MaskSubtraction.h"
#include "core/pstate/SlicePicture.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

namespace pellucid {
namespace {

class RenderText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::FrameRenderer)
};

// Width over height of one pixel, for letterboxing: from the pixel spacing (between rows,
// between columns), else Pixel Aspect Ratio (vertical\horizontal, PS3.3 C.7.6.3.1.7).
double pixelWidthOverHeight(DcmItem& dataset) {
    if (const auto spacing = SliceGeometry::read(dataset).pixelSpacing;
        spacing && (*spacing)[0] > 0 && (*spacing)[1] > 0)
        return (*spacing)[1] / (*spacing)[0];
    Sint32 vertical = 0, horizontal = 0;
    if (dataset.findAndGetSint32(DCM_PixelAspectRatio, vertical, 0).good() &&
        dataset.findAndGetSint32(DCM_PixelAspectRatio, horizontal, 1).good() && vertical > 0 &&
        horizontal > 0)
        return double(horizontal) / double(vertical);
    return 1.0;
}

QString describe(const RenderRequest& r, const DefaultWindow& window, std::size_t fileWindows) {
    if (r.window)
        return RenderText::tr("window %1/%2").arg(r.window->first).arg(r.window->second);
    switch (window.source) {
    case WindowSource::File:
        return RenderText::tr("file window 1 of %1: %2/%3")
            .arg(fileWindows)
            .arg(window.center)
            .arg(window.width);
    case WindowSource::Automatic:
        return RenderText::tr("automatic window (1st to 99th percentile): %1/%2")
            .arg(window.center)
            .arg(window.width);
    case WindowSource::Color:
        break;
    }
    return {};
}

std::string sopInstanceUidOf(DcmItem& header) {
    OFString uid;
    header.findAndGetOFString(DCM_SOPInstanceUID, uid);
    return uid.c_str();
}

// The frame through a presentation state (PS3.4 N.2): grey steps by GrayscaleStepsLut, then
// the state's overlays and shutters, then its rotation and flip.
std::variant<RenderedFrame, QString>
renderWithState(const InstancePixels& pixels, const ModalityFrame& values, const RenderRequest& r) {
    const PresentationState& state = *r.state;
    DcmItem& header = *pixels.dataset();
    RenderedFrame out;
    out.warnings = state.problems;
    const std::string uid = sopInstanceUidOf(header);
    if (!state.references(uid, r.frame + 1))
        out.warnings.push_back("the presentation state does not reference this image");
    const std::vector<OverlayPlane> imageOverlays = readOverlays(header, r.frame);
    const ImagePresentation shown = presentationFor(state, uid, r.frame + 1, imageOverlays);
    const SliceSamples samples{values.voxels.data(), values.type, values.columns, values.rows};
    SlicePicture picture{samples, pixels.description().photometric, &shown.overlays,
                         &shown.shutter};
    picture.overlayGray = &shown.overlayGray;

    DisplayImage frame;
    frame.width = values.columns;
    frame.height = values.rows;
    frame.channels = picture.channels();
    frame.pixels.resize(picture.bytes());
    if (picture.channels() == 1) {
        GrayscaleStepsLut::Window window;
        if (r.window)
            window.center = r.window->first, window.width = r.window->second;
        else if (shown.window)
            window.center = shown.window->first, window.width = shown.window->second;
        GrayscaleSteps steps = shown.grayscale;
        if (r.window)
            steps.voiLut.reset(), steps.noVoi = false;
        auto lut = GrayscaleStepsLut::build(pixels.description(), steps, window);
        if (auto* error = std::get_if<std::string>(&lut))
            return RenderText::tr("cannot apply the presentation state: %1")
                .arg(QString::fromStdString(*error));
        picture.paint(std::get<GrayscaleStepsLut>(lut), frame.pixels.data());
        out.windowUsed = steps.voiLut ? RenderText::tr("presentation state VOI LUT")
                         : steps.noVoi
                             ? RenderText::tr("no VOI transformation")
                             : RenderText::tr("window %1/%2").arg(window.center).arg(window.width);
    } else {
        picture.paint(DisplayWindow{127.5, 256, false}, frame.pixels.data());
    }
    if (shown.palette && frame.channels == 1) {
        DisplayImage rgb;
        rgb.width = frame.width, rgb.height = frame.height, rgb.channels = 3;
        rgb.pixels.resize(frame.pixels.size() * 3);
        applyPalette(frame.pixels.data(), frame.pixels.size(), *shown.palette, rgb.pixels.data());
        frame = std::move(rgb);
    }
    if (shown.iccProfile && frame.channels == 3) {
        auto icc = IccTransform::fromProfile(*shown.iccProfile);
        if (auto* t = std::get_if<std::shared_ptr<const IccTransform>>(&icc))
            (*t)->apply(frame.pixels.data(), frame.pixels.size() / 3);
        else
            out.warnings.push_back(std::get<std::string>(icc));
    }
    frame = spatiallyTransformed(frame, shown.rotation, shown.flip);
    if (r.displayedArea && shown.displayedArea)
        frame = displayedAreaOf(frame, *shown.displayedArea, values.columns, values.rows,
                                shown.rotation, shown.flip);
    if (r.size.isEmpty()) {
        out.image = std::move(frame);
        return out;
    }
    const bool swap = shown.rotation == 90 || shown.rotation == 270;
    const double aspect = pixelWidthOverHeight(header);
    out.image = letterbox(frame, r.size.width(), r.size.height(), swap ? 1 / aspect : aspect);
    return out;
}

// A frame whose VOI is the image's own VOI LUT Sequence (no window): the same grey table
// machinery as a state's, with the image's Modality LUT, overlays and shutter.
std::variant<RenderedFrame, QString> renderWithVoiLut(const InstancePixels& pixels,
                                                      const ModalityFrame& values,
                                                      const RenderRequest& r,
                                                      const GrayscaleSteps& steps) {
    DcmItem& header = *pixels.dataset();
    auto lut = GrayscaleStepsLut::build(pixels.description(), steps, {});
    if (auto* error = std::get_if<std::string>(&lut))
        return RenderText::tr("cannot apply the VOI LUT: %1").arg(QString::fromStdString(*error));
    const SliceSamples samples{values.voxels.data(), values.type, values.columns, values.rows};
    const std::vector<OverlayPlane> overlays =
        r.overlays ? readOverlays(header, r.frame) : std::vector<OverlayPlane>();
    const DisplayShutter shutter = DisplayShutter::read(header);
    const SlicePicture picture{samples, pixels.description().photometric, &overlays, &shutter};
    DisplayImage frame;
    frame.width = values.columns;
    frame.height = values.rows;
    frame.pixels.resize(picture.bytes());
    picture.paint(std::get<GrayscaleStepsLut>(lut), frame.pixels.data());
    RenderedFrame out;
    DcmSequenceOfItems* luts = nullptr;
    header.findAndGetSequence(DCM_VOILUTSequence, luts);
    out.windowUsed = RenderText::tr("file VOI LUT 1 of %1").arg(luts ? luts->card() : 1);
    out.image = r.size.isEmpty() ? std::move(frame)
                                 : letterbox(frame, r.size.width(), r.size.height(),
                                             pixelWidthOverHeight(header));
    return out;
}

} // namespace

std::variant<RenderedFrame, QString> renderFrame(const QString& file, const RenderRequest& r) {
    if (const std::string dcmtk = ensureDcmtkCodecs(); !dcmtk.empty())
        return QString::fromStdString(dcmtk);
    const std::filesystem::path path(file.toStdU16String());
    auto opened = InstancePixels::open(path);
    if (auto* e = std::get_if<std::string>(&opened))
        return RenderText::tr("cannot read the pixel data: %1").arg(QString::fromStdString(*e));
    const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    if (r.frame < 0 || r.frame >= pixels.frameCount())
        return RenderText::tr("frame %1 does not exist; the image has %2")
            .arg(r.frame + 1)
            .arg(pixels.frameCount());
    DcmItem& header = *pixels.dataset();

    auto decoded = decodeModalityFrame(pixels, r.frame);
    if (auto* e = std::get_if<std::string>(&decoded))
        return RenderText::tr("cannot decode: %1").arg(QString::fromStdString(*e));
    const ModalityFrame& values = std::get<ModalityFrame>(decoded);
    if (r.state)
        return renderWithState(pixels, values, r);
    if (!r.window)
        if (auto steps = imageVoiLutSteps(header, pixels.description()))
            return renderWithVoiLut(pixels, values, r, *steps);
    SliceSamples samples{values.voxels.data(), values.type, values.columns, values.rows};
    // An XA/XRF contrast frame shows minus its masks (PS3.4 N.2.1.1), before the VOI.
    std::vector<float> subtracted;
    if (r.subtractMasks)
        if (const auto mask = MaskSubtraction::read(header); mask && mask->appliesTo(r.frame)) {
            std::vector<ModalityFrame> maskFrames;
            for (int m : mask->maskFrames)
                if (m >= 0 && m < pixels.frameCount())
                    if (auto d = decodeModalityFrame(pixels, m);
                        std::holds_alternative<ModalityFrame>(d))
                        maskFrames.push_back(std::move(std::get<ModalityFrame>(d)));
            std::vector<SliceSamples> masks;
            for (const ModalityFrame& f : maskFrames)
                masks.push_back({f.voxels.data(), f.type, f.columns, f.rows});
            subtracted = subtractMasks(samples, masks);
            samples = {reinterpret_cast<const std::uint8_t*>(subtracted.data()), VoxelType::Float32,
                       values.columns, values.rows};
        }

    // The viewport's rule and pixels (SlicePicture), so that the three views of a frame agree.
    const FileWindows fileWindows = readFileWindows(header);
    DefaultWindow window = defaultWindow(fileWindows.windows, samples);
    if (r.window && window.source != WindowSource::Color)
        window = {r.window->first, r.window->second, WindowSource::File};
    const std::vector<OverlayPlane> overlays =
        r.overlays ? readOverlays(header, r.frame) : std::vector<OverlayPlane>();
    const DisplayShutter shutter = DisplayShutter::read(header);
    const SlicePicture picture{samples, pixels.description().photometric, &overlays, &shutter};

    RenderedFrame out;
    if (window.source != WindowSource::Color)
        out.windowUsed = describe(r, window, fileWindows.windows.size());
    DisplayImage frame;
    frame.width = values.columns;
    frame.height = values.rows;
    frame.channels = picture.channels();
    frame.pixels.resize(picture.bytes());
    picture.paint({window.center, window.width, false}, frame.pixels.data());
    if (r.size.isEmpty()) {
        out.image = std::move(frame);
        return out;
    }
    out.image = letterbox(frame, r.size.width(), r.size.height(), pixelWidthOverHeight(header));
    return out;
}

} // namespace pellucid
