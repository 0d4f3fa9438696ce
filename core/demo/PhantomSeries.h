#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace pellucid {

// A synthetic CT chest/abdomen phantom written as a DICOM series: what the viewer opens on
// first start, with no patient data anywhere. Body, fat, lungs, heart, aorta, spine, liver and
// a small lesion change slice by slice; headers carry what a real CT series has (positions,
// orientation, spacing, rescale, two windows). UIDs are new on every call.
struct PhantomSpec {
    int slices = 120;
    int size = 512;
    double sliceSpacingMm = 2.5;
    double fieldOfViewMm = 400.0;
    std::string patientName = "PHANTOM^DEMO";
    std::string patientId = "PELLUCID-DEMO";
    std::string studyDescription = "CT CHEST ABDOMEN (SYNTHETIC DEMO)";
};

// Writes IM0001..IMnnnn into `folder` (created if needed). Returns an empty string on success,
// else why it failed; `progress(done, total)` is called from worker threads.
std::string writePhantomSeries(const std::filesystem::path& folder, const PhantomSpec& spec,
                               const std::function<void(int, int)>& progress = {},
                               const std::atomic<bool>* cancel = nullptr);

// A fresh UID under the 2.25 root (PS3.5 B.2: a UUID as a decimal integer).
std::string newUid();

} // namespace pellucid
