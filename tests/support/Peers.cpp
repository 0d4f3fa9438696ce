#include "tests/support/Peers.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#ifndef _WIN32
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pellucid::test {
namespace fs = std::filesystem;

namespace {

constexpr int kStartAttempts = 3; // a port found free can be taken before the peer binds it

QString logFile(const QTemporaryDir& dir) {
    return dir.filePath(QStringLiteral("peer.log"));
}

bool acceptsConnections(int port) {
#ifndef _WIN32
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
#else
    (void)port;
    return false;
#endif
}

// storescu into a peer that keeps what it receives (Orthanc, dcmqrscp); bounded like runTool.
bool storeWithStorescu(const PeerProcess& peer, const std::vector<fs::path>& files,
                       const QString& syntaxFlag) {
    QStringList args{QStringLiteral("-aet"), QStringLiteral("LOADER"), QStringLiteral("-aec"),
                     QString::fromStdString(peer.aeTitle())};
    if (!syntaxFlag.isEmpty())
        args << syntaxFlag;
    args << QStringLiteral("127.0.0.1") << QString::number(peer.port());
    for (const auto& f : files)
        args << QString::fromStdString(f.string());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("storescu"), args);
    if (!process.waitForStarted(10000))
        return false;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail("storescu timed out", __FILE__, __LINE__);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable("storescu failed: " + QString::fromUtf8(process.readAllStandardError())),
            __FILE__, __LINE__);
        return false;
    }
    return true;
}

QByteArray curl(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral("curl"), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

PeerProcess::PeerProcess()
    : dir_(std::make_unique<QTemporaryDir>()) {}

PeerProcess::~PeerProcess() {
    stop();
}

bool PeerProcess::running() const {
    return process_ && process_->state() != QProcess::NotRunning;
}

qint64 PeerProcess::pid() const {
    return process_ ? process_->processId() : 0;
}

std::string PeerProcess::address() const {
    return aeTitle_ + "@127.0.0.1:" + std::to_string(port_);
}

fs::path PeerProcess::dir() const {
    return fs::path(dir_->path().toStdString());
}

QString PeerProcess::log() const {
    QFile f(logFile(*dir_));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void PeerProcess::stop() {
    if (!process_)
        return;
    if (process_->state() != QProcess::NotRunning) {
        process_->terminate(); // SIGTERM to this PID only
        if (!process_->waitForFinished(10000)) {
            process_->kill();
            process_->waitForFinished(5000);
        }
    }
    process_.reset();
}

bool PeerProcess::launch(const QString& program, const QStringList& args) {
    stop();
    process_ = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    process_->setProcessEnvironment(env);
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(logFile(*dir_), QIODevice::Append);
    process_->setWorkingDirectory(dir_->path());
    process_->start(program, args);
    if (!process_->waitForStarted(10000)) {
        QTest::qFail(qPrintable(program + " did not start: " + process_->errorString()), __FILE__,
                     __LINE__);
        process_.reset();
        return false;
    }
    return true;
}

bool PeerProcess::waitForPort(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!running())
            return false;
        if (acceptsConnections(port_))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

// --- Orthanc -------------------------------------------------------------------------------

std::unique_ptr<OrthancPeer> OrthancPeer::start(const OrthancOptions& options) {
    auto peer = std::unique_ptr<OrthancPeer>(new OrthancPeer);
    peer->aeTitle_ = options.aeTitle;
    const QDir base(peer->dir_->path());
    base.mkpath(QStringLiteral("storage"));
    base.mkpath(QStringLiteral("index"));
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        peer->port_ = freePort();
        peer->httpPort_ = freePort();
        if (peer->httpPort_ == peer->port_)
            continue;
        QJsonObject modalities;
        for (const auto& m : options.modalities)
            modalities[QString::fromStdString(m.name)] =
                QJsonArray{QString::fromStdString(m.aeTitle), QStringLiteral("127.0.0.1"), m.port};
        QJsonObject config{
            {"Name", "pellucid-test"},
            {"StorageDirectory", base.filePath(QStringLiteral("storage"))},
            {"IndexDirectory", base.filePath(QStringLiteral("index"))},
            {"DicomAet", QString::fromStdString(options.aeTitle)},
            {"DicomPort", peer->port_},
            {"HttpPort", peer->httpPort_},
            {"RemoteAccessAllowed", false},
            {"AuthenticationEnabled", false},
            {"DicomCheckCalledAet", false},
            {"DicomAlwaysAllowStore", true},
            {"DicomAlwaysAllowFind", true},
            {"DicomAlwaysAllowGet", true},
            {"DicomAlwaysAllowMove", true},
            {"Plugins", QJsonArray{}},
            {"DefaultEncoding", "Utf8"},
            {"SaveJobs", false},
            {"DicomModalities", modalities},
        };
        const QString configPath = base.filePath(QStringLiteral("orthanc.json"));
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            break;
        f.write(QJsonDocument(config).toJson());
        f.close();
        if (!peer->launch(QStringLiteral("/usr/sbin/Orthanc"), {configPath}))
            return nullptr;
        QElapsedTimer timer;
        timer.start();
        const QString url = QStringLiteral("http://127.0.0.1:%1/system").arg(peer->httpPort_);
        while (timer.elapsed() < 30000 && peer->running()) {
            if (!curl({QStringLiteral("-sf"), QStringLiteral("--max-time"), QStringLiteral("2"),
                       url})
                     .isEmpty() &&
                acceptsConnections(peer->port_))
                return peer;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        peer->stop();
    }
    QTest::qFail(qPrintable("Orthanc did not come up:\n" + peer->log()), __FILE__, __LINE__);
    return nullptr;
}

QByteArray OrthancPeer::httpGet(const QString& path) const {
    return curl({QStringLiteral("-sf"), QStringLiteral("--max-time"), QStringLiteral("30"),
                 QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort_).arg(path)});
}

QByteArray OrthancPeer::httpPost(const QString& path, const QByteArray& body) const {
    return curl({QStringLiteral("-sf"), QStringLiteral("--max-time"), QStringLiteral("30"),
                 QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("--data-binary"),
                 QString::fromUtf8(body),
                 QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort_).arg(path)});
}

int OrthancPeer::instanceCount() const {
    const QJsonObject o = QJsonDocument::fromJson(httpGet(QStringLiteral("/statistics"))).object();
    return o.value(QStringLiteral("CountInstances")).toInt(-1);
}

bool OrthancPeer::store(const std::vector<fs::path>& files,
                        const QString& storescuSyntaxFlag) const {
    return storeWithStorescu(*this, files, storescuSyntaxFlag);
}

// --- dcmqrscp ------------------------------------------------------------------------------

std::unique_ptr<DcmqrscpPeer> DcmqrscpPeer::start(const DcmqrscpOptions& options) {
    auto peer = std::unique_ptr<DcmqrscpPeer>(new DcmqrscpPeer);
    peer->aeTitle_ = options.aeTitle;
    const QDir base(peer->dir_->path());
    base.mkpath(QStringLiteral("db"));
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        peer->port_ = freePort();
        QString config = QStringLiteral("NetworkTCPPort  = %1\n"
                                        "MaxPDUSize      = 16384\n"
                                        "MaxAssociations = 16\n\n"
                                        "HostTable BEGIN\n")
                             .arg(peer->port_);
        for (const auto& d : options.moveDestinations)
            config += QStringLiteral("%1 = (%2, 127.0.0.1, %3)\n")
                          .arg(QString::fromStdString(d.name), QString::fromStdString(d.aeTitle))
                          .arg(d.port);
        config += QStringLiteral("HostTable END\n\n"
                                 "VendorTable BEGIN\n"
                                 "VendorTable END\n\n"
                                 "AETable BEGIN\n"
                                 "%1 %2 RW (200, 1024mb) ANY\n"
                                 "AETable END\n")
                      .arg(QString::fromStdString(options.aeTitle), base.filePath("db"));
        const QString configPath = base.filePath(QStringLiteral("dcmqrscp.cfg"));
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            break;
        f.write(config.toUtf8());
        f.close();
        QStringList args{QStringLiteral("-c"), configPath};
        args << options.extraArgs << QString::number(peer->port_);
        if (!peer->launch(QStringLiteral("dcmqrscp"), args))
            return nullptr;
        if (peer->waitForPort())
            return peer;
        peer->stop();
    }
    QTest::qFail(qPrintable("dcmqrscp did not come up:\n" + peer->log()), __FILE__, __LINE__);
    return nullptr;
}

bool DcmqrscpPeer::store(const std::vector<fs::path>& files,
                         const QString& storescuSyntaxFlag) const {
    return storeWithStorescu(*this, files, storescuSyntaxFlag);
}

// --- storescp ------------------------------------------------------------------------------

std::unique_ptr<StorescpPeer> StorescpPeer::start(const std::string& aeTitle, bool acceptCompressed,
                                                  const QStringList& extraArgs) {
    auto peer = std::unique_ptr<StorescpPeer>(new StorescpPeer);
    peer->aeTitle_ = aeTitle;
    QDir(peer->dir_->path()).mkpath(QStringLiteral("received"));
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        peer->port_ = freePort();
        QStringList args{QStringLiteral("-aet"), QString::fromStdString(aeTitle),
                         QStringLiteral("-od"),
                         QString::fromStdString(peer->receivedDir().string())};
        if (acceptCompressed)
            args << QStringLiteral("+xa");
        args << extraArgs << QString::number(peer->port_);
        if (!peer->launch(QStringLiteral("storescp"), args))
            return nullptr;
        if (peer->waitForPort())
            return peer;
        peer->stop();
    }
    QTest::qFail(qPrintable("storescp did not come up:\n" + peer->log()), __FILE__, __LINE__);
    return nullptr;
}

fs::path StorescpPeer::receivedDir() const {
    return dir() / "received";
}

std::vector<fs::path> StorescpPeer::receivedFiles() const {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(receivedDir(), ec))
        if (e.is_regular_file())
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// --- pellucid-cli serve --------------------------------------------------------------------

std::unique_ptr<PellucidServePeer> PellucidServePeer::start(const fs::path& cacheRoot,
                                                            const std::string& aeTitle,
                                                            const QStringList& extraArgs) {
    auto peer = std::unique_ptr<PellucidServePeer>(new PellucidServePeer);
    peer->aeTitle_ = aeTitle;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        peer->port_ = freePort();
        QStringList args{
            QStringLiteral("--cache"),       QString::fromStdString(cacheRoot.string()),
            QStringLiteral("serve"),         QStringLiteral("--aet"),
            QString::fromStdString(aeTitle), QStringLiteral("--port"),
            QString::number(peer->port_)};
        args << extraArgs;
        if (!peer->launch(QStringLiteral(PELLUCID_CLI), args))
            return nullptr;
        // Wait for its "Listening" line rather than probing the port: a probe is a silent
        // connection that the server would have to time out first.
        QElapsedTimer timer;
        timer.start();
        while (peer->running() && timer.elapsed() < 15000 &&
               !peer->log().contains(QStringLiteral("Listening as")))
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (peer->running() && peer->log().contains(QStringLiteral("Listening as")))
            return peer;
        peer->stop();
    }
    QTest::qFail(qPrintable("pellucid-cli serve did not come up:\n" + peer->log()), __FILE__,
                 __LINE__);
    return nullptr;
}

} // namespace pellucid::test
