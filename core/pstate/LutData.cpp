#include "core/pstate/LutData.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace pellucid {

std::optional<LutData> LutData::read(DcmItem& item, std::string* problem) {
    auto fail = [&](const char* why) -> std::optional<LutData> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    LutData lut;
    for (unsigned long i = 0; i < 3; ++i) {
        Uint16 v = 0;
        if (item.findAndGetUint16(DCM_LUTDescriptor, v, i).bad())
            return fail("LUT Descriptor is missing or has fewer than three values");
        lut.descriptor[i] = v;
    }
    if (lut.descriptor[2] < 8 || lut.descriptor[2] > 16)
        return fail("LUT Descriptor gives bits per entry outside 8..16");
    DcmElement* data = nullptr;
    if (item.findAndGetElement(DCM_LUTData, data).bad() || !data)
        return fail("LUT Data is missing");
    Uint16* words = nullptr;
    if (data->getUint16Array(words).bad() || !words)
        return fail("LUT Data cannot be read as 16-bit words");
    const std::size_t count = data->getLength() / 2;
    // An 8-bit table may come packed two entries a word (PS3.3 C.11.1.1.1); DCMTK unpacks it.
    const std::size_t needed =
        lut.descriptor[2] == 8 && count * 2 >= lut.entries() && count < lut.entries()
            ? (lut.entries() + 1) / 2
            : lut.entries();
    if (count < needed)
        return fail("LUT Descriptor promises more entries than LUT Data holds");
    lut.data.assign(words, words + count);
    OFString text;
    if (item.findAndGetOFStringArray(DCM_LUTExplanation, text).good())
        lut.explanation = text.c_str();
    return lut;
}

} // namespace pellucid
