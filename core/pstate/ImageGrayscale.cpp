#include "core/pstate/ImageGrayscale.h"

#include "core/pixel/PixelDescription.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace pellucid {

std::optional<GrayscaleSteps> imageVoiLutSteps(DcmItem& dataset, const PixelDescription& pixels) {
    if (!pixels.isMonochrome() || dataset.tagExists(DCM_WindowCenter))
        return std::nullopt;
    DcmItem* item = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_VOILUTSequence, item, 0).bad() || !item)
        return std::nullopt;
    auto lut = LutData::read(*item);
    if (!lut)
        return std::nullopt;
    GrayscaleSteps steps;
    steps.ownImage = true;
    steps.voiLut = std::make_shared<const LutData>(std::move(*lut));
    if (pixels.modalityLut) {
        LutData modality;
        modality.descriptor[0] = static_cast<std::uint16_t>(pixels.modalityLut->entries.size());
        modality.descriptor[1] = static_cast<std::uint16_t>(pixels.modalityLut->firstMapped);
        modality.descriptor[2] = static_cast<std::uint16_t>(pixels.modalityLut->bits);
        modality.data = pixels.modalityLut->entries;
        steps.modalityLut = std::make_shared<const LutData>(std::move(modality));
    } else {
        steps.rescale = std::make_pair(pixels.rescaleSlope, pixels.rescaleIntercept);
    }
    return steps;
}

} // namespace pellucid
