#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QListWidget>

#include <filesystem>
#include <vector>

namespace pellucid {

// The series of the open study as a strip of thumbnails. Items drag into viewports (the MIME
// type below carries the Series Instance UID); a double click shows the series in the active
// viewport. Thumbnails render off the GUI thread.
class SeriesStrip : public QListWidget {
    Q_OBJECT
public:
    static constexpr const char* mimeType = "application/x-pellucid-series";
    explicit SeriesStrip(QWidget* parent = nullptr);
    ~SeriesStrip() override;

    struct Entry {
        QString seriesInstanceUid;
        QString caption;
        std::filesystem::path thumbnailFile; // the middle image
    };
    void setSeries(const std::vector<Entry>& entries);
    QString seriesAt(int row) const;

signals:
    void seriesActivated(const QString& seriesInstanceUid);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

private:
    QFutureWatcher<QImage>* thumbnails_ = nullptr;
    std::vector<Entry> entries_;
};

} // namespace pellucid
