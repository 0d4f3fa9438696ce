#pragma once

#include <string>
#include <vector>

namespace pellucid {

class CacheIndex;

// A series of a cached study as a study viewer lists it.
struct SeriesSummary {
    std::string seriesInstanceUid;
    std::string modality;
    std::string description;
    long long number = 0;
    long long instances = 0;
};

// The series of a study in series-number order; empty and `error` set when the query fails.
std::vector<SeriesSummary> seriesOfStudy(CacheIndex& index, const std::string& studyInstanceUid,
                                         std::string* error);

} // namespace pellucid
