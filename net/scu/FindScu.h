#pragma once

#include "core/query/QueryAttributes.h"
#include "net/common/RemoteNode.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pellucid {

// The Query/Retrieve information models a C-FIND can be asked in (PS3.4 C.6).
enum class QueryModel {
    PatientRoot,
    StudyRoot,
    PatientStudyOnly, // retired (1.2.840.10008.5.1.4.1.2.3.1); old PACS still answer it
};
std::optional<QueryModel> queryModelFromName(std::string_view name); // study|patient|
                                                                     // patient-study-only
const char* queryModelName(QueryModel model);
const char* findSopClassUid(QueryModel model);
// Whether `model` has `level` at all (Study Root has no PATIENT level, Patient/Study Only has
// neither SERIES nor IMAGE).
bool modelHasLevel(QueryModel model, QueryLevel level);
// The value of Query/Retrieve Level (0008,0052): PATIENT, STUDY, SERIES or IMAGE.
const char* queryRetrieveLevelValue(QueryLevel level);

// One identifier attribute of a C-FIND request: a key to match (a value) or to return (empty).
struct QueryKey {
    std::uint16_t group = 0;
    std::uint16_t element = 0;
    std::string keyword; // from DCMTK's data dictionary; empty for a tag it does not know
    std::string value;   // UTF-8, sent as given: wildcards, ranges and UID lists pass through
};
// "KEYWORD=VALUE" or "gggg,eeee=VALUE" ("(gggg,eeee)" and "ggggeeee" too), any attribute of
// DCMTK's dictionary; "KEYWORD" alone (or "KEYWORD=") asks for it to be returned.
std::optional<QueryKey> parseQueryKey(std::string_view text, std::string* error);

// The keys a query at `level` returns when the caller names none: the attributes of that level
// and the levels above it that our cache keeps (core/query/QueryAttributes), which include the
// unique keys needed to query one level further down.
std::vector<QueryKey> defaultReturnKeys(QueryLevel level);

struct FindRequest {
    QueryModel model = QueryModel::StudyRoot;
    QueryLevel level = QueryLevel::Study;
    std::vector<QueryKey> keys; // they override a default key of the same tag
    bool withDefaultReturnKeys = true;
    std::size_t limit = 0; // 0: everything; else C-CANCEL after that many matches
    // Propose relational queries (extended negotiation, PS3.4 C.4.1.2.1): keys of any level
    // without the unique keys above. A node that does not take them refuses such a query; then
    // the query is answered level by level (hierarchically) and FindResult says so.
    bool relational = false;
    std::string callingAeTitle = "PELLUCID";
};

// One match, every value decoded to UTF-8 and trimmed of padding; multiple values joined by '\'.
struct FindMatch {
    std::map<std::string, std::string> values;         // by keyword ("gggg,eeee" when it has none)
    std::map<std::uint32_t, std::string> byTag;        // by (group << 16 | element)
    std::string value(std::string_view keyword) const; // empty when absent
};

struct FindResult {
    bool ok = false;          // the C-FIND ran to its end (success, or cancelled by us)
    std::uint16_t status = 0; // the final C-FIND status (0x0000, 0xFE00, 0xA700, 0xC000...)
    std::string statusText;   // "success", "cancel", "failure"...
    bool cancelled = false;   // we sent C-CANCEL (limit reached or the callback said stop)
    bool limitReached = false;
    bool relationalFallback = false; // relational refused: answered hierarchically
    std::vector<std::string> notes;
    std::vector<FindMatch> matches;
    std::string error; // why !ok, for people
};

// Called for each pending response as it arrives, on the caller's thread; false stops the query
// (C-CANCEL). Matches are also collected in FindResult::matches.
using FindMatchCallback = std::function<bool(const FindMatch&)>;

// C-FIND to `node`. Every network step is bounded by the node's timeouts.
FindResult find(const RemoteNode& node, const FindRequest& request,
                const FindMatchCallback& onMatch = {});

} // namespace pellucid
