#include "net/InstanceSender.h"

#include "net/ScuAssociation.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>

#include <set>

namespace pellucid {

namespace {
constexpr std::size_t kMaxContexts = 128; // PS3.8: presentation context IDs are odd bytes

bool isUncompressed(const std::string& ts) {
    return ts == UID_LittleEndianExplicitTransferSyntax ||
           ts == UID_LittleEndianImplicitTransferSyntax ||
           ts == UID_BigEndianExplicitTransferSyntax;
}
} // namespace

InstanceSender::InstanceSender(const RemoteNode& node, const std::string& callingAeTitle) {
    configureScu(scu_, node, callingAeTitle);
}

InstanceSender::~InstanceSender() {
    close();
}

bool InstanceSender::open(const std::vector<OutgoingInstance>& instances, std::string* error) {
    std::map<std::string, std::set<std::string>> syntaxesOfClass;
    for (const auto& i : instances)
        syntaxesOfClass[i.sopClassUid].insert(i.transferSyntaxUid);
    // Every class gets its uncompressed context first; own-syntax contexts while room is left.
    std::vector<std::pair<std::string, OFList<OFString>>> contexts;
    for (const auto& [sopClass, syntaxes] : syntaxesOfClass) {
        (void)syntaxes;
        OFList<OFString> plain;
        plain.push_back(UID_LittleEndianExplicitTransferSyntax);
        plain.push_back(UID_LittleEndianImplicitTransferSyntax);
        contexts.emplace_back(sopClass, plain);
    }
    for (const auto& [sopClass, syntaxes] : syntaxesOfClass) {
        for (const auto& ts : syntaxes) {
            if (ts.empty() || isUncompressed(ts) || contexts.size() >= kMaxContexts)
                continue;
            OFList<OFString> own;
            own.push_back(ts.c_str());
            contexts.emplace_back(sopClass, own);
        }
    }
    if (contexts.size() > kMaxContexts)
        contexts.resize(kMaxContexts); // the instances of the classes left out fail with 0x0122
    for (const auto& [sopClass, list] : contexts)
        scu_.addPresentationContext(sopClass.c_str(), list);
    OFCondition cond = scu_.initNetwork();
    if (cond.good())
        cond = scu_.negotiateAssociation();
    if (cond.bad()) {
        *error = std::string("association with the destination failed: ") + cond.text();
        return false;
    }
    open_ = true;
    return true;
}

Uint16 InstanceSender::send(const OutgoingInstance& instance, std::string* error,
                            const std::string& moveOriginatorAeTitle,
                            Uint16 moveOriginatorMessageId) {
    if (!open_) {
        *error = "no association";
        return kNotSent;
    }
    Uint16 status = 0;
    OFCondition cond;
    // Its own syntax, when the node took it: the file goes out as it is.
    T_ASC_PresentationContextID id =
        instance.transferSyntaxUid.empty()
            ? 0
            : scu_.findPresentationContextID(instance.sopClassUid.c_str(),
                                             instance.transferSyntaxUid.c_str());
    if (id != 0) {
        cond =
            scu_.sendSTORERequest(id, OFFilename(instance.file.string().c_str()), nullptr, status,
                                  moveOriginatorAeTitle.c_str(), moveOriginatorMessageId);
    } else {
        std::string target;
        for (const char* ts :
             {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}) {
            id = scu_.findPresentationContextID(instance.sopClassUid.c_str(), ts);
            if (id != 0) {
                target = ts;
                break;
            }
        }
        if (id == 0) {
            *error = "the destination accepted no context for SOP class " + instance.sopClassUid;
            return STATUS_STORE_Refused_SOPClassNotSupported;
        }
        DcmFileFormat file;
        cond = file.loadFile(instance.file.string().c_str());
        DcmDataset* dataset = file.getDataset();
        const E_TransferSyntax xfer = DcmXfer(target.c_str()).getXfer();
        if (cond.bad() || dataset->chooseRepresentation(xfer, nullptr).bad() ||
            !dataset->canWriteXfer(xfer)) {
            *error = "cannot convert " + instance.sopInstanceUid + " to " + target;
            return STATUS_STORE_Error_CannotUnderstand;
        }
        cond = scu_.sendSTORERequest(id, OFFilename(), dataset, status,
                                     moveOriginatorAeTitle.c_str(), moveOriginatorMessageId);
    }
    if (cond.bad()) {
        *error = std::string("C-STORE failed: ") + cond.text();
        if (!scu_.isConnected())
            return kNotSent;
        return status != 0 ? status : kNotSent;
    }
    return status;
}

void InstanceSender::close() {
    if (open_ && scu_.isConnected())
        scu_.releaseAssociation();
    open_ = false;
}

} // namespace pellucid
