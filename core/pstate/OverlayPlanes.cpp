#include "core/pstate/OverlayPlanes.h"

#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace pellucid {
namespace {

DcmTagKey inGroup(int group, const DcmTagKey& tag) {
    return DcmTagKey(static_cast<Uint16>(group), tag.getElement());
}

} // namespace

std::vector<OverlayPlane> readOverlays(DcmItem& dataset, int frame) {
    std::vector<OverlayPlane> planes;
    const DicomText text(dataset, DicomText::charsetOf(dataset));
    for (int group = 0x6000; group <= 0x601E; group += 2) {
        DcmElement* data = nullptr;
        if (dataset.findAndGetElement(inGroup(group, DCM_OverlayData), data, OFFalse).bad() ||
            !data)
            continue;
        Uint16 rows = 0, columns = 0, bitsAllocated = 1, bitPosition = 0;
        if (dataset.findAndGetUint16(inGroup(group, DCM_OverlayRows), rows).bad() ||
            dataset.findAndGetUint16(inGroup(group, DCM_OverlayColumns), columns).bad() ||
            rows == 0 || columns == 0)
            continue;
        dataset.findAndGetUint16(inGroup(group, DCM_OverlayBitsAllocated), bitsAllocated);
        dataset.findAndGetUint16(inGroup(group, DCM_OverlayBitPosition), bitPosition);
        if (bitsAllocated != 1 || bitPosition != 0)
            continue;

        const auto frames = text.integer(inGroup(group, DCM_NumberOfFramesInOverlay));
        Uint16 frameOrigin = 1;
        dataset.findAndGetUint16(inGroup(group, DCM_ImageFrameOrigin), frameOrigin);
        long long overlayFrame = 0;
        if (frames) {
            overlayFrame = frame + 1 - static_cast<long long>(frameOrigin);
            if (overlayFrame < 0 || overlayFrame >= *frames)
                continue;
        }

        const std::size_t count = std::size_t(rows) * columns;
        const std::size_t firstBit = std::size_t(overlayFrame) * count;
        // The bits are packed little end first; OW words are in host order after DCMTK reads
        // them, so reading them as words keeps bit i at word i / 16, bit i % 16.
        Uint8* bytes = nullptr;
        Uint16* words = nullptr;
        const bool byteData = data->ident() == EVR_OB || data->ident() == EVR_UN;
        if (byteData ? data->getUint8Array(bytes).bad() : data->getUint16Array(words).bad())
            continue;
        const std::size_t availableBits = std::size_t(data->getLength()) * 8;
        if ((!bytes && !words) || availableBits < firstBit + count)
            continue;

        OverlayPlane p;
        p.group = group;
        p.rows = rows;
        p.columns = columns;
        Sint16 originRow = 1, originColumn = 1;
        dataset.findAndGetSint16(inGroup(group, DCM_OverlayOrigin), originRow, 0);
        dataset.findAndGetSint16(inGroup(group, DCM_OverlayOrigin), originColumn, 1);
        p.originRow = originRow - 1;
        p.originColumn = originColumn - 1;
        p.type = text.code(inGroup(group, DCM_OverlayType));
        p.label = text.text(inGroup(group, DCM_OverlayLabel));
        p.description = text.text(inGroup(group, DCM_OverlayDescription));
        p.bits.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t bit = firstBit + i;
            p.bits[i] =
                bytes ? (bytes[bit / 8] >> (bit % 8)) & 1 : (words[bit / 16] >> (bit % 16)) & 1;
        }
        planes.push_back(std::move(p));
    }
    return planes;
}

} // namespace pellucid
