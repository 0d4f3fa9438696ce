#pragma once

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pellucid {

class BackgroundEviction;
class BackgroundImport;
class Cache;
class LocalBrowser;
class MediaBrowser;
class PacsBrowser;
class StudyViewer;
class StorageService;
class StudyListModel;
struct ImportReport;

// The workstation's main window. Its central widget is a tab widget (mainTabs()) whose first,
// fixed tab is the study browser; viewers append a tab per open study. The browser is itself a
// tab widget (browserTabs()): the local cache, then the media (DICOMDIR) tab. Files and folders
// dropped on the window are imported in the background.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Cache> cache, QWidget* parent = nullptr);
    ~MainWindow() override;

    // First start: an empty cache gets the synthetic demo study, once.
    void offerDemoStudyIfEmpty();
    StudyListModel& studies();
    QTableView& studyTable();
    QString selectedStudyUid() const;
    QTabWidget& mainTabs() { return *mainTabs_; }
    QTabWidget& browserTabs() { return *browserTabs_; }
    LocalBrowser& localBrowser() { return *local_; }
    MediaBrowser& mediaBrowser() { return *media_; }
    PacsBrowser& pacsBrowser() { return *pacs_; }
    // Opens the study in a viewer tab of its own (or shows the tab it already has).
    StudyViewer* openStudy(const QString& studyInstanceUid);
    std::vector<StudyViewer*> studyViewers() const;
    void closeStudy(StudyViewer* viewer);
    // Settings… (SettingsDialog::Page); applying our node's settings restarts the storage
    // service.
    void openSettings(int page = 0);
    Cache& cache() { return *cache_; }
    // Imports in the background; the list reloads when done, keeping the selection.
    void importPaths(const QStringList& paths);
    // Shows the storage service's state and refreshes the list as pushed images arrive.
    void attachStorageService(StorageService& service);
    // Re-reads the local studies keeping selection and scroll (after a retrieve, say).
    void reloadLocalStudies();
    // Studies open in a viewer: the size limit never evicts them.
    void setOpenStudyUids(const QStringList& studyInstanceUids);
    // Evicts least recently used studies if QSettings "cache/sizeLimitMB" is set.
    void enforceCacheSizeLimit();
    // Deletes files in the cache folder that no index row refers to (left by a crash between
    // a deletion's commit and its file removal), on a worker thread.
    void cleanUpCacheFiles();

signals:
    void studiesReloaded();
    void previewShown();
    // Double-click, Enter or Open in the local cache; the study is marked as used (touchStudy).
    void openStudyRequested(const QString& studyInstanceUid);
    void cacheEvicted(const QStringList& studyInstanceUids);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void importFiles();
    void importFolder();
    void generateDemo();
    void onImportProgress(const QString& text, int done, int total);
    void onImportFinished(const ImportReport& report, const QString& failure);
    void updateCounts();

    std::unique_ptr<Cache> cache_;
    LocalBrowser* local_ = nullptr;
    MediaBrowser* media_ = nullptr;
    PacsBrowser* pacs_ = nullptr;
    StorageService* storage_ = nullptr;
    QTabWidget* mainTabs_ = nullptr;
    QTabWidget* browserTabs_ = nullptr;
    BackgroundImport* import_ = nullptr;
    BackgroundEviction* eviction_ = nullptr;
    QLabel* counts_ = nullptr;
    QLabel* storageStatus_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    std::set<std::string> openStudies_;
    QFutureWatcher<QString> cleanup_;
};

} // namespace pellucid
