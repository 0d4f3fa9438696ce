#include "core/pixel/InstancePixels.h"

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/codec/Jpeg2000Decoder.h"
#include "core/codec/JpegLsDecoder.h"
#include "core/dicom/InputFile.h"
#include "core/pixel/NativeFrame.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>

#include <cstring>

namespace pellucid {
namespace {

enum class Family { Native, Inflate, Dcmtk, JpegLs, Jpeg2000, Unsupported };

Family familyOf(const std::string& uid, bool* bigEndian, bool* explicitVr) {
    *bigEndian = false;
    *explicitVr = true;
    if (uid == "1.2.840.10008.1.2") {
        *explicitVr = false;
        return Family::Native;
    }
    if (uid == "1.2.840.10008.1.2.1")
        return Family::Native;
    if (uid == "1.2.840.10008.1.2.2") {
        *bigEndian = true;
        return Family::Native;
    }
    if (uid == "1.2.840.10008.1.2.1.99")
        return Family::Inflate;
    if (uid == "1.2.840.10008.1.2.5")
        return Family::Dcmtk; // RLE Lossless: DCMTK's decoder
    const std::string jpeg = "1.2.840.10008.1.2.4.";
    if (uid.rfind(jpeg, 0) == 0) {
        const int process = std::atoi(uid.c_str() + jpeg.size());
        if (process >= 50 && process <= 70)
            return Family::Dcmtk; // JPEG baseline, extended, lossless: DCMTK's IJG decoders
        if (process == 80 || process == 81)
            return Family::JpegLs;
        if ((process >= 90 && process <= 93) || (process >= 201 && process <= 203))
            return Family::Jpeg2000;
    }
    return Family::Unsupported;
}

std::vector<std::uint8_t>& scratch(std::size_t size) {
    thread_local std::vector<std::uint8_t> buffer;
    if (buffer.size() < size)
        buffer.resize(size);
    return buffer;
}

bool needsConversion(const PixelDescription& d) {
    return d.palette || d.photometric.rfind("YBR", 0) == 0 || d.layout.bitsAllocated == 1;
}

} // namespace

InstancePixels::~InstancePixels() = default;

void InstancePixels::releaseDecoderState() const {
    std::lock_guard lock(dcmtkMutex_);
    loaded_.reset();
    inflated_.clear();
    inflated_.shrink_to_fit();
}

std::variant<std::unique_ptr<InstancePixels>, std::string>
InstancePixels::open(const std::filesystem::path& file) {
    std::unique_ptr<InstancePixels> p(new InstancePixels);
    std::string error;
    // Open for parsing only: decoding opens the file again, so that a loader can hold many of
    // these without holding as many file descriptors.
    const auto input = InputFile::open(file, &error);
    if (!input)
        return "cannot open " + file.string() + ": " + error;
    p->path_ = file;
    auto header = readDatasetHeader(*input);
    if (auto* problem = std::get_if<ImportProblem>(&header))
        return problem->detail.empty() ? std::string(problemCode(problem->kind)) : problem->detail;
    p->header_ = std::move(std::get<DatasetHeader>(header));
    auto description = PixelDescription::read(p->header_.dataset());
    if (auto* e = std::get_if<std::string>(&description))
        return *e;
    p->description_ = std::move(std::get<PixelDescription>(description));

    bool bigEndian = false, explicitVr = true;
    const Family family = familyOf(p->header_.transferSyntaxUid, &bigEndian, &explicitVr);
    if (family == Family::Unsupported)
        return "transfer syntax " + p->header_.transferSyntaxUid + " is not supported";
    if (family == Family::Inflate || family == Family::Dcmtk) {
        p->codec_ = family == Family::Inflate ? Codec::Inflate : Codec::Dcmtk;
        return p;
    }
    const PixelDataScan scan = locatePixelData(*input, p->header_.stoppedAt, explicitVr, bigEndian);
    if (!scan.problem.empty())
        return scan.problem;
    if (!scan.located)
        return std::string("no Pixel Data");
    p->location_ = *scan.located;
    if (family == Family::Native) {
        if (p->location_.encapsulated)
            return std::string("native transfer syntax but encapsulated Pixel Data");
        const std::uint64_t bits =
            nativeFrameBits(p->description_) * std::uint64_t(p->description_.numberOfFrames);
        if (p->location_.length * 8 < bits)
            return "Pixel Data holds " + std::to_string(p->location_.length) + " bytes, " +
                   std::to_string(p->description_.numberOfFrames) + " frames need " +
                   std::to_string((bits + 7) / 8);
        p->codec_ = Codec::Native;
        return p;
    }
    if (!p->location_.encapsulated || p->location_.items.size() < 2)
        return std::string("compressed transfer syntax but no encapsulated fragments");
    p->codec_ = family == Family::JpegLs ? Codec::JpegLs : Codec::Jpeg2000;
    // Frames to fragments: item 0 is the Basic Offset Table.
    FragmentMapInput map;
    map.frames = p->description_.numberOfFrames;
    const auto& items = p->location_.items;
    for (std::size_t i = 1; i < items.size(); ++i)
        map.fragmentLengths.push_back(items[i].length);
    if (items[0].length > 0 && items[0].length % 4 == 0 && items[0].length < (1u << 26)) {
        std::vector<std::uint8_t> table(items[0].length);
        if (input->readAt(items[0].offset, table.data(), table.size()) ==
            static_cast<long long>(table.size()))
            map.basicOffsets = parseBasicOffsets(table.data(), table.size(), bigEndian);
    }
    DcmElement* extended = nullptr;
    Uint64* extendedValues = nullptr;
    if (p->header_.dataset().findAndGetElement(DCM_ExtendedOffsetTable, extended).good() &&
        extended && extended->getUint64Array(extendedValues).good() && extendedValues)
        map.extendedOffsets.assign(extendedValues, extendedValues + extended->getLength() / 8);
    const InputFile& in = *input;
    map.startsCodestream = [&in, &items](std::size_t fragment) {
        std::uint8_t head[8] = {};
        const auto& item = items[fragment + 1];
        const long long got = in.readAt(item.offset, head, std::min<std::size_t>(8, item.length));
        return got > 0 && beginsCodestream(head, static_cast<std::size_t>(got));
    };
    auto frames = mapFramesToFragments(map);
    if (auto* e = std::get_if<std::string>(&frames))
        return *e;
    p->frames_ = std::move(std::get<std::vector<FragmentSpan>>(frames));
    return p;
}

std::variant<std::vector<std::uint8_t>, std::string>
InstancePixels::compressedFrame(int frame) const {
    if (frame < 0 || static_cast<std::size_t>(frame) >= frames_.size())
        return "frame " + std::to_string(frame + 1) + " does not exist";
    const FragmentSpan span = frames_[static_cast<std::size_t>(frame)];
    std::size_t total = 0;
    for (std::size_t i = 0; i < span.count; ++i)
        total += location_.items[span.first + 1 + i].length;
    std::string error;
    const auto input = InputFile::open(path_, &error);
    if (!input)
        return "cannot open " + path_.string() + ": " + error;
    std::vector<std::uint8_t> bytes(total);
    std::size_t at = 0;
    for (std::size_t i = 0; i < span.count; ++i) {
        const PixelFragment& f = location_.items[span.first + 1 + i];
        if (input->readAt(f.offset, bytes.data() + at, f.length) !=
            static_cast<long long>(f.length))
            return "cannot read fragment " + std::to_string(span.first + i + 1);
        at += f.length;
    }
    return bytes;
}

std::string InstancePixels::decodeFrame(int frame, std::uint8_t* out, std::size_t outSize) const {
    if (frame < 0 || frame >= description_.numberOfFrames)
        return "frame " + std::to_string(frame + 1) + " does not exist (" +
               std::to_string(description_.numberOfFrames) + " frames)";
    if (outSize < decodedLayout().frameBytes())
        return "output buffer too small";
    switch (codec_) {
    case Codec::Native:
    case Codec::Inflate:
        return decodeNative(frame, out, outSize);
    case Codec::Dcmtk:
        return decodeWithDcmtk(frame, out, outSize);
    case Codec::JpegLs:
    case Codec::Jpeg2000:
        return decodeDirect(frame, out, outSize);
    }
    return "unknown codec";
}

std::string InstancePixels::decodeNative(int frame, std::uint8_t* out, std::size_t outSize) const {
    const std::uint64_t bits = nativeFrameBits(description_);
    const std::uint64_t firstBit = bits * std::uint64_t(frame);
    const std::uint64_t byteOffset = firstBit / 8;
    const auto bitOffset = static_cast<unsigned>(firstBit % 8);
    const std::size_t bytes = static_cast<std::size_t>((bitOffset + bits + 7) / 8);
    if (codec_ == Codec::Inflate) {
        std::lock_guard lock(dcmtkMutex_);
        if (inflated_.empty()) {
            loaded_ = std::make_unique<DcmFileFormat>();
            const OFCondition cond = loaded_->loadFile(path_.string().c_str());
            if (cond.bad())
                return std::string("cannot inflate the data set: ") + cond.text();
            DcmElement* pixels = nullptr;
            Uint8* data = nullptr;
            if (loaded_->getDataset()->findAndGetElement(DCM_PixelData, pixels).bad() || !pixels ||
                pixels->getUint8Array(data).bad() || !data)
                return std::string("no Pixel Data after inflating");
            inflated_.assign(data, data + pixels->getLength());
            loaded_.reset();
        }
        if (byteOffset + bytes > inflated_.size())
            return "Pixel Data too short for frame " + std::to_string(frame + 1);
        return unpackNativeFrame(inflated_.data() + byteOffset, bytes, bitOffset, false,
                                 description_, out, outSize);
    }
    const std::uint64_t at = location_.offset + byteOffset;
    std::string error;
    const auto input = InputFile::open(path_, &error);
    if (!input)
        return "cannot open " + path_.string() + ": " + error;
    // Little endian, interleaved, no color conversion: read straight into the output and
    // finish in place, saving a copy of every frame.
    if (!location_.bigEndian && !needsConversion(description_) &&
        (description_.layout.samplesPerPixel == 1 || description_.planarConfiguration == 0)) {
        if (input->readAt(at, out, bytes) != static_cast<long long>(bytes))
            return "cannot read frame " + std::to_string(frame + 1);
        return unpackNativeFrame(out, bytes, 0, false, description_, out, outSize);
    }
    std::vector<std::uint8_t>& buffer = scratch(bytes);
    if (input->readAt(at, buffer.data(), bytes) != static_cast<long long>(bytes))
        return "cannot read frame " + std::to_string(frame + 1);
    return unpackNativeFrame(buffer.data(), bytes, bitOffset, location_.bigEndian, description_,
                             out, outSize);
}

std::string InstancePixels::decodeWithDcmtk(int frame, std::uint8_t* out,
                                            std::size_t outSize) const {
    if (std::string dcmtk = ensureDcmtkCodecs(); !dcmtk.empty())
        return dcmtk;
    std::lock_guard lock(dcmtkMutex_);
    if (!loaded_) {
        loaded_ = std::make_unique<DcmFileFormat>();
        const OFCondition cond = loaded_->loadFile(path_.string().c_str());
        if (cond.bad()) {
            loaded_.reset();
            return std::string("cannot read the data set: ") + cond.text();
        }
    }
    DcmDataset* dataset = loaded_->getDataset();
    DcmElement* element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad() || !element)
        return std::string("no Pixel Data");
    auto* pixels = static_cast<DcmPixelData*>(element);
    Uint32 frameSize = 0;
    if (pixels->getUncompressedFrameSize(dataset, frameSize).bad() || frameSize == 0)
        return std::string("cannot size the decompressed frame");
    // DCMTK wants one spare byte for odd frame sizes (it may swap bytes in place).
    const Uint32 bufferSize = frameSize + (frameSize & 1u);
    std::vector<std::uint8_t>& buffer = scratch(bufferSize);
    Uint32 startFragment = 0; // DCMTK finds it; frames are decoded in order in practice
    OFString colorModel;
    const OFCondition cond = pixels->getUncompressedFrame(
        dataset, static_cast<Uint32>(frame), startFragment, buffer.data(), bufferSize, colorModel);
    if (cond.bad())
        return "cannot decode frame " + std::to_string(frame + 1) + ": " + cond.text();
    // DCMTK hands back the stored layout in host order, color converted as it says.
    PixelDescription decoded = description_;
    if (!colorModel.empty())
        decoded.photometric = colorModel.c_str();
    return unpackNativeFrame(buffer.data(), frameSize, 0, false, decoded, out, outSize);
}

std::string InstancePixels::decodeDirect(int frame, std::uint8_t* out, std::size_t outSize) const {
    auto bytes = compressedFrame(frame);
    if (auto* e = std::get_if<std::string>(&bytes))
        return *e;
    const auto& data = std::get<std::vector<std::uint8_t>>(bytes);
    const FrameLayout& stored = description_.layout;
    if (stored.bitsAllocated == 1)
        return std::string("1-bit images cannot be compressed this way");
    const bool direct = !needsConversion(description_);
    std::uint8_t* target = direct ? out : scratch(stored.frameBytes()).data();
    const std::size_t targetSize = direct ? outSize : stored.frameBytes();
    DecodedFrameInfo info;
    const std::string error =
        codec_ == Codec::JpegLs
            ? decodeJpegLs(data.data(), data.size(), stored, target, targetSize, &info)
            : decodeJpeg2000(data.data(), data.size(), stored, target, targetSize, &info);
    if (!error.empty())
        return "frame " + std::to_string(frame + 1) + ": " + error;
    if (direct)
        return {};
    return finishDecodedFrame(target, targetSize,
                              info.photometricInterpretation.empty()
                                  ? description_.photometric
                                  : info.photometricInterpretation,
                              description_, out, outSize);
}

} // namespace pellucid
