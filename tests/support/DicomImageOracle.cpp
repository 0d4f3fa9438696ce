#include "tests/support/DicomImageOracle.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimage/diregist.h> // color support for DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <algorithm>
#include <cstdlib>

namespace pellucid::test {

DisplayImage renderWithDicomImage(const std::string& file, const OracleRequest& r,
                                  std::string* error) {
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return DisplayImage{};
    };
    DcmFileFormat ff;
    if (const OFCondition cond = ff.loadFile(file.c_str()); cond.bad())
        return fail(cond.text());
    DicomImage image(&ff, ff.getDataset()->getOriginalXfer(), 0,
                     static_cast<unsigned long>(r.frame), 1);
    if (image.getStatus() != EIS_Normal)
        return fail(DicomImage::getString(image.getStatus()));
    if (image.isMonochrome()) {
        if (r.window)
            image.setWindow(r.window->first, r.window->second);
        else if (image.getWindowCount() > 0)
            image.setWindow(0);
        else if (image.getVoiLutCount() > 0)
            image.setVoiLut(0);
        else
            image.setMinMaxWindow();
    }
    if (r.overlays)
        image.showAllOverlays();
    else
        image.hideAllOverlays();
    DisplayImage out;
    out.width = static_cast<int>(image.getWidth());
    out.height = static_cast<int>(image.getHeight());
    out.channels = image.isMonochrome() ? 1 : 3;
    const auto* data = static_cast<const std::uint8_t*>(image.getOutputData(8, 0, 0));
    if (!data)
        return fail("no output");
    out.pixels.assign(data, data + std::size_t(out.width) * std::size_t(out.height) *
                                       std::size_t(out.channels));
    return out;
}

int worstDifference(const DisplayImage& a, const DisplayImage& b, long long* differing) {
    if (a.width != b.width || a.height != b.height || a.channels != b.channels ||
        a.pixels.size() != b.pixels.size())
        return -1;
    int worst = 0;
    long long count = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        const int d = std::abs(int(a.pixels[i]) - int(b.pixels[i]));
        worst = std::max(worst, d);
        count += d != 0;
    }
    if (differing)
        *differing = count;
    return worst;
}

} // namespace pellucid::test
