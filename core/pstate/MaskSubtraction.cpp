#include "core/pstate/MaskSubtraction.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <algorithm>

namespace pellucid {

std::optional<MaskSubtraction> MaskSubtraction::read(DcmItem& dataset,
                                                     std::vector<std::string>* problems) {
    DcmItem* item = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_MaskSubtractionSequence, item, 0).bad() || !item)
        return std::nullopt;
    auto problem = [&](const char* text) {
        if (problems)
            problems->push_back(text);
        return std::nullopt;
    };
    OFString operation;
    item->findAndGetOFString(DCM_MaskOperation, operation);
    if (operation != "AVG_SUB")
        return problem("mask subtraction other than AVG_SUB (e.g. TID) is not applied");
    MaskSubtraction mask;
    Uint16 frame = 0;
    for (unsigned long i = 0; item->findAndGetUint16(DCM_MaskFrameNumbers, frame, i).good(); ++i)
        if (frame >= 1)
            mask.maskFrames.push_back(int(frame) - 1);
    if (mask.maskFrames.empty())
        return problem("mask subtraction without Mask Frame Numbers is not applied");
    Uint16 first = 0, last = 0;
    if (item->findAndGetUint16(DCM_ApplicableFrameRange, first, 0).good() &&
        item->findAndGetUint16(DCM_ApplicableFrameRange, last, 1).good() && first >= 1 &&
        last >= first)
        mask.applicableFrames = std::make_pair(int(first) - 1, int(last) - 1);
    return mask;
}

bool MaskSubtraction::appliesTo(int frame) const {
    if (std::find(maskFrames.begin(), maskFrames.end(), frame) != maskFrames.end())
        return false;
    return !applicableFrames ||
           (frame >= applicableFrames->first && frame <= applicableFrames->second);
}

std::vector<float> subtractMasks(const SliceSamples& contrast,
                                 const std::vector<SliceSamples>& masks) {
    const std::size_t n = contrast.pixelCount();
    std::vector<float> out(n);
    std::vector<double> average(n, 0.0);
    int used = 0;
    auto grey = [](VoxelType t) { return t != VoxelType::Rgb8 && t != VoxelType::Rgb16; };
    for (const SliceSamples& m : masks) {
        if (m.width != contrast.width || m.height != contrast.height || !grey(m.type))
            continue;
        ++used;
        for (std::size_t i = 0; i < n; ++i)
            average[i] += m.valueAt(int(i % std::size_t(m.width)), int(i / std::size_t(m.width)));
    }
    for (std::size_t i = 0; i < n; ++i) {
        const int x = int(i % std::size_t(contrast.width)),
                  y = int(i / std::size_t(contrast.width));
        out[i] = float(contrast.valueAt(x, y) - (used ? average[i] / used : 0.0));
    }
    return out;
}

} // namespace pellucid
