// Reading structured reports tolerantly through DCMTK's dcmsr (core/sr), checked against what
// DCMTK's own dsrdump prints for the same files: pydicom's test-SR.dcm (every value type,
// by-reference items, an image with a presentation state) and the malformed reports of pydicom
// and dicomscope.
#include "core/demo/PhantomSeries.h"
#include "core/sr/KeyObjectWriter.h"
#include "core/sr/ReportHtml.h"
#include "core/sr/ReportText.h"
#include "core/sr/StructuredReportReader.h"
#include "tests/support/PresentationStateChecks.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pellucid;
namespace fs = std::filesystem;

namespace {

std::variant<StructuredReport, std::string> readFile(const fs::path& file) {
    DcmFileFormat format;
    if (format.loadFile(file.c_str()).bad())
        return std::string("cannot load ") + file.string();
    return readStructuredReport(*format.getDataset());
}

const SrItem* firstOfType(const StructuredReport& r, const std::string& type) {
    for (const SrItem& item : r.items)
        if (item.valueType == type)
            return &item;
    return nullptr;
}

class TestSr : public QObject {
    Q_OBJECT
private slots:
    void comprehensiveReportAsDsrdumpReadsIt() {
        const auto read = readFile(test::pydicomData() / "test_files/test-SR.dcm");
        QVERIFY(std::holds_alternative<StructuredReport>(read));
        const StructuredReport& r = std::get<StructuredReport>(read);
        QCOMPARE(QString::fromStdString(r.documentType), QStringLiteral("Comprehensive SR"));
        QCOMPARE(QString::fromStdString(r.title.meaning), QStringLiteral("Diagnosis"));
        QCOMPARE(QString::fromStdString(r.completionFlag), QStringLiteral("COMPLETE"));
        QCOMPARE(QString::fromStdString(r.verificationFlag), QStringLiteral("VERIFIED"));
        // The observer's name is Latin-1 in the file (ISO_IR 100): UTF-8 here.
        QCOMPARE(r.verifyingObservers.size(), std::size_t(2));
        QVERIFY(QString::fromStdString(r.verifyingObservers[0]).startsWith("Riesmeier^Jörg"));
        QCOMPARE(r.predecessors.size(), std::size_t(1));
        // dsrdump: <contains NUM:(,,"Diameter")="3" (cm,99_OFFIS_DCMTK,"Length Unit")>
        const SrItem* num = firstOfType(r, "NUM");
        QVERIFY(num);
        QCOMPARE(QString::fromStdString(num->conceptName.meaning), QStringLiteral("Diameter"));
        QCOMPARE(QString::fromStdString(num->text), QStringLiteral("3"));
        QCOMPARE(QString::fromStdString(num->code.value), QStringLiteral("cm"));
        QCOMPARE(QString::fromStdString(num->relationship), QStringLiteral("CONTAINS"));
        // <has concept mod CODE:(,,"Code")=(2222,99_OFFIS_DCMTK,"Sample Code 1")>
        const SrItem* code = firstOfType(r, "CODE");
        QVERIFY(code);
        QCOMPARE(QString::fromStdString(code->code.meaning), QStringLiteral("Sample Code 1"));
        QCOMPARE(QString::fromStdString(code->code.scheme), QStringLiteral("99_OFFIS_DCMTK"));
        // <has properties SCOORD:(,,"SCoord Code")=(CIRCLE,0/0,...)>
        const SrItem* scoord = firstOfType(r, "SCOORD");
        QVERIFY(scoord);
        QCOMPARE(QString::fromStdString(scoord->graphicType), QStringLiteral("CIRCLE"));
        QCOMPARE(scoord->graphicData.size(), std::size_t(4));
        // <contains IMAGE:=(CT image,,5,...),(GSPS,)>: frames and the presentation state.
        const SrItem* image = firstOfType(r, "IMAGE");
        QVERIFY(image);
        QVERIFY(!image->frames.empty());
        QCOMPARE(image->frames.front(), 5);
        QVERIFY(!image->presentationState.empty());
        // <selected from 1.3.2> and <inferred from 1.2.2.1>: by-reference targets.
        QStringList targets;
        for (const SrItem& item : r.items)
            if (item.valueType == "by reference")
                targets << QString::fromStdString(item.referencedPosition);
        QCOMPARE(targets, (QStringList{"1.3.2", "1.2.2.1"}));
        QVERIFY(r.find("1.3.2"));
        // The text carries codes, values and units, one item a line.
        const QString text = QString::fromStdString(reportAsText(r));
        QVERIFY(text.contains("CONTAINS NUM Diameter (1234, 99_OFFIS_DCMTK) = 3 Length Unit "
                              "(cm, 99_OFFIS_DCMTK)"));
        QVERIFY(text.contains("Sample Text\\rA\\nB\\r\\nC\\n\\r"));
        // As HTML: one list item an item, lists balanced, units with their code on hover,
        // by-reference items linking to their target.
        const QString html = QString::fromStdString(reportAsHtml(r));
        QCOMPARE(html.count("<li "), int(r.items.size()));
        QCOMPARE(html.count("<ul>"), html.count("</ul>"));
        QCOMPARE(html.count("<li "), html.count("</li>"));
        QVERIFY(html.contains("<abbr title=\"cm (99_OFFIS_DCMTK)\">Length Unit</abbr>"));
        QVERIFY(html.contains("<a href=\"#1.3.2\">1.3.2</a>"));
        QVERIFY(html.contains("id=\"1.3.2\""));
    }

    void malformedReportsAreShownMarked_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("pydicom reportsi")
            << QString::fromStdString((test::pydicomData() / "test_files/reportsi.dcm").string());
        QTest::newRow("pydicom empty number tags") << QString::fromStdString(
            (test::pydicomData() / "test_files/reportsi_with_empty_number_tags.dcm").string());
        QTest::newRow("dicomscope reportsi") << "/usr/share/dicomscope/reports/reportsi.dcm";
        QTest::newRow("dicomscope reportki") << "/usr/share/dicomscope/reports/reportki.dcm";
    }
    void malformedReportsAreShownMarked() {
        // dsrdump refuses these without -Ev ("Invalid Value" in an IMAGE item): we show them,
        // the bad items marked.
        QFETCH(QString, file);
        if (!QFile::exists(file))
            QSKIP("dicomscope's reports are not installed (Debian package dicomscope)");
        const auto read = readFile(file.toStdString());
        QVERIFY(std::holds_alternative<StructuredReport>(read));
        const StructuredReport& r = std::get<StructuredReport>(read);
        QCOMPARE(QString::fromStdString(r.documentType), QStringLiteral("Basic Text SR"));
        QVERIFY(r.items.size() >= 6);
        const SrItem* image = firstOfType(r, "IMAGE");
        QVERIFY(image);
        QVERIFY(!image->valid);
        QVERIFY(!r.problems.empty());
        QVERIFY(QString::fromStdString(reportAsText(r)).contains("[invalid]"));
    }

    void keyObjectWrittenValidAndReadBack() {
        QTemporaryDir dir;
        PhantomSpec spec;
        spec.slices = 3;
        spec.size = 32;
        spec.patientName = "Yamada^Taro=山田^太郎";
        const fs::path in = fs::path(dir.path().toStdString()) / "in";
        QCOMPARE(QString::fromStdString(writePhantomSeries(in, spec)), QString());
        std::vector<std::unique_ptr<DcmFileFormat>> images;
        KeyObjectContent content;
        for (const auto& e : fs::directory_iterator(in)) {
            images.push_back(std::make_unique<DcmFileFormat>());
            QVERIFY(images.back()->loadFile(e.path().c_str()).good());
            content.images.push_back({images.back()->getDataset(), {}});
        }
        content.images.front().frames = {1};
        content.titleCode = "113004";
        content.description = "Läsion 病変 for teaching";
        auto built = buildKeyObject(content);
        QVERIFY(std::holds_alternative<BuiltKeyObject>(built));
        BuiltKeyObject& kos = std::get<BuiltKeyObject>(built);
        const fs::path file = fs::path(dir.path().toStdString()) / "kos.dcm";
        QVERIFY(kos.file->saveFile(file.c_str(), EXS_LittleEndianExplicit).good());
        const QStringList errors = test::dciodvfyErrors(file);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));

        const auto read = readFile(file);
        QVERIFY(std::holds_alternative<StructuredReport>(read));
        const StructuredReport& r = std::get<StructuredReport>(read);
        QCOMPARE(QString::fromStdString(r.documentType),
                 QStringLiteral("Key Object Selection Document"));
        QCOMPARE(QString::fromStdString(r.title.value), QStringLiteral("113004"));
        QCOMPARE(QString::fromStdString(r.title.meaning), QStringLiteral("For Teaching"));
        int imageItems = 0;
        for (const SrItem& item : r.items)
            imageItems += item.valueType == "IMAGE";
        QCOMPARE(imageItems, 3);
        // A frame number on a single-frame image is left out (dciodvfy would refuse it).
        QVERIFY(firstOfType(r, "IMAGE")->frames.empty());
        QCOMPARE(QString::fromStdString(firstOfType(r, "TEXT")->text),
                 QStringLiteral("Läsion 病変 for teaching"));
        // The patient's name went over as UTF-8, the evidence lists every image.
        OFString name;
        kos.file->getDataset()->findAndGetOFStringArray(DCM_PatientName, name);
        QCOMPARE(QString::fromUtf8(name.c_str()), QStringLiteral("Yamada^Taro=山田^太郎"));
        DcmItem* evidence = nullptr;
        QVERIFY(
            kos.file->getDataset()
                ->findAndGetSequenceItem(DCM_CurrentRequestedProcedureEvidenceSequence, evidence, 0)
                .good());
        // A title outside CID 7010 is refused.
        content.titleCode = "999999";
        QVERIFY(std::holds_alternative<std::string>(buildKeyObject(content)));
    }

    void anImageIsNoReport() {
        const auto read = readFile(test::pydicomData() / "test_files/CT_small.dcm");
        QVERIFY(std::holds_alternative<std::string>(read));
    }
};

} // namespace

QTEST_APPLESS_MAIN(TestSr)
#include "tst_sr.moc"
