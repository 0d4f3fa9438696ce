// `pellucid-cli gsps` against the command-line contract: every option ends up in the state as
// DCMTK's dcmp2pgm lists it, dciodvfy and dcmpschk find nothing wrong, cached images get their
// state stored in the cache (through the import), and usage errors and failures exit 1 and 2.

#include "tests/support/PresentationStateChecks.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pellucid::test;
namespace fs = std::filesystem;

class TestCliGsps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyOptionReachesTheState();
    void cachedImagesGetTheirStateStored();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void failuresExitWithTwo_data();
    void failuresExitWithTwo();
    void colourImagesGetAColourState();

private:
    QString file(const char* name) const {
        return QString::fromStdString((pydicomData() / "test_files" / name).string());
    }
    QJsonArray list(const QStringList& args) const;
    QTemporaryDir dir_;
    QString cache_;
};

void TestCliGsps::initTestCase() {
    if (const QString missing = missingPresentationStateTools(); !missing.isEmpty())
        QSKIP(qPrintable("needs dicom3tools' dciodvfy and DCMTK's dcmpschk, dcmp2pgm; missing: " +
                         missing));
    cache_ = dir_.path() + "/cache";
    const CliRun run =
        runCli({"--cache", cache_, "import", file("CT_small.dcm"), file("MR_small.dcm"), "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object()["imported"].toInt(), 2);
}

QJsonArray TestCliGsps::list(const QStringList& args) const {
    const CliRun run = runCli(QStringList{"--cache", cache_, "list", "--json"} + args);
    return run.json().object()["results"].toArray();
}

void TestCliGsps::everyOptionReachesTheState() {
    // A cache that does not exist: the state is written, not stored, and no cache is made.
    const QString noCache = dir_.path() + "/no-cache";
    const QString out = dir_.path() + "/every.dcm";
    const CliRun run = runCli({"--cache",
                               noCache,
                               "gsps",
                               file("CT_small.dcm"),
                               "--out",
                               out,
                               "--wl",
                               "40,400",
                               "--rotate",
                               "270",
                               "--flip",
                               "--zoom",
                               "2",
                               "--shutter-rect",
                               "10,20,100,110",
                               "--shutter-circle",
                               "64,64,50",
                               "--text",
                               "20,30,山田太郎",
                               "--text",
                               "40.5,50,Größe ä, mit Komma",
                               "--line",
                               "1,2,60,70",
                               "--line",
                               "5,5,5,100",
                               "--label",
                               "Knie links/ä",
                               "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o["out"].toString(), out);
    QCOMPARE(o["stored"].toBool(true), false);
    QVERIFY(o["sopInstanceUid"].toString().startsWith("1."));
    QVERIFY(o["seriesInstanceUid"].toString().startsWith("1."));
    QVERIFY(o["seriesInstanceUid"] != o["sopInstanceUid"]);
    QVERIFY(!fs::exists(noCache.toStdString()));
    const fs::path state = out.toStdString();

    const QStringList errors = dciodvfyErrors(state);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(state);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join('\n')));
    QCOMPARE(check.excusedUtf8, 2); // 山田太郎 and ß carry bytes dcmpschk does not know

    const QString dump = dcmp2pgmDump(state, file("CT_small.dcm").toStdString(),
                                      dir_.path().toStdString() + "/every.pgm");
    const QString missing = firstMissing(
        dump, {
                  "Presentation Label: KNIE_LINKS",
                  "VOI transformation: window center=40 width=400",
                  "Rotation: 270 degrees",
                  "Flip: yes",
                  "presentation size mode: MAGNIFY factor=2",
                  // 270 and flipped: the displayed top left is the image's bottom right.
                  "displayed area TLHC=128\\128 BRHC=1\\1",
                  "Rectangular shutter: LV=10 RV=100 UH=20 LH=110",
                  "Circular shutter: center=64\\64 radius=50",
                  "Graphic Layer #1 [ANNOTATION]",
                  "Number of text objects: 2",
                  "text 1: \"山田太郎\"",
                  "anchor point: 20\\30 units=pixel",
                  "text 2: \"Größe ä, mit Komma\"",
                  "anchor point: 40.5\\50 units=pixel",
                  "Number of graphic objects: 2",
                  "points=2 type=polyline filled=no units=pixel",
                  "coordinates: 1\\2, 60\\70,",
                  "coordinates: 5\\5, 5\\100,",
              });
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const Pgm pgm = readPgm(dir_.path().toStdString() + "/every.pgm");
    QCOMPARE(pgm.width, 128);
    QCOMPARE(pgm.height, 128);
}

void TestCliGsps::cachedImagesGetTheirStateStored() {
    const QJsonArray images = list({"--level", "instance", "-k", "Modality=CT"});
    QCOMPARE(images.size(), 1);
    const QString image = images[0].toObject()["SOPInstanceUID"].toString();
    const QString out = dir_.path() + "/cached.dcm";
    const CliRun run = runCli({"--cache", cache_, "gsps", image, "--out", out, "--wl", "50,350",
                               "--text", "3,4,Notiz", "--label", "cached", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o["stored"].toBool(), true);
    const QString series = o["seriesInstanceUid"].toString();

    // In the cache as a series of its own, modality PR, in the image's study.
    const QJsonArray pr = list({"--level", "series", "-k", "Modality=PR"});
    QCOMPARE(pr.size(), 1);
    QCOMPARE(pr[0].toObject()["SeriesInstanceUID"].toString(), series);
    const QJsonArray stored =
        list({"--level", "instance", "-k", "SOPInstanceUID=" + o["sopInstanceUid"].toString()});
    QCOMPARE(stored.size(), 1);
    const QString storedPath = stored[0].toObject()["FilePath"].toString();
    QVERIFY(storedPath != out);
    QCOMPARE(readBytes(storedPath.toStdString()), readBytes(out.toStdString()));
    const QJsonArray studies = list({"--level", "study", "-k", "ModalitiesInStudy=PR"});
    QCOMPARE(studies.size(), 1);
    QVERIFY(studies[0].toObject()["ModalitiesInStudy"].toString().contains("CT"));
    QCOMPARE(checkCacheConsistency(cache_.toStdString()), QString());

    // A file whose image is cached counts as cached too; a series UID names its images.
    const QJsonArray mr = list({"--level", "series", "-k", "Modality=MR"});
    QCOMPARE(mr.size(), 1);
    const CliRun bySeries =
        runCli({"--cache", cache_, "gsps", mr[0].toObject()["SeriesInstanceUID"].toString(),
                "--out", dir_.path() + "/series.dcm", "--json"});
    QVERIFY2(bySeries.exitCode == 0, bySeries.err.constData());
    QCOMPARE(bySeries.json().object()["stored"].toBool(), true);
    const CliRun byFile = runCli({"--cache", cache_, "gsps", file("MR_small.dcm"), "--out",
                                  dir_.path() + "/file.dcm", "--rotate", "180", "--json"});
    QVERIFY2(byFile.exitCode == 0, byFile.err.constData());
    QCOMPARE(byFile.json().object()["stored"].toBool(), true);
    QCOMPARE(list({"--level", "series", "-k", "Modality=PR"}).size(), 3);
    const QStringList errors = dciodvfyErrors((dir_.path() + "/series.dcm").toStdString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestCliGsps::usageErrorsExitWithOne_data() {
    QTest::addColumn<QStringList>("args");
    const QString ct = file("CT_small.dcm");
    QTest::newRow("no out") << QStringList{"gsps", ct};
    QTest::newRow("no image") << QStringList{"gsps", "--out", "x.dcm"};
    QTest::newRow("rotate 45") << QStringList{"gsps", ct, "--out", "x.dcm", "--rotate", "45"};
    QTest::newRow("wl one number") << QStringList{"gsps", ct, "--out", "x.dcm", "--wl", "40"};
    QTest::newRow("wl width 0") << QStringList{"gsps", ct, "--out", "x.dcm", "--wl", "40,0"};
    QTest::newRow("zoom 0") << QStringList{"gsps", ct, "--out", "x.dcm", "--zoom", "0"};
    QTest::newRow("rect inside out")
        << QStringList{"gsps", ct, "--out", "x.dcm", "--shutter-rect", "10,10,5,5"};
    QTest::newRow("circle without radius")
        << QStringList{"gsps", ct, "--out", "x.dcm", "--shutter-circle", "1,2"};
    QTest::newRow("text without text")
        << QStringList{"gsps", ct, "--out", "x.dcm", "--text", "1,2"};
    QTest::newRow("line of three") << QStringList{"gsps", ct, "--out", "x.dcm", "--line", "1,2,3"};
    QTest::newRow("unknown option") << QStringList{"gsps", ct, "--out", "x.dcm", "--frob"};
}

void TestCliGsps::usageErrorsExitWithOne() {
    QFETCH(QStringList, args);
    const CliRun run = runCli(QStringList{"--cache", cache_} + args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!fs::exists("x.dcm"));
}

void TestCliGsps::failuresExitWithTwo_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown UID") << "1.2.3.4.5.6.7"
                                 << "neither a file nor in the cache";
    QTest::newRow("colour image with --wl") << file("SC_rgb_small_odd.dcm") << "no VOI window";
    QTest::newRow("not DICOM") << file("README.txt") << "cannot read";
}

void TestCliGsps::failuresExitWithTwo() {
    QFETCH(QString, image);
    QFETCH(QString, reason);
    const QString out = dir_.path() + "/failed.dcm";
    const CliRun run =
        runCli({"--cache", cache_, "gsps", image, "--out", out, "--wl", "40,400", "--json"});
    QCOMPARE(run.exitCode, 2);
    const QString error = run.json().object()["error"].toString();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!fs::exists(out.toStdString()));
}

void TestCliGsps::colourImagesGetAColourState() {
    const QString out = dir_.path() + "/colour.dcm";
    const CliRun run = runCli({"--cache", cache_, "gsps", file("SC_rgb_jpeg_dcmtk.dcm"), "--out",
                               out, "--rotate", "90", "--shutter-circle", "50,50,40", "--text",
                               "5,5,Farbe ä", "--line", "0,0,10,10", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o["sopClassUid"].toString(), QString("1.2.840.10008.5.1.4.1.1.11.2"));
    QCOMPARE(o["stored"].toBool(true), false); // the image is not in the cache
    const QStringList errors = dciodvfyErrors(out.toStdString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(out.toStdString());
    QVERIFY2(check.problems.isEmpty() && check.passed, qPrintable(check.problems.join('\n')));
    // dciodvfy checked it against the Color Softcopy Presentation State IOD.
    QProcess dciodvfy;
    dciodvfy.setProcessChannelMode(QProcess::MergedChannels);
    dciodvfy.start("dciodvfy", {out});
    QVERIFY(dciodvfy.waitForFinished(60000));
    const QByteArray said = dciodvfy.readAll();
    QVERIFY2(said.startsWith("ColorSoftcopyPresentationState"), said.constData());
}

QTEST_GUILESS_MAIN(TestCliGsps)
#include "tst_cli_gsps.moc"
