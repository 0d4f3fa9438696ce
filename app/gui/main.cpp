#include "app/Translations.h"
#include "app/gui/MainWindow.h"
#include "core/cache/Cache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace pellucid;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pellucid"));
    QApplication::setOrganizationName(QStringLiteral("Pellucid"));
    QApplication::setApplicationVersion(QStringLiteral(PELLUCID_VERSION));

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
    parser.addOptions({cacheOption, languageOption, noDemo});
    parser.process(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pellucid/icon.png")));
    installTranslations(app, parser.value(languageOption));

    const std::filesystem::path root =
        parser.isSet(cacheOption)
            ? std::filesystem::path(parser.value(cacheOption).toStdU16String())
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
    MainWindow window(std::move(cache));
    window.show();
    if (!parser.isSet(noDemo))
        window.offerDemoStudyIfEmpty();
    return app.exec();
}
