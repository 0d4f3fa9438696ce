#pragma once

#include "core/pstate/DisplayImage.h"

#include <filesystem>
#include <string>

namespace pellucid {

// Writes `image` as an 8-bit grey or RGB PNG (no Qt GUI needed, so the command line links no
// graphics stack). Returns an error text, empty on success.
std::string writePng(const std::filesystem::path& file, const DisplayImage& image);

} // namespace pellucid
