#include "net/scp/StoreHandler.h"

#include "net/scp/ServerAssociation.h"

#include <dcmtk/dcmnet/diutil.h>

#include <filesystem>
#include <system_error>

namespace pellucid {
namespace fs = std::filesystem;

namespace {

constexpr Uint16 kOutOfResources = STATUS_STORE_Refused_OutOfResources;   // 0xA700
constexpr Uint16 kCannotUnderstand = STATUS_STORE_Error_CannotUnderstand; // 0xC000

bool associationGone(const OFCondition& cond) {
    return cond == DUL_PEERABORTEDASSOCIATION || cond == DUL_PEERREQUESTEDRELEASE ||
           cond == DUL_NETWORKCLOSED || cond == DIMSE_READPDVFAILED ||
           cond == DIMSE_NODATAAVAILABLE;
}

} // namespace

StoreHandler::StoreHandler(ServerAssociation& association, ServerContext& context)
    : association_(association)
    , context_(context) {}

OFCondition StoreHandler::handle(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID presId) {
    ReceivedInstance received;
    received.callingAeTitle = association_.getPeerAETitle().c_str();
    received.sopClassUid = request.AffectedSOPClassUID;
    received.sopInstanceUid = request.AffectedSOPInstanceUID;

    const fs::path staged = context_.intake->newStagedPath();
    OFCondition cond =
        association_.receiveSTORERequest(request, presId, OFString(staged.string().c_str()));
    if (cond.bad()) {
        std::error_code ec;
        fs::remove(staged, ec); // a half-received dataset never stays
        received.failed = true;
        received.detail = std::string("receiving failed: ") + cond.text();
        if (context_.observer)
            context_.observer(received);
        if (associationGone(cond))
            return cond;
        // The network is fine but the file could not be written (disk full...): say so.
        const OFCondition answered =
            association_.sendSTOREResponse(presId, request, kOutOfResources);
        return answered.good() ? EC_Normal : answered;
    }

    Uint16 status = STATUS_Success;
    // Sub-operations of a C-MOVE we asked for ourselves: the node keeps its copy, so they are
    // answered once checked and made durable together when the association ends.
    std::string originator = request.MoveOriginatorApplicationEntityTitle;
    originator.erase(originator.find_last_not_of(' ') + 1);
    const bool ours =
        (request.opts & O_STORE_MOVEORIGINATORAETITLE) && originator == context_.options.aeTitle;
    const std::string source = "aet:" + received.callingAeTitle;
    const InstanceIntake::Result result = ours ? context_.intake->admitBatched(staged, source)
                                               : context_.intake->admit(staged, source);
    if (ours && result.outcome == InstanceIntake::Outcome::Stored) {
        hasBatched_ = true;
        return association_.sendSTOREResponse(presId, request,
                                              STATUS_Success); // observed when settled
    }
    received.studyInstanceUid = result.header.studyInstanceUid;
    received.seriesInstanceUid = result.header.seriesInstanceUid;
    received.transferSyntaxUid = result.header.transferSyntaxUid;
    switch (result.outcome) {
    case InstanceIntake::Outcome::Stored:
    case InstanceIntake::Outcome::Duplicate:
        if (result.header.sopInstanceUid != received.sopInstanceUid ||
            result.header.sopClassUid != received.sopClassUid) {
            // Kept (it is a valid instance), but the sender's command and its dataset disagree.
            status = STATUS_STORE_Warning_CoercionOfDataElements;
        }
        received.duplicate = result.outcome == InstanceIntake::Outcome::Duplicate;
        break;
    case InstanceIntake::Outcome::Rejected:
        status = kCannotUnderstand;
        received.failed = true;
        received.detail = result.detail;
        break;
    case InstanceIntake::Outcome::Failed:
        status = kOutOfResources;
        received.failed = true;
        received.detail = result.detail;
        break;
    }
    if (context_.observer)
        context_.observer(received);
    return association_.sendSTOREResponse(presId, request, status);
}

void StoreHandler::settle() {
    if (!hasBatched_)
        return;
    hasBatched_ = false;
    for (const InstanceIntake::Result& settled : context_.intake->flushBatched()) {
        if (!context_.observer)
            continue;
        ReceivedInstance r;
        r.callingAeTitle = association_.getPeerAETitle().c_str();
        r.studyInstanceUid = settled.header.studyInstanceUid;
        r.seriesInstanceUid = settled.header.seriesInstanceUid;
        r.sopInstanceUid = settled.header.sopInstanceUid;
        r.sopClassUid = settled.header.sopClassUid;
        r.transferSyntaxUid = settled.header.transferSyntaxUid;
        r.duplicate = settled.outcome == InstanceIntake::Outcome::Duplicate;
        r.failed = settled.outcome != InstanceIntake::Outcome::Stored && !r.duplicate;
        r.detail = settled.detail;
        context_.observer(r);
    }
}

} // namespace pellucid
