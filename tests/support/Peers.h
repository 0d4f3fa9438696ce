#pragma once

// Real DICOM peers for integration tests, started on 127.0.0.1 by the test on ports free at run
// time and stopped by PID (see ../shared/peers.md). Every wait is bounded; a peer that does not
// come up fails the calling test with its log. Destructors stop the process (SIGTERM, then
// SIGKILL) and remove its temporary folder.

#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

class QProcess;
class QTemporaryDir;

namespace pellucid::test {

// A process we started, with its own temporary folder and log.
class PeerProcess {
public:
    PeerProcess();
    virtual ~PeerProcess();
    PeerProcess(const PeerProcess&) = delete;
    PeerProcess& operator=(const PeerProcess&) = delete;

    bool running() const;
    qint64 pid() const;
    int port() const { return port_; }
    const std::string& aeTitle() const { return aeTitle_; }
    std::string address() const; // "AET@127.0.0.1:PORT", as the CLI takes it
    std::filesystem::path dir() const;
    QString log() const; // stdout + stderr so far
    void stop();         // bounded: SIGTERM, 10 s, SIGKILL

protected:
    // Starts `program` (TCP_NODELAY=1 in its environment); false and a test failure message
    // when it does not start.
    bool launch(const QString& program, const QStringList& args);
    // Polls until something accepts TCP connections on port_ (bounded by `timeoutMs`).
    bool waitForPort(int timeoutMs = 15000);

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
    std::string aeTitle_;
};

// Orthanc (package orthanc) as a PACS: C-FIND, C-MOVE, C-GET, C-STORE, Storage Commitment.
struct OrthancOptions {
    std::string aeTitle = "ORTHANC";
    // C-MOVE destinations and storage-commitment peers: {name, AET, port on 127.0.0.1}.
    struct Modality {
        std::string name, aeTitle;
        int port = 0;
    };
    std::vector<Modality> modalities;
};
class OrthancPeer : public PeerProcess {
public:
    // Starts Orthanc and waits until its REST API answers; on failure QVERIFY-style message.
    static std::unique_ptr<OrthancPeer> start(const OrthancOptions& options = {});
    int httpPort() const { return httpPort_; }
    // REST helpers (curl on 127.0.0.1): GET returns the body, empty on failure.
    QByteArray httpGet(const QString& path) const;
    QByteArray httpPost(const QString& path, const QByteArray& body) const;
    int instanceCount() const; // from /statistics
    // Loads files with storescu (uncompressed proposal unless `storescuSyntaxFlag`, e.g. "-xs").
    bool store(const std::vector<std::filesystem::path>& files,
               const QString& storescuSyntaxFlag = {}) const;

private:
    int httpPort_ = 0;
};

// DCMTK dcmqrscp as a second, stricter Q/R SCP over its own storage folder.
struct DcmqrscpOptions {
    std::string aeTitle = "DCMQRSCP";
    struct Destination {
        std::string name, aeTitle;
        int port = 0;
    };
    std::vector<Destination> moveDestinations;
    QStringList extraArgs; // e.g. {"+xt", "-xt"} to keep JPEG-LS files as they are
};
class DcmqrscpPeer : public PeerProcess {
public:
    static std::unique_ptr<DcmqrscpPeer> start(const DcmqrscpOptions& options = {});
    // Stores files through storescu into its database.
    bool store(const std::vector<std::filesystem::path>& files,
               const QString& storescuSyntaxFlag = {}) const;
};

// DCMTK storescp writing what it receives into dir()/received.
class StorescpPeer : public PeerProcess {
public:
    // `acceptCompressed`: +xa (accept every syntax); otherwise uncompressed only.
    static std::unique_ptr<StorescpPeer> start(const std::string& aeTitle = "STORESCP",
                                               bool acceptCompressed = true,
                                               const QStringList& extraArgs = {});
    std::filesystem::path receivedDir() const;
    std::vector<std::filesystem::path> receivedFiles() const;
};

// `pellucid-cli serve` as a child process on a free port, over `cacheRoot`.
class PellucidServePeer : public PeerProcess {
public:
    static std::unique_ptr<PellucidServePeer> start(const std::filesystem::path& cacheRoot,
                                                    const std::string& aeTitle = "PELLUCID",
                                                    const QStringList& extraArgs = {});
};

} // namespace pellucid::test
