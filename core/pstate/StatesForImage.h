#pragma once

#include "core/pstate/PresentationState.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pellucid {

using SharedState = std::shared_ptr<const PresentationState>;

// Reads presentation state files (those of a study, as the cache lists them). A file that is
// not a presentation state or cannot be read is skipped and described in `problems`.
std::vector<SharedState> readPresentationStates(const std::vector<std::filesystem::path>& files,
                                                std::vector<std::string>* problems = nullptr);
SharedState readPresentationStateFile(const std::filesystem::path& file, std::string* problem);

// The states that reference frame `frame` (1-based) of an image, newest first (Presentation
// Creation Date and Time, then SOP Instance UID for a stable order): the first is the one a
// reader sees on open.
std::vector<SharedState> statesFor(const std::vector<SharedState>& states,
                                   const std::string& sopInstanceUid, int frame);

} // namespace pellucid
