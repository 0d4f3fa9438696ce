#pragma once

#include "net/common/CommitmentReportSink.h"
#include "net/common/FileSender.h"
#include "net/common/RemoteNode.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pellucid {

class InstanceIntake;

struct DicomServerOptions {
    std::string aeTitle = "PELLUCID";
    int port = 11112;        // 0: any free port (see DicomServer::port())
    std::string bindAddress; // reserved (DCMTK 3.6.7 binds every interface)
    std::filesystem::path cacheRoot;
    std::vector<std::string> allowedCallingAeTitles; // empty: anyone
    bool checkCalledAeTitle = true;                  // refuse associations called otherwise
    std::vector<RemoteNode> moveDestinations;        // C-MOVE targets by AE title
    bool queryRetrieve = true;                       // offer C-FIND/C-MOVE/C-GET over the cache
    int maxAssociations = 32;
    int dimseTimeoutSeconds = 60;
    std::shared_ptr<CommitmentReportSink> commitmentReports; // optional
    // How C-MOVE sub-operations go out: given by whoever starts the server (storeFiles of
    // net/scu), since the server side does not depend on the client side. Empty: every C-MOVE
    // is refused.
    FileSender sendFiles;
};

// One received instance, for observers (GUI refresh, CLI progress, retrieve by C-MOVE).
struct ReceivedInstance {
    std::string callingAeTitle;
    std::string studyInstanceUid, seriesInstanceUid, sopInstanceUid, sopClassUid;
    std::string transferSyntaxUid;
    bool duplicate = false;
    bool failed = false;
    std::string detail; // why it failed
};

// The workstation's DICOM server: Verification, Storage SCP for every storage SOP class (into
// the cache through InstanceIntake), and a Query/Retrieve SCP (C-FIND, C-MOVE, C-GET) over the
// cache. Runs on its own threads (DCMTK's DcmSCPPool, one thread per association) until
// stop() or destruction.
class DicomServer {
public:
    using Observer = std::function<void(const ReceivedInstance&)>;

    static std::unique_ptr<DicomServer> start(const DicomServerOptions& options, std::string* error,
                                              Observer observer = {});
    ~DicomServer(); // stop()
    DicomServer(const DicomServer&) = delete;
    DicomServer& operator=(const DicomServer&) = delete;

    int port() const;
    // Stops accepting, lets running associations finish (bounded), joins the threads.
    void stop();

    struct State;

private:
    explicit DicomServer(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

} // namespace pellucid
