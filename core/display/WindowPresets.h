#pragma once

#include "core/measure/SliceSamples.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pellucid {

struct WindowPreset {
    std::string name;
    double center = 0, width = 1; // modality values (HU for CT); width >= 1
};

// Presets per modality ("CT", "MR", ...), in the order a menu shows them.
using WindowPresetTable = std::map<std::string, std::vector<WindowPreset>>;

// The built-in presets (resources/window-presets.json, compiled into pellucid_core) for a
// modality, names translated (context "WindowPresets"). Empty for modalities without presets
// (MR, ...): the viewer then uses the file's window or autoWindow.
std::vector<WindowPreset> windowPresetsFor(const std::string& modality);

// Reads a preset file: {"modalities": {"CT": [{"name": "Brain", "center": 40, "width": 80},
// ...], ...}}. Returns the table, or a message saying what is wrong and where.
std::variant<WindowPresetTable, std::string> parseWindowPresets(std::string_view json);

// A window over the slice's 1st to 99th percentile of values (nearest rank): center halfway,
// width the distance, at least 1. RGB slices use their luma. {0, 1} for an empty slice.
std::pair<double, double> autoWindow(const SliceSamples& slice);

} // namespace pellucid
