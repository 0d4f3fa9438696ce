#include "core/pstate/ContentLabel.h"

namespace pellucid {

std::string codeStringOf(std::string_view userText, std::string_view fallback) {
    constexpr std::size_t maxLength = 16; // PS3.5 Table 6.2-1, CS
    std::string out;
    bool pendingSeparator = false;
    for (std::size_t i = 0; i < userText.size(); ++i) {
        const auto c = static_cast<unsigned char>(userText[i]);
        if (c >= 0x80) {
            // One separator for a whole UTF-8 sequence: skip its continuation bytes.
            while (i + 1 < userText.size() &&
                   (static_cast<unsigned char>(userText[i + 1]) & 0xC0) == 0x80)
                ++i;
            pendingSeparator = true;
            continue;
        }
        char kept = 0;
        if (c >= 'a' && c <= 'z')
            kept = static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            kept = static_cast<char>(c);
        if (kept == 0) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !out.empty())
            out += '_';
        pendingSeparator = false;
        out += kept;
    }
    if (out.size() > maxLength) {
        out.resize(maxLength);
        while (!out.empty() && out.back() == '_')
            out.pop_back();
    }
    return out.empty() ? std::string(fallback) : out;
}

} // namespace pellucid
