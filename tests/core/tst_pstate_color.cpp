// The colour steps after the grey ones (PS3.4 N.2.2, N.2.3): ICC profiles through Little CMS to
// sRGB, and Pseudo-Color palettes.
#include "core/pstate/ColorManagement.h"
#include "core/pstate/SrgbIccProfile.h"

#include <QTest>

#include <lcms2.h>

#include <cstdlib>
#include <vector>

using namespace pellucid;

namespace {

// An ICC profile with Adobe RGB (1998) primaries and a 2.2 gamma, made by Little CMS.
std::vector<std::uint8_t> wideGamutProfile() {
    const cmsCIExyY white{0.3127, 0.3290, 1.0};
    const cmsCIExyYTRIPLE primaries{{0.64, 0.33, 1.0}, {0.21, 0.71, 1.0}, {0.15, 0.06, 1.0}};
    cmsToneCurve* gamma = cmsBuildGamma(nullptr, 2.2);
    cmsToneCurve* curves[3] = {gamma, gamma, gamma};
    cmsHPROFILE profile = cmsCreateRGBProfile(&white, &primaries, curves);
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(profile, nullptr, &size);
    std::vector<std::uint8_t> bytes(size);
    cmsSaveProfileToMem(profile, bytes.data(), &size);
    cmsCloseProfile(profile);
    cmsFreeToneCurve(gamma);
    return bytes;
}

class TestPstateColor : public QObject {
    Q_OBJECT
private slots:
    void srgbProfileLeavesPixelsAlone() {
        auto icc = IccTransform::fromProfile(srgbIccProfile());
        QVERIFY(std::holds_alternative<std::shared_ptr<const IccTransform>>(icc));
        const auto& t = std::get<std::shared_ptr<const IccTransform>>(icc);
        QVERIFY(t->isIdentity());
        std::vector<std::uint8_t> rgb{1, 2, 3, 200, 100, 50};
        const auto before = rgb;
        t->apply(rgb.data(), 2);
        QCOMPARE(rgb, before);
    }
    void wideGamutColoursMoveToSrgb() {
        auto icc = IccTransform::fromProfile(wideGamutProfile());
        QVERIFY(std::holds_alternative<std::shared_ptr<const IccTransform>>(icc));
        const auto& t = std::get<std::shared_ptr<const IccTransform>>(icc);
        QVERIFY(!t->isIdentity());
        // A muted Adobe RGB green is a more saturated green in sRGB: its green channel stays
        // high while red drops; grey stays grey (same white point).
        std::vector<std::uint8_t> rgb{100, 180, 100, 128, 128, 128};
        t->apply(rgb.data(), 2);
        QVERIFY2(rgb[0] < 100 - 10, qPrintable(QString::number(rgb[0])));
        QVERIFY(rgb[1] >= 175);
        QVERIFY(std::abs(int(rgb[3]) - int(rgb[4])) <= 1 &&
                std::abs(int(rgb[4]) - int(rgb[5])) <= 1);
    }
    void unreadableProfileIsRefused() {
        auto icc = IccTransform::fromProfile({1, 2, 3, 4});
        QVERIFY(std::holds_alternative<std::string>(icc));
    }
    void paletteSpansTheGreyRange() {
        // 3 entries, 16 bits: grey 0 -> entry 0, 127 -> entry 0 (127 * 2 / 255 = 0), 128 -> 1,
        // 255 -> 2.
        std::vector<PaletteLut> palette(3);
        palette[0].entries = {0, 0x8000, 0xFFFF};
        palette[1].entries = {0xFFFF, 0x4000, 0};
        palette[2].entries = {0x1000, 0x1000, 0x1000};
        const std::uint8_t grey[] = {0, 127, 128, 255};
        std::uint8_t rgb[12] = {};
        applyPalette(grey, 4, palette, rgb);
        const std::uint8_t expected[] = {0, 255, 16, 0, 255, 16, 128, 64, 16, 255, 0, 16};
        for (int i = 0; i < 12; ++i)
            QCOMPARE(int(rgb[i]), int(expected[i]));
    }
};

} // namespace

QTEST_APPLESS_MAIN(TestPstateColor)
#include "tst_pstate_color.moc"
