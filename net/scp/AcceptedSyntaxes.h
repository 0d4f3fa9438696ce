#pragma once

#include "core/query/QueryAttributes.h"

#include <string>
#include <vector>

namespace pellucid {

// What our Storage SCP accepts: every storage SOP class DCMTK knows (dcmAllStorageSOPClassUIDs:
// CT, MR, ..., SR, KOS, presentation states, encapsulated documents, waveforms, RT ...).
std::vector<std::string> acceptedStorageSopClasses();

// The Query/Retrieve information models we serve (C-FIND, C-MOVE, C-GET; Patient and Study
// Root).
std::vector<std::string> queryRetrieveFindModels();
std::vector<std::string> queryRetrieveMoveModels();
std::vector<std::string> queryRetrieveGetModels();

// Whether an information model (a C-FIND, C-MOVE or C-GET SOP class) has `level`.
bool queryLevelAllowed(const std::string& model, QueryLevel level);

} // namespace pellucid
