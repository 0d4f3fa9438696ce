#include "core/display/BlendedFrameRenderer.h"

#include "core/pstate/ColorManagement.h"

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/display/Letterbox.h"
#include "core/pixel/InstancePixels.h"
#include "core/pixel/ModalityFrame.h"
#include "core/pixel/SliceGeometry.h"
#include "core/pstate/BlendedPicture.h"
#include "core/pstate/BlendingContent.h"
#include "core/pstate/GrayscaleStepsLut.h"
#include "core/pstate/ImagePresentation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QCoreApplication>

namespace pellucid {
namespace {

class BlendText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::BlendedFrameRenderer)
};

std::string stringOf(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFString(tag, value);
    return value.c_str();
}

// The first VOI item of an input that covers the image (PS3.3 C.11.8, as presentationFor).
const SoftcopyVoi* voiFor(const BlendingInput& input, const std::string& uid, int frame) {
    for (const SoftcopyVoi& voi : input.vois)
        if (voi.applies.covers(uid, frame))
            return &voi;
    return nullptr;
}

// The underlying input's Modality LUT: the item's, else the image's own (a Blending state may
// leave it to the image; the grey steps need one to undo what core/pixel applied).
void takeImageModality(const PixelDescription& image, int frame, GrayscaleSteps& steps) {
    if (steps.rescale || steps.modalityLut)
        return;
    if (image.modalityLut) {
        LutData lut;
        lut.descriptor[0] = static_cast<std::uint16_t>(image.modalityLut->entries.size());
        lut.descriptor[1] = static_cast<std::uint16_t>(image.modalityLut->firstMapped);
        lut.descriptor[2] = static_cast<std::uint16_t>(image.modalityLut->bits);
        lut.data = image.modalityLut->entries;
        steps.modalityLut = std::make_shared<const LutData>(std::move(lut));
    } else {
        steps.rescale = image.rescaleOf(frame);
    }
}

double pixelWidthOverHeight(const PlaneGrid& grid) {
    return grid.columnSpacing / grid.rowSpacing;
}

struct SuperimposedSlices {
    std::vector<SuperimposedVolume::Slice> slices;
    std::string frameOfReference;
};

// The first frame of every file the state lists as superimposed, as modality values through the
// input's rescale (PS3.3 C.11.14: the item's Modality LUT replaces the image's).
SuperimposedSlices readSuperimposed(const std::vector<std::filesystem::path>& files,
                                    const BlendingInput& input,
                                    std::vector<std::string>& warnings) {
    SuperimposedSlices out;
    int unreadable = 0;
    bool tableWarned = false;
    for (const auto& file : files) {
        auto opened = InstancePixels::open(file);
        if (std::holds_alternative<std::string>(opened)) {
            ++unreadable;
            continue;
        }
        const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
        DcmItem& header = *pixels.dataset();
        if (!input.images.covers(stringOf(header, DCM_SOPInstanceUID), 1))
            continue;
        const SliceGeometry geometry = SliceGeometry::read(header);
        const auto& description = pixels.description();
        const auto grid =
            PlaneGrid::of(geometry, description.layout.columns, description.layout.rows);
        auto decoded = decodeModalityFrame(pixels, 0);
        if (!grid || !description.isMonochrome() || std::holds_alternative<std::string>(decoded)) {
            warnings.push_back(BlendText::tr("%1: no image plane or grey pixels; left out")
                                   .arg(QString::fromStdString(file.filename().string()))
                                   .toStdString());
            continue;
        }
        const ModalityFrame& frame = std::get<ModalityFrame>(decoded);
        const SliceSamples samples{frame.voxels.data(), frame.type, frame.columns, frame.rows};
        const auto [slope, intercept] = description.rescaleOf(0);
        const bool stateRescale = input.grayscale.rescale && !description.modalityLut;
        if (input.grayscale.modalityLut && !tableWarned) {
            tableWarned = true;
            warnings.push_back(BlendText::tr("the superimposed input's Modality LUT table is not "
                                             "applied; the images' own is used")
                                   .toStdString());
        }
        SuperimposedVolume::Slice slice;
        slice.grid = *grid;
        slice.thickness = geometry.sliceThickness.value_or(0);
        slice.values.resize(samples.pixelCount());
        for (int y = 0; y < samples.height; ++y)
            for (int x = 0; x < samples.width; ++x) {
                double value = samples.valueAt(x, y);
                if (stateRescale) // back to the stored value, then the state's rescale
                    value = (value - intercept) / slope * input.grayscale.rescale->first +
                            input.grayscale.rescale->second;
                slice.values[std::size_t(y) * std::size_t(samples.width) + std::size_t(x)] =
                    float(value);
            }
        if (out.frameOfReference.empty())
            out.frameOfReference = geometry.frameOfReferenceUid;
        out.slices.push_back(std::move(slice));
    }
    if (unreadable > 0)
        warnings.push_back(
            BlendText::tr("%n superimposed file(s) could not be read; left out", "", unreadable)
                .toStdString());
    return out;
}

} // namespace

std::variant<RenderedFrame, QString>
renderBlendedFrame(const QString& underlyingFile, const RenderRequest& r,
                   const std::vector<std::filesystem::path>& superimposedFiles) {
    if (!r.state || !r.state->blending)
        return BlendText::tr("the presentation state is not a Blending one");
    const PresentationState& state = *r.state;
    const BlendingContent& blending = *state.blending;
    if (const std::string dcmtk = ensureDcmtkCodecs(); !dcmtk.empty())
        return QString::fromStdString(dcmtk);
    auto opened = InstancePixels::open(std::filesystem::path(underlyingFile.toStdU16String()));
    if (auto* e = std::get_if<std::string>(&opened))
        return BlendText::tr("cannot read the pixel data: %1").arg(QString::fromStdString(*e));
    const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    if (r.frame < 0 || r.frame >= pixels.frameCount())
        return BlendText::tr("frame %1 does not exist; the image has %2")
            .arg(r.frame + 1)
            .arg(pixels.frameCount());
    DcmItem& header = *pixels.dataset();
    const PixelDescription& description = pixels.description();
    if (!description.isMonochrome())
        return BlendText::tr("the underlying image of a Blending state must be greyscale");
    auto decoded = decodeModalityFrame(pixels, r.frame);
    if (auto* e = std::get_if<std::string>(&decoded))
        return BlendText::tr("cannot decode: %1").arg(QString::fromStdString(*e));
    const ModalityFrame& values = std::get<ModalityFrame>(decoded);

    RenderedFrame out;
    out.warnings = state.problems;
    const std::string uid = stringOf(header, DCM_SOPInstanceUID);
    if (blending.underlying.images.images.empty() ||
        !blending.underlying.images.covers(uid, r.frame + 1))
        out.warnings.push_back(
            BlendText::tr("the Blending state does not list this image as its underlying image")
                .toStdString());

    // The underlying grey (PS3.4 N.2.4.1): Modality LUT, VOI, no Presentation LUT.
    GrayscaleSteps steps = blending.underlying.grayscale;
    takeImageModality(description, r.frame, steps);
    GrayscaleStepsLut::Window window;
    const SoftcopyVoi* voi = voiFor(blending.underlying, uid, r.frame + 1);
    if (r.window) {
        window.center = r.window->first, window.width = r.window->second;
    } else if (voi && voi->lut) {
        steps.voiLut = voi->lut;
    } else if (voi && voi->window) {
        window.center = voi->window->first, window.width = voi->window->second;
    } else {
        steps.noVoi = true;
    }
    auto lut = GrayscaleStepsLut::build(description, steps, window);
    if (auto* error = std::get_if<std::string>(&lut))
        return BlendText::tr("cannot apply the underlying input's grey steps: %1")
            .arg(QString::fromStdString(*error));
    const SliceSamples samples{values.voxels.data(), values.type, values.columns, values.rows};
    std::vector<std::uint8_t> grey(samples.pixelCount());
    std::get<GrayscaleStepsLut>(lut).apply(samples, grey.data());
    out.windowUsed =
        steps.voiLut ? BlendText::tr("underlying VOI LUT")
        : steps.noVoi
            ? BlendText::tr("underlying without VOI transformation")
            : BlendText::tr("underlying window %1/%2").arg(window.center).arg(window.width);

    const SliceGeometry geometry = SliceGeometry::read(header);
    const auto grid = PlaneGrid::of(geometry, values.columns, values.rows);
    SuperimposedSlices slices;
    if (!grid)
        out.warnings.push_back(BlendText::tr("the underlying image has no image plane (position, "
                                             "orientation, spacing); shown without the "
                                             "superimposed image")
                                   .toStdString());
    else
        slices = readSuperimposed(superimposedFiles, blending.superimposed, out.warnings);
    const SuperimposedVolume volume =
        SuperimposedVolume::of(std::move(slices.slices), out.warnings);
    DisplayImage frame;
    if (!grid || volume.empty()) {
        if (grid)
            out.warnings.push_back(
                BlendText::tr("the superimposed series %1 is not available; the underlying image "
                              "is shown alone")
                    .arg(QString::fromStdString(blending.superimposed.seriesUids.empty()
                                                    ? std::string("?")
                                                    : blending.superimposed.seriesUids.front()))
                    .toStdString());
        frame.width = values.columns;
        frame.height = values.rows;
        frame.pixels = std::move(grey);
    } else {
        // PS3.3 C.11.14: inputs in different frames of reference need a Spatial Registration,
        // which is not applied here: the patient coordinates are taken as they are.
        if (!geometry.frameOfReferenceUid.empty() && !slices.frameOfReference.empty() &&
            geometry.frameOfReferenceUid != slices.frameOfReference)
            out.warnings.push_back(BlendText::tr("the superimposed series is in another Frame "
                                                 "of Reference; blended without registration")
                                       .toStdString());
        PaletteColoring::Voi superimposedVoi;
        // One VOI for the whole superimposed series, its first item: a pixel samples whichever
        // slice lies nearest, so per-image VOI items cannot apply per pixel.
        const SoftcopyVoi* petVoi =
            blending.superimposed.vois.empty() ? nullptr : &blending.superimposed.vois.front();
        if (petVoi && petVoi->window)
            superimposedVoi.window = petVoi->window;
        else if (petVoi && petVoi->lut)
            superimposedVoi.lut = petVoi->lut;
        else
            superimposedVoi.range = volume.range();
        const PaletteColoring coloring(superimposedVoi, blending.palette);
        const BlendedPicture picture{grey.data(), *grid, &volume, &coloring,
                                     blending.relativeOpacity};
        frame = picture.paint();
        out.windowUsed += superimposedVoi.window
                              ? BlendText::tr("; superimposed window %1/%2, opacity %3")
                                    .arg(superimposedVoi.window->first)
                                    .arg(superimposedVoi.window->second)
                                    .arg(blending.relativeOpacity)
                              : BlendText::tr("; opacity %1").arg(blending.relativeOpacity);
        if (!blending.iccProfile.empty()) {
            // PS3.4 N.2.4.3: the blended RGB is in the profile's space; shown in sRGB.
            auto icc = IccTransform::fromProfile(blending.iccProfile);
            if (auto* t = std::get_if<std::shared_ptr<const IccTransform>>(&icc))
                (*t)->apply(frame.pixels.data(), frame.pixels.size() / 3);
            else
                out.warnings.push_back(std::get<std::string>(icc));
        }
    }
    frame = spatiallyTransformed(frame, state.rotation, state.flip);
    if (r.size.isEmpty()) {
        out.image = std::move(frame);
        return out;
    }
    const bool swap = state.rotation == 90 || state.rotation == 270;
    const double aspect = grid ? pixelWidthOverHeight(*grid) : 1.0;
    out.image = letterbox(frame, r.size.width(), r.size.height(), swap ? 1 / aspect : aspect);
    return out;
}

} // namespace pellucid
