#include "core/pstate/SrgbIccProfile.h"

#include <array>
#include <cmath>
#include <string_view>

namespace pellucid {
namespace {

// ICC numbers are big-endian.
struct IccBytes {
    std::vector<std::uint8_t> bytes;
    void u16(std::uint16_t v) {
        bytes.push_back(static_cast<std::uint8_t>(v >> 8));
        bytes.push_back(static_cast<std::uint8_t>(v));
    }
    void u32(std::uint32_t v) {
        u16(static_cast<std::uint16_t>(v >> 16));
        u16(static_cast<std::uint16_t>(v));
    }
    void s15Fixed16(double v) {
        u32(static_cast<std::uint32_t>(static_cast<std::int32_t>(std::lround(v * 65536.0))));
    }
    void signature(std::string_view four) {
        for (char c : four)
            bytes.push_back(static_cast<std::uint8_t>(c));
    }
    void pad() {
        while (bytes.size() % 4 != 0)
            bytes.push_back(0);
    }
};

IccBytes xyzTag(double x, double y, double z) {
    IccBytes t;
    t.signature("XYZ ");
    t.u32(0);
    t.s15Fixed16(x);
    t.s15Fixed16(y);
    t.s15Fixed16(z);
    return t;
}

// multiLocalizedUnicodeType with one en-US record (ICC.1:2010 10.15).
IccBytes textTag(std::string_view ascii) {
    IccBytes t;
    t.signature("mluc");
    t.u32(0);
    t.u32(1);  // records
    t.u32(12); // record size
    t.signature("enUS");
    t.u32(static_cast<std::uint32_t>(ascii.size() * 2));
    t.u32(28); // offset of the string from the start of the tag
    for (char c : ascii)
        t.u16(static_cast<std::uint16_t>(static_cast<unsigned char>(c)));
    return t;
}

} // namespace

std::vector<std::uint8_t> srgbIccProfile() {
    // The sRGB tone curve, IEC 61966-2-1: parametric function type 3 (ICC.1:2010 10.18):
    // Y = (aX + b)^g for X >= d, Y = cX below.
    IccBytes trc;
    trc.signature("para");
    trc.u32(0);
    trc.u16(3);
    trc.u16(0);
    for (double v : {2.4, 1.0 / 1.055, 0.055 / 1.055, 1.0 / 12.92, 0.04045})
        trc.s15Fixed16(v);
    // Bradford adaptation of D65 to the D50 of the profile connection space.
    IccBytes chad;
    chad.signature("sf32");
    chad.u32(0);
    for (double v : {1.0478112, 0.0228866, -0.0501270, 0.0295424, 0.9904844, -0.0170491, -0.0092345,
                     0.0150436, 0.7521316})
        chad.s15Fixed16(v);

    struct Tag {
        const char* signature;
        IccBytes data;
    };
    const IccBytes d50 = xyzTag(0.9642, 1.0, 0.8249);
    const std::array<Tag, 9> tags = {{
        {"desc", textTag("sRGB IEC61966-2.1")},
        {"cprt", textTag("No copyright, use freely")},
        {"wtpt", d50},
        {"chad", chad},
        {"rXYZ", xyzTag(0.4360747, 0.2225045, 0.0139322)},
        {"gXYZ", xyzTag(0.3850649, 0.7168786, 0.0971045)},
        {"bXYZ", xyzTag(0.1430804, 0.0606169, 0.7141733)},
        {"rTRC", trc},
        {"gTRC", trc},
    }};
    const std::size_t tagCount = tags.size() + 1; // and bTRC, the same curve again

    IccBytes body; // the tag data, each 4-byte aligned, offsets from the start of the profile
    const std::size_t dataStart = 128 + 4 + tagCount * 12;
    std::vector<std::array<std::uint32_t, 2>> placed;
    auto place = [&](const IccBytes& data) {
        placed.push_back({static_cast<std::uint32_t>(dataStart + body.bytes.size()),
                          static_cast<std::uint32_t>(data.bytes.size())});
        body.bytes.insert(body.bytes.end(), data.bytes.begin(), data.bytes.end());
        body.pad();
    };
    for (const Tag& tag : tags)
        place(tag.data);
    place(trc); // bTRC

    IccBytes p;
    const auto size = static_cast<std::uint32_t>(dataStart + body.bytes.size());
    p.u32(size);
    p.u32(0);          // preferred CMM
    p.u32(0x04300000); // version 4.3
    p.signature("mntr");
    p.signature("RGB ");
    p.signature("XYZ ");
    for (std::uint16_t v : {2026, 1, 1, 0, 0, 0}) // creation date, fixed: the bytes never change
        p.u16(v);
    p.signature("acsp");
    for (int i = 0; i < 4; ++i) // platform, flags, manufacturer, model
        p.u32(0);
    p.u32(0); // attributes (8 bytes)
    p.u32(0);
    p.u32(0); // rendering intent: perceptual
    // The PCS illuminant, exactly as ICC.1:2010 7.2.16 spells it.
    p.u32(0x0000F6D6);
    p.u32(0x00010000);
    p.u32(0x0000D32D);
    p.u32(0);                    // creator
    for (int i = 0; i < 11; ++i) // profile ID (16 bytes, zero: not computed) and reserved (28)
        p.u32(0);
    p.u32(static_cast<std::uint32_t>(tagCount));
    for (std::size_t i = 0; i < tagCount; ++i) {
        p.signature(i < tags.size() ? tags[i].signature : "bTRC");
        p.u32(placed[i][0]);
        p.u32(placed[i][1]);
    }
    p.bytes.insert(p.bytes.end(), body.bytes.begin(), body.bytes.end());
    return p.bytes;
}

} // namespace pellucid
