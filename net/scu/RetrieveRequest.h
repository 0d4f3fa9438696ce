#pragma once

#include "net/scu/FindScu.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class DcmDataset;

namespace pellucid {

// What to pull from a node: a study, one series of it, or some instances of that series.
struct RetrieveRequest {
    std::string studyInstanceUid;
    std::string seriesInstanceUid;            // empty: the whole study
    std::vector<std::string> sopInstanceUids; // empty: the whole series (needs the series)
    std::string callingAeTitle = "PELLUCID";
    // Always the Study Root model: it needs only the UIDs we have (Patient Root would also need
    // the Patient ID, and every Q/R SCP we know offers Study Root).

    QueryLevel level() const;     // STUDY, SERIES or IMAGE from what is set
    std::string validate() const; // why the request is unusable, or empty
    // The C-GET / C-MOVE identifier: level and the UIDs down to it.
    void fillIdentifier(DcmDataset& identifier) const;
};

// Sub-operation counts from the node's C-GET / C-MOVE responses (PS3.4 C.4.2.1.6).
struct RetrieveProgress {
    unsigned remaining = 0;
    unsigned completed = 0;
    unsigned failed = 0;
    unsigned warning = 0;
};
using RetrieveProgressCallback = std::function<void(const RetrieveProgress&)>;

struct RetrieveResult {
    bool ok = false;          // every sub-operation completed and nothing failed
    std::uint16_t status = 0; // the final response status (of the last C-GET/C-MOVE)
    std::string statusText;
    RetrieveProgress counts; // final counts, summed over the C-GETs/C-MOVEs it took
    unsigned stored = 0;     // received and new in the cache (C-GET)
    unsigned duplicates = 0; // received and already in the cache (C-GET)
    bool cancelled = false;  // we sent C-CANCEL
    std::vector<std::string> failedInstances; // SOP Instance UIDs the node or we reported failed
    std::string error;                        // why !ok, for people
    std::vector<std::string> notes;           // fallbacks taken (how SOP classes were found...)
};

} // namespace pellucid
