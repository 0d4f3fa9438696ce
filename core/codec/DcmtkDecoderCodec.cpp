#include "core/codec/DcmtkDecoderCodec.h"

#include "core/codec/FrameFragments.h"
#include "core/codec/Jpeg2000Decoder.h"
#include "core/codec/JpegLsDecoder.h"
#include "core/dicom/DcmtkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcstack.h>
#include <dcmtk/dcmdata/dcvrpobw.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace pellucid {
namespace {

OFCondition failure(const std::string& why) {
    // The reason travels in the condition's text, which callers print.
    return makeOFCondition(OFM_dcmdata, 0x700, OF_error, why.c_str());
}

class NoCodecParameter : public DcmCodecParameter {
public:
    DcmCodecParameter* clone() const override { return new NoCodecParameter(*this); }
    const char* className() const override { return "pellucid::NoCodecParameter"; }
};

enum class Family { JpegLs, Jpeg2000 };

struct ImageAttributes {
    FrameLayout layout;
    int frames = 1;
    bool planar = false;
    std::string photometric;
};

OFCondition readAttributes(DcmItem* dataset, ImageAttributes& a) {
    Uint16 rows = 0, columns = 0, samples = 1, allocated = 0, stored = 0, representation = 0,
           planar = 0;
    if (dataset->findAndGetUint16(DCM_Rows, rows).bad() ||
        dataset->findAndGetUint16(DCM_Columns, columns).bad() ||
        dataset->findAndGetUint16(DCM_BitsAllocated, allocated).bad())
        return EC_TagNotFound;
    dataset->findAndGetUint16(DCM_SamplesPerPixel, samples);
    if (dataset->findAndGetUint16(DCM_BitsStored, stored).bad())
        stored = allocated;
    dataset->findAndGetUint16(DCM_PixelRepresentation, representation);
    dataset->findAndGetUint16(DCM_PlanarConfiguration, planar);
    Sint32 frames = 1;
    if (dataset->findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    OFString photometric;
    dataset->findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    a.layout = FrameLayout{rows, columns, samples, allocated, stored, representation};
    a.frames = frames;
    a.planar = planar == 1 && samples > 1;
    a.photometric = photometric.c_str();
    if (rows == 0 || columns == 0 || samples == 0 || (allocated != 8 && allocated != 16))
        return failure("Rows " + std::to_string(rows) + ", Columns " + std::to_string(columns) +
                       ", Samples per Pixel " + std::to_string(samples) + ", Bits Allocated " +
                       std::to_string(allocated) + " cannot be decoded");
    return EC_Normal;
}

// The codestream of one frame: its fragments (PS3.5 A.4) joined.
OFCondition frameBytes(DcmPixelSequence* sequence, int frames, Uint32 frame,
                       std::vector<std::uint8_t>& out) {
    const unsigned long items = sequence ? sequence->card() : 0;
    if (items < 2)
        return failure("no fragments in the pixel sequence");
    std::vector<Uint8*> data(items, nullptr);
    FragmentMapInput map;
    map.frames = frames;
    for (unsigned long i = 0; i < items; ++i) {
        DcmPixelItem* item = nullptr;
        if (sequence->getItem(item, i).bad() || !item)
            return failure("unreadable fragment " + std::to_string(i));
        if (item->getLength() > 0 && item->getUint8Array(data[i]).bad())
            return failure("unreadable fragment " + std::to_string(i));
        if (i == 0)
            map.basicOffsets = parseBasicOffsets(data[0], item->getLength());
        else
            map.fragmentLengths.push_back(item->getLength());
    }
    map.startsCodestream = [&](std::size_t f) {
        return data[f + 1] && beginsCodestream(data[f + 1], map.fragmentLengths[f]);
    };
    auto spans = mapFramesToFragments(map);
    if (auto* e = std::get_if<std::string>(&spans))
        return failure(*e);
    const auto& list = std::get<std::vector<FragmentSpan>>(spans);
    if (frame >= list.size())
        return failure("frame " + std::to_string(frame + 1) + " is not in the pixel sequence");
    out.clear();
    for (std::size_t f = list[frame].first; f < list[frame].first + list[frame].count; ++f)
        if (data[f + 1])
            out.insert(out.end(), data[f + 1], data[f + 1] + map.fragmentLengths[f]);
    return EC_Normal;
}

// From the FrameLayout convention (interleaved) to what the data set's Planar Configuration
// tells DCMTK to expect.
void deliver(const std::vector<std::uint8_t>& frame, const ImageAttributes& a, Uint8* out) {
    if (!a.planar) {
        std::memcpy(out, frame.data(), frame.size());
        return;
    }
    const std::size_t bytes = a.layout.bytesPerSample();
    const std::size_t samples = static_cast<std::size_t>(a.layout.samplesPerPixel);
    const std::size_t pixels =
        static_cast<std::size_t>(a.layout.rows) * static_cast<std::size_t>(a.layout.columns);
    for (std::size_t p = 0; p < pixels; ++p)
        for (std::size_t s = 0; s < samples; ++s)
            std::memcpy(out + (s * pixels + p) * bytes, frame.data() + (p * samples + s) * bytes,
                        bytes);
}

// MCT flag of a JPEG 2000 main header's COD segment (ISO 15444-1 A.6.1), or -1.
int j2kMultipleComponentTransform(const std::uint8_t* b, std::size_t size) {
    std::size_t start = 0;
    while (start + 4 <= size && !(b[start] == 0xFF && b[start + 1] == 0x4F &&
                                  b[start + 2] == 0xFF && b[start + 3] == 0x51))
        ++start; // a JP2 wrapper puts boxes before the codestream
    std::size_t pos = start + 2;
    while (pos + 4 <= size && b[pos] == 0xFF) {
        const int marker = b[pos + 1];
        if (marker == 0x90) // SOT: end of the main header
            break;
        if (marker == 0x52)
            return pos + 8 < size ? b[pos + 8] : -1;
        pos += 2 + (std::size_t(b[pos + 2]) << 8 | b[pos + 3]);
    }
    return -1;
}

class DecoderCodec : public DcmCodec {
public:
    explicit DecoderCodec(Family family)
        : family_(family) {}

    OFBool canChangeCoding(const E_TransferSyntax oldRep,
                           const E_TransferSyntax newRep) const override {
        const bool handled = family_ == Family::JpegLs
                                 ? oldRep == EXS_JPEGLSLossless || oldRep == EXS_JPEGLSLossy
                                 : oldRep == EXS_JPEG2000LosslessOnly || oldRep == EXS_JPEG2000;
        return handled && DcmXfer(newRep).isNotEncapsulated();
    }

    OFCondition decode(const DcmRepresentationParameter*, DcmPixelSequence* sequence,
                       DcmPolymorphOBOW& uncompressed, const DcmCodecParameter*,
                       const DcmStack& objStack, OFBool& removeOldRep) const override {
        // Photometric Interpretation may change (ICT/RCT undone): the old representation
        // no longer matches the header.
        removeOldRep = OFTrue;
        DcmStack stack(objStack);
        stack.pop(); // the Pixel Data element
        DcmObject* parent = stack.pop();
        if (!parent || (parent->ident() != EVR_dataset && parent->ident() != EVR_item))
            return EC_InvalidTag;
        auto* dataset = static_cast<DcmItem*>(parent);
        ImageAttributes a;
        if (OFCondition c = readAttributes(dataset, a); c.bad())
            return c;
        const std::uint64_t frameSize = a.layout.frameBytes();
        std::uint64_t total = frameSize * std::uint64_t(a.frames);
        total += total & 1u;
        if (total >= 0xFFFFFFFEull)
            return EC_ElemLengthExceeds32BitField;
        Uint16* words = nullptr;
        if (OFCondition c = uncompressed.createUint16Array(Uint32(total / 2), words); c.bad())
            return c;
        auto* out = reinterpret_cast<Uint8*>(words);
        if (total > frameSize * std::uint64_t(a.frames))
            out[total - 1] = 0;
        std::string colorModel;
        for (int f = 0; f < a.frames; ++f) {
            std::string model;
            if (OFCondition c = decodeOne(sequence, a, Uint32(f), out + frameSize * f, model);
                c.bad())
                return c;
            if (f == 0)
                colorModel = model;
        }
        if (colorModel != a.photometric)
            if (OFCondition c =
                    dataset->putAndInsertString(DCM_PhotometricInterpretation, colorModel.c_str());
                c.bad())
                return c;
        return EC_Normal;
    }

    OFCondition decodeFrame(const DcmRepresentationParameter*, DcmPixelSequence* sequence,
                            const DcmCodecParameter*, DcmItem* dataset, Uint32 frame,
                            Uint32& startFragment, void* buffer, Uint32 bufferSize,
                            OFString& decompressedColorModel) const override {
        ImageAttributes a;
        if (OFCondition c = readAttributes(dataset, a); c.bad())
            return c;
        if (bufferSize < a.layout.frameBytes())
            return EC_IllegalCall;
        std::string model;
        if (OFCondition c = decodeOne(sequence, a, frame, static_cast<Uint8*>(buffer), model);
            c.bad())
            return c;
        // Fragments are mapped afresh for each frame (offset table or markers), so no
        // position needs carrying over; 0 asks for the same on the next call.
        startFragment = 0;
        decompressedColorModel = model.c_str();
        return EC_Normal;
    }

    OFCondition determineDecompressedColorModel(const DcmRepresentationParameter*,
                                                DcmPixelSequence* sequence,
                                                const DcmCodecParameter*, DcmItem* dataset,
                                                OFString& colorModel) const override {
        ImageAttributes a;
        if (OFCondition c = readAttributes(dataset, a); c.bad())
            return c;
        colorModel = a.photometric.c_str();
        if (family_ != Family::Jpeg2000 || a.layout.samplesPerPixel != 3)
            return EC_Normal; // JPEG-LS HP color transforms are decoded per frame
        std::vector<std::uint8_t> bytes;
        if (OFCondition c = frameBytes(sequence, a.frames, 0, bytes); c.bad())
            return c;
        if (j2kMultipleComponentTransform(bytes.data(), bytes.size()) == 1)
            colorModel = "RGB";
        return EC_Normal;
    }

    OFCondition encode(const Uint16*, const Uint32, const DcmRepresentationParameter*,
                       DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                       OFBool&) const override {
        return EC_IllegalCall; // decoder only
    }
    OFCondition encode(const E_TransferSyntax, const DcmRepresentationParameter*, DcmPixelSequence*,
                       const DcmRepresentationParameter*, DcmPixelSequence*&,
                       const DcmCodecParameter*, DcmStack&, OFBool&) const override {
        return EC_IllegalCall;
    }

private:
    OFCondition decodeOne(DcmPixelSequence* sequence, const ImageAttributes& a, Uint32 frame,
                          Uint8* out, std::string& colorModel) const {
        std::vector<std::uint8_t> bytes;
        if (OFCondition c = frameBytes(sequence, a.frames, frame, bytes); c.bad())
            return c;
        std::vector<std::uint8_t> decoded(a.layout.frameBytes());
        DecodedFrameInfo info;
        const std::string error = family_ == Family::JpegLs
                                      ? decodeJpegLs(bytes.data(), bytes.size(), a.layout,
                                                     decoded.data(), decoded.size(), &info)
                                      : decodeJpeg2000(bytes.data(), bytes.size(), a.layout,
                                                       decoded.data(), decoded.size(), &info);
        if (!error.empty())
            return failure("frame " + std::to_string(frame + 1) + ": " + error);
        deliver(decoded, a, out);
        colorModel =
            info.photometricInterpretation.empty() ? a.photometric : info.photometricInterpretation;
        return EC_Normal;
    }

    Family family_;
};

struct Registered {
    NoCodecParameter parameter;
    DecoderCodec jpegLs{Family::JpegLs};
    DecoderCodec jpeg2000{Family::Jpeg2000};
};

std::string registerCodecs() {
    if (std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty())
        return dcmtk;
    DcmRLEDecoderRegistration::registerCodecs();
    DJDecoderRegistration::registerCodecs();
    // JPEG-LS and JPEG 2000: ours, not dcmjpls (see DcmtkDecoderCodec.h).
    // DCMTK keeps pointers to these for the life of the process.
    static Registered* registered = new Registered;
    for (const DcmCodec* codec : {static_cast<const DcmCodec*>(&registered->jpegLs),
                                  static_cast<const DcmCodec*>(&registered->jpeg2000)})
        if (OFCondition c = DcmCodecList::registerCodec(codec, nullptr, &registered->parameter);
            c.bad())
            return std::string("cannot register a DCMTK codec: ") + c.text();
    return {};
}

} // namespace

std::string ensureDcmtkCodecs() {
    static std::once_flag once;
    static std::string error;
    std::call_once(once, [] { error = registerCodecs(); });
    return error;
}

} // namespace pellucid
