#include "core/codec/FrameFragments.h"

namespace pellucid {

bool beginsCodestream(const std::uint8_t* b, std::size_t n) {
    if (n >= 2 && b[0] == 0xFF && (b[1] == 0xD8 || b[1] == 0x4F)) // JPEG/JPEG-LS SOI, J2K SOC
        return true;
    // JP2 signature box: 0000 000C 6A50 2020
    return n >= 8 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x0C && b[4] == 0x6A &&
           b[5] == 0x50 && b[6] == 0x20 && b[7] == 0x20;
}

std::vector<std::uint32_t> parseBasicOffsets(const std::uint8_t* b, std::size_t n, bool bigEndian) {
    std::vector<std::uint32_t> offsets;
    for (std::size_t i = 0; i + 4 <= n; i += 4)
        offsets.push_back(
            bigEndian
                ? (std::uint32_t(b[i]) << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]
                : (std::uint32_t(b[i + 3]) << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]);
    return offsets;
}

namespace {

// Offsets count from the first byte of the first fragment's item header (tag + length: 8).
std::variant<std::vector<FragmentSpan>, std::string>
byOffsets(const std::vector<std::uint32_t>& lengths, const std::vector<std::uint64_t>& offsets) {
    std::vector<std::uint64_t> starts;
    std::uint64_t pos = 0;
    for (std::uint32_t l : lengths) {
        starts.push_back(pos);
        pos += 8 + std::uint64_t(l);
    }
    std::vector<FragmentSpan> spans;
    for (std::size_t f = 0; f < offsets.size(); ++f) {
        std::size_t first = starts.size();
        for (std::size_t i = 0; i < starts.size(); ++i)
            if (starts[i] == offsets[f])
                first = i;
        if (first == starts.size())
            return "offset table entry " + std::to_string(f) + " (" + std::to_string(offsets[f]) +
                   ") does not start a fragment";
        const std::uint64_t next = f + 1 < offsets.size() ? offsets[f + 1] : pos;
        std::size_t last = first;
        while (last < starts.size() && starts[last] < next)
            ++last;
        if (last == first)
            return "offset table entries are not increasing";
        spans.push_back({first, last - first});
    }
    return spans;
}

} // namespace

std::variant<std::vector<FragmentSpan>, std::string>
mapFramesToFragments(const FragmentMapInput& in) {
    const std::size_t fragments = in.fragmentLengths.size();
    const std::size_t frames = static_cast<std::size_t>(in.frames < 1 ? 1 : in.frames);
    if (fragments == 0)
        return std::string("the pixel sequence holds no fragments");
    if (!in.extendedOffsets.empty()) {
        if (in.extendedOffsets.size() != frames)
            return "the Extended Offset Table has " + std::to_string(in.extendedOffsets.size()) +
                   " entries for " + std::to_string(frames) + " frames";
        return byOffsets(in.fragmentLengths, in.extendedOffsets);
    }
    if (in.basicOffsets.size() == frames) {
        std::vector<std::uint64_t> offsets(in.basicOffsets.begin(), in.basicOffsets.end());
        auto spans = byOffsets(in.fragmentLengths, offsets);
        if (std::holds_alternative<std::vector<FragmentSpan>>(spans))
            return spans;
        // A wrong table is not rare: fall through to the other ways of finding frames.
    }
    if (frames == 1)
        return std::vector<FragmentSpan>{{0, fragments}};
    if (fragments == frames) {
        std::vector<FragmentSpan> spans;
        for (std::size_t i = 0; i < frames; ++i)
            spans.push_back({i, 1});
        return spans;
    }
    if (fragments < frames)
        return std::to_string(frames) + " frames but only " + std::to_string(fragments) +
               " fragments";
    if (!in.startsCodestream)
        return std::string("frames span several fragments and there is no offset table");
    std::vector<FragmentSpan> spans;
    for (std::size_t i = 0; i < fragments; ++i) {
        if (in.startsCodestream(i) || spans.empty())
            spans.push_back({i, 1});
        else
            ++spans.back().count;
    }
    if (spans.size() != frames)
        return "found " + std::to_string(spans.size()) + " codestreams for " +
               std::to_string(frames) + " frames";
    return spans;
}

} // namespace pellucid
