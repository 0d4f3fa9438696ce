#include "tests/support/TestSupport.h"

#include "core/cache/Cache.h"
#include "core/codec/DcmtkDecoderCodec.h"
#include "core/dicom/InstanceHeader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <vector>

#ifndef _WIN32
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pellucid::test {
namespace fs = std::filesystem;

fs::path pydicomData() {
    return fs::path(PELLUCID_PYDICOM_DATA);
}
fs::path sourceDir() {
    return fs::path(PELLUCID_SOURCE_DIR);
}

CliRun runCli(const QStringList& args, int timeoutMs) {
    QProcess process;
    process.setProgram(QStringLiteral(PELLUCID_CLI));
    process.setArguments(args);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        QTest::qFail("pellucid-cli did not start", __FILE__, __LINE__);
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail(qPrintable("pellucid-cli timed out: " + args.join(' ')), __FILE__, __LINE__);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void writeInstance(const fs::path& file, const TestInstance& spec) {
    ensureDcmtkCodecs();
    DcmFileFormat ff;
    DcmDataset& d = *ff.getDataset();
    if (!spec.charset.empty())
        d.putAndInsertString(DCM_SpecificCharacterSet, spec.charset.c_str());
    d.putAndInsertString(DCM_SOPClassUID, spec.sopClassUid.c_str());
    if (!spec.sopUid.empty())
        d.putAndInsertString(DCM_SOPInstanceUID, spec.sopUid.c_str());
    d.putAndInsertString(DCM_StudyDate, spec.studyDate.c_str());
    d.putAndInsertString(DCM_StudyTime, "101500");
    d.putAndInsertString(DCM_StudyID, "1");
    d.putAndInsertString(DCM_AccessionNumber, "");
    d.putAndInsertString(DCM_SeriesNumber, "1");
    d.putAndInsertString(DCM_Modality, spec.modality.c_str());
    d.putAndInsertOFStringArray(DCM_PatientName,
                                OFString(spec.patientName.data(), spec.patientName.size()));
    d.putAndInsertString(DCM_PatientID, spec.patientId.c_str());
    if (!spec.studyUid.empty())
        d.putAndInsertString(DCM_StudyInstanceUID, spec.studyUid.c_str());
    if (!spec.seriesUid.empty())
        d.putAndInsertString(DCM_SeriesInstanceUID, spec.seriesUid.c_str());
    d.putAndInsertString(DCM_InstanceNumber, std::to_string(spec.instanceNumber).c_str());
    if (spec.withPixelData) {
        d.putAndInsertUint16(DCM_SamplesPerPixel, 1);
        d.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
        d.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(spec.rows));
        d.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(spec.columns));
        d.putAndInsertUint16(DCM_BitsAllocated, 16);
        d.putAndInsertUint16(DCM_BitsStored, 12);
        d.putAndInsertUint16(DCM_HighBit, 11);
        d.putAndInsertUint16(DCM_PixelRepresentation, 0);
        std::vector<Uint16> pixels(static_cast<std::size_t>(spec.rows * spec.columns));
        for (std::size_t i = 0; i < pixels.size(); ++i)
            pixels[i] = static_cast<Uint16>(i % 4096);
        d.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                  static_cast<unsigned long>(pixels.size()));
    }
    const E_TransferSyntax xfer =
        spec.explicitVr ? EXS_LittleEndianExplicit : EXS_LittleEndianImplicit;
    OFCondition cond;
    if (spec.metaHeader)
        cond = ff.saveFile(file.string().c_str(), xfer);
    else
        cond = d.saveFile(file.string().c_str(), xfer);
    QVERIFY2(cond.good(), cond.text());
}

QByteArray runTool(const QString& program, const QStringList& args, int timeoutMs) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        QTest::qFail(qPrintable(program + " did not start"), __FILE__, __LINE__);
        return {};
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail(qPrintable(program + " timed out"), __FILE__, __LINE__);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(program + " " + args.join(' ') +
                                " failed: " + QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    return process.readAllStandardOutput();
}

PixelReference pixelReference(const fs::path& file, const fs::path& scratchDir) {
    PixelReference ref;
    const fs::path out = scratchDir / (file.filename().string() + ".reference.raw");
    const QByteArray json =
        runTool(QStringLiteral("/usr/bin/python3"),
                {QString::fromStdString((sourceDir() / "tests/tools/pixel-reference.py").string()),
                 QStringLiteral("reference"), QString::fromStdString(file.string()),
                 QString::fromStdString(out.string())});
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return ref;
    ref.rows = o["rows"].toInt();
    ref.columns = o["columns"].toInt();
    ref.samples = o["samples"].toInt();
    ref.bits = o["bits"].toInt();
    ref.frames = o["frames"].toInt();
    ref.isSigned = o["signed"].toBool();
    ref.bytes = readBytes(out);
    ref.valid = !ref.bytes.isEmpty();
    return ref;
}

int freePort() {
#ifndef _WIN32
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
#else
    return 11112;
#endif
}

void writeBytes(const fs::path& file, const QByteArray& bytes) {
    QFile f(QString::fromStdString(file.string()));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readBytes(const fs::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString checkCacheConsistency(const fs::path& cacheRoot) {
    std::string error;
    auto index = CacheIndex::open(cacheRoot / "index.sqlite", &error);
    if (!index)
        return QString::fromStdString("cannot open index: " + error);
    QString problems;
    index->select(
        "SELECT file_path, file_size, sop_instance_uid FROM instance", {},
        [&](const CacheIndex::Row& row) {
            const std::string rel = std::get<std::string>(row[0]);
            const auto size = static_cast<std::uintmax_t>(std::get<long long>(row[1]));
            const std::string sop = std::get<std::string>(row[2]);
            const fs::path file = cacheRoot / rel;
            std::error_code ec;
            if (fs::file_size(file, ec) != size || ec) {
                problems += QString::fromStdString("size mismatch or missing: " + rel + "\n");
                return true;
            }
            HeaderResult header = readInstanceHeader(file);
            if (auto* p = std::get_if<ImportProblem>(&header))
                problems += QString::fromStdString("unreadable: " + rel + ": " + p->detail + "\n");
            else if (std::get<InstanceHeader>(header).sopInstanceUid != sop)
                problems += QString::fromStdString("wrong file for " + sop + "\n");
            return true;
        });
    // Study/series counts agree with the instance table.
    const char* countsSql =
        "SELECT count(*) FROM series se WHERE se.number_of_instances <> "
        "(SELECT count(*) FROM instance i WHERE i.series_ref = se.id) "
        "UNION ALL SELECT count(*) FROM study st WHERE st.number_of_instances <> "
        "(SELECT count(*) FROM instance i JOIN series se ON i.series_ref = se.id WHERE "
        "se.study_ref = st.id)";
    index->select(countsSql, {}, [&](const CacheIndex::Row& row) {
        if (std::get<long long>(row[0]) != 0)
            problems += "aggregate counts disagree with the instance table\n";
        return true;
    });
    index->select("PRAGMA integrity_check", {}, [&](const CacheIndex::Row& row) {
        if (row[0] != IndexValue(std::string("ok")))
            problems += "sqlite integrity_check failed\n";
        return false;
    });
    return problems;
}

} // namespace pellucid::test
