#include "core/pstate/GrayscaleStepsLut.h"

#include "core/pixel/ModalityFrame.h"
#include "core/pixel/PixelDescription.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcvrlo.h>
#include <dcmtk/dcmdata/dcvrus.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace pellucid {
namespace {

struct DcmtkLut {
    DcmUnsignedShort data{DcmTag(DCM_LUTData, EVR_US)};
    DcmUnsignedShort descriptor{DcmTag(DCM_LUTDescriptor, EVR_US)};
    DcmLongString explanation{DCM_LUTExplanation};
    explicit DcmtkLut(const LutData& lut) {
        descriptor.putUint16Array(lut.descriptor, 3);
        data.putUint16Array(lut.data.data(), static_cast<unsigned long>(lut.data.size()));
        explanation.putString(lut.explanation.c_str());
    }
};

// One pixel for every stored value of `bits` bits, in increasing order of value, as 16-bit words
// (two's complement within the bits when signed), laid out as the smallest near-square image.
struct Ramp {
    int minStored = 0;
    std::size_t count = 0;
    int columns = 0, rows = 0;
    std::vector<std::uint16_t> words;
    Ramp(int bits, bool isSigned) {
        count = std::size_t(1) << bits;
        minStored = isSigned ? -int(count / 2) : 0;
        columns = int(std::min<std::size_t>(count, 256));
        rows = int(count / std::size_t(columns));
        words.resize(count);
        const unsigned mask = unsigned(count - 1);
        for (std::size_t i = 0; i < count; ++i)
            words[i] = static_cast<std::uint16_t>(unsigned(minStored + int(i)) & mask);
    }
};

std::unique_ptr<DcmDataset> rampDataset(const Ramp& ramp, int bits, bool isSigned,
                                        const std::string& photometric) {
    auto ds = std::make_unique<DcmDataset>();
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation,
                           photometric == "MONOCHROME1" ? "MONOCHROME1" : "MONOCHROME2");
    ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(ramp.rows));
    ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(ramp.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(bits));
    ds->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bits - 1));
    ds->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    ds->putAndInsertUint16Array(DCM_PixelData, ramp.words.data(),
                                static_cast<unsigned long>(ramp.words.size()));
    return ds;
}

} // namespace

std::variant<GrayscaleStepsLut, std::string> GrayscaleStepsLut::build(const PixelDescription& image,
                                                                      const GrayscaleSteps& steps,
                                                                      const Window& window) {
    const int bits = image.layout.bitsStored;
    if (!image.isMonochrome() || bits < 1 || bits > 16)
        return std::string("the presentation state's grey steps apply to monochrome images of "
                           "1 to 16 bits stored");
    const bool isSigned = image.layout.pixelRepresentation == 1;
    const Ramp ramp(bits, isSigned);
    const auto dataset = rampDataset(ramp, bits, isSigned, image.photometric);

    // As DVPresentationState::attachImage: the state's Modality LUT, never the image's.
    // DicomImage keeps pointers into the LUT elements it is given: they live until the output
    // is read.
    std::unique_ptr<DcmtkLut> modalityLut, voiLut, plut;
    std::unique_ptr<DicomImage> dicom;
    const unsigned long flags = steps.ownImage ? 0 : CIF_UsePresentationState;
    if (steps.rescale) {
        dicom = std::make_unique<DicomImage>(dataset.get(), EXS_LittleEndianExplicit,
                                             steps.rescale->first, steps.rescale->second, flags);
    } else if (steps.modalityLut) {
        modalityLut = std::make_unique<DcmtkLut>(*steps.modalityLut);
        dicom =
            std::make_unique<DicomImage>(dataset.get(), EXS_LittleEndianExplicit, modalityLut->data,
                                         modalityLut->descriptor, &modalityLut->explanation, flags);
    } else {
        dicom = std::make_unique<DicomImage>(dataset.get(), EXS_LittleEndianExplicit, flags);
    }
    if (dicom->getStatus() != EIS_Normal)
        return std::string("DCMTK refuses the pixel description: ") +
               DicomImage::getString(dicom->getStatus());

    // As DVPresentationState::renderPixelData and DVPSPresentationLUT::activate.
    if (steps.voiLut) {
        voiLut = std::make_unique<DcmtkLut>(*steps.voiLut);
        if (!dicom->setVoiLut(voiLut->data, voiLut->descriptor))
            return std::string("DCMTK refuses the VOI LUT");
    } else if (steps.noVoi) {
        dicom->setNoVoiTransformation();
    } else {
        dicom->setWindow(window.center, std::max(window.width, 1.0));
    }
    const bool inverse = steps.inverse != window.inverted;
    if (steps.presentationLut) {
        LutData table = *steps.presentationLut;
        if (window.inverted) { // as DVPSPresentationLUT::invert: the table turned upside down
            const std::uint16_t top = static_cast<std::uint16_t>((1u << table.descriptor[2]) - 1);
            for (std::uint16_t& v : table.data)
                v = static_cast<std::uint16_t>(top - std::min(v, top));
        }
        plut = std::make_unique<DcmtkLut>(table);
        if (!dicom->setPresentationLut(plut->data, plut->descriptor, &plut->explanation))
            return std::string("DCMTK refuses the Presentation LUT");
    } else if (!steps.ownImage) {
        dicom->setPresentationLutShape(inverse ? ESP_Inverse : ESP_Identity);
    }
    const auto* rendered = static_cast<const std::uint8_t*>(dicom->getOutputData(8, 0));
    if (!rendered)
        return std::string("DCMTK renders no output for these grey steps");
    // The user's inversion of an image shown without a state: its own polarity turned over.
    std::vector<std::uint8_t> inverted;
    if (steps.ownImage && window.inverted) {
        inverted.assign(rendered, rendered + ramp.count);
        for (std::uint8_t& v : inverted)
            v = static_cast<std::uint8_t>(255 - v);
    }
    const std::uint8_t* output = inverted.empty() ? rendered : inverted.data();

    GrayscaleStepsLut lut;
    lut.minStored_ = ramp.minStored;
    lut.byStored_.assign(output, output + ramp.count);
    lut.slope_ = image.rescaleSlope;
    lut.intercept_ = image.rescaleIntercept;

    // Forward: each stored value to the modality value core/pixel makes of it.
    const VoxelType type = modalityTypeOf(image, 0);
    if (type == VoxelType::UInt8 || type == VoxelType::Int16) {
        FrameLayout layout = image.layout;
        layout.bitsAllocated = 16;
        layout.samplesPerPixel = 1;
        // In float, so that stored values whose modality value leaves int16 (a 16-bit ramp
        // through an intercept) are skipped rather than wrapped onto others.
        std::vector<float> modality(ramp.count);
        std::vector<std::uint16_t> extended(ramp.count);
        for (std::size_t i = 0; i < ramp.count; ++i)
            extended[i] = static_cast<std::uint16_t>(ramp.minStored + int(i));
        toModality(reinterpret_cast<const std::uint8_t*>(extended.data()), layout,
                   image.rescaleSlope, image.rescaleIntercept, VoxelType::Float32,
                   reinterpret_cast<std::uint8_t*>(modality.data()), ramp.count,
                   image.modalityLut ? &*image.modalityLut : nullptr);
        lut.byModality_.assign(65536, 0);
        std::vector<bool> set(65536, false);
        for (std::size_t i = 0; i < ramp.count; ++i) {
            const double value = std::round(double(modality[i]));
            if (value < -32768 || value > 32767)
                continue;
            const auto at = static_cast<std::size_t>(value + 32768);
            lut.byModality_[at] = output[i];
            set[at] = true;
        }
        // Values no stored value becomes (noise, a foreign slice) take their nearest neighbour
        // below, and those below every mapped value the first one.
        const auto first = std::find(set.begin(), set.end(), true);
        if (first != set.end()) {
            std::uint8_t last = lut.byModality_[std::size_t(first - set.begin())];
            for (std::size_t i = 0; i < 65536; ++i) {
                if (set[i])
                    last = lut.byModality_[i];
                else
                    lut.byModality_[i] = last;
            }
        }
    }
    return lut;
}

void GrayscaleStepsLut::apply(const SliceSamples& samples, std::uint8_t* out) const {
    const std::size_t n = samples.pixelCount();
    switch (samples.type) {
    case VoxelType::UInt8:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = byModality_[std::size_t(samples.data[i]) + 32768];
        return;
    case VoxelType::Int16: {
        const auto* in = reinterpret_cast<const std::int16_t*>(samples.data);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = byModality_[std::size_t(int(in[i]) + 32768)];
        return;
    }
    case VoxelType::Float32: {
        const auto* in = reinterpret_cast<const float*>(samples.data);
        const double last = double(byStored_.size() - 1);
        const double slope = slope_ == 0 ? 1 : slope_;
        for (std::size_t i = 0; i < n; ++i) {
            const double stored = std::round((double(in[i]) - intercept_) / slope) - minStored_;
            out[i] = byStored_[std::size_t(std::clamp(stored, 0.0, last))];
        }
        return;
    }
    default:
        std::memset(out, 0, n);
    }
}

} // namespace pellucid
