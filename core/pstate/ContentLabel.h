#pragma once

#include <string>
#include <string_view>

namespace pellucid {

// A Code String (PS3.5 6.2, VR CS) made of what a user typed, for Content Label and Graphic Layer
// names (PS3.3 C.10.9, C.10.7): upper case A-Z, 0-9 and '_' only, at most 16 characters. Letters
// are upper-cased, spaces and anything else (punctuation, each non-ASCII character) become one
// '_', runs of '_' collapse, and '_' at either end is dropped. `fallback` when nothing is left.
std::string codeStringOf(std::string_view userText, std::string_view fallback = "UNNAMED");

} // namespace pellucid
