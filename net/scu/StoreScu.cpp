#include "net/scu/StoreScu.h"

#include "core/codec/DcmtkDecoderCodec.h"
#include "net/scu/ScuAssociation.h"
#include "net/scu/ScuErrors.h"
#include "net/scu/StoreFile.h"
#include "net/scu/StorePlan.h"
#include "net/scu/StoreSyntaxes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/scu.h>

#include <memory>

namespace pellucid {

namespace {

using Outcome = StoreInstanceResult::Outcome;

Outcome outcomeOf(Uint16 status) {
    if (status == STATUS_Success)
        return Outcome::Success;
    if (status == STATUS_STORE_Warning_CoercionOfDataElements ||
        status == STATUS_STORE_Warning_DataSetDoesNotMatchSOPClass ||
        status == STATUS_STORE_Warning_ElementsDiscarded || (status & 0xF000) == 0xB000)
        return Outcome::Warning;
    return Outcome::Failed;
}

std::string statusMeaning(Uint16 status) {
    switch (status) {
    case STATUS_STORE_Warning_CoercionOfDataElements:
        return "the node coerced data elements";
    case STATUS_STORE_Warning_DataSetDoesNotMatchSOPClass:
        return "the dataset does not match the SOP class";
    case STATUS_STORE_Warning_ElementsDiscarded:
        return "the node discarded elements";
    default:
        break;
    }
    if ((status & 0xFF00) == 0xA700)
        return "the node is out of resources";
    if ((status & 0xFF00) == 0xA900)
        return "the dataset does not match the SOP class (refused)";
    if ((status & 0xF000) == 0xC000)
        return "the node cannot understand the dataset";
    if (status == STATUS_STORE_Refused_SOPClassNotSupported)
        return "the node does not support the SOP class";
    return "the node refused the instance";
}

// The first accepted context of the file's class, in the order sendableSyntaxes wants.
T_ASC_PresentationContextID chooseContext(DcmSCU& scu, const StoreFile& file,
                                          const std::vector<std::string>& preferred,
                                          std::string* syntax) {
    for (const auto& candidate : sendableSyntaxes(file.transferSyntaxUid, preferred)) {
        const T_ASC_PresentationContextID id =
            scu.findPresentationContextID(file.sopClassUid.c_str(), candidate.c_str());
        if (id != 0) {
            *syntax = candidate;
            return id;
        }
    }
    return 0;
}

class StoreAssociation {
public:
    StoreAssociation(const RemoteNode& node, const std::string& callingAeTitle,
                     const StoreAssociationPlan& plan)
        : node_(node) {
        configureScu(scu_, node, callingAeTitle);
        for (const auto& [sopClass, syntax] : plan.contexts) {
            OFList<OFString> one;
            one.push_back(syntax.c_str());
            scu_.addPresentationContext(sopClass.c_str(), one);
        }
    }
    ~StoreAssociation() {
        if (scu_.isConnected())
            scu_.releaseAssociation();
    }
    StoreAssociation(const StoreAssociation&) = delete;
    StoreAssociation& operator=(const StoreAssociation&) = delete;

    bool open(std::string* error) {
        OFCondition cond = scu_.initNetwork();
        if (cond.good())
            cond = scu_.negotiateAssociation();
        if (cond.bad()) {
            *error = describeAssociationFailure(cond, node_);
            return false;
        }
        return true;
    }

    bool connected() const { return scu_.isConnected(); }

    void send(const StoreFile& file, StoreInstanceResult& result, const StoreOptions& options) {
        std::string syntax;
        const T_ASC_PresentationContextID id =
            chooseContext(scu_, file, node_.preferredTransferSyntaxes, &syntax);
        if (id == 0) {
            result.error =
                file.transferSyntaxUid.empty() || !DcmXfer(file.transferSyntaxUid.c_str()).isLossy()
                    ? "the node accepted no context for SOP class " + file.sopClassUid
                    : "the node accepted no context for SOP class " + file.sopClassUid +
                          " that this lossy image can go out in without "
                          "re-compressing it";
            return;
        }
        Uint16 status = 0;
        OFCondition cond;
        if (syntax == file.transferSyntaxUid) {
            // As it is, bit for bit: DcmSCU reads the file itself.
            cond = scu_.sendSTORERequest(id, OFFilename(file.path.c_str()), nullptr, status,
                                         options.moveOriginatorAeTitle.c_str(),
                                         options.moveOriginatorMessageId);
        } else {
            DcmFileFormat format;
            cond = format.loadFile(file.path.c_str());
            if (cond.bad()) {
                result.error =
                    std::string("cannot read ") + file.path.string() + ": " + cond.text();
                return;
            }
            DcmDataset* dataset = format.getDataset();
            const E_TransferSyntax xfer = DcmXfer(syntax.c_str()).getXfer();
            const DJ_RPLossless lossless; // predictor 1, no point transform: exact
            const DcmRepresentationParameter* parameters =
                xfer == EXS_JPEGProcess14SV1 ? &lossless : nullptr;
            if (dataset->chooseRepresentation(xfer, parameters).bad() ||
                !dataset->canWriteXfer(xfer)) {
                result.error = "cannot convert " + file.path.string() + " from " +
                               file.transferSyntaxUid + " to " + syntax;
                return;
            }
            cond = scu_.sendSTORERequest(id, OFFilename(), dataset, status,
                                         options.moveOriginatorAeTitle.c_str(),
                                         options.moveOriginatorMessageId);
        }
        if (cond.bad()) {
            result.error = "C-STORE failed: " + describeDimseFailure(cond);
            return;
        }
        result.sentTransferSyntax = syntax;
        result.status = status;
        result.outcome = outcomeOf(status);
        if (result.outcome != Outcome::Success)
            result.error = statusMeaning(status);
    }

private:
    RemoteNode node_;
    DcmSCU scu_;
};

} // namespace

StoreReport storeFiles(const RemoteNode& node, const std::string& callingAeTitle,
                       const std::vector<std::filesystem::path>& paths,
                       const StoreOptions& options) {
    StoreReport report;
    ensureDcmtkCodecs();
    ensureStoreEncoders();
    std::vector<StoreFile> files;
    files.reserve(paths.size());
    for (const auto& path : paths) {
        files.push_back(readStoreFile(path));
        StoreInstanceResult result;
        result.file = path;
        result.sopClassUid = files.back().sopClassUid;
        result.sopInstanceUid = files.back().sopInstanceUid;
        result.fileTransferSyntax = files.back().transferSyntaxUid;
        result.error = files.back().error;
        report.instances.push_back(std::move(result));
    }
    StoreProgress progress;
    progress.total = files.size();
    auto advance = [&](std::size_t index) {
        ++progress.done;
        progress.bytes += files[index].bytes;
        switch (report.instances[index].outcome) {
        case StoreInstanceResult::Outcome::Success:
            ++progress.succeeded;
            break;
        case StoreInstanceResult::Outcome::Warning:
            ++progress.warnings;
            break;
        default:
            ++progress.failed;
            break;
        }
        if (options.progress)
            options.progress(progress);
    };
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!files[i].readable)
            advance(i);

    for (const auto& plan : planStoreAssociations(files, node.preferredTransferSyntaxes)) {
        auto notSent = [&](std::size_t from, const std::string& why) {
            for (std::size_t k = from; k < plan.files.size(); ++k) {
                report.instances[plan.files[k]].error = why;
                advance(plan.files[k]);
            }
        };
        if (report.cancelled) {
            notSent(0, "cancelled");
            continue;
        }
        StoreAssociation association(node, callingAeTitle, plan);
        std::string error;
        if (!association.open(&error)) {
            if (report.associationError.empty())
                report.associationError = error;
            notSent(0, error);
            continue;
        }
        for (std::size_t k = 0; k < plan.files.size(); ++k) {
            if (options.cancel && options.cancel->load()) {
                report.cancelled = true;
                notSent(k, "cancelled");
                break;
            }
            if (!association.connected()) {
                notSent(k, "the association broke off before this instance");
                break;
            }
            const std::size_t index = plan.files[k];
            association.send(files[index], report.instances[index], options);
            advance(index);
        }
    }
    return report;
}

} // namespace pellucid
