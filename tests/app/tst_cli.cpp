// pellucid-cli against the command-line contract: JSON documents, exit codes, usage errors,
// and C-ECHO against a real DCMTK storescp started here.

#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pellucid::test;
namespace fs = std::filesystem;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importReportsEveryFile();
    void listStudiesAsUtf8Json();
    void listMatchesKeysAtEachLevel();
    void humanOutputGoesToTheRightStreams();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void dicomdirShowsTheMedia();
    void dicomdirReportsMissingFiles();
    void echoAgainstStorescp();
    void demoStudyIsGenerated();
    void keyImagesAndReports();

private:
    QTemporaryDir dir_;
    QString cache_;
    QJsonObject imported_;
};

void TestCli::initTestCase() {
    cache_ = dir_.path() + "/cache";
    const CliRun run = runCli(
        {"--cache", cache_, "import", QString::fromStdString(pydicomData().string()), "--json"});
    // Some files in pydicom's folder are not DICOM: the import ran, and says what failed.
    QCOMPARE(run.exitCode, 2);
    imported_ = run.json().object();
    QVERIFY2(!imported_.isEmpty(), run.out.constData());
}

void TestCli::importReportsEveryFile() {
    QVERIFY(imported_["imported"].toInt() > 60);
    const QJsonArray errors = imported_["errors"].toArray();
    QCOMPARE(imported_["rejected"].toInt(), errors.size());
    bool readme = false;
    for (const auto& e : errors) {
        const QJsonObject o = e.toObject();
        QVERIFY(!o["path"].toString().isEmpty());
        QVERIFY(!o["reason"].toString().isEmpty());
        QVERIFY(!o["code"].toString().isEmpty());
        readme |= o["path"].toString().endsWith("test_files/README.txt") &&
                  o["code"].toString() == "not-dicom";
    }
    QVERIFY(readme);
    // Importing again: everything readable is already there.
    const CliRun again = runCli(
        {"--cache", cache_, "import", QString::fromStdString(pydicomData().string()), "--json"});
    const QJsonObject o = again.json().object();
    QCOMPARE(o["imported"].toInt(), 0);
    QCOMPARE(o["duplicates"].toInt(),
             imported_["imported"].toInt() + imported_["duplicates"].toInt());
}

void TestCli::listStudiesAsUtf8Json() {
    const CliRun run = runCli({"--cache", cache_, "list", "--level", "study", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json().object();
    QCOMPARE(o["level"].toString(), QString("STUDY"));
    const QJsonArray results = o["results"].toArray();
    QCOMPARE(o["count"].toInt(), results.size());
    QStringList names;
    for (const auto& r : results) {
        QVERIFY(!r.toObject()["StudyInstanceUID"].toString().isEmpty());
        names << r.toObject()["PatientName"].toString();
    }
    for (const char* expected :
         {"Yamada^Tarou=山田^太郎=やまだ^たろう", "Hong^Gildong=洪^吉洞=홍^길동",
          "Wang^XiaoDong=王^小东", "Διονυσιος", "Люкceмбypг", "שרון^דבורה", "قباني^لنزار",
          "Äneas^Rüdiger", "Buc^Jérôme"})
        QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
}

void TestCli::listMatchesKeysAtEachLevel() {
    auto count = [&](const QStringList& args) {
        const CliRun run = runCli(QStringList{"--cache", cache_, "list", "--json"} + args);
        if (run.exitCode != 0)
            return -1;
        return run.json().object()["count"].toInt();
    };
    QCOMPARE(count({"-k", "PatientName=yamada*"}), 1);
    QCOMPARE(count({"-k", "PatientName=*", "-k", "ModalitiesInStudy=SR"}) > 0, true);
    const int studies = count({"--level", "study"});
    const int series = count({"--level", "series"});
    const int images = count({"--level", "instance"});
    const int patients = count({"--level", "patient"});
    QVERIFY(patients > 0 && patients <= studies && studies <= series && series <= images);
    QCOMPARE(images, imported_["imported"].toInt());
    QCOMPARE(count({"--level", "instance", "--limit", "3"}), 3);
    const CliRun files =
        runCli({"--cache", cache_, "list", "--level", "instance", "--json", "--limit", "1"});
    const QString path =
        files.json().object()["results"].toArray()[0].toObject()["FilePath"].toString();
    QVERIFY2(fs::exists(path.toStdString()), qPrintable(path));
}

void TestCli::humanOutputGoesToTheRightStreams() {
    const CliRun run = runCli({"--cache", cache_, "list", "-k", "PatientName=yamada*"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("PatientID"));
    QVERIFY(QString::fromUtf8(run.out).contains(QString::fromUtf8("山田")));
    QVERIFY(run.err.contains("1"));
}

void TestCli::usageErrorsExitWithOne_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"list", "--frob"};
    QTest::newRow("bad level") << QStringList{"list", "--level", "galaxy"};
    QTest::newRow("bad date") << QStringList{"list", "-k", "StudyDate=20201301"};
    QTest::newRow("unknown key") << QStringList{"list", "-k", "Shoesize=42"};
    QTest::newRow("key below level")
        << QStringList{"list", "--level", "study", "-k", "SOPInstanceUID=1.2"};
    QTest::newRow("import nothing") << QStringList{"import"};
    QTest::newRow("echo without port") << QStringList{"echo", "ORTHANC@localhost"};
    QTest::newRow("echo bad AE") << QStringList{"echo", "WAY_TOO_LONG_AE_TITLE@h:104"};
    QTest::newRow("dicomdir nothing") << QStringList{"dicomdir"};
}

void TestCli::usageErrorsExitWithOne() {
    QFETCH(QStringList, args);
    const CliRun run = runCli(QStringList{"--cache", cache_} + args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCli::dicomdirShowsTheMedia() {
    const QString media =
        QString::fromStdString((pydicomData() / "test_files" / "dicomdirtests").string());
    const CliRun run = runCli({"--cache", cache_, "dicomdir", media + "/DICOMDIR", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json().object();
    const QJsonObject counts = o["counts"].toObject();
    QCOMPARE(counts["patients"].toInt(), 2); // 77654033 and Doe^Peter (two folders)
    QCOMPARE(counts["files"].toInt(), 31);
    QCOMPARE(counts["missing"].toInt(), 0);
    QVERIFY(counts["files"].toInt() > 0);
    const QJsonObject first = o["patients"].toArray()[0].toObject();
    const QJsonObject image = first["studies"]
                                  .toArray()[0]
                                  .toObject()["series"]
                                  .toArray()[0]
                                  .toObject()["instances"]
                                  .toArray()[0]
                                  .toObject();
    QVERIFY(image["exists"].toBool());
    QVERIFY(fs::exists(image["path"].toString().toStdString()));
    // The folder works as well as the file, and the variants of the same media agree.
    for (const char* variant : {"", "/DICOMDIR-reordered", "/DICOMDIR-implicit", "/DICOMDIR-bigEnd",
                                "/DICOMDIR-nooffset"}) {
        const CliRun v = runCli({"--cache", cache_, "dicomdir", media + variant, "--json"});
        QVERIFY2(v.exitCode == 0, variant);
        QCOMPARE(v.json().object()["counts"].toObject()["files"].toInt(), counts["files"].toInt());
    }
    // A DICOMDIR is read, never imported: the cache is unchanged.
    const CliRun list = runCli({"--cache", cache_, "list", "--json", "--level", "instance"});
    QCOMPARE(list.json().object()["count"].toInt(), imported_["imported"].toInt());
}

void TestCli::dicomdirReportsMissingFiles() {
    QTemporaryDir copy;
    const fs::path from = pydicomData() / "test_files" / "dicomdirtests";
    const fs::path to = fs::path(copy.path().toStdString()) / "media";
    fs::copy(from, to, fs::copy_options::recursive);
    std::size_t removed = 0;
    for (const auto& e : fs::recursive_directory_iterator(to / "77654033"))
        if (e.is_regular_file() && removed == 0) {
            fs::remove(e.path());
            ++removed;
            break;
        }
    const CliRun run = runCli({"--cache", cache_, "dicomdir",
                               QString::fromStdString((to / "DICOMDIR").string()), "--json"});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject o = run.json().object();
    QCOMPARE(o["counts"].toObject()["missing"].toInt(), 1);
    QCOMPARE(o["errors"].toArray()[0].toObject()["code"].toString(),
             QString("referenced-file-missing"));
}

void TestCli::echoAgainstStorescp() {
    const int port = freePort();
    QTemporaryDir out;
    QProcess storescp;
    storescp.start("storescp", {"-aet", "STORESCP", "-od", out.path(), QString::number(port)});
    QVERIFY(storescp.waitForStarted());
    const QString node = QString("STORESCP@127.0.0.1:%1").arg(port);
    CliRun run;
    for (int attempt = 0; attempt < 50; ++attempt) { // until storescp listens (bounded)
        run = runCli({"echo", node, "--json", "--timeout", "5"});
        if (run.exitCode == 0)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().object()["ok"].toBool());
    storescp.kill();
    storescp.waitForFinished(5000);
    // Nobody listening: a failure (2) with a reason, quickly.
    const CliRun refused = runCli({"echo", node, "--json", "--timeout", "3"}, 20000);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!refused.json().object()["error"].toString().isEmpty());
}

void TestCli::demoStudyIsGenerated() {
    QTemporaryDir d;
    const CliRun run =
        runCli({"--cache", d.path(), "demo", "--slices", "6", "--size", "64", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object()["imported"].toInt(), 6);
    const CliRun list = runCli({"--cache", d.path(), "list", "--json"});
    const QJsonObject study = list.json().object()["results"].toArray()[0].toObject();
    QCOMPARE(study["PatientName"].toString(), QString("PHANTOM^DEMO"));
    QCOMPARE(study["NumberOfStudyRelatedInstances"].toInt(), 6);
    QCOMPARE(study["ModalitiesInStudy"].toString(), QString("CT"));
}

void TestCli::keyImagesAndReports() {
    // A KOS for a cached image: written, stored through the import, and read back by `sr` from
    // the cache; test-SR.dcm read as text with its codes, values and units.
    const QString ct = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"; // CT_small.dcm
    const QString out = dir_.path() + "/kos.dcm";
    const CliRun made = runCli({"--cache", cache_, "keyimages", ct, "--out", out, "--title",
                                "113003", "--text", "Für die OP", "--json"});
    QCOMPARE(made.exitCode, 0);
    QVERIFY(made.json().object().value("stored").toBool());
    const QString kos = made.json().object().value("sopInstanceUid").toString();
    const CliRun shown = runCli({"--cache", cache_, "sr", kos, "--json"});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject report = shown.json().object();
    QCOMPARE(report.value("documentType").toString(),
             QStringLiteral("Key Object Selection Document"));
    QCOMPARE(report.value("title").toObject().value("meaning").toString(),
             QStringLiteral("For Surgery"));
    QStringList values;
    for (const QJsonValue item : report.value("items").toArray())
        values << item.toObject().value("sopInstanceUid").toString()
               << item.toObject().value("text").toString();
    QVERIFY(values.contains(ct));
    QVERIFY(values.contains(QStringLiteral("Für die OP")));
    const CliRun text =
        runCli({"sr", QString::fromStdString((pydicomData() / "test_files/test-SR.dcm").string())});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("NUM Diameter (1234, 99_OFFIS_DCMTK) = 3 Length Unit (cm"));
    QCOMPARE(runCli({"--cache", cache_, "keyimages", ct, "--out", out, "--title", "1"}).exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
