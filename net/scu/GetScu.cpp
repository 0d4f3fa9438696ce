#include "net/scu/GetScu.h"

#include "core/dicom/DcmtkSetup.h"
#include "net/common/TransferSyntaxes.h"
#include "net/scu/RetrieveSopClasses.h"
#include "net/scu/ScuAssociation.h"
#include "net/scu/ScuErrors.h"

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

// How the storage contexts of one SOP class are proposed, from the most faithful to the most
// compact, the first that fits in one association: one context per transfer syntax (the node
// sends each file in its own syntax); two contexts, uncompressed and compressed (a DCMTK-based
// node still finds the file's own syntax); one context with every syntax (the node picks one
// and may have to convert).
enum class ContextLayout { PerSyntax, TwoGroups, OneContext, TooMany };

ContextLayout layoutFor(std::size_t classes, std::size_t syntaxes) {
    if (classes * syntaxes <= kMaxStorageContexts)
        return ContextLayout::PerSyntax;
    if (classes * 2 <= kMaxStorageContexts)
        return ContextLayout::TwoGroups;
    if (classes <= kMaxStorageContexts)
        return ContextLayout::OneContext;
    return ContextLayout::TooMany;
}

void proposeStorageContexts(DcmSCU& scu, const std::set<std::string>& classes,
                            const std::vector<std::string>& syntaxes) {
    const ContextLayout layout = layoutFor(classes.size(), syntaxes.size());
    for (const std::string& sopClass : classes) {
        std::vector<OFList<OFString>> contexts;
        if (layout == ContextLayout::PerSyntax) {
            for (const std::string& s : syntaxes)
                contexts.emplace_back().push_back(s.c_str());
        } else if (layout == ContextLayout::TwoGroups) {
            OFList<OFString> plain, compressed;
            for (const std::string& s : syntaxes)
                (isUncompressedTransferSyntax(s) ? plain : compressed).push_back(s.c_str());
            contexts = {plain, compressed};
        } else {
            OFList<OFString>& all = contexts.emplace_back();
            for (const std::string& s : syntaxes)
                all.push_back(s.c_str());
        }
        for (const OFList<OFString>& c : contexts)
            if (!c.empty())
                scu.addPresentationContext(sopClass.c_str(), c, ASC_SC_ROLE_SCP);
    }
}

std::vector<GetBatch> planBatches(const RemoteNode& node, const RetrieveRequest& request,
                                  std::size_t syntaxes, RetrieveResult& result) {
    RetrieveSopClasses found = findRetrieveSopClasses(node, request);
    switch (found.source) {
    case RetrieveSopClasses::Source::SopClassesInStudy:
        result.notes.push_back("SOP classes from SOP Classes in Study (0008,0062)");
        break;
    case RetrieveSopClasses::Source::ImageLevelFind:
        result.notes.push_back("SOP classes from IMAGE-level C-FIND per series");
        break;
    case RetrieveSopClasses::Source::DefaultList:
        result.notes.push_back("SOP classes unknown to the node's C-FIND: default storage list");
        break;
    }
    if (layoutFor(found.all.size(), syntaxes) != ContextLayout::TooMany)
        return {GetBatch{{}, found.all}};
    // Too many classes for one association: one C-GET per group of series that fits.
    if (found.bySeries.empty())
        found = findRetrieveSopClasses(node, request, true);
    if (found.bySeries.empty()) {
        // No per-series answer to split by: the first classes that fit, and say so.
        GetBatch batch;
        for (const std::string& c : found.all)
            if (batch.classes.size() < kMaxStorageContexts)
                batch.classes.insert(c);
        result.notes.push_back("more SOP classes than one association carries and no per-series "
                               "answer: proposing the first " +
                               std::to_string(batch.classes.size()));
        return {batch};
    }
    result.notes.push_back("split by series: too many SOP classes for one association");
    std::vector<GetBatch> batches;
    for (const auto& [series, classes] : found.bySeries) {
        std::set<std::string> merged =
            batches.empty() ? std::set<std::string>{} : batches.back().classes;
        merged.insert(classes.begin(), classes.end());
        if (!batches.empty() && layoutFor(merged.size(), syntaxes) != ContextLayout::TooMany) {
            batches.back().series.push_back(series);
            batches.back().classes = std::move(merged);
        } else {
            batches.push_back(GetBatch{{series}, classes});
        }
    }
    return batches;
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

RetrieveResult getUnsettled(const RemoteNode& node, const RetrieveRequest& request,
                            const ReceiveTarget& target, const RetrieveProgressCallback& progress,
                            const std::atomic<bool>* cancel);
} // namespace

RetrieveResult getInstances(const RemoteNode& node, const RetrieveRequest& request,
                            const ReceiveTarget& target, const RetrieveProgressCallback& progress,
                            const std::atomic<bool>* cancel) {
    RetrieveResult result = getUnsettled(node, request, target, progress, cancel);
    if (!target.flush)
        return result;
    // What was answered early is counted now, as it finally is in the cache.
    result.stored = 0;
    for (const InstanceIntake::Result& settled : target.flush()) {
        switch (settled.outcome) {
        case InstanceIntake::Outcome::Stored:
            ++result.stored;
            break;
        case InstanceIntake::Outcome::Duplicate:
            ++result.duplicates;
            break;
        default:
            result.failedInstances.push_back(settled.header.sopInstanceUid);
            result.ok = false;
            if (result.error.empty())
                result.error = "not kept: " + settled.header.sopInstanceUid + ": " + settled.detail;
            break;
        }
    }
    return result;
}

namespace {
RetrieveResult getUnsettled(const RemoteNode& node, const RetrieveRequest& request,
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

        proposeService(scu, UID_GETStudyRootQueryRetrieveInformationModel);
        proposeStorageContexts(scu, batch.classes, syntaxes);
        const T_ASC_PresentationContextID presId =
            openForService(scu, node, UID_GETStudyRootQueryRetrieveInformationModel,
                           "C-GET (Study Root)", &result.error);
        if (presId == 0)
            return result;
        OFCondition cond;
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
            get.fillIdentifier(identifier);
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

} // namespace

} // namespace pellucid
