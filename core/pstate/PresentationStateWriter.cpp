#include "core/pstate/PresentationStateWriter.h"

#include "core/charset/DicomCharset.h"
#include "core/codec/DcmtkDecoderCodec.h"
#include "core/pstate/ColorPresentationState.h"
#include "core/pstate/ContentLabel.h"
#include "core/pstate/PresentationContentCheck.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmpstat/dvpsgr.h>
#include <dcmtk/dcmpstat/dvpstat.h>
#include <dcmtk/dcmpstat/dvpstx.h>

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace pellucid {
namespace {

class PresentationStateText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::PresentationStateWriter)
};

QString dcmtkError(const QString& what, const OFCondition& condition) {
    return PresentationStateText::tr("%1: %2").arg(what, QString::fromLatin1(condition.text()));
}

std::string stringOf(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return std::string(value.c_str(), value.length());
}

// The copy the presentation state is made from speaks UTF-8: DCMTK copies the patient and study
// attributes from it as they are, and the state declares ISO_IR 192 (PS3.3 C.12.1.1.2) for the
// texts we add, so the image's own character set must not leak in.
OFCondition convertTextToUtf8(DcmDataset& image) {
    const DicomCharset charset =
        DicomCharset::fromSpecificCharacterSet(stringOf(image, DCM_SpecificCharacterSet));
    for (unsigned long i = 0; i < image.card(); ++i) {
        DcmElement* element = image.getElement(i);
        const DcmEVR vr = element->ident();
        const bool personName = vr == EVR_PN;
        const bool text = vr == EVR_ST || vr == EVR_LT || vr == EVR_UT;
        if (!personName && !text && vr != EVR_LO && vr != EVR_SH && vr != EVR_UC)
            continue;
        OFString raw;
        if (element->getOFStringArray(raw).bad() || raw.empty())
            continue;
        const std::string_view bytes(raw.c_str(), raw.length());
        const std::string utf8 =
            text ? charset.textToUtf8(bytes) : charset.toUtf8(bytes, personName);
        if (const OFCondition put = element->putOFStringArray(OFString(utf8.c_str(), utf8.size()));
            put.bad())
            return put;
    }
    return image.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
}

bool isMonochrome(DcmDataset& image) {
    const std::string photometric = stringOf(image, DCM_PhotometricInterpretation);
    return photometric.rfind("MONOCHROME", 0) == 0;
}

DVPSGraphicType dcmtkGraphicType(GraphicType type) {
    switch (type) {
    case GraphicType::Point:
        return DVPST_point;
    case GraphicType::Polyline:
        return DVPST_polyline;
    case GraphicType::Interpolated:
        return DVPST_interpolated;
    case GraphicType::Circle:
        return DVPST_circle;
    case GraphicType::Ellipse:
        return DVPST_ellipse;
    }
    return DVPST_polyline;
}

QString addText(DVPresentationState& state, std::size_t layer, const TextAnnotation& text,
                DVPSObjectApplicability applicability) {
    DVPSTextObject* object = state.addTextObject(layer, applicability);
    if (!object)
        return PresentationStateText::tr("DCMTK refused a text object");
    OFCondition result = object->setText(text.text.c_str());
    if (result.good() && text.anchor)
        result = object->setAnchorPoint(text.anchor->column, text.anchor->row, DVPSA_pixels,
                                        text.anchorVisible ? OFTrue : OFFalse);
    if (result.good() && text.box)
        result = object->setBoundingBox(text.box->first.column, text.box->first.row,
                                        text.box->second.column, text.box->second.row, DVPSA_pixels,
                                        DVPSX_left);
    return result.good() ? QString() : dcmtkError(PresentationStateText::tr("text object"), result);
}

QString addShape(DVPresentationState& state, std::size_t layer, const GraphicShape& shape,
                 DVPSObjectApplicability applicability) {
    DVPSGraphicObject* object = state.addGraphicObject(layer, applicability);
    if (!object)
        return PresentationStateText::tr("DCMTK refused a graphic object");
    std::vector<Float32> data;
    for (const PixelPoint& p : shape.points) {
        data.push_back(static_cast<Float32>(p.column));
        data.push_back(static_cast<Float32>(p.row));
    }
    OFCondition result = object->setData(shape.points.size(), data.data(), DVPSA_pixels);
    if (result.good())
        result = object->setGraphicType(dcmtkGraphicType(shape.type));
    if (result.good())
        result = object->setFilled(shape.filled ? OFTrue : OFFalse);
    return result.good() ? QString()
                         : dcmtkError(PresentationStateText::tr("graphic object"), result);
}

// DCMTK writes Graphic Filled for every shape but POINT; PS3.3 C.10.5 makes it Type 1C, present
// only for closed shapes, so it goes again from open polylines.
void dropGraphicFilledOfOpenShapes(DcmDataset& state) {
    DcmSequenceOfItems* annotations = nullptr;
    if (state.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).bad() || !annotations)
        return;
    for (unsigned long a = 0; a < annotations->card(); ++a) {
        DcmSequenceOfItems* objects = nullptr;
        if (annotations->getItem(a)->findAndGetSequence(DCM_GraphicObjectSequence, objects).bad() ||
            !objects)
            continue;
        for (unsigned long o = 0; o < objects->card(); ++o) {
            DcmItem* object = objects->getItem(o);
            const std::string type = stringOf(*object, DCM_GraphicType);
            if (type != "POLYLINE" && type != "INTERPOLATED")
                continue;
            const Float32* data = nullptr;
            unsigned long count = 0;
            object->findAndGetFloat32Array(DCM_GraphicData, data, &count);
            const bool closed =
                data && count >= 6 && data[0] == data[count - 2] && data[1] == data[count - 1];
            if (!closed)
                object->findAndDeleteElement(DCM_GraphicFilled);
        }
    }
}

QString applyShutters(DVPresentationState& state, const ShutterSpec& shutters) {
    OFCondition result = EC_Normal;
    if (shutters.rectangle) {
        const auto& r = *shutters.rectangle;
        if (r.left >= r.right || r.top >= r.bottom)
            return PresentationStateText::tr("the rectangular shutter is empty");
        result = state.setRectShutter(r.left, r.right, r.top, r.bottom);
    }
    if (result.good() && shutters.circle) {
        if (shutters.circle->radius < 1)
            return PresentationStateText::tr("the circular shutter has no radius");
        result = state.setCircularShutter(shutters.circle->column, shutters.circle->row,
                                          shutters.circle->radius);
    }
    if (result.good() && !shutters.polygon.empty()) {
        if (shutters.polygon.size() < 3)
            return PresentationStateText::tr("a polygonal shutter needs three vertices");
        result = state.setPolyShutterOrigin(shutters.polygon.front().first,
                                            shutters.polygon.front().second);
        // DCMTK closes the polygon, and activates the shutter, when the origin comes again.
        for (std::size_t i = 1; result.good() && i <= shutters.polygon.size(); ++i) {
            const auto& v = shutters.polygon[i % shutters.polygon.size()];
            result = state.addPolyShutterVertex(v.first, v.second);
        }
    }
    if (result.good() && (shutters.rectangle || shutters.circle || !shutters.polygon.empty()))
        result = state.setShutterPresentationValue(shutters.presentationValue);
    return result.good() ? QString() : dcmtkError(PresentationStateText::tr("shutter"), result);
}

DVPSRotationType dcmtkRotation(int degrees) {
    switch (degrees) {
    case 90:
        return DVPSR_90_deg;
    case 180:
        return DVPSR_180_deg;
    case 270:
        return DVPSR_270_deg;
    default:
        return DVPSR_0_deg;
    }
}

// Per image, because the displayed area counts that image's rows and columns and carries its
// own Presentation Pixel Spacing (PS3.3 C.10.4).
QString applyDisplayedArea(DVPresentationState& state, const std::optional<DisplayedAreaSpec>& spec,
                           unsigned long columns, unsigned long rows) {
    const DisplayedAreaSpec area = spec.value_or(DisplayedAreaSpec{});
    const auto right = static_cast<Sint32>(area.right > 0 ? area.right : static_cast<int>(columns));
    const auto bottom = static_cast<Sint32>(area.bottom > 0 ? area.bottom : static_cast<int>(rows));
    if (area.left > right || area.top > bottom)
        return PresentationStateText::tr("the displayed area is empty");
    if (area.sizeMode == DisplayedAreaSpec::SizeMode::Magnify && !(area.magnification > 0))
        return PresentationStateText::tr("the magnification must be positive");
    const OFCondition result = state.setImageRelativeDisplayedArea(
        area.sizeMode == DisplayedAreaSpec::SizeMode::Magnify ? DVPSD_magnify : DVPSD_scaleToFit,
        area.left, area.top, right, bottom, area.magnification, DVPSB_currentImage);
    return result.good() ? QString()
                         : dcmtkError(PresentationStateText::tr("displayed area"), result);
}

QString applyWindow(DVPresentationState& state,
                    const std::optional<std::pair<double, double>>& window) {
    OFCondition result = EC_Normal;
    if (window) {
        if (!(window->second >= 1))
            return PresentationStateText::tr("the window width must be at least 1");
        result = state.setVOIWindow(window->first, window->second, nullptr, DVPSB_currentImage);
    } else if (state.getNumberOfVOIWindowsInImage() > 0) {
        // No window chosen: keep what the image shows by default (PS3.4 N.2.1.2: without a
        // Softcopy VOI LUT the state would show the unwindowed modality values).
        result = state.setVOIWindowFromImage(0, DVPSB_currentImage);
    } else if (state.getNumberOfVOILUTsInImage() > 0) {
        result = state.setVOILUTFromImage(0, DVPSB_currentImage);
    }
    return result.good() ? QString() : dcmtkError(PresentationStateText::tr("VOI window"), result);
}

} // namespace

std::variant<BuiltPresentationState, QString>
buildPresentationState(const PresentationStateContent& content) {
    if (QString error = contentProblem(content); !error.isEmpty())
        return error;
    // DCMTK renders each image to place its window and displayed area: compressed ones too.
    if (const std::string error = ensureDcmtkCodecs(); !error.empty())
        return QString::fromStdString(error);

    // Colour images go through DCMTK as grey stand-ins and make a Color Softcopy Presentation
    // State (see ColorPresentationState.h); one state is either kind, not both.
    std::vector<std::unique_ptr<DcmDataset>> images;
    std::size_t colourImages = 0;
    for (const PresentationImage& image : content.images) {
        auto copy = std::make_unique<DcmDataset>(*image.dataset);
        const QString sopInstance = QString::fromStdString(stringOf(*copy, DCM_SOPInstanceUID));
        const bool colour = isColourImage(*copy);
        if (!colour && !isMonochrome(*copy))
            return PresentationStateText::tr("%1 is a palette colour image: it needs a "
                                             "Pseudo-Color Softcopy Presentation State, which "
                                             "Pellucid does not write yet")
                .arg(sopInstance);
        if (const OFCondition converted = convertTextToUtf8(*copy); converted.bad())
            return dcmtkError(PresentationStateText::tr("character set of %1").arg(sopInstance),
                              converted);
        if (colour) {
            ++colourImages;
            copy = greyStandIn(*copy);
        }
        images.push_back(std::move(copy));
    }
    const bool colour = colourImages > 0;
    if (colour && colourImages != images.size())
        return PresentationStateText::tr(
            "one presentation state cannot hold colour and grayscale images");
    if (colour && content.window)
        return PresentationStateText::tr(
            "colour images have no VOI window (PS3.3 A.33.2): give no window");

    // A state belongs to one study (PS3.3 C.11.11: the Referenced Series Sequence lists series
    // of the state's own study) and names each image once; DCMTK would only say "illegal call".
    std::set<std::string> seen;
    for (const auto& image : images) {
        const std::string sopInstance = stringOf(*image, DCM_SOPInstanceUID);
        if (stringOf(*image, DCM_StudyInstanceUID) !=
            stringOf(*images.front(), DCM_StudyInstanceUID))
            return PresentationStateText::tr("%1 belongs to another study than the first image")
                .arg(QString::fromStdString(sopInstance));
        if (!seen.insert(sopInstance).second)
            return PresentationStateText::tr("%1 is given twice")
                .arg(QString::fromStdString(sopInstance));
    }

    DVPresentationState state;
    // The image's overlays are shown only when a presentation state activates them (PS3.4
    // N.2.4), so they are referenced; its own display shutter is taken over unless the user set
    // one; the VOI is set per image below.
    const ShutterSpec& shutters = content.shutters;
    const bool userShutter = shutters.rectangle || shutters.circle || !shutters.polygon.empty();
    OFCondition result =
        state.createFromImage(*images.front(), DVPSO_referenceOverlays, DVPSV_ignoreVOI, OFFalse,
                              userShutter ? OFFalse : OFTrue, OFTrue, DVPSG_twoLayers);
    if (result.bad())
        return dcmtkError(PresentationStateText::tr("cannot make a presentation state"), result);
    for (std::size_t i = 1; i < images.size(); ++i) {
        result = state.addImageReference(*images[i]);
        if (result.bad())
            return dcmtkError(
                PresentationStateText::tr("cannot reference %1")
                    .arg(QString::fromStdString(stringOf(*images[i], DCM_SOPInstanceUID))),
                result);
    }

    result = state.setRotation(dcmtkRotation(content.rotation));
    if (result.good())
        result = state.setFlip(content.horizontalFlip ? OFTrue : OFFalse);
    if (result.bad())
        return dcmtkError(PresentationStateText::tr("spatial transformation"), result);
    if (QString error = applyShutters(state, shutters); !error.isEmpty())
        return error;

    std::vector<GraphicLayerSpec> layers = content.layers;
    std::stable_sort(layers.begin(), layers.end(),
                     [](const auto& a, const auto& b) { return a.order < b.order; });
    for (const GraphicLayerSpec& layer : layers) {
        const std::string name = codeStringOf(layer.name);
        // addGraphicLayer puts the new layer in front of the others: ascending order.
        result = state.addGraphicLayer(
            name.c_str(), layer.description.empty() ? nullptr : layer.description.c_str());
        const std::size_t index = state.getGraphicLayerIndex(name.c_str());
        if (result.good() && layer.recommendedGrey)
            result =
                state.setGraphicLayerRecommendedDisplayValueGray(index, *layer.recommendedGrey);
        if (result.bad())
            return dcmtkError(
                PresentationStateText::tr("graphic layer %1").arg(QString::fromStdString(name)),
                result);
    }
    auto layerIndex = [&](const std::string& name) {
        return state.getGraphicLayerIndex(codeStringOf(name).c_str());
    };
    auto addAnnotations = [&](const Annotations& annotations,
                              DVPSObjectApplicability applicability) -> QString {
        for (const TextAnnotation& text : annotations.texts)
            if (QString error = addText(state, layerIndex(text.layer), text, applicability);
                !error.isEmpty())
                return error;
        for (const GraphicShape& shape : annotations.graphics)
            if (QString error = addShape(state, layerIndex(shape.layer), shape, applicability);
                !error.isEmpty())
                return error;
        return {};
    };

    for (std::size_t i = 0; i < images.size(); ++i) {
        result = state.attachImage(images[i].get(), OFFalse);
        if (result.bad())
            return dcmtkError(
                PresentationStateText::tr("DCMTK cannot render %1")
                    .arg(QString::fromStdString(stringOf(*images[i], DCM_SOPInstanceUID))),
                result);
        unsigned long columns = 0, rows = 0;
        state.getImageWidth(columns);
        state.getImageHeight(rows);
        QString error = colour ? QString() : applyWindow(state, content.window);
        if (error.isEmpty())
            error = applyDisplayedArea(state, content.displayedArea, columns, rows);
        if (error.isEmpty())
            error = addAnnotations(content.images[i].annotations, DVPSB_currentImage);
        // Last, with the last image still attached: DCMTK puts an object into the first
        // annotation item of its layer that applies to the attached image, and an item for all
        // images applies to every one, so per-image objects added after it would join it.
        if (error.isEmpty() && i + 1 == images.size())
            error = addAnnotations(content.annotations, DVPSB_allImages);
        if (!error.isEmpty()) {
            state.detachImage();
            return error;
        }
    }
    state.detachImage();

    const std::string label = codeStringOf(content.contentLabel);
    result = state.setPresentationLabel(label.c_str());
    if (result.good() && !content.contentDescription.empty())
        result = state.setPresentationDescription(content.contentDescription.c_str());
    if (result.good() && !content.creatorName.empty())
        result = state.setPresentationCreatorsName(content.creatorName.c_str());
    if (result.bad())
        return dcmtkError(PresentationStateText::tr("content identification"), result);

    BuiltPresentationState built;
    built.file = std::make_unique<DcmFileFormat>();
    DcmDataset& dataset = *built.file->getDataset();
    result = state.write(dataset, OFTrue);
    if (result.good())
        result = dataset.putAndInsertString(DCM_InstanceNumber,
                                            std::to_string(content.instanceNumber).c_str());
    if (result.bad())
        return dcmtkError(PresentationStateText::tr("cannot write the presentation state"), result);
    // General Series (PS3.3 C.7.3.1): Laterality is Type 2C, required for paired body parts
    // unless the images say it per image. The state shows the images' series, so it carries
    // their value, or empty (unknown) when they have none; DCMTK does not copy it.
    if (result.good())
        result = dataset.putAndInsertString(DCM_Laterality,
                                            stringOf(*images.front(), DCM_Laterality).c_str());
    if (result.bad())
        return dcmtkError(PresentationStateText::tr("cannot write the presentation state"), result);
    dropGraphicFilledOfOpenShapes(dataset);
    if (colour)
        if (const std::string error = makeColorSoftcopyState(dataset); !error.empty())
            return PresentationStateText::tr("cannot make the colour presentation state: %1")
                .arg(QString::fromStdString(error));
    built.sopClassUid = stringOf(dataset, DCM_SOPClassUID);
    built.sopInstanceUid = stringOf(dataset, DCM_SOPInstanceUID);
    built.seriesInstanceUid = stringOf(dataset, DCM_SeriesInstanceUID);
    built.studyInstanceUid = stringOf(dataset, DCM_StudyInstanceUID);
    return built;
}

} // namespace pellucid
