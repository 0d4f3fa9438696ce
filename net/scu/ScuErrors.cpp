#include "net/scu/ScuErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/dcmnet/scu.h>

namespace pellucid {

std::string describeAssociationFailure(const OFCondition& condition, const RemoteNode& node) {
    const std::string where = formatRemoteNode(node);
    const std::string detail = condition.text();
    if (condition == DUL_ASSOCIATIONREJECTED)
        return where +
               " rejected the association (is its AE title right, does it know ours?): " + detail;
    if (condition == DUL_READTIMEOUT || condition == DIMSE_NODATAAVAILABLE)
        return where + " did not answer in time: " + detail;
    if (condition == NET_EC_NoAcceptablePresentationContexts)
        return where + " accepted none of the proposed services: " + detail;
    if (detail.find("imeout") != std::string::npos || detail.find("timed out") != std::string::npos)
        return where + " did not answer in time: " + detail;
    return "cannot associate with " + where + ": " + detail;
}

std::string describeDimseFailure(const OFCondition& condition) {
    if (condition == DIMSE_NODATAAVAILABLE || condition == DUL_READTIMEOUT)
        return std::string("the node did not answer in time: ") + condition.text();
    if (condition == DUL_PEERABORTEDASSOCIATION)
        return std::string("the node aborted the association: ") + condition.text();
    return condition.text();
}

} // namespace pellucid
