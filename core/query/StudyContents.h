#pragma once

#include <string>
#include <vector>

namespace pellucid {

class CacheIndex;

// SOP Classes in Study (0008,0062): the distinct SOP Class UIDs the cache holds for a study,
// which a C-GET SCU needs before it can propose storage contexts.
std::vector<std::string> sopClassesInStudy(CacheIndex& index, const std::string& studyInstanceUid);

} // namespace pellucid
