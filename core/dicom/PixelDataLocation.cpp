#include "core/dicom/PixelDataLocation.h"

#include "core/dicom/InputFile.h"

#include <algorithm>
#include <cstdio>

namespace pellucid {
namespace {

std::uint32_t readUint32(const unsigned char* b, bool bigEndian) {
    return bigEndian ? (std::uint32_t(b[0]) << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
                     : (std::uint32_t(b[3]) << 24) | (b[2] << 16) | (b[1] << 8) | b[0];
}

std::uint16_t readUint16(const unsigned char* b, bool bigEndian) {
    return static_cast<std::uint16_t>(bigEndian ? (b[0] << 8) | b[1] : (b[1] << 8) | b[0]);
}

bool hasLongLengthField(const unsigned char* vr) {
    static constexpr const char* kLongForms[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                                 "SV", "UC", "UR", "UT", "UN", "UV"};
    return std::any_of(std::begin(kLongForms), std::end(kLongForms),
                       [&](const char* form) { return vr[0] == form[0] && vr[1] == form[1]; });
}

} // namespace

std::string trailingElementsProblem(const InputFile& in, std::uint64_t pos, bool explicitVr,
                                    bool big) {
    const std::uint64_t fileSize = in.size();
    std::uint16_t lastGroup = 0x7FE0;
    while (pos + 8 <= fileSize) {
        unsigned char h[12] = {};
        const std::uint64_t available = std::min<std::uint64_t>(12, fileSize - pos);
        if (in.readAt(pos, h, available) != static_cast<long long>(available))
            return {};
        const std::uint16_t group = readUint16(h, big);
        if (group < lastGroup)
            return {}; // not an element in ascending order
        lastGroup = group;
        std::uint64_t headerSize = 8;
        std::uint32_t length = readUint32(h + 4, big);
        if (explicitVr) {
            if (hasLongLengthField(h + 4)) {
                if (available < 12)
                    return "the file ends inside the header of an element after Pixel Data";
                headerSize = 12;
                length = readUint32(h + 8, big);
            } else {
                length = readUint16(h + 6, big);
            }
        }
        if (length == 0xFFFFFFFFu)
            return {}; // a sequence after Pixel Data: rare, and DCMTK reads it when needed
        if (pos + headerSize + length > fileSize) {
            char tag[16];
            std::snprintf(tag, sizeof tag, "(%04X,%04X)", group, readUint16(h + 2, big));
            return std::string("element ") + tag + " after Pixel Data needs " +
                   std::to_string(length) + " bytes, the file holds " +
                   std::to_string(fileSize - pos - headerSize);
        }
        pos += headerSize + length;
    }
    return {};
}

PixelDataScan locatePixelData(const InputFile& in, std::uint64_t valueOffset, bool explicitVr,
                              bool big) {
    PixelDataScan scan;
    const std::uint64_t fileSize = in.size();
    // The header is tag + VR + 2 reserved + length (explicit OB/OW) or tag + length (implicit;
    // also files that claim explicit VR but are not, which DCMTK is told to accept).
    unsigned char header[12];
    if (valueOffset < 12 || in.readAt(valueOffset - 12, header, 12) != 12) {
        scan.problem = "cannot read the Pixel Data element header";
        return scan;
    }
    auto isPixelDataTag = [&](const unsigned char* b) {
        return readUint16(b, big) == 0x7FE0 && readUint16(b + 2, big) == 0x0010;
    };
    PixelDataLocation location;
    location.bigEndian = big;
    if (explicitVr && isPixelDataTag(header))
        location.explicitVr = true;
    else if (isPixelDataTag(header + 4))
        location.explicitVr = false;
    else
        return scan; // parsing ended for another reason (trailing padding): nothing here
    const std::uint32_t length = readUint32(header + 8, big);
    if (length != 0xFFFFFFFFu) {
        if (valueOffset + length > fileSize) {
            scan.problem = "Pixel Data needs " + std::to_string(length) +
                           " bytes, the file holds " + std::to_string(fileSize - valueOffset);
            return scan;
        }
        location.offset = valueOffset;
        location.length = length;
        location.end = valueOffset + length;
        scan.located = std::move(location);
        return scan;
    }
    location.encapsulated = true;
    std::uint64_t pos = valueOffset;
    for (std::size_t items = 0;; ++items) {
        unsigned char item[8];
        if (pos + 8 > fileSize || in.readAt(pos, item, 8) != 8) {
            scan.problem = "encapsulated Pixel Data ends after " + std::to_string(items) +
                           " items without a sequence delimiter";
            return scan;
        }
        const std::uint16_t group = readUint16(item, big);
        const std::uint16_t element = readUint16(item + 2, big);
        const std::uint32_t itemLength = readUint32(item + 4, big);
        if (group == 0xFFFE && element == 0xE0DD) {
            location.end = pos + 8;
            scan.located = std::move(location);
            return scan;
        }
        if (group != 0xFFFE || element != 0xE000 || itemLength == 0xFFFFFFFFu) {
            scan.problem = "encapsulated Pixel Data holds something other than fragments";
            return scan;
        }
        pos += 8;
        if (pos + itemLength > fileSize) {
            scan.problem = "fragment " + std::to_string(items) +
                           " of the encapsulated Pixel Data needs " + std::to_string(itemLength) +
                           " bytes, the file holds " + std::to_string(fileSize - pos);
            return scan;
        }
        location.items.push_back({pos, itemLength});
        pos += itemLength;
    }
}

} // namespace pellucid
