#pragma once

#include "core/query/IdentifierQuery.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

class DcmDataset;

namespace pellucid {

// One cached instance a C-GET or C-MOVE sends.
struct OutgoingInstance {
    std::string sopClassUid, sopInstanceUid, transferSyntaxUid;
    std::filesystem::path file;
};

// The instances a retrieve identifier names (its unique keys at and above its level), from the
// cache at `cacheRoot`; nullopt and `error` when the cache cannot be read.
std::optional<std::vector<OutgoingInstance>>
findOutgoingInstances(const IdentifierQuery& query, const std::filesystem::path& cacheRoot,
                      std::string* error);

// A retrieve names what to send by UIDs only; false and `error` for anything else (a query in
// disguise) or for no key at all.
bool isRetrieveKeyOnly(const IdentifierQuery& query, std::string* error);

// Puts Failed SOP Instance UID List (0008,0058) into `holder` and returns it; nullptr when
// nothing failed (the response then carries no identifier).
DcmDataset* failedUidList(const std::vector<std::string>& failed, DcmDataset& holder);

} // namespace pellucid
