#pragma once

#include "core/import/DicomdirReader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <filesystem>
#include <memory>
#include <variant>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pellucid {

class BackgroundImport;
struct ImportReport;

// The "Media" tab: a CD/DVD/USB stick's DICOMDIR (read on a worker thread) shown as patients,
// studies, series and image counts, and imported into the cache, all or the selected studies,
// in the background with progress and cancel.
class MediaBrowser : public QWidget {
    Q_OBJECT
public:
    MediaBrowser(std::filesystem::path cacheRoot, QWidget* parent = nullptr);
    ~MediaBrowser() override;

    // A DICOMDIR file, or a folder with one; dicomdirShown() when read (or failed).
    void openDicomdir(const QString& fileOrFolder);
    QTreeWidget& tree() { return *tree_; }
    void importAll();
    void importSelected();
    bool isImporting() const;

signals:
    void dicomdirShown(const QString& error);
    void importFinished(const pellucid::ImportReport& report, const QString& failure);

private:
    using ReadResult = std::variant<Dicomdir, ImportProblem>;
    void chooseDicomdir();
    void show(const ReadResult& result);
    void importStudies(const std::vector<const DicomdirStudy*>& studies);
    void updateActions();

    BackgroundImport* import_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QLabel* location_ = nullptr;
    QPushButton* importAll_ = nullptr;
    QPushButton* importSelected_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QFutureWatcher<ReadResult> reading_;
    std::shared_ptr<Dicomdir> dicomdir_;
};

} // namespace pellucid
