#include "core/pstate/BlendingContent.h"

#include "core/dicom/DicomText.h"
#include "core/pstate/PresentationStateReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <cmath>

namespace pellucid {
namespace {

// A copy of `from`: all of it, or only the elements `tags` (those present).
std::unique_ptr<DcmDataset> copyOf(DcmItem& from, std::initializer_list<DcmTagKey> tags = {}) {
    auto copy = std::make_unique<DcmDataset>();
    for (unsigned long i = 0; i < from.card(); ++i) {
        DcmElement* element = from.getElement(i);
        if (!element)
            continue;
        bool wanted = tags.size() == 0;
        for (const DcmTagKey& tag : tags)
            wanted = wanted || element->getTag() == tag;
        if (wanted)
            copy->insert(static_cast<DcmElement*>(element->clone()), true);
    }
    return copy;
}

// A Blending Sequence item has the shape of a Grayscale Softcopy Presentation State's own
// references, Modality LUT and Softcopy VOI LUT modules (PS3.3 C.11.14 includes the same macros):
// read as one, so that both are read by the same tolerant code.
BlendingInput readInput(DcmItem& item, DcmItem& parent, const std::string& position,
                        std::vector<std::string>& problems) {
    BlendingInput input;
    OFString study;
    if (item.findAndGetOFString(DCM_StudyInstanceUID, study).good())
        input.studyInstanceUid = study.c_str();
    auto copy = copyOf(item);
    OFString charset;
    if (parent.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset).good())
        copy->putAndInsertString(DCM_SpecificCharacterSet, charset.c_str());
    copy->putAndInsertString(DCM_SOPClassUID,
                             presentationStateSopClass(PresentationState::Kind::Grayscale));
    copy->putAndInsertString(DCM_SOPInstanceUID, "1");
    auto read = readPresentationState(*copy);
    if (auto* error = std::get_if<std::string>(&read)) {
        problems.push_back(position + " input: " + *error);
        return input;
    }
    PresentationState& as = std::get<PresentationState>(read);
    for (const std::string& problem : as.problems)
        problems.push_back(position + " input: " + problem);
    input.seriesUids = std::move(as.seriesUids);
    input.images = std::move(as.referenced);
    input.grayscale.rescale = as.grayscale.rescale;
    input.grayscale.modalityLut = as.grayscale.modalityLut;
    input.vois = std::move(as.vois);
    return input;
}

// The Palette Color Lookup Table module (PS3.3 C.7.9) read as core/pixel reads a PALETTE COLOR
// image's, on a one-pixel stand-in, so that segmented tables unroll the same way.
std::optional<std::vector<PaletteLut>> readPalette(DcmItem& dataset,
                                                   std::vector<std::string>& problems) {
    auto standIn = copyOf(
        dataset,
        {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
         DCM_BluePaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
         DCM_GreenPaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData,
         DCM_SegmentedRedPaletteColorLookupTableData, DCM_SegmentedGreenPaletteColorLookupTableData,
         DCM_SegmentedBluePaletteColorLookupTableData});
    if (standIn->card() == 0) {
        problems.push_back("no Palette Color Lookup Table for the superimposed image; shown in "
                           "grey");
        return std::nullopt;
    }
    standIn->putAndInsertUint16(DCM_Rows, 1);
    standIn->putAndInsertUint16(DCM_Columns, 1);
    standIn->putAndInsertUint16(DCM_BitsAllocated, 16);
    standIn->putAndInsertUint16(DCM_BitsStored, 16);
    standIn->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    standIn->putAndInsertString(DCM_PhotometricInterpretation, "PALETTE COLOR");
    auto read = PixelDescription::read(*standIn);
    if (auto* error = std::get_if<std::string>(&read)) {
        problems.push_back("Palette Color Lookup Table: " + *error + "; shown in grey");
        return std::nullopt;
    }
    auto& palette = std::get<PixelDescription>(read).palette;
    const std::size_t entries = palette ? (*palette)[0].entries.size() : 0;
    for (int c = 1; palette && c < 3; ++c)
        if ((*palette)[std::size_t(c)].entries.size() != entries ||
            (*palette)[std::size_t(c)].firstMapped != (*palette)[0].firstMapped) {
            problems.push_back("the red, green and blue palettes differ in size or first value; "
                               "shown in grey");
            return std::nullopt;
        }
    return palette;
}

} // namespace

BlendingContent readBlendingContent(DcmItem& dataset, std::vector<std::string>& problems) {
    BlendingContent content;
    DcmSequenceOfItems* sequence = nullptr;
    bool underlying = false, superimposed = false;
    if (dataset.findAndGetSequence(DCM_BlendingSequence, sequence).good() && sequence) {
        for (unsigned long i = 0; i < sequence->card(); ++i) {
            DcmItem* item = sequence->getItem(i);
            if (!item)
                continue;
            const std::string position = DicomText(*item, {}).code(DCM_BlendingPosition);
            bool& seen = position == "UNDERLYING" ? underlying : superimposed;
            if (position != "UNDERLYING" && position != "SUPERIMPOSED") {
                problems.push_back("a Blending Sequence item with Blending Position \"" + position +
                                   "\"; left out");
                continue;
            }
            if (seen) {
                problems.push_back("a second " + position +
                                   " item in the Blending Sequence; "
                                   "left out");
                continue;
            }
            seen = true;
            BlendingInput input = readInput(
                *item, dataset, position == "UNDERLYING" ? "underlying" : "superimposed", problems);
            (position == "UNDERLYING" ? content.underlying : content.superimposed) =
                std::move(input);
        }
    }
    if (!underlying)
        problems.push_back("the Blending Sequence has no UNDERLYING item");
    if (!superimposed)
        problems.push_back("the Blending Sequence has no SUPERIMPOSED item; the underlying image "
                           "is shown alone");

    content.palette = readPalette(dataset, problems);

    Float32 opacity = 0;
    if (dataset.findAndGetFloat32(DCM_RelativeOpacity, opacity).good()) {
        if (std::isfinite(opacity) && opacity >= 0 && opacity <= 1)
            content.relativeOpacity = opacity;
        else
            problems.push_back("Relative Opacity is not within 0..1; 0.5 used");
    } else {
        problems.push_back("no Relative Opacity; 0.5 used");
    }

    DcmElement* icc = nullptr;
    Uint8* bytes = nullptr;
    if (dataset.findAndGetElement(DCM_ICCProfile, icc).good() && icc &&
        icc->getUint8Array(bytes).good() && bytes)
        content.iccProfile.assign(bytes, bytes + icc->getLength());
    return content;
}

} // namespace pellucid
