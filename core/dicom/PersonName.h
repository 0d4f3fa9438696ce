#pragma once

#include <string>
#include <string_view>

namespace pellucid {

// A Person Name (PS3.5 6.2.1) as the user reads it, one rule for the study list, the PACS results
// and the viewer's corners: the first non-empty component group as "Family, prefix given middle
// suffix", any further groups (ideographic, phonetic) in parentheses.
// "DOE^JOHN^A" -> "DOE, JOHN A"; "Yamada^Tarou=山田^太郎" -> "Yamada, Tarou (山田 太郎)".
std::string displayPersonName(std::string_view pn);

} // namespace pellucid
