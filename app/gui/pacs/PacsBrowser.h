#pragma once

#include "net/common/RemoteNode.h"
#include "net/scu/FindScu.h"
#include "net/scu/RetrieveRequest.h"

#include <QWidget>

#include <filesystem>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pellucid {

class RemoteQuery;
class RetrieveJobs;
class StorageService;
class TransferQueueView;

// The PACS tab: pick a configured node, search its studies (Study Root C-FIND off the GUI
// thread, matches shown as they arrive, Stop sends C-CANCEL), look at a study's series, and
// retrieve studies or series into the cache through the transfer queue below (C-GET, or C-MOVE
// to our storage service, as the node is configured).
class PacsBrowser : public QWidget {
    Q_OBJECT
public:
    // `settingsFile`: an INI file for the nodes and our AE title (tests); empty: the
    // application's settings.
    explicit PacsBrowser(std::filesystem::path cacheRoot, QString settingsFile = {},
                         QWidget* parent = nullptr);
    ~PacsBrowser() override;

    // C-MOVE needs our Storage SCP: the service that runs it (may be null: C-MOVE refused).
    void attachStorageService(const StorageService* service);

    enum StudyColumn {
        PatientName,
        PatientId,
        BirthDate,
        StudyDate,
        Modalities,
        Description,
        Accession,
        Series,
        Images,
        StudyColumnCount
    };
    enum SeriesColumn {
        SeriesNumber,
        SeriesModality,
        SeriesDescription,
        SeriesImages,
        SeriesColumnCount
    };
    enum Role { UidRole = Qt::UserRole + 1 };
    // At most this many studies are listed (C-CANCEL after them), with a notice that the node
    // has more.
    void setStudyLimit(std::size_t limit) { studyLimit_ = limit; }
    std::size_t studyLimit() const { return studyLimit_; }

    QTableWidget& studyTable() { return *studies_; }
    QTableWidget& seriesTable() { return *series_; }
    TransferQueueView& transferQueue() { return *transfers_; }
    RetrieveJobs& jobs() { return *jobs_; }
    QString statusText() const;
    bool isSearching() const;
    // The node the search fields apply to, by display name; false when there is none.
    bool selectNode(const QString& name);

public slots:
    void reloadNodes(); // after the settings changed
    void search();
    void stopSearch();
    // The selected studies, or the selected series of the current study.
    void retrieveSelectedStudies();
    void retrieveSelectedSeries();

signals:
    // Finished retrieves (Done, or ended early with some images kept): the local list should
    // reload. For a series, its study's UID.
    void studyRetrieved(const QString& studyInstanceUid);
    // A study the user double-clicked has arrived: open it in the viewer.
    void studyReadyToOpen(const QString& studyInstanceUid);
    // There is no node yet, or the user wants to edit them: open Settings > Remote nodes.
    void nodeSettingsRequested();
    void searchFinished();

private:
    void buildUi();
    FindRequest studyRequest() const;
    void addStudyMatches(const std::vector<FindMatch>& batch);
    void onStudySearchFinished(const FindResult& result);
    void showSeriesOfCurrentStudy();
    void addSeriesMatches(const std::vector<FindMatch>& batch);
    void retrieveStudyRows(const std::vector<int>& rows, bool openWhenDone);
    // The request for our AE, or an error when the node's method cannot work now.
    std::optional<RetrieveRequest> requestFor(const RemoteNode& node, QString* error) const;
    void showStatus(const QString& text, bool isError = false);

    std::filesystem::path cacheRoot_;
    QString settingsFile_;
    const StorageService* storage_ = nullptr;
    std::vector<RemoteNode> nodes_;
    std::optional<RemoteNode> queriedNode_; // the node the listed studies came from
    RemoteQuery* studyQuery_ = nullptr;
    RemoteQuery* seriesQuery_ = nullptr;
    RetrieveJobs* jobs_ = nullptr;
    QString seriesOfStudy_;
    std::size_t studyLimit_ = 500;

    QComboBox* node_ = nullptr;
    QPushButton* editNodes_ = nullptr;
    QLineEdit* patientName_ = nullptr;
    QLineEdit* patientId_ = nullptr;
    QLineEdit* accession_ = nullptr;
    QCheckBox* useFrom_ = nullptr;
    QDateEdit* from_ = nullptr;
    QCheckBox* useTo_ = nullptr;
    QDateEdit* to_ = nullptr;
    QComboBox* modality_ = nullptr;
    QPushButton* search_ = nullptr;
    QPushButton* stop_ = nullptr;
    QLabel* status_ = nullptr;
    QTableWidget* studies_ = nullptr;
    QTableWidget* series_ = nullptr;
    QPushButton* retrieveStudies_ = nullptr;
    QPushButton* retrieveSeries_ = nullptr;
    TransferQueueView* transfers_ = nullptr;
};

} // namespace pellucid
