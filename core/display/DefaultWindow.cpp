#include "core/display/DefaultWindow.h"

#include "core/display/WindowPresets.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace pellucid {

FileWindows readFileWindows(DcmItem& d) {
    FileWindows out;
    Float64 center = 0, width = 0;
    for (unsigned long i = 0; d.findAndGetFloat64(DCM_WindowCenter, center, i).good() &&
                              d.findAndGetFloat64(DCM_WindowWidth, width, i).good();
         ++i) {
        if (width < 1)
            continue;
        out.windows.emplace_back(center, width);
        OFString name;
        d.findAndGetOFString(DCM_WindowCenterWidthExplanation, name, i);
        out.names.emplace_back(name.c_str());
    }
    return out;
}

DefaultWindow defaultWindow(const std::vector<std::pair<double, double>>& fileWindows,
                            const SliceSamples& slice) {
    if (slice.type == VoxelType::Rgb8 || slice.type == VoxelType::Rgb16)
        return {};
    if (!fileWindows.empty())
        return {fileWindows.front().first, fileWindows.front().second, WindowSource::File};
    const auto [center, width] = autoWindow(slice);
    return {center, width, WindowSource::Automatic};
}

} // namespace pellucid
