#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace pellucid {

class CacheIndex;

// What the study list is filtered by; every field optional, matched as C-FIND would.
struct StudyFilter {
    QString patientName;      // a plain word is searched anywhere in the name
    QString patientId;        // a plain word is the start of the ID
    QString accessionNumber;  // a plain word is the start of the number
    QString dateFrom, dateTo; // yyyyMMdd
    QString modality;         // one of ModalitiesInStudy

    std::vector<std::string> queryKeys() const;
    bool operator==(const StudyFilter&) const = default;
};

// The cache's studies as a table, newest first, filtered with C-FIND matching. Rows come in
// pages (fetchMore), so that a search over 100 000 studies reads only what the view shows;
// totalCount() is counted on a worker thread when a background connection is given.
class StudyListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PatientName,
        PatientId,
        BirthDate,
        StudyDate,
        Modalities,
        Description,
        Accession,
        Series,
        Images,
        ColumnCount
    };
    enum Role { StudyUidRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit StudyListModel(CacheIndex& index, QObject* parent = nullptr);
    ~StudyListModel() override;

    // Connections of their own for queries off the GUI thread: pages (reloadInBackground) and
    // counting, each on its own thread so that a slow count never delays the first rows.
    void setBackgroundIndex(std::unique_ptr<CacheIndex> pages,
                            std::unique_ptr<CacheIndex> counting = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Re-reads the index now, at least `minimumRows` rows (to keep what the user scrolled
    // to); returns an error text or an empty string.
    QString reload(const StudyFilter& filter, int minimumRows = 0);
    QString reload(const QString& nameFilter = {}, const QString& idFilter = {});
    // The same on the background connection; reloaded() tells when the rows are in. A newer
    // request supersedes an older one that has not answered yet.
    void reloadInBackground(const StudyFilter& filter);
    const StudyFilter& filter() const { return filter_; }

    // Matches of the current filter; -1 while not counted yet.
    long long totalCount() const { return total_; }
    int rowOfStudy(const QString& studyInstanceUid) const;
    QString studyUidAt(int row) const;

signals:
    void reloaded(const QString& error);
    void totalCountChanged(long long total);

private:
    struct Study {
        QString uid;
        QStringList cells;
    };
    struct Page {
        std::vector<Study> rows;
        QString error;
        bool complete = false; // fewer rows than asked: nothing more to fetch
    };
    static Page readPage(CacheIndex& index, const StudyFilter& filter, std::size_t offset,
                         std::size_t count);
    void apply(const StudyFilter& filter, Page page);
    void countInBackground();

    CacheIndex& index_;
    std::shared_ptr<CacheIndex> backgroundIndex_, countIndex_;
    // One thread each: a connection is used by one thread at a time.
    QThreadPool pool_, countPool_;
    // The newest request, read by workers to skip work nobody waits for any more.
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
    StudyFilter filter_;
    std::vector<Study> studies_;
    bool complete_ = true;
    long long total_ = -1;
    quint64 generation_ = 0;
};

// "smith" -> "*smith*"; anything with its own wildcards is left alone.
QString searchPattern(const QString& text);
// "PID00" -> "PID00*": identifiers are typed from their start, and a prefix can use the index.
QString prefixPattern(const QString& text);

} // namespace pellucid
