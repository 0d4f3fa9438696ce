#include "core/pstate/PresentationStateReader.h"

#include "core/dicom/DicomText.h"
#include "core/pstate/BlendingContent.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>
#include <cmath>

namespace pellucid {
namespace {

constexpr const char* kGrayscale = "1.2.840.10008.5.1.4.1.1.11.1";
constexpr const char* kColor = "1.2.840.10008.5.1.4.1.1.11.2";
constexpr const char* kPseudoColor = "1.2.840.10008.5.1.4.1.1.11.3";
constexpr const char* kBlending = "1.2.840.10008.5.1.4.1.1.11.4";

template <typename F> void forEachItem(DcmItem& item, const DcmTagKey& tag, F&& f) {
    DcmSequenceOfItems* seq = nullptr;
    if (item.findAndGetSequence(tag, seq).bad() || !seq)
        return;
    for (unsigned long i = 0; i < seq->card(); ++i)
        if (DcmItem* child = seq->getItem(i))
            f(*child);
}

ImageSelection readSelection(DcmItem& item) {
    ImageSelection selection;
    forEachItem(item, DCM_ReferencedImageSequence, [&](DcmItem& ref) {
        ImageSelection::Image image;
        OFString uid;
        if (ref.findAndGetOFString(DCM_ReferencedSOPInstanceUID, uid).bad() || uid.empty())
            return;
        image.sopInstanceUid = uid.c_str();
        Sint32 frame = 0;
        for (unsigned long i = 0; ref.findAndGetSint32(DCM_ReferencedFrameNumber, frame, i).good();
             ++i)
            image.frames.push_back(frame);
        selection.images.push_back(std::move(image));
    });
    return selection;
}

std::optional<AnnotationUnits> readUnits(const std::string& code) {
    if (code == "PIXEL")
        return AnnotationUnits::Pixel;
    if (code == "DISPLAY")
        return AnnotationUnits::Display;
    if (code == "MATRIX")
        return AnnotationUnits::Matrix;
    return std::nullopt;
}

template <std::size_t N>
std::optional<std::array<float, N>> readFloats(DcmItem& item, const DcmTagKey& tag) {
    std::array<float, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        Float32 v = 0;
        if (item.findAndGetFloat32(tag, v, static_cast<unsigned long>(i)).bad() ||
            !std::isfinite(v))
            return std::nullopt;
        values[i] = v;
    }
    return values;
}

std::optional<std::array<std::uint16_t, 3>> readCielab(DcmItem& item, const DcmTagKey& tag) {
    std::array<std::uint16_t, 3> lab{};
    for (unsigned long i = 0; i < 3; ++i) {
        Uint16 v = 0;
        if (item.findAndGetUint16(tag, v, i).bad())
            return std::nullopt;
        lab[i] = v;
    }
    return lab;
}

std::shared_ptr<const LutData> readLutItem(DcmItem& dataset, const DcmTagKey& sequence,
                                           const char* what, std::vector<std::string>& problems) {
    std::shared_ptr<const LutData> lut;
    bool first = true;
    forEachItem(dataset, sequence, [&](DcmItem& item) {
        if (!first)
            return;
        first = false;
        std::string problem;
        if (auto read = LutData::read(item, &problem))
            lut = std::make_shared<const LutData>(std::move(*read));
        else
            problems.push_back(std::string(what) + ": " + problem + "; not applied");
    });
    return lut;
}

void readGrayscale(DcmItem& ds, PresentationState& ps) {
    Float64 slope = 1, intercept = 0;
    if (ds.findAndGetFloat64(DCM_RescaleSlope, slope).good() &&
        ds.findAndGetFloat64(DCM_RescaleIntercept, intercept).good()) {
        if (std::isfinite(slope) && std::isfinite(intercept) && slope != 0)
            ps.grayscale.rescale = std::make_pair(double(slope), double(intercept));
        else
            ps.problems.push_back("Rescale Slope/Intercept are not usable; not applied");
    } else {
        ps.grayscale.modalityLut =
            readLutItem(ds, DCM_ModalityLUTSequence, "Modality LUT", ps.problems);
    }
    DicomText text(ds, DicomText::charsetOf(ds));
    const std::string shape = text.code(DCM_PresentationLUTShape);
    if (shape == "INVERSE")
        ps.grayscale.inverse = true;
    else if (!shape.empty() && shape != "IDENTITY")
        ps.problems.push_back("Presentation LUT Shape " + shape +
                              " is not for softcopy; IDENTITY used");
    if (shape.empty())
        ps.grayscale.presentationLut =
            readLutItem(ds, DCM_PresentationLUTSequence, "Presentation LUT", ps.problems);

    forEachItem(ds, DCM_SoftcopyVOILUTSequence, [&](DcmItem& item) {
        SoftcopyVoi voi;
        voi.applies = readSelection(item);
        Float64 center = 0, width = 0;
        if (item.findAndGetFloat64(DCM_WindowCenter, center).good() &&
            item.findAndGetFloat64(DCM_WindowWidth, width).good()) {
            if (std::isfinite(center) && std::isfinite(width) && width >= 1)
                voi.window = std::make_pair(double(center), double(width));
            else
                ps.problems.push_back("a VOI window with a width below 1; not applied");
        } else {
            voi.lut = readLutItem(item, DCM_VOILUTSequence, "VOI LUT", ps.problems);
        }
        OFString explanation;
        if (item.findAndGetOFString(DCM_WindowCenterWidthExplanation, explanation).good())
            voi.explanation = explanation.c_str();
        if (voi.window || voi.lut)
            ps.vois.push_back(std::move(voi));
    });
}

void readColor(DcmItem& ds, PresentationState& ps) {
    if (ps.kind == PresentationState::Kind::PseudoColor) {
        auto palette = readPaletteColorLut(ds);
        if (auto* p = std::get_if<std::vector<PaletteLut>>(&palette))
            ps.palette = std::move(*p);
        else
            ps.problems.push_back("Palette Color LUT: " + std::get<std::string>(palette) +
                                  "; shown in grey");
    }
    const Uint8* icc = nullptr;
    unsigned long length = 0;
    // The ICC Profile Module is at the top level of Color and Pseudo-Color states; some writers
    // put it in an ICC Profile item of the Color Space module, which is read too.
    if (ds.findAndGetUint8Array(DCM_ICCProfile, icc, &length).good() && icc && length > 0)
        ps.iccProfile.assign(icc, icc + length);
    else if (ps.kind == PresentationState::Kind::Color)
        ps.problems.push_back("a Color Softcopy Presentation State without an ICC profile; "
                              "colours shown as stored");
}

void readOverlaysAndShutters(DcmItem& ds, PresentationState& ps) {
    ps.shutter = DisplayShutter::read(ds, &ps.problems);
    Uint16 group = 0;
    if (ds.findAndGetUint16(DCM_ShutterOverlayGroup, group).good()) {
        if (group >= 0x6000 && group <= 0x601E && group % 2 == 0)
            ps.bitmapShutterGroup = group;
        else
            ps.problems.push_back("Shutter Overlay Group is not an overlay group; not applied");
    }
    ps.overlays = readOverlays(ds, 0);
    DicomText text(ds, DicomText::charsetOf(ds));
    for (int g = 0x6000; g <= 0x601E; g += 2) {
        const std::string layer =
            text.code(DcmTagKey(static_cast<Uint16>(g), DCM_OverlayActivationLayer.getElement()));
        if (!layer.empty())
            ps.activations.push_back({g, layer});
    }
}

void readSpatial(DcmItem& ds, PresentationState& ps) {
    DicomText text(ds, DicomText::charsetOf(ds));
    if (const auto rotation = text.integer(DCM_ImageRotation)) {
        if (*rotation == 0 || *rotation == 90 || *rotation == 180 || *rotation == 270)
            ps.rotation = int(*rotation);
        else
            ps.problems.push_back("Image Rotation " + std::to_string(*rotation) +
                                  " is not 0, 90, 180 or 270; not applied");
    }
    ps.flip = text.code(DCM_ImageHorizontalFlip) == "Y";

    forEachItem(ds, DCM_DisplayedAreaSelectionSequence, [&](DcmItem& item) {
        DisplayedArea area;
        area.applies = readSelection(item);
        Sint32 v[4] = {};
        if (item.findAndGetSint32(DCM_DisplayedAreaTopLeftHandCorner, v[0], 0).bad() ||
            item.findAndGetSint32(DCM_DisplayedAreaTopLeftHandCorner, v[1], 1).bad() ||
            item.findAndGetSint32(DCM_DisplayedAreaBottomRightHandCorner, v[2], 0).bad() ||
            item.findAndGetSint32(DCM_DisplayedAreaBottomRightHandCorner, v[3], 1).bad()) {
            ps.problems.push_back("a Displayed Area without both corners; not applied");
            return;
        }
        area.topLeft = {double(v[0]), double(v[1])};
        area.bottomRight = {double(v[2]), double(v[3])};
        DicomText t(item, DicomText::charsetOf(ds));
        const std::string mode = t.code(DCM_PresentationSizeMode);
        if (mode == "TRUE SIZE")
            area.sizeMode = DisplayedArea::SizeMode::TrueSize;
        else if (mode == "MAGNIFY")
            area.sizeMode = DisplayedArea::SizeMode::Magnify;
        Float64 row = 0, column = 0;
        if (item.findAndGetFloat64(DCM_PresentationPixelSpacing, row, 0).good() &&
            item.findAndGetFloat64(DCM_PresentationPixelSpacing, column, 1).good() && row > 0 &&
            column > 0)
            area.pixelSpacing = std::make_pair(double(row), double(column));
        Sint32 vertical = 0, horizontal = 0;
        if (item.findAndGetSint32(DCM_PresentationPixelAspectRatio, vertical, 0).good() &&
            item.findAndGetSint32(DCM_PresentationPixelAspectRatio, horizontal, 1).good() &&
            vertical > 0 && horizontal > 0)
            area.aspectRatio = std::make_pair(int(vertical), int(horizontal));
        Float32 magnification = 1;
        if (item.findAndGetFloat32(DCM_PresentationPixelMagnificationRatio, magnification).good() &&
            magnification > 0 && std::isfinite(magnification))
            area.magnification = magnification;
        ps.displayedAreas.push_back(std::move(area));
    });
}

std::optional<GraphicObject::Type> readGraphicType(const std::string& code) {
    using T = GraphicObject::Type;
    if (code == "POINT")
        return T::Point;
    if (code == "POLYLINE")
        return T::Polyline;
    if (code == "INTERPOLATED")
        return T::Interpolated;
    if (code == "CIRCLE")
        return T::Circle;
    if (code == "ELLIPSE")
        return T::Ellipse;
    return std::nullopt;
}

void readAnnotations(DcmItem& ds, PresentationState& ps) {
    const DicomCharset charset = DicomText::charsetOf(ds);
    forEachItem(ds, DCM_GraphicLayerSequence, [&](DcmItem& item) {
        DicomText t(item, charset);
        GraphicLayer layer;
        layer.name = t.code(DCM_GraphicLayer);
        if (layer.name.empty())
            return ps.problems.push_back("a Graphic Layer without a name; left out");
        layer.order = int(t.integer(DCM_GraphicLayerOrder).value_or(0));
        Uint16 gray = 0;
        if (item.findAndGetUint16(DCM_GraphicLayerRecommendedDisplayGrayscaleValue, gray).good())
            layer.gray = gray;
        layer.cielab = readCielab(item, DCM_GraphicLayerRecommendedDisplayCIELabValue);
        layer.description = t.text(DCM_GraphicLayerDescription);
        ps.layers.push_back(std::move(layer));
    });
    std::stable_sort(
        ps.layers.begin(), ps.layers.end(),
        [](const GraphicLayer& a, const GraphicLayer& b) { return a.order < b.order; });

    forEachItem(ds, DCM_GraphicAnnotationSequence, [&](DcmItem& item) {
        DicomText t(item, charset);
        GraphicAnnotation annotation;
        annotation.applies = readSelection(item);
        annotation.layer = t.code(DCM_GraphicLayer);
        if (std::none_of(ps.layers.begin(), ps.layers.end(),
                         [&](const GraphicLayer& l) { return l.name == annotation.layer; }))
            ps.problems.push_back("annotations in layer \"" + annotation.layer +
                                  "\", which the Graphic Layer Sequence does not define; drawn "
                                  "on top");
        forEachItem(item, DCM_TextObjectSequence, [&](DcmItem& textItem) {
            DicomText tt(textItem, charset);
            TextObject text;
            text.text = tt.text(DCM_UnformattedTextValue);
            text.boxUnits = readUnits(tt.code(DCM_BoundingBoxAnnotationUnits));
            text.anchorUnits = readUnits(tt.code(DCM_AnchorPointAnnotationUnits));
            if (text.boxUnits) {
                const auto tl = readFloats<2>(textItem, DCM_BoundingBoxTopLeftHandCorner);
                const auto br = readFloats<2>(textItem, DCM_BoundingBoxBottomRightHandCorner);
                if (tl && br)
                    text.box = std::array<float, 4>{(*tl)[0], (*tl)[1], (*br)[0], (*br)[1]};
            }
            if (text.anchorUnits)
                text.anchor = readFloats<2>(textItem, DCM_AnchorPoint);
            const std::string justification = tt.code(DCM_BoundingBoxTextHorizontalJustification);
            if (!justification.empty())
                text.justification = justification;
            text.anchorVisible = tt.code(DCM_AnchorPointVisibility) == "Y";
            forEachItem(textItem, DCM_TextStyleSequence, [&](DcmItem& style) {
                text.cielab = readCielab(style, DCM_TextColorCIELabValue);
            });
            if (!text.box && !text.anchor)
                return ps.problems.push_back("a text object with neither bounding box nor "
                                             "anchor point; left out");
            annotation.texts.push_back(std::move(text));
        });
        forEachItem(item, DCM_GraphicObjectSequence, [&](DcmItem& graphicItem) {
            DicomText gt(graphicItem, charset);
            GraphicObject graphic;
            const std::string typeCode = gt.code(DCM_GraphicType);
            const auto type = readGraphicType(typeCode);
            const auto units = readUnits(gt.code(DCM_GraphicAnnotationUnits));
            if (!type)
                return ps.problems.push_back("graphic type \"" + typeCode +
                                             "\" is unknown; left out");
            if (!units)
                return ps.problems.push_back("a graphic without annotation units; left out");
            graphic.type = *type;
            graphic.units = *units;
            const long long count = gt.integer(DCM_NumberOfGraphicPoints).value_or(0);
            DcmElement* data = nullptr;
            Float32* values = nullptr;
            if (count <= 0 || graphicItem.findAndGetElement(DCM_GraphicData, data).bad() ||
                data->getFloat32Array(values).bad() || !values ||
                data->getLength() / 4 < std::size_t(count) * 2)
                return ps.problems.push_back("a graphic whose Graphic Data does not hold its "
                                             "Number of Graphic Points; left out");
            for (long long i = 0; i < count; ++i) {
                const float x = values[2 * i], y = values[2 * i + 1];
                if (!std::isfinite(x) || !std::isfinite(y))
                    return ps.problems.push_back("a graphic with coordinates that are not "
                                                 "numbers; left out");
                graphic.points.push_back({x, y});
            }
            const std::size_t needed = graphic.type == GraphicObject::Type::Point     ? 1
                                       : graphic.type == GraphicObject::Type::Circle  ? 2
                                       : graphic.type == GraphicObject::Type::Ellipse ? 4
                                                                                      : 2;
            if (graphic.points.size() < needed)
                return ps.problems.push_back("a " + typeCode + " with too few points; left out");
            graphic.filled = gt.code(DCM_GraphicFilled) == "Y";
            forEachItem(graphicItem, DCM_LineStyleSequence, [&](DcmItem& style) {
                graphic.cielab = readCielab(style, DCM_PatternOnColorCIELabValue);
                Float32 thickness = 1;
                if (style.findAndGetFloat32(DCM_LineThickness, thickness).good() && thickness > 0 &&
                    thickness < 100)
                    graphic.thickness = thickness;
            });
            annotation.graphics.push_back(std::move(graphic));
        });
        ps.annotations.push_back(std::move(annotation));
    });
}

} // namespace

bool ImageSelection::covers(const std::string& uid, int frame) const {
    if (images.empty())
        return true;
    for (const Image& image : images)
        if (image.sopInstanceUid == uid)
            return image.frames.empty() ||
                   std::find(image.frames.begin(), image.frames.end(), frame) != image.frames.end();
    return false;
}

const char* presentationStateSopClass(PresentationState::Kind kind) {
    switch (kind) {
    case PresentationState::Kind::Grayscale:
        return kGrayscale;
    case PresentationState::Kind::Color:
        return kColor;
    case PresentationState::Kind::PseudoColor:
        return kPseudoColor;
    case PresentationState::Kind::Blending:
        return kBlending;
    case PresentationState::Kind::Other:
        break;
    }
    return "";
}

bool isPresentationStateSopClass(const std::string& uid) {
    // PS3.4 B.5: every Softcopy Presentation State Storage SOP Class shares this root; the
    // later ones (XA/XRF GSPS, Advanced Blending, Volumetric) are read for what they share.
    return uid.rfind("1.2.840.10008.5.1.4.1.1.11.", 0) == 0;
}

std::variant<PresentationState, std::string> readPresentationState(DcmItem& ds) {
    PresentationState ps;
    DicomText text(ds, DicomText::charsetOf(ds));
    ps.sopClassUid = text.code(DCM_SOPClassUID);
    if (!isPresentationStateSopClass(ps.sopClassUid))
        return std::string("not a presentation state (SOP Class ") + ps.sopClassUid + ")";
    ps.kind = ps.sopClassUid == kGrayscale     ? PresentationState::Kind::Grayscale
              : ps.sopClassUid == kColor       ? PresentationState::Kind::Color
              : ps.sopClassUid == kPseudoColor ? PresentationState::Kind::PseudoColor
              : ps.sopClassUid == kBlending    ? PresentationState::Kind::Blending
                                               : PresentationState::Kind::Other;
    ps.sopInstanceUid = text.code(DCM_SOPInstanceUID);
    if (ps.sopInstanceUid.empty())
        return std::string("the presentation state has no SOP Instance UID");
    ps.seriesInstanceUid = text.code(DCM_SeriesInstanceUID);
    ps.studyInstanceUid = text.code(DCM_StudyInstanceUID);
    ps.label = text.code(DCM_ContentLabel);
    ps.description = text.text(DCM_ContentDescription);
    ps.creator = text.text(DCM_ContentCreatorName);
    ps.creationDate = text.date(DCM_PresentationCreationDate);
    ps.creationTime = text.code(DCM_PresentationCreationTime);

    forEachItem(ds, DCM_ReferencedSeriesSequence, [&](DcmItem& series) {
        OFString uid;
        if (series.findAndGetOFString(DCM_SeriesInstanceUID, uid).good())
            ps.seriesUids.push_back(uid.c_str());
        for (ImageSelection::Image& image : readSelection(series).images)
            ps.referenced.images.push_back(std::move(image));
    });
    // A Blending state references its images in the Blending Sequence (PS3.3 C.11.14).
    if (ps.kind == PresentationState::Kind::Blending) {
        ps.blending = std::make_shared<const BlendingContent>(readBlendingContent(ds, ps.problems));
        // It applies to (and is chosen for) the images it blends onto.
        ps.referenced = ps.blending->underlying.images;
    } else if (ps.referenced.images.empty())
        ps.problems.push_back("the presentation state references no image");

    readGrayscale(ds, ps);
    readColor(ds, ps);
    readOverlaysAndShutters(ds, ps);
    readSpatial(ds, ps);
    readAnnotations(ds, ps);
    return ps;
}

} // namespace pellucid
