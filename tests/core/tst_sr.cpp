// Reading structured reports tolerantly through DCMTK's dcmsr (core/sr), checked against what
// DCMTK's own dsrdump prints for the same files: pydicom's test-SR.dcm (every value type,
// by-reference items, an image with a presentation state) and the malformed reports of pydicom
// and dicomscope.
#include "core/sr/ReportText.h"
#include "core/sr/StructuredReportReader.h"
#include "tests/support/TestSupport.h"

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

    void anImageIsNoReport() {
        const auto read = readFile(test::pydicomData() / "test_files/CT_small.dcm");
        QVERIFY(std::holds_alternative<std::string>(read));
    }
};

} // namespace

QTEST_APPLESS_MAIN(TestSr)
#include "tst_sr.moc"
