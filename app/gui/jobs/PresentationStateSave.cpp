#include "app/gui/jobs/PresentationStateSave.h"

#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/import/Importer.h"
#include "core/pstate/PresentationStateWriter.h"

#include <QMetaObject>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <memory>

namespace pellucid {

PresentationStateSave::PresentationStateSave(std::filesystem::path cacheRoot, QObject* parent)
    : QObject(parent)
    , cacheRoot_(std::move(cacheRoot)) {}

PresentationStateSave::~PresentationStateSave() {
    running_.waitForFinished();
}

void PresentationStateSave::save(CapturedViewportState state) {
    if (isRunning())
        return;
    running_ = QtConcurrent::run([this, state = std::move(state)]() mutable {
        auto report = [this](const QString& uid, const QString& file, const QString& error) {
            QMetaObject::invokeMethod(
                this, [=, this] { emit finished(uid, file, error); }, Qt::QueuedConnection);
        };
        std::vector<std::unique_ptr<DcmFileFormat>> images;
        for (std::size_t i = 0; i < state.files.size(); ++i) {
            auto file = std::make_unique<DcmFileFormat>();
            if (const OFCondition c = file->loadFile(state.files[i].c_str()); c.bad()) {
                report({}, {},
                       tr("cannot read %1: %2")
                           .arg(QString::fromStdU16String(state.files[i].u16string()), c.text()));
                return;
            }
            state.content.images[i].dataset = file->getDataset();
            images.push_back(std::move(file));
        }
        auto built = buildPresentationState(state.content);
        if (auto* error = std::get_if<QString>(&built)) {
            report({}, {}, *error);
            return;
        }
        BuiltPresentationState& ps = std::get<BuiltPresentationState>(built);
        QTemporaryDir scratch;
        const std::filesystem::path out =
            std::filesystem::path(scratch.path().toStdU16String()) / "state.dcm";
        if (const OFCondition c = ps.file->saveFile(out.c_str(), EXS_LittleEndianExplicit);
            c.bad()) {
            report({}, {}, tr("cannot write the presentation state: %1").arg(c.text()));
            return;
        }
        std::string error;
        auto cache = Cache::open(cacheRoot_, &error);
        if (!cache) {
            report({}, {}, QString::fromStdString(error));
            return;
        }
        const ImportReport imported = Importer(*cache).run({out});
        if (imported.imported != 1) {
            report({}, {},
                   imported.problems.empty() ? tr("the cache did not take the presentation state")
                                             : describe(imported.problems.front()));
            return;
        }
        const auto files = CacheContents(cache->index()).filesOf({ps.sopInstanceUid});
        report(QString::fromStdString(ps.sopInstanceUid),
               files.empty()
                   ? QString()
                   : QString::fromStdU16String(cache->files().absolute(files.front()).u16string()),
               {});
    });
}

} // namespace pellucid
