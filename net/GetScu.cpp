#include "net/GetScu.h"

#include "core/dicom/DcmtkSetup.h"
#include "net/ScuAssociation.h"
#include "net/ScuErrors.h"
#include "net/StudySopClasses.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

#include <algorithm>
#include <cstring>
#include <system_error>

namespace pellucid {

namespace {

constexpr std::size_t kMaxStorageContexts = 127; // 128 per association, one is the C-GET's

// One association's worth of work: the series it gets (empty: the request as given) and the
// SOP classes it proposes.
struct GetBatch {
    std::vector<std::string> series;
    std::set<std::string> classes;
};

// How many contexts `classes` need: one per (class, syntax) when that fits, else one per class
// carrying every syntax (the node then picks one and may have to convert).
std::size_t contextsNeeded(std::size_t classes, std::size_t syntaxes) {
    return classes * syntaxes <= kMaxStorageContexts ? classes * syntaxes : classes;
}

std::vector<GetBatch> planBatches(const RemoteNode& node, const RetrieveRequest& request,
                                  std::size_t syntaxes, RetrieveResult& result) {
    StudySopClasses found = findStudySopClasses(node, request);
    switch (found.source) {
    case StudySopClasses::Source::SopClassesInStudy:
        result.notes.push_back("SOP classes from SOP Classes in Study (0008,0062)");
        break;
    case StudySopClasses::Source::ImageLevelFind:
        result.notes.push_back("SOP classes from IMAGE-level C-FIND per series");
        break;
    case StudySopClasses::Source::DefaultList:
        result.notes.push_back("SOP classes unknown to the node's C-FIND: default storage list");
        break;
    }
    if (contextsNeeded(found.all.size(), syntaxes) <= kMaxStorageContexts)
        return {GetBatch{{}, found.all}};
    // Too many classes for one association: one C-GET per group of series that fits.
    if (found.bySeries.empty())
        found = findStudySopClasses(node, request, true);
    result.notes.push_back("split by series: too many SOP classes for one association");
    std::vector<GetBatch> batches;
    for (const auto& [series, classes] : found.bySeries) {
        std::set<std::string> merged =
            batches.empty() ? std::set<std::string>{} : batches.back().classes;
        merged.insert(classes.begin(), classes.end());
        if (!batches.empty() && contextsNeeded(merged.size(), syntaxes) <= kMaxStorageContexts) {
            batches.back().series.push_back(series);
            batches.back().classes = std::move(merged);
        } else {
            batches.push_back(GetBatch{{series}, classes});
        }
    }
    return batches;
}

std::string joinUids(const std::vector<std::string>& uids) {
    std::string joined;
    for (const std::string& uid : uids)
        joined += (joined.empty() ? "" : "\\") + uid;
    return joined;
}

// Receives the C-STOREs of a C-GET straight into staged files and admits each before
// answering it; streams progress; sends C-CANCEL when asked.
class ReceivingGetScu : public DcmSCU {
public:
    const ReceiveTarget* target = nullptr;
    std::string source;
    const std::atomic<bool>* cancel = nullptr;
    const RetrieveProgressCallback* progress = nullptr;

    bool cancelSent = false;
    bool finalReceived = false;
    Uint16 finalStatus = 0;
    RetrieveProgress counts;
    unsigned stored = 0, duplicates = 0, refusedByUs = 0;
    std::vector<std::string> failedInstances;
    std::string lastProblem;

    OFCondition handleCGETSession(const T_ASC_PresentationContextID presID, DcmDataset*,
                                  OFList<RetrieveResponse*>*) override {
        finalReceived = false;
        for (;;) {
            if (cancel && cancel->load() && !cancelSent) {
                cancelSent = true;
                sendCANCELRequest(presID);
            }
            T_DIMSE_Message message;
            std::memset(&message, 0, sizeof message);
            DcmDataset* statusDetail = nullptr;
            T_ASC_PresentationContextID pcid = 0;
            OFCondition cond = receiveDIMSECommand(&pcid, &message, &statusDetail, nullptr);
            delete statusDetail;
            if (cond.bad())
                return cond;
            if (message.CommandField == DIMSE_C_GET_RSP) {
                const T_DIMSE_C_GetRSP& rsp = message.msg.CGetRSP;
                if (rsp.DataSetType != DIMSE_DATASET_NULL) {
                    // Failed SOP Instance UID List (0008,0058), on final responses.
                    DcmDataset* dataset = nullptr;
                    cond = receiveDIMSEDataset(&pcid, &dataset);
                    if (cond.bad())
                        return cond;
                    OFString list;
                    if (dataset &&
                        dataset->findAndGetOFStringArray(DCM_FailedSOPInstanceUIDList, list).good())
                        failedInstances.push_back(list.c_str());
                    delete dataset;
                }
                if (rsp.opts & O_GET_NUMBEROFREMAININGSUBOPERATIONS)
                    counts.remaining = rsp.NumberOfRemainingSubOperations;
                if (rsp.opts & O_GET_NUMBEROFCOMPLETEDSUBOPERATIONS)
                    counts.completed = rsp.NumberOfCompletedSubOperations;
                if (rsp.opts & O_GET_NUMBEROFFAILEDSUBOPERATIONS)
                    counts.failed = rsp.NumberOfFailedSubOperations;
                if (rsp.opts & O_GET_NUMBEROFWARNINGSUBOPERATIONS)
                    counts.warning = rsp.NumberOfWarningSubOperations;
                if (progress && *progress)
                    (*progress)(counts);
                if (!DICOM_PENDING_STATUS(rsp.DimseStatus)) {
                    finalReceived = true;
                    finalStatus = rsp.DimseStatus;
                    if (!(rsp.opts & O_GET_NUMBEROFREMAININGSUBOPERATIONS))
                        counts.remaining = 0;
                    return EC_Normal;
                }
            } else if (message.CommandField == DIMSE_C_STORE_RQ) {
                cond = receiveOne(pcid, message.msg.CStoreRQ);
                if (cond.bad())
                    return cond;
            } else {
                return DIMSE_BADCOMMANDTYPE;
            }
        }
    }

private:
    OFCondition receiveOne(T_ASC_PresentationContextID pcid, T_DIMSE_C_StoreRQ& request) {
        const std::filesystem::path staged = target->newStagedPath();
        // Part 10 file in the presentation context's syntax, bytes as they came on the wire.
        OFCondition cond = handleSTORERequestFile(&pcid, staged.string().c_str(), &request);
        if (cond.bad()) {
            std::error_code ec;
            std::filesystem::remove(staged, ec);
            lastProblem =
                std::string("receiving ") + request.AffectedSOPInstanceUID + ": " + cond.text();
            return cond; // the association is no longer usable
        }
        const InstanceIntake::Result admitted = target->admit(staged, source);
        Uint16 status = STATUS_Success;
        switch (admitted.outcome) {
        case InstanceIntake::Outcome::Stored:
            ++stored;
            break;
        case InstanceIntake::Outcome::Duplicate:
            ++duplicates;
            break;
        case InstanceIntake::Outcome::Failed:
            status = STATUS_STORE_Refused_OutOfResources; // 0xA700
            break;
        case InstanceIntake::Outcome::Rejected:
            status = STATUS_STORE_Error_CannotUnderstand; // 0xC000
            break;
        }
        if (status != STATUS_Success) {
            ++refusedByUs;
            failedInstances.push_back(request.AffectedSOPInstanceUID);
            lastProblem = std::string(request.AffectedSOPInstanceUID) + ": " + admitted.detail;
        }
        return sendSTOREResponse(pcid, status, request);
    }
};

} // namespace

std::vector<std::string> retrieveTransferSyntaxes(const RemoteNode& node) {
    std::vector<std::string> syntaxes = node.preferredTransferSyntaxes;
    for (const char* uid :
         {UID_JPEGProcess14SV1TransferSyntax, UID_JPEGProcess14TransferSyntax,
          UID_JPEGLSLosslessTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
          UID_RLELosslessTransferSyntax, UID_LittleEndianExplicitTransferSyntax,
          UID_LittleEndianImplicitTransferSyntax})
        if (std::find(syntaxes.begin(), syntaxes.end(), uid) == syntaxes.end())
            syntaxes.emplace_back(uid);
    return syntaxes;
}

RetrieveResult getInstances(const RemoteNode& node, const RetrieveRequest& request,
                            const ReceiveTarget& target, const RetrieveProgressCallback& progress,
                            const std::atomic<bool>* cancel) {
    RetrieveResult result;
    if (const std::string problem = ensureDcmtkReady(); !problem.empty()) {
        result.error = problem;
        return result;
    }
    if (const std::string problem = request.validate(); !problem.empty()) {
        result.error = problem;
        return result;
    }
    const std::vector<std::string> syntaxes = retrieveTransferSyntaxes(node);
    const std::vector<GetBatch> batches = planBatches(node, request, syntaxes.size(), result);

    RetrieveProgress total;
    for (const GetBatch& batch : batches) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        ReceivingGetScu scu;
        configureScu(scu, node, request.callingAeTitle);
        scu.setStorageMode(DCMSCU_STORAGE_BIT_PRESERVING);
        scu.target = &target;
        scu.source = "aet:" + node.aeTitle;
        scu.cancel = cancel;
        // Progress across batches: what earlier associations did plus this one's counts.
        const RetrieveProgressCallback batchProgress = [&](const RetrieveProgress& p) {
            if (!progress)
                return;
            RetrieveProgress sum = p;
            sum.completed += total.completed;
            sum.failed += total.failed;
            sum.warning += total.warning;
            progress(sum);
        };
        scu.progress = &batchProgress;

        OFList<OFString> commandSyntaxes;
        for (const std::string& s : commandTransferSyntaxes())
            commandSyntaxes.push_back(s.c_str());
        scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel, commandSyntaxes);
        const bool perSyntax = batch.classes.size() * syntaxes.size() <= kMaxStorageContexts;
        for (const std::string& sopClass : batch.classes) {
            if (perSyntax) {
                for (const std::string& s : syntaxes) {
                    OFList<OFString> one;
                    one.push_back(s.c_str());
                    scu.addPresentationContext(sopClass.c_str(), one, ASC_SC_ROLE_SCP);
                }
            } else {
                OFList<OFString> all;
                for (const std::string& s : syntaxes)
                    all.push_back(s.c_str());
                scu.addPresentationContext(sopClass.c_str(), all, ASC_SC_ROLE_SCP);
            }
        }
        OFCondition cond = scu.initNetwork();
        if (cond.good())
            cond = scu.negotiateAssociation();
        if (cond.bad()) {
            result.error = describeAssociationFailure(cond, node);
            return result;
        }
        const T_ASC_PresentationContextID presId =
            scu.findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
        if (presId == 0) {
            scu.releaseAssociation();
            result.error = "the node does not offer C-GET (Study Root)";
            return result;
        }
        // One C-GET per series of the batch, or one for the request as given.
        std::vector<RetrieveRequest> gets;
        if (batch.series.empty()) {
            gets.push_back(request);
        } else {
            for (const std::string& series : batch.series) {
                RetrieveRequest r = request;
                r.seriesInstanceUid = series;
                r.sopInstanceUids.clear();
                gets.push_back(r);
            }
        }
        for (const RetrieveRequest& get : gets) {
            DcmDataset identifier;
            identifier.putAndInsertString(DCM_QueryRetrieveLevel,
                                          queryRetrieveLevelValue(get.level()));
            identifier.putAndInsertString(DCM_StudyInstanceUID, get.studyInstanceUid.c_str());
            if (get.level() != QueryLevel::Study)
                identifier.putAndInsertString(DCM_SeriesInstanceUID, get.seriesInstanceUid.c_str());
            if (get.level() == QueryLevel::Instance)
                identifier.putAndInsertString(DCM_SOPInstanceUID,
                                              joinUids(get.sopInstanceUids).c_str());
            scu.counts = {};
            cond = scu.sendCGETRequest(presId, &identifier, nullptr);
            total.completed += scu.counts.completed;
            total.failed += scu.counts.failed;
            total.warning += scu.counts.warning;
            if (cond.bad() || !scu.finalReceived) {
                result.error = cond.bad() ? describeDimseFailure(cond) : "no final C-GET response";
                if (!scu.lastProblem.empty())
                    result.error += " (" + scu.lastProblem + ")";
                scu.abortAssociation();
                result.counts = total;
                result.stored += scu.stored;
                result.duplicates += scu.duplicates;
                result.cancelled = scu.cancelSent;
                return result;
            }
            result.status = scu.finalStatus;
            if (scu.cancelSent)
                break;
        }
        scu.releaseAssociation();
        result.stored += scu.stored;
        result.duplicates += scu.duplicates;
        result.cancelled = result.cancelled || scu.cancelSent;
        result.failedInstances.insert(result.failedInstances.end(), scu.failedInstances.begin(),
                                      scu.failedInstances.end());
        if (!scu.lastProblem.empty())
            result.notes.push_back(scu.lastProblem);
        if (result.cancelled)
            break;
    }
    result.counts = total;
    result.statusText =
        result.status == STATUS_Success ? "success"
        : result.status == STATUS_GET_Cancel_SubOperationsTerminatedDueToCancelIndication
            ? "cancel"
            : DU_cgetStatusString(result.status);
    result.ok = !result.cancelled && result.status == STATUS_Success && total.failed == 0 &&
                result.failedInstances.empty();
    if (!result.ok && result.error.empty()) {
        if (result.cancelled)
            result.error = "cancelled";
        else
            result.error = "the node answered " + result.statusText + " (" +
                           std::to_string(total.failed) + " failed, " +
                           std::to_string(total.warning) + " with warnings)";
    }
    return result;
}

} // namespace pellucid
