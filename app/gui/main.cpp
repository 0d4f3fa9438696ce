#include "app/Translations.h"
#include "app/gui/MainWindow.h"
#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/StorageService.h"
#include "core/cache/Cache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>

using namespace pellucid;

namespace {

// --quit-when-ready: exits once the study list has painted its first page (start-up benchmark).
class FirstPaintQuit : public QObject {
public:
    FirstPaintQuit(MainWindow& window, QElapsedTimer started)
        : window_(window)
        , started_(started) {
        window.studyTable().viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            // After this paint has finished: the first page is on the screen.
            QTimer::singleShot(0, qApp, [this] {
                printf("ready after %lld ms, %d rows shown of %lld studies\n",
                       static_cast<long long>(started_.elapsed()), window_.studies().rowCount(),
                       window_.studies().totalCount());
                fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    MainWindow& window_;
    QElapsedTimer started_;
    bool done_ = false;
};

// --language LANG or --language=LANG, read before the parser exists: its help texts are
// translated when they are made, so the translator must be installed first.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--language=")))
            return arguments[i].mid(11);
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pellucid"));
    QApplication::setOrganizationName(QStringLiteral("Pellucid"));
    QApplication::setApplicationVersion(QStringLiteral(PELLUCID_VERSION));
    // Settings > Language, unless the command line says otherwise.
    const QSettings preferences;
    const QString language = languageArgument(QApplication::arguments());
    installTranslations(app, !language.isEmpty()
                                 ? language
                                 : preferences.value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "DICOM viewer workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QApplication::translate("main", "The cache folder."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language (de, fr, es, ja, zh_CN)."),
        QStringLiteral("LANG"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QApplication::translate("main", "Do not create the demo "
                                                                    "study in an empty cache."));
    const QCommandLineOption noStorage(
        QStringLiteral("no-storage"),
        QApplication::translate("main", "Do not start the DICOM storage service."));
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QApplication::translate("main", "Exit as soon as the first page of studies is shown "
                                        "(start-up time measurement)."));
    parser.addOptions({cacheOption, languageOption, noDemo, noStorage, quitWhenReady});
    parser.process(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pellucid/icon.png")));
    // Settings > Cache, unless the command line says otherwise.
    const QString configuredRoot = preferences.value(QStringLiteral("cache/root")).toString();
    const std::filesystem::path root =
        parser.isSet(cacheOption)
            ? std::filesystem::path(parser.value(cacheOption).toStdU16String())
        : !configuredRoot.isEmpty() ? std::filesystem::path(configuredRoot.toStdU16String())
                                    : Cache::defaultRoot();
    std::string error;
    auto cache = Cache::open(root, &error);
    if (!cache) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Pellucid"),
            QApplication::translate("main", "Cannot open the cache %1:\n%2")
                .arg(QString::fromStdU16String(root.u16string()), QString::fromStdString(error)));
        return 2;
    }
    const std::filesystem::path cacheRoot = cache->root();
    MainWindow window(std::move(cache));
    StorageService storage(cacheRoot);
    if (!parser.isSet(noStorage)) {
        QSettings settings;
        storage.start(settings); // a busy port is shown in the status bar, not fatal
        window.attachStorageService(storage);
    }
    std::unique_ptr<FirstPaintQuit> quitter;
    if (parser.isSet(quitWhenReady))
        quitter = std::make_unique<FirstPaintQuit>(window, started);
    window.show();
    if (!parser.isSet(noDemo))
        window.offerDemoStudyIfEmpty();
    return app.exec();
}
