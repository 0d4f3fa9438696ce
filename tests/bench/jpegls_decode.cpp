// jpegls_decode FOLDER [--runs N]
//
// Times JPEG-LS decoding of every frame in FOLDER's JPEG-LS DICOM files with decodeJpegLs (the
// system CharLS 2) and with DCMTK's decoder (its bundled CharLS copy), single-threaded, and
// prints one line:
//   jpegls-decode N frames  charls <ms>  dcmtk <ms>  ratio <charls/dcmtk>
// Each file is parsed once and its pixel sequence kept in memory, so neither side pays for file
// I/O or parsing; DCMTK decodes with getUncompressedFrame, which leaves the compressed
// representation in place for the next run. Figures are the median of N runs (default 5),
// after one untimed pass that also checks both decoders agree.
//
// Both CharLS builds export the same legacy C entry points (JpegLsDecode, JpegLsReadHeader,
// JpegLsEncode) with different signatures, and the dynamic linker binds DCMTK's calls to
// whichever library comes first in the process's search order. Unless libdcmtkcharls is linked
// before libcharls, the "dcmtk" column silently measures the system CharLS; the program checks
// and refuses to report such a run.
#include "core/codec/JpegLsDecoder.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Instance {
    std::filesystem::path path;
    std::unique_ptr<DcmFileFormat> file; // owns the fragments `frames` point into
    DcmPixelData* pixels = nullptr;
    pellucid::FrameLayout layout;
    std::vector<std::vector<std::uint8_t>> joined; // frames spread over several fragments
    std::vector<std::pair<const std::uint8_t*, std::size_t>> frames;
    Uint32 dcmtkFrameSize = 0;
};

int intValue(DcmDataset& ds, const DcmTagKey& tag, int fallback) {
    Uint16 v = 0;
    return ds.findAndGetUint16(tag, v).good() ? int(v) : fallback;
}

// Maps fragments to frames the simple way these corpora allow: one fragment a frame, or one
// frame in all fragments, or a new frame at every fragment that starts with SOI.
bool collectFrames(DcmPixelSequence& seq, int frameCount, Instance& inst) {
    std::vector<std::pair<const std::uint8_t*, std::size_t>> fragments;
    for (unsigned long i = 1; i < seq.card(); ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* bytes = nullptr;
        if (seq.getItem(item, i).bad() || item->getUint8Array(bytes).bad())
            return false;
        fragments.emplace_back(bytes, item->getLength());
    }
    if (fragments.size() == static_cast<std::size_t>(frameCount)) {
        inst.frames = fragments;
        return true;
    }
    for (const auto& [bytes, size] : fragments) {
        const bool soi = size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8;
        if (soi || inst.joined.empty())
            inst.joined.emplace_back();
        inst.joined.back().insert(inst.joined.back().end(), bytes, bytes + size);
    }
    if (frameCount == 1 && inst.joined.size() > 1) {
        std::vector<std::uint8_t> all;
        for (const auto& part : inst.joined)
            all.insert(all.end(), part.begin(), part.end());
        inst.joined = {all};
    }
    for (const auto& frame : inst.joined)
        inst.frames.emplace_back(frame.data(), frame.size());
    return inst.frames.size() == static_cast<std::size_t>(frameCount);
}

bool load(const std::filesystem::path& path, Instance& inst) {
    inst.path = path;
    inst.file = std::make_unique<DcmFileFormat>();
    if (inst.file->loadFile(path.string().c_str()).bad())
        return false;
    const E_TransferSyntax xfer = inst.file->getDataset()->getOriginalXfer();
    if (xfer != EXS_JPEGLSLossless && xfer != EXS_JPEGLSLossy)
        return false;
    DcmDataset& ds = *inst.file->getDataset();
    ds.loadAllDataIntoMemory();
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return false;
    inst.pixels = static_cast<DcmPixelData*>(element);
    DcmPixelSequence* seq = nullptr;
    if (inst.pixels->getEncapsulatedRepresentation(xfer, nullptr, seq).bad() || !seq)
        return false;
    inst.layout.rows = intValue(ds, DCM_Rows, 0);
    inst.layout.columns = intValue(ds, DCM_Columns, 0);
    inst.layout.samplesPerPixel = intValue(ds, DCM_SamplesPerPixel, 1);
    inst.layout.bitsAllocated = intValue(ds, DCM_BitsAllocated, 16);
    inst.layout.bitsStored = intValue(ds, DCM_BitsStored, inst.layout.bitsAllocated);
    inst.layout.pixelRepresentation = intValue(ds, DCM_PixelRepresentation, 0);
    Sint32 frameCount = 1;
    if (ds.findAndGetSint32(DCM_NumberOfFrames, frameCount).bad() || frameCount < 1)
        frameCount = 1;
    if (!collectFrames(*seq, frameCount, inst))
        return false;
    return inst.pixels->getUncompressedFrameSize(&ds, inst.dcmtkFrameSize).good() &&
           inst.dcmtkFrameSize >= inst.layout.frameBytes();
}

using Clock = std::chrono::steady_clock;

double charlsPass(std::vector<Instance>& all, std::vector<std::uint8_t>& out, int& failures) {
    const auto t0 = Clock::now();
    for (Instance& inst : all)
        for (const auto& [bytes, size] : inst.frames)
            if (!pellucid::decodeJpegLs(bytes, size, inst.layout, out.data(), out.size(), nullptr)
                     .empty())
                ++failures;
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double dcmtkPass(std::vector<Instance>& all, std::vector<std::uint8_t>& out, int& failures) {
    const auto t0 = Clock::now();
    for (Instance& inst : all) {
        Uint32 startFragment = 0;
        for (std::size_t f = 0; f < inst.frames.size(); ++f) {
            OFString colorModel;
            if (inst.pixels
                    ->getUncompressedFrame(inst.file->getDataset(), static_cast<Uint32>(f),
                                           startFragment, out.data(), inst.dcmtkFrameSize,
                                           colorModel)
                    .bad())
                ++failures;
        }
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// DCMTK hands back the stored container in host order: the FrameLayout bytes exactly when no
// sign extension is due, which holds for every corpus make-corpus.sh writes.
int disagreements(std::vector<Instance>& all) {
    int count = 0;
    for (Instance& inst : all) {
        std::vector<std::uint8_t> ours(inst.layout.frameBytes());
        std::vector<std::uint8_t> theirs(inst.dcmtkFrameSize);
        const bool comparable = inst.layout.pixelRepresentation == 0 ||
                                inst.layout.bitsStored == inst.layout.bitsAllocated;
        Uint32 startFragment = 0;
        for (std::size_t f = 0; f < inst.frames.size(); ++f) {
            const std::string error =
                pellucid::decodeJpegLs(inst.frames[f].first, inst.frames[f].second, inst.layout,
                                       ours.data(), ours.size(), nullptr);
            OFString colorModel;
            const OFCondition cond = inst.pixels->getUncompressedFrame(
                inst.file->getDataset(), static_cast<Uint32>(f), startFragment, theirs.data(),
                inst.dcmtkFrameSize, colorModel);
            if (!error.empty() || cond.bad() ||
                (comparable && std::memcmp(ours.data(), theirs.data(), ours.size()) != 0)) {
                std::fprintf(stderr, "frame %zu of %s: charls '%s', dcmtk '%s'%s\n", f,
                             inst.path.c_str(), error.c_str(), cond.text(),
                             error.empty() && cond.good() ? ", samples differ" : "");
                ++count;
            }
        }
    }
    return count;
}

// The library DCMTK's codec calls into: the first definition of its entry point in the
// global scope, which is where the dynamic linker resolved libdcmjpls's reference.
std::string dcmtkCodecLibrary() {
    void* symbol = dlsym(RTLD_DEFAULT, "JpegLsDecode");
    Dl_info where{};
    if (!symbol || dladdr(symbol, &where) == 0 || !where.dli_fname)
        return {};
    return where.dli_fname;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FOLDER [--runs N]\n", argv[0]);
        return 2;
    }
    int runs = 5;
    for (int i = 2; i + 1 < argc; i += 2)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));

    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1]))
        if (entry.is_regular_file())
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());

    const std::string dcmtkLibrary = dcmtkCodecLibrary();
    if (dcmtkLibrary.find("dcmtkcharls") == std::string::npos) {
        std::fprintf(stderr,
                     "DCMTK's JPEG-LS calls resolve to %s, not its bundled libdcmtkcharls: link "
                     "DCMTK::dcmtkcharls before charls\n",
                     dcmtkLibrary.empty() ? "nothing" : dcmtkLibrary.c_str());
        return 1;
    }
    DJLSDecoderRegistration::registerCodecs();
    std::vector<Instance> all;
    std::size_t frames = 0, skipped = 0, outBytes = 0;
    for (const auto& path : paths) {
        Instance inst;
        if (!load(path, inst)) {
            ++skipped;
            continue;
        }
        frames += inst.frames.size();
        outBytes = std::max<std::size_t>(outBytes, inst.dcmtkFrameSize);
        all.push_back(std::move(inst));
    }
    if (frames == 0) {
        std::fprintf(stderr, "no JPEG-LS frames under %s\n", argv[1]);
        return 1;
    }
    std::fprintf(stderr, "%zu files (%zu skipped: not JPEG-LS or unreadable), %zu frames\n",
                 all.size(), skipped, frames);

    const int differing = disagreements(all);
    std::vector<std::uint8_t> out(outBytes);
    std::vector<double> charls, dcmtk;
    int failures = 0;
    for (int r = 0; r < runs; ++r) {
        // Alternating keeps slow drifts of a shared machine from favouring either side.
        charls.push_back(charlsPass(all, out, failures));
        dcmtk.push_back(dcmtkPass(all, out, failures));
    }
    const double c = median(charls), d = median(dcmtk);
    std::printf("jpegls-decode %zu frames  charls %.1f ms  dcmtk %.1f ms  ratio %.2f\n", frames, c,
                d, c / d);
    DJLSDecoderRegistration::cleanup();
    if (differing || failures) {
        std::fprintf(stderr, "%d frames disagree, %d decode failures\n", differing, failures);
        return 1;
    }
    return 0;
}
