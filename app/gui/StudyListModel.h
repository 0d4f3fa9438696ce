#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace pellucid {

class CacheIndex;

// The cache's studies as a table, newest first, filtered by patient name and ID with C-FIND
// matching (a plain word is searched anywhere in the name).
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

    explicit StudyListModel(CacheIndex& index, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Re-reads the index; returns an error text or an empty string.
    QString reload(const QString& nameFilter = {}, const QString& idFilter = {});
    int rowOfStudy(const QString& studyInstanceUid) const;

private:
    struct Study {
        QString uid;
        QStringList cells;
    };
    CacheIndex& index_;
    std::vector<Study> studies_;
};

// "smith" -> "*smith*"; anything with its own wildcards is left alone.
QString searchPattern(const QString& text);
// "Yamada^Tarou=山田^太郎" -> "Yamada, Tarou (山田 太郎)".
QString displayPersonName(const QString& personName);
// "20240115" -> "2024-01-15", in the user's locale order where it is unambiguous.
QString displayDate(const QString& dicomDate);

} // namespace pellucid
