#pragma once

#include "app/gui/browser/StudyListModel.h"
#include "net/common/RemoteNode.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <filesystem>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace pellucid {

class Cache;
class SeriesPanel;
class StudySend;

// The "Local cache" tab: the cache's studies with C-FIND search fields (searched while the
// user types, a page at a time), the selected study's series with thumbnails and a preview,
// and what can be done with a selection: open, delete, send to a node.
class LocalBrowser : public QWidget {
    Q_OBJECT
public:
    explicit LocalBrowser(Cache& cache, QWidget* parent = nullptr);
    ~LocalBrowser() override;

    StudyListModel& studies() { return *model_; }
    QTableView& studyTable() { return *table_; }
    SeriesPanel& seriesPanel() { return *series_; }
    QString selectedStudyUid() const; // the current row's study
    QStringList selectedStudyUids() const;
    StudyFilter filter() const;

    // Re-reads the list keeping the selection and what the user scrolled to.
    void reload();
    // After the next reload, select this study (when nothing else is selected).
    void selectStudyAfterReload(const QString& studyInstanceUid);

    // Removes from the cache on a worker thread, without asking; deletionFinished() when done.
    void deleteStudies(const QStringList& studyUids);
    void deleteSeries(const QStringList& seriesUids);
    // Sends on a worker thread; sendFinished() when done.
    void sendTo(const RemoteNode& node, const QStringList& studyUids,
                const QStringList& seriesUids);
    bool isSending() const;
    void cancelSend();

    // Milliseconds from the last keystroke in a search field to its first rows shown.
    qint64 lastSearchLatencyMs() const { return lastSearchLatencyMs_; }

signals:
    void openStudyRequested(const QString& studyInstanceUid);
    void studiesReloaded();
    void previewShown();
    void searchAnswered(qint64 milliseconds);
    void deletionFinished(const QString& message);
    void sendFinished(int sent, int failed, const QString& message);
    void statusMessage(const QString& text, int timeoutMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runDeletion(const QStringList& uids, bool ofSeries); // off the GUI thread
    void buildUi();
    void searchNow();
    void onSearchEdited();
    void applyQuickDate(int choice);
    void afterModelReset(const QString& keep, const QString& anchor, bool scrollToKept);
    void showSelection();
    void showPreview(const QString& uid);
    void updateTotal();
    void updateActions();
    void confirmAndDelete();
    void chooseNodeAndSend();
    void openCurrent();

    Cache& cache_;
    StudyListModel* model_ = nullptr;
    QLineEdit* nameSearch_ = nullptr;
    QLineEdit* idSearch_ = nullptr;
    QLineEdit* accessionSearch_ = nullptr;
    QComboBox* quickDate_ = nullptr;
    QDateEdit* dateFrom_ = nullptr;
    QDateEdit* dateTo_ = nullptr;
    QComboBox* modality_ = nullptr;
    QLabel* total_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* previewCaption_ = nullptr;
    SeriesPanel* series_ = nullptr;
    QPushButton* open_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* send_ = nullptr;
    QProgressBar* sendProgress_ = nullptr;
    QPushButton* sendCancel_ = nullptr;
    StudySend* sender_ = nullptr;
    QTimer* searchDelay_ = nullptr;
    QFutureWatcher<QImage> previewWatcher_;
    QFutureWatcher<QString> deletion_;
    QString studyToSelect_;
    QString shownStudy_;
    QString previewStudy_;
    QElapsedTimer sinceKeystroke_;
    qint64 lastSearchLatencyMs_ = -1;
    QString keepOnAnswer_, anchorOnAnswer_;
};

} // namespace pellucid
