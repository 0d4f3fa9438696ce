#include "core/pstate/ColorPresentationState.h"

#include "core/pstate/SrgbIccProfile.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <vector>

namespace pellucid {

bool isColourImage(DcmDataset& image) {
    OFString photometric;
    image.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    return photometric.compare(0, 10, "MONOCHROME") != 0 && photometric != "PALETTE COLOR";
}

std::unique_ptr<DcmDataset> greyStandIn(const DcmDataset& colourImage) {
    auto standIn = std::make_unique<DcmDataset>(colourImage);
    Uint16 rows = 0, columns = 0;
    standIn->findAndGetUint16(DCM_Rows, rows);
    standIn->findAndGetUint16(DCM_Columns, columns);
    Sint32 frames = 1;
    if (standIn->findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    for (const DcmTagKey& tag : {DCM_PixelData, DCM_PlanarConfiguration, DCM_ICCProfile})
        standIn->findAndDeleteElement(tag);
    standIn->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    standIn->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    standIn->putAndInsertUint16(DCM_BitsAllocated, 8);
    standIn->putAndInsertUint16(DCM_BitsStored, 8);
    standIn->putAndInsertUint16(DCM_HighBit, 7);
    standIn->putAndInsertUint16(DCM_PixelRepresentation, 0);
    const std::vector<Uint8> blank(std::size_t{rows} * columns * static_cast<std::size_t>(frames));
    standIn->putAndInsertUint8Array(DCM_PixelData, blank.data(),
                                    static_cast<unsigned long>(blank.size()));
    // The pixels are native now, whatever syntax the image came in.
    standIn->updateOriginalXfer();
    return standIn;
}

std::string makeColorSoftcopyState(DcmDataset& state) {
    OFCondition result =
        state.putAndInsertString(DCM_SOPClassUID, UID_ColorSoftcopyPresentationStateStorage);
    for (const DcmTagKey& tag :
         {DCM_SoftcopyVOILUTSequence, DCM_PresentationLUTShape, DCM_PresentationLUTSequence,
          DCM_RescaleIntercept, DCM_RescaleSlope, DCM_RescaleType, DCM_ModalityLUTSequence})
        state.findAndDeleteElement(tag);
    // Grey P-value p is CIELab L* = 100 p / 65535 with a* = b* = 0, which PS3.3 C.10.7.1.1
    // encodes as p, 0x8080, 0x8080. The grey value stays too: C.11.12 allows it next to the
    // colour, and dciodvfy asks for it.
    Uint16 pValue = 0;
    if (result.good() && state.findAndGetUint16(DCM_ShutterPresentationValue, pValue).good()) {
        const Uint16 lab[3] = {pValue, 0x8080, 0x8080};
        result = state.putAndInsertUint16Array(DCM_ShutterPresentationColorCIELabValue, lab, 3);
    }
    const std::vector<std::uint8_t> profile = srgbIccProfile();
    if (result.good())
        result = state.putAndInsertUint8Array(DCM_ICCProfile, profile.data(),
                                              static_cast<unsigned long>(profile.size()));
    if (result.good())
        result = state.putAndInsertString(DCM_ColorSpace, "SRGB");
    return result.good() ? std::string() : std::string(result.text());
}

} // namespace pellucid
