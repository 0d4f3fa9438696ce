#include "core/pstate/StatesForImage.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/pstate/PresentationStateReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>

namespace pellucid {

SharedState readPresentationStateFile(const std::filesystem::path& file, std::string* problem) {
    ensureDcmtkReady();
    DcmFileFormat format;
    if (const OFCondition status = format.loadFile(file.c_str()); status.bad()) {
        if (problem)
            *problem = file.filename().string() + ": " + status.text();
        return nullptr;
    }
    auto read = readPresentationState(*format.getDataset());
    if (auto* error = std::get_if<std::string>(&read)) {
        if (problem)
            *problem = file.filename().string() + ": " + *error;
        return nullptr;
    }
    return std::make_shared<const PresentationState>(std::move(std::get<PresentationState>(read)));
}

std::vector<SharedState> readPresentationStates(const std::vector<std::filesystem::path>& files,
                                                std::vector<std::string>* problems) {
    std::vector<SharedState> states;
    for (const auto& file : files) {
        std::string problem;
        if (SharedState state = readPresentationStateFile(file, &problem))
            states.push_back(std::move(state));
        else if (problems)
            problems->push_back(problem);
    }
    return states;
}

std::vector<SharedState> statesFor(const std::vector<SharedState>& states,
                                   const std::string& sopInstanceUid, int frame) {
    std::vector<SharedState> out;
    for (const SharedState& state : states)
        if (state->references(sopInstanceUid, frame))
            out.push_back(state);
    std::stable_sort(out.begin(), out.end(), [](const SharedState& a, const SharedState& b) {
        if (a->creationKey() != b->creationKey())
            return a->creationKey() > b->creationKey();
        return a->sopInstanceUid > b->sopInstanceUid;
    });
    return out;
}

} // namespace pellucid
