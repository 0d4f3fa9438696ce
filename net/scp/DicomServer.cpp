#include "net/scp/DicomServer.h"

#include "core/cache/Cache.h"
#include "net/common/NetworkSetup.h"
#include "net/common/TransferSyntaxes.h"
#include "net/scp/ServerAssociation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scppool.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#ifndef _WIN32
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pellucid {

namespace {

OFList<OFString> toOFList(const std::vector<std::string>& values) {
    OFList<OFString> list;
    for (const auto& v : values)
        list.push_back(v.c_str());
    return list;
}

// Binds `port` (0: any) on every interface the way DCMTK will, to report "in use" before the
// listener thread starts and to pick a free port. Returns the port, or 0 when it is taken.
int probePort(int port) {
#ifndef _WIN32
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    // As DCMTK's listener will: connections of a previous run in TIME_WAIT must not count.
    const int reuse = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    address.sin_port = htons(static_cast<uint16_t>(port));
    int result = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        result = ntohs(address.sin_port);
    ::close(fd);
    return result;
#else
    return port;
#endif
}

// For a thread nobody will join: its resources go back when it ends.
void detachThisThread() {
#ifndef _WIN32
    pthread_detach(pthread_self());
#endif
}

// DCMTK's thread pool, with workers that know our shared context (DcmSCPPool's template
// default-constructs its SCPs and could not pass it).
class ServerPool : public DcmBaseSCPPool {
public:
    explicit ServerPool(ServerContext& context)
        : context_(context) {}

private:
    struct Worker : DcmBaseSCPPool::DcmBaseSCPWorker, private ServerAssociation {
        Worker(ServerPool& pool, ServerContext& context)
            : DcmBaseSCPWorker(pool)
            , ServerAssociation(context)
            , pool_(pool) {}
        ~Worker() override {
            if (deleted_)
                *deleted_ = true;
        }
        // DcmBaseSCPWorker::run() but for its end: DCMTK 3.6.7's pool deletes a worker whose
        // association ended while it listens (notifyThreadExit) and never joins its thread, so
        // every association left a joinable thread behind (8 MB of address space and two
        // mappings each, until thread creation fails and listen() gives up). Such a thread now
        // detaches itself; one the pool keeps at shutdown is joined by listen() as before.
        void run() override {
            OFCondition result = ASC_NULLKEY;
            if (T_ASC_Association* assoc = DcmBaseSCPWorker::m_assoc) {
                DcmBaseSCPWorker::m_assoc = nullptr;
                result = workerListen(assoc);
            }
            bool deleted = false;
            deleted_ = &deleted;
            pool_.notifyThreadExit(this, result);
            if (!deleted) {
                deleted_ = nullptr;
                return;
            }
            detachThisThread();
        }
        OFCondition setSharedConfig(const DcmSharedSCPConfig& config) override {
            return ServerAssociation::setSharedConfig(config);
        }
        OFBool busy() override { return ServerAssociation::isConnected(); }
        OFCondition workerListen(T_ASC_Association* const assoc) override {
            ServerAssociation::attach(assoc);
            return ServerAssociation::run(assoc);
        }

        ServerPool& pool_;
        bool* deleted_ = nullptr; // run()'s flag while the pool may delete us
    };
    DcmBaseSCPWorker* createSCPWorker() override { return new Worker(*this, context_); }

    ServerContext& context_;
};

} // namespace

struct DicomServer::State {
    ServerContext context;
    std::unique_ptr<ServerPool> pool;
    std::thread listener;
    std::atomic<bool> listening{false};
    std::atomic<bool> finished{false};
    OFCondition result = EC_Normal;
    int port = 0;
};

std::unique_ptr<DicomServer> DicomServer::start(const DicomServerOptions& options,
                                                std::string* error, Observer observer) {
    prepareNetworking();
    if (!isValidAeTitle(options.aeTitle)) {
        *error = "invalid AE title \"" + options.aeTitle + "\"";
        return nullptr;
    }
    auto state = std::make_unique<State>();
    state->context.options = options;
    state->context.observer = std::move(observer);
    const auto cache = Cache::open(options.cacheRoot, error);
    if (!cache)
        return nullptr;
    state->context.intake = cache->openIntake(error);
    if (!state->context.intake)
        return nullptr;
    state->port = probePort(options.port);
    if (state->port == 0) {
        *error = "port " + std::to_string(options.port) + " is already in use";
        return nullptr;
    }

    state->pool = std::make_unique<ServerPool>(state->context);
    DcmSCPConfig& config = state->pool->getConfig();
    config.setAETitle(options.aeTitle.c_str());
    config.setPort(static_cast<Uint16>(state->port));
    config.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE > 116794 ? 116794 : ASC_MAXIMUMPDUSIZE);
    // Wake up every second to notice stop(); bound every DIMSE wait.
    config.setConnectionBlockingMode(DUL_NOBLOCK);
    config.setConnectionTimeout(1);
    config.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    config.setDIMSETimeout(static_cast<Uint32>(options.dimseTimeoutSeconds));
    // DCMTK's pool reads each A-ASSOCIATE-RQ on the listening thread: a connection that
    // sends nothing (a port probe, a stuck peer) holds every other caller back until this
    // timeout. Real peers send their request at once.
    config.setACSETimeout(static_cast<Uint32>(std::min(options.dimseTimeoutSeconds, 3)));
    config.setHostLookupEnabled(OFFalse);
    config.setAlwaysAcceptDefaultRole(OFTrue);
    config.setRespondWithCalledAETitle(OFFalse);

    const OFList<OFString> commandSyntaxes = toOFList(commandTransferSyntaxes());
    config.addPresentationContext(UID_VerificationSOPClass, commandSyntaxes);
    // The rest (storage, Q/R, commitment) is negotiated by ServerAssociation itself: a DCMTK
    // profile cannot hold more than 128 contexts.
    state->pool->setMaxThreads(static_cast<Uint16>(options.maxAssociations));

    State* raw = state.get();
    raw->listener = std::thread([raw] {
        raw->listening = true;
        raw->result = raw->pool->listen();
        raw->finished = true;
    });
    // listen() fails at once when the port cannot be opened; give it that moment.
    for (int i = 0; i < 20 && !raw->finished; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (raw->finished) {
        raw->listener.join();
        *error = std::string("cannot listen on port ") + std::to_string(raw->port) + ": " +
                 raw->result.text();
        return nullptr;
    }
    return std::unique_ptr<DicomServer>(new DicomServer(std::move(state)));
}

DicomServer::DicomServer(std::unique_ptr<State> state)
    : state_(std::move(state)) {}

DicomServer::~DicomServer() {
    stop();
}

int DicomServer::port() const {
    return state_->port;
}

void DicomServer::stop() {
    if (!state_ || !state_->listener.joinable())
        return;
    state_->pool->stopAfterCurrentAssociations();
    state_->listener.join();
}

} // namespace pellucid
