#pragma once

#include "net/common/RemoteNode.h"
#include "net/scu/RetrieveRequest.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pellucid {

// The SOP Classes a retrieve will bring, so that a C-GET proposes storage contexts for exactly
// those (a C-GET association has at most 128 presentation contexts, and a node only sends what
// was negotiated).
struct RetrieveSopClasses {
    enum class Source {
        SopClassesInStudy, // (0008,0062) from a STUDY-level C-FIND
        ImageLevelFind,    // SOPClassUID of every instance, by IMAGE-level C-FINDs per series
        DefaultList,       // neither answered: DCMTK's list of common storage classes
    };
    Source source = Source::DefaultList;
    std::set<std::string> all;
    // Per series, when the IMAGE-level C-FINDs ran (needed to split a retrieve by series).
    std::map<std::string, std::set<std::string>> bySeries;
};

// Asks `node` with C-FIND what `request` covers. `perSeries`: also fill bySeries (IMAGE-level
// C-FINDs even when SOP Classes in Study answered).
RetrieveSopClasses findRetrieveSopClasses(const RemoteNode& node, const RetrieveRequest& request,
                                          bool perSeries = false);

// The series of a study on `node` (SERIES-level C-FIND); empty when the node does not answer.
std::vector<std::string> findSeriesOfStudy(const RemoteNode& node, const std::string& studyUid,
                                           const std::string& callingAeTitle);

std::vector<std::string> defaultStorageSopClasses();

} // namespace pellucid
