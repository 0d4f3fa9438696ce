#pragma once

#include "core/cache/CacheContents.h"

#include <QHash>
#include <QImage>
#include <QThreadPool>
#include <QWidget>

#include <filesystem>
#include <memory>
#include <vector>

class QTreeWidget;

namespace pellucid {

// The series of the selected study: number, modality, description, image count and a
// thumbnail of the middle image, rendered on a worker thread and kept in memory. Thumbnails
// that arrive for a study no longer shown are dropped.
class SeriesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 96;
    enum Column { Number, Modality, Description, Images, ColumnCount };
    enum Role { SeriesUidRole = Qt::UserRole + 1 };

    SeriesPanel(std::filesystem::path cacheRoot, QWidget* parent = nullptr);
    ~SeriesPanel() override;

    void showSeries(const QString& studyInstanceUid, std::vector<SeriesEntry> series);
    QString studyInstanceUid() const { return study_; }
    QStringList selectedSeriesUids() const;
    QTreeWidget& tree() { return *tree_; }
    // The thumbnail shown for a series; null while none is.
    QImage thumbnailOf(const QString& seriesInstanceUid) const;

signals:
    // Every thumbnail of the study is shown (rendered or failed).
    void thumbnailsShown(const QString& studyInstanceUid);
    void seriesSelectionChanged();

private:
    QPixmap objectBadge(const QString& text) const;
    void showThumbnail(const QString& study, const QString& series, const QImage& image);

    std::filesystem::path cacheRoot_;
    QTreeWidget* tree_ = nullptr;
    QString study_;
    int pending_ = 0;
    QHash<QString, QImage> thumbnails_; // series UID -> thumbnail (null: could not render)
    QThreadPool pool_;
    std::shared_ptr<QString> current_; // read by workers to skip stale work
};

} // namespace pellucid
