#pragma once

#include "core/pstate/PresentationStateContent.h"

#include <QString>

#include <memory>
#include <string>
#include <variant>

class DcmFileFormat;

namespace pellucid {

struct BuiltPresentationState {
    std::unique_ptr<DcmFileFormat> file; // the state, meta header not yet written
    std::string sopClassUid;             // GSPS, or CSPS for colour images
    std::string sopInstanceUid;
    std::string seriesInstanceUid; // new, in the study of the images
    std::string studyInstanceUid;
};

// Builds a Grayscale Softcopy Presentation State (PS3.3 A.33.1, SOP Class
// 1.2.840.10008.5.1.4.1.1.11.1), or for colour images (RGB, YBR) a Color Softcopy Presentation
// State (A.33.2, 1.2.840.10008.5.1.4.1.1.11.2, with an sRGB ICC profile and no window), from
// `content` with DCMTK's dcmpstat: the patient and study of the first image, a new series
// (Modality PR), Presentation Creation Date/Time now, Specific Character Set ISO_IR 192 with
// every text in UTF-8 (the image's own texts are converted from its character set). Returns a
// message for people when the content cannot be written: no images, images of another study,
// colour and grey images together, a window for colour images, palette colour images, invalid
// shapes, or an image DCMTK cannot render.
std::variant<BuiltPresentationState, QString>
buildPresentationState(const PresentationStateContent& content);

} // namespace pellucid
