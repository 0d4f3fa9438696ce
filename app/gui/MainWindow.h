#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>

#include <filesystem>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace pellucid {

class BackgroundImport;
class PacsBrowser;
class Cache;
class StorageService;
class StudyListModel;
struct ImportReport;

// The workstation's main window: the local cache's studies with a search, a preview of the
// selected study, and imports running in the background.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Cache> cache, QWidget* parent = nullptr);
    ~MainWindow() override;

    // First start: an empty cache gets the synthetic demo study, once.
    void offerDemoStudyIfEmpty();
    StudyListModel& studies() { return *model_; }
    QTableView& studyTable() { return *table_; }
    QString selectedStudyUid() const;
    // Imports in the background; the list reloads when done, keeping the selection.
    void importPaths(const QStringList& paths);
    // Shows the storage service's state and refreshes the list as pushed images arrive.
    void attachStorageService(StorageService& service);
    PacsBrowser& pacsBrowser() { return *pacs_; }
    // Settings… (SettingsDialog::Page); applying our node's settings restarts the storage
    // service.
    void openSettings(int page = 0);

signals:
    void studiesReloaded();
    void previewShown();

private:
    void buildUi();
    void reloadStudies();
    void importFiles();
    void importFolder();
    void generateDemo();
    void onImportProgress(const QString& text, int done, int total);
    void onImportFinished(const ImportReport& report, const QString& failure);
    void showPreviewOfSelection();
    void updateCounts();

    std::unique_ptr<Cache> cache_;
    StudyListModel* model_ = nullptr;
    PacsBrowser* pacs_ = nullptr;
    StorageService* storage_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    BackgroundImport* import_ = nullptr;
    QTableView* table_ = nullptr;
    QLineEdit* nameSearch_ = nullptr;
    QLineEdit* idSearch_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* previewCaption_ = nullptr;
    QLabel* counts_ = nullptr;
    QLabel* storageStatus_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QTimer* searchDelay_ = nullptr;
    QFutureWatcher<QImage> previewWatcher_;
    QString studyToSelect_;
};

} // namespace pellucid
