#include "core/pixel/PixelDescription.h"

#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <cmath>
#include <limits>

namespace pellucid {
namespace {

std::optional<double> decimal(DcmItem& item, const DcmTagKey& tag) {
    Float64 value = 0;
    if (item.findAndGetFloat64(tag, value).good() && std::isfinite(value))
        return value;
    return std::nullopt;
}

// The Pixel Value Transformation of one functional group item, if it has one.
std::optional<std::pair<double, double>> transformationOf(DcmItem* group) {
    DcmItem* transformation = nullptr;
    if (!group ||
        group->findAndGetSequenceItem(DCM_PixelValueTransformationSequence, transformation, 0)
            .bad())
        return std::nullopt;
    const auto slope = decimal(*transformation, DCM_RescaleSlope);
    const auto intercept = decimal(*transformation, DCM_RescaleIntercept);
    if (!slope && !intercept)
        return std::nullopt;
    return std::make_pair(slope.value_or(1.0), intercept.value_or(0.0));
}

std::vector<std::uint16_t> words(DcmItem& item, const DcmTagKey& tag) {
    DcmElement* element = nullptr;
    Uint16* data = nullptr;
    if (item.findAndGetElement(tag, element, OFFalse).bad() || !element ||
        element->getUint16Array(data).bad() || !data)
        return {};
    return std::vector<std::uint16_t>(data, data + element->getLength() / 2);
}

// Unrolls a segmented palette (PS3.3 C.7.9.2): discrete, linear and indirect segments.
// `tokens` are the table's 16-bit words, or its bytes when entries are 8 bits (the data is then
// byte-packed, as pydicom and the writers it was tested against read it); indirect segments
// give a 32-bit byte offset in two words or four bytes.
std::variant<std::vector<std::uint16_t>, std::string>
unrollSegments(const std::vector<std::uint16_t>& tokens, int tokenBytes, std::size_t expected) {
    std::vector<std::uint16_t> out;
    out.reserve(expected);
    auto run = [&](auto& self, std::size_t pos, std::size_t segments, int depth) -> std::string {
        if (depth > 2)
            return "indirect segments nest too deep";
        for (std::size_t done = 0; pos + 1 < tokens.size() && done < segments; ++done) {
            const std::uint16_t opcode = tokens[pos];
            const std::size_t length = tokens[pos + 1];
            pos += 2;
            if (out.size() + (opcode == 2 ? 0 : length) > 65536)
                return "segments produce more than 65536 entries";
            if (opcode == 0) { // discrete: the next `length` tokens are entries
                if (pos + length > tokens.size())
                    return "discrete segment runs past the table";
                out.insert(out.end(), tokens.begin() + static_cast<std::ptrdiff_t>(pos),
                           tokens.begin() + static_cast<std::ptrdiff_t>(pos + length));
                pos += length;
            } else if (opcode == 1) { // linear: from the last entry to the next token
                if (out.empty() || pos >= tokens.size())
                    return "linear segment without a start point";
                const double y0 = out.back(), y1 = tokens[pos++];
                // numpy.linspace(y0 + step, y1, length) rounded half to even, as pydicom
                // and other readers compute it, so that tables agree to the entry.
                const double step = (y1 - y0) / double(length);
                const double start = y0 + step;
                const double delta = length > 1 ? (y1 - start) / double(length - 1) : 0.0;
                for (std::size_t k = 0; k < length; ++k) {
                    const double v = k + 1 == length ? y1 : start + double(k) * delta;
                    out.push_back(static_cast<std::uint16_t>(std::nearbyint(v)));
                }
            } else if (opcode == 2) { // indirect: replay `length` segments found elsewhere
                const std::size_t words = tokenBytes == 1 ? 4 : 2;
                if (out.empty() || pos + words > tokens.size())
                    return "indirect segment without a start point or offset";
                std::size_t byteOffset = 0;
                for (std::size_t w = 0; w < words; ++w)
                    byteOffset |= std::size_t(tokens[pos + w]) << (w * 8 * std::size_t(tokenBytes));
                pos += words;
                if (std::string e =
                        self(self, byteOffset / std::size_t(tokenBytes), length, depth + 1);
                    !e.empty())
                    return e;
            } else {
                return "unknown segment type " + std::to_string(opcode);
            }
        }
        return {};
    };
    if (std::string e = run(run, 0, std::numeric_limits<std::size_t>::max(), 0); !e.empty())
        return e;
    return out;
}

std::variant<PaletteLut, std::string> readPalette(DcmItem& item, const DcmTagKey& descriptorTag,
                                                  const DcmTagKey& dataTag,
                                                  const DcmTagKey& segmentedTag,
                                                  const char* channel) {
    DcmElement* descriptor = nullptr;
    if (item.findAndGetElement(descriptorTag, descriptor, OFFalse).bad() || !descriptor ||
        descriptor->getVM() < 3)
        return std::string("no ") + channel + " Palette Color Lookup Table Descriptor";
    Uint16 count = 0, bits = 0;
    descriptor->getUint16(count, 0);
    descriptor->getUint16(bits, 2);
    // The first mapped value is US or SS depending on Pixel Representation (PS3.3 C.7.6.3.1.5).
    Uint16 firstRaw = 0;
    descriptor->getUint16(firstRaw, 1);
    PaletteLut lut;
    lut.firstMapped = descriptor->ident() == EVR_SS ? static_cast<Sint16>(firstRaw) : firstRaw;
    lut.bits = bits;
    const std::size_t entries = count == 0 ? 65536 : count;
    if (bits != 8 && bits != 16)
        return std::string(channel) + " palette has " + std::to_string(bits) + " bits per entry";
    std::vector<std::uint16_t> data = words(item, dataTag);
    if (data.empty()) {
        std::vector<std::uint16_t> segments = words(item, segmentedTag);
        if (segments.empty())
            return std::string("no ") + channel + " Palette Color Lookup Table Data";
        if (bits == 8) { // byte-packed: one token a byte, low byte first
            std::vector<std::uint16_t> bytes;
            bytes.reserve(segments.size() * 2);
            for (std::uint16_t w : segments) {
                bytes.push_back(w & 0xFF);
                bytes.push_back(w >> 8);
            }
            segments = std::move(bytes);
        }
        auto unrolled = unrollSegments(segments, bits == 8 ? 1 : 2, entries);
        if (auto* e = std::get_if<std::string>(&unrolled))
            return std::string(channel) + " segmented palette: " + *e;
        data = std::move(std::get<std::vector<std::uint16_t>>(unrolled));
    } else if (bits == 8 && data.size() * 2 == entries) {
        // Two 8-bit entries packed in each word, low byte first.
        std::vector<std::uint16_t> unpacked;
        unpacked.reserve(entries);
        for (std::uint16_t w : data) {
            unpacked.push_back(w & 0xFF);
            unpacked.push_back(w >> 8);
        }
        data = std::move(unpacked);
    } else if (bits == 8) {
        // One entry per word: some writers put it in the high byte.
        bool lowAllZero = true;
        for (std::uint16_t w : data)
            lowAllZero = lowAllZero && (w & 0xFF) == 0;
        for (std::uint16_t& w : data)
            w = lowAllZero ? static_cast<std::uint16_t>(w >> 8)
                           : static_cast<std::uint16_t>(w & 0xFF);
    }
    if (data.size() < entries)
        return std::string(channel) + " palette has " + std::to_string(data.size()) +
               " entries, its descriptor says " + std::to_string(entries);
    data.resize(entries);
    lut.entries = std::move(data);
    return lut;
}

} // namespace

FrameLayout PixelDescription::decodedLayout() const {
    FrameLayout out = layout;
    if (layout.bitsAllocated == 1) { // one byte a pixel, 0 or 1
        out.bitsAllocated = 8;
        out.bitsStored = 1;
    }
    if (palette) {
        out.samplesPerPixel = 3;
        out.bitsAllocated = (*palette)[0].bits > 8 ? 16 : 8;
        out.bitsStored = out.bitsAllocated;
        out.pixelRepresentation = 0;
    } else if (photometric.rfind("YBR", 0) == 0) {
        out.samplesPerPixel = 3;
    }
    return out;
}

std::variant<PixelDescription, std::string> PixelDescription::read(DcmItem& dataset) {
    const DicomText t(dataset, {});
    PixelDescription d;
    const auto rows = t.integer(DCM_Rows);
    const auto columns = t.integer(DCM_Columns);
    const auto bitsAllocated = t.integer(DCM_BitsAllocated);
    if (!rows || !columns || !bitsAllocated)
        return std::string("Rows, Columns or Bits Allocated missing");
    d.layout.rows = static_cast<int>(*rows);
    d.layout.columns = static_cast<int>(*columns);
    d.layout.bitsAllocated = static_cast<int>(*bitsAllocated);
    d.layout.samplesPerPixel = static_cast<int>(t.integer(DCM_SamplesPerPixel).value_or(1));
    d.layout.bitsStored = static_cast<int>(t.integer(DCM_BitsStored).value_or(*bitsAllocated));
    if (d.layout.rows > 65535 || d.layout.columns > 65535)
        return std::string("image size beyond 65535");
    d.layout.pixelRepresentation = static_cast<int>(t.integer(DCM_PixelRepresentation).value_or(0));
    d.highBit = static_cast<int>(t.integer(DCM_HighBit).value_or(d.layout.bitsStored - 1));
    d.planarConfiguration = static_cast<int>(t.integer(DCM_PlanarConfiguration).value_or(0));
    d.numberOfFrames = static_cast<int>(t.integer(DCM_NumberOfFrames).value_or(1));
    d.photometric = t.code(DCM_PhotometricInterpretation);
    if (d.photometric.empty())
        d.photometric = d.layout.samplesPerPixel == 3 ? "RGB" : "MONOCHROME2";

    const FrameLayout& l = d.layout;
    if (l.rows <= 0 || l.columns <= 0 || l.rows > 65535 || l.columns > 65535)
        return "invalid image size " + std::to_string(l.rows) + " x " + std::to_string(l.columns);
    if (l.bitsAllocated != 1 && l.bitsAllocated != 8 && l.bitsAllocated != 16 &&
        l.bitsAllocated != 32)
        return "Bits Allocated " + std::to_string(l.bitsAllocated) + " is not supported";
    if (l.bitsStored < 1 || l.bitsStored > l.bitsAllocated)
        return "Bits Stored " + std::to_string(l.bitsStored) + " does not fit in Bits Allocated " +
               std::to_string(l.bitsAllocated);
    if (d.highBit < l.bitsStored - 1 || d.highBit >= l.bitsAllocated)
        d.highBit = l.bitsStored - 1; // a High Bit that cannot be right: use the usual one
    if (l.samplesPerPixel != 1 && l.samplesPerPixel != 3)
        return "Samples per Pixel " + std::to_string(l.samplesPerPixel) + " is not supported";
    if (d.numberOfFrames < 1)
        d.numberOfFrames = 1;

    d.rescaleSlope = decimal(dataset, DCM_RescaleSlope).value_or(1.0);
    d.rescaleIntercept = decimal(dataset, DCM_RescaleIntercept).value_or(0.0);
    d.rescaleType = t.code(DCM_RescaleType);
    if (d.rescaleSlope == 0.0)
        d.rescaleSlope = 1.0; // a zero slope would erase the image; treat as absent
    DcmItem* shared = nullptr;
    dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
    if (const auto common = transformationOf(shared)) {
        d.rescaleSlope = common->first;
        d.rescaleIntercept = common->second;
    }
    DcmSequenceOfItems* perFrame = nullptr;
    if (dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame).good() &&
        perFrame && perFrame->card() == static_cast<unsigned long>(d.numberOfFrames)) {
        std::vector<std::pair<double, double>> frames;
        for (unsigned long f = 0; f < perFrame->card(); ++f) {
            const auto own = transformationOf(perFrame->getItem(f));
            frames.push_back(own.value_or(std::make_pair(d.rescaleSlope, d.rescaleIntercept)));
        }
        bool differs = false;
        for (const auto& f : frames)
            differs = differs || f != frames.front();
        if (differs)
            d.frameRescale = std::move(frames);
        else if (!frames.empty())
            std::tie(d.rescaleSlope, d.rescaleIntercept) = frames.front();
    }

    DcmItem* modalityLut = nullptr;
    if (d.isMonochrome() &&
        dataset.findAndGetSequenceItem(DCM_ModalityLUTSequence, modalityLut, 0).good() &&
        modalityLut) {
        auto lut =
            readPalette(*modalityLut, DCM_LUTDescriptor, DCM_LUTData, DCM_LUTData, "Modality LUT");
        if (auto* table = std::get_if<PaletteLut>(&lut)) {
            // The first mapped value is SS for signed pixel data (C.11.1.1.1), whatever VR the
            // writer gave it.
            if (l.pixelRepresentation == 1 && table->firstMapped > 32767)
                table->firstMapped -= 65536;
            d.modalityLut = std::move(*table);
        }
    }

    if (d.photometric == "PALETTE COLOR") {
        if (l.samplesPerPixel != 1)
            return std::string("PALETTE COLOR needs one sample per pixel");
        auto tables = readPaletteColorLut(dataset);
        if (auto* e = std::get_if<std::string>(&tables))
            return *e;
        d.palette = std::move(std::get<std::vector<PaletteLut>>(tables));
    }
    return d;
}

std::variant<std::vector<PaletteLut>, std::string> readPaletteColorLut(DcmItem& dataset) {
    const DcmTagKey descriptors[] = {DCM_RedPaletteColorLookupTableDescriptor,
                                     DCM_GreenPaletteColorLookupTableDescriptor,
                                     DCM_BluePaletteColorLookupTableDescriptor};
    const DcmTagKey data[] = {DCM_RedPaletteColorLookupTableData,
                              DCM_GreenPaletteColorLookupTableData,
                              DCM_BluePaletteColorLookupTableData};
    const DcmTagKey segmented[] = {DCM_SegmentedRedPaletteColorLookupTableData,
                                   DCM_SegmentedGreenPaletteColorLookupTableData,
                                   DCM_SegmentedBluePaletteColorLookupTableData};
    const char* names[] = {"red", "green", "blue"};
    std::vector<PaletteLut> tables;
    for (int c = 0; c < 3; ++c) {
        auto lut = readPalette(dataset, descriptors[c], data[c], segmented[c], names[c]);
        if (auto* e = std::get_if<std::string>(&lut))
            return *e;
        tables.push_back(std::move(std::get<PaletteLut>(lut)));
    }
    return tables;
}

} // namespace pellucid
