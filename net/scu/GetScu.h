#pragma once

#include "core/cache/InstanceIntake.h"
#include "net/common/RemoteNode.h"
#include "net/scu/RetrieveRequest.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace pellucid {

// Where the instances a C-GET brings go. In the application this is an InstanceIntake
// (intakeTarget() below); the two steps are separate so that the C-STORE sub-operation is
// answered only after admission said the instance is safely kept.
struct ReceiveTarget {
    std::function<std::filesystem::path()> newStagedPath;
    std::function<InstanceIntake::Result(const std::filesystem::path& staged,
                                         const std::string& source)>
        admit;
    // Settles admissions that answered early (batched durability); empty: none do.
    std::function<std::vector<InstanceIntake::Result>()> flush;
};

// A retrieve's images are ours to ask again: they are answered once their header is checked
// and made durable in batches (InstanceIntake::admitBatched); getInstances() returns only after
// the last batch is committed.
inline ReceiveTarget intakeTarget(InstanceIntake& intake) {
    return {[&intake] { return intake.newStagedPath(); },
            [&intake](const std::filesystem::path& staged, const std::string& source) {
                return intake.admitBatched(staged, source);
            },
            [&intake] { return intake.flushBatched(); }};
}

// C-GET of a study, a series or instances from `node` (Study Root), received on the same
// association and written to disk as they arrive on the wire (no re-encoding), then admitted
// through `target`. The storage contexts proposed are those of the SOP classes the node says
// the study holds (see RetrieveSopClasses.h), one per transfer syntax (retrieveTransferSyntaxes) so
// that each file comes in its own syntax; when they do not fit in one association the retrieve is
// split by series. `progress` is called on the caller's thread from the pending responses; setting
// `cancel` sends C-CANCEL (the node then stops after the sub-operation in flight).
RetrieveResult getInstances(const RemoteNode& node, const RetrieveRequest& request,
                            const ReceiveTarget& target,
                            const RetrieveProgressCallback& progress = {},
                            const std::atomic<bool>* cancel = nullptr);

} // namespace pellucid
