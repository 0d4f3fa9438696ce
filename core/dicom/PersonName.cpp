#include "core/dicom/PersonName.h"

#include "core/dicom/DicomText.h"

#include <initializer_list>
#include <vector>

namespace pellucid {

std::string displayPersonName(std::string_view pn) {
    std::string shown;
    const std::vector<std::string_view> groups = splitValue(pn, '=');
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::string_view> c = splitValue(groups[g], '^');
        c.resize(5);
        auto joined = [](std::initializer_list<std::string_view> parts) {
            std::string out;
            for (std::string_view p : parts)
                if (!trimPadding(p).empty())
                    out += (out.empty() ? "" : " ") + std::string(trimPadding(p));
            return out;
        };
        std::string text;
        if (shown.empty()) {
            // Family, prefix given middle suffix
            text = std::string(trimPadding(c[0]));
            const std::string rest = joined({c[3], c[1], c[2], c[4]});
            if (!rest.empty())
                text += (text.empty() ? "" : ", ") + rest;
        } else {
            text = joined({c[0], c[1], c[2]});
        }
        if (text.empty())
            continue;
        shown = shown.empty() ? text : shown + " (" + text + ")";
    }
    return shown;
}

} // namespace pellucid
