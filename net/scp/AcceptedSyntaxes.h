#pragma once

#include <string>
#include <vector>

namespace pellucid {

// What our Storage SCP accepts: every storage SOP class DCMTK knows (dcmAllStorageSOPClassUIDs:
// CT, MR, ..., SR, KOS, presentation states, encapsulated documents, waveforms, RT ...).
std::vector<std::string> acceptedStorageSopClasses();

// The transfer syntaxes we accept for storage, in our order of preference: lossless compressed
// first (smaller and exact), then uncompressed, then lossy ones (kept as they were made, never
// refused: a lossy image is still the only copy the sender has of it).
std::vector<std::string> acceptedStorageTransferSyntaxes();

// The Query/Retrieve information models we serve (C-FIND, C-MOVE, C-GET; Patient and Study
// Root).
std::vector<std::string> queryRetrieveFindModels();
std::vector<std::string> queryRetrieveMoveModels();
std::vector<std::string> queryRetrieveGetModels();

} // namespace pellucid
