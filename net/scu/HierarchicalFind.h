#pragma once

#include "net/scu/FindScu.h"

#include <functional>

namespace pellucid {

using SingleFind =
    std::function<FindResult(const RemoteNode&, const FindRequest&, const FindMatchCallback&)>;

// Answers a relational query (keys of several levels, unique keys of the levels above the
// target missing) with hierarchical C-FINDs, from the top level of the model down: each level
// is asked with its own keys and the unique keys found above, and every match opens the next
// level. Limit and callback apply to the target-level matches, as for one query.
FindResult findHierarchically(const RemoteNode& node, const FindRequest& request,
                              const FindMatchCallback& onMatch, const SingleFind& once);

} // namespace pellucid
