#pragma once

#include "net/common/RemoteNode.h"

#include <string>

class OFCondition;

namespace pellucid {

// What went wrong on an association, in words a user can act on (the node refused us, nobody
// listens, it did not answer in time), followed by DCMTK's own text.
std::string describeAssociationFailure(const OFCondition& condition, const RemoteNode& node);
std::string describeDimseFailure(const OFCondition& condition);

} // namespace pellucid
