#include "core/import/DicomdirReader.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QString>

#include <algorithm>
#include <map>

namespace pellucid {
namespace fs = std::filesystem;
namespace {

// Resolves file IDs against the media folder, remembering directory listings so that a CD of
// thousands of files is listed once per folder, not once per file.
class MediaPathResolver {
public:
    explicit MediaPathResolver(fs::path root)
        : root_(std::move(root)) {}

    // `components` come from (0004,1500); returns the existing file or a problem.
    std::variant<fs::path, ImportProblem> resolve(const std::vector<std::string>& components,
                                                  const std::string& fileId) {
        if (components.empty())
            return ImportProblem{ImportProblemKind::InvalidDicomdir, fileId,
                                 "empty Referenced File ID"};
        fs::path current = root_;
        for (const std::string& component : components) {
            if (component.empty() || component == "." || component == ".." ||
                component.find_first_of("/\\:") != std::string::npos)
                return ImportProblem{
                    ImportProblemKind::ReferenceOutsideMedia, (root_ / fileId).string(),
                    "file ID \"" + fileId + "\" has the component \"" + component + "\""};
            const auto next = findEntry(current, component);
            if (!next)
                return ImportProblem{ImportProblemKind::ReferencedFileMissing,
                                     (root_ / fileId).string(), fileId};
            current = *next;
        }
        std::error_code ec;
        if (!fs::is_regular_file(current, ec))
            return ImportProblem{ImportProblemKind::ReferencedFileMissing, current.string(),
                                 fileId + " is not a regular file"};
        return current;
    }

private:
    std::optional<fs::path> findEntry(const fs::path& dir, const std::string& component) {
        std::error_code ec;
        if (fs::exists(dir / component, ec))
            return dir / component;
        auto [it, inserted] = listings_.try_emplace(dir);
        if (inserted)
            for (const auto& entry : fs::directory_iterator(dir, ec))
                it->second.push_back(entry.path().filename().string());
        const QString wanted = QString::fromStdString(component);
        for (const std::string& name : it->second) {
            QString candidate = QString::fromStdString(name);
            // ISO 9660 version suffix and trailing dot as some CD drivers present them.
            if (const auto semicolon = candidate.lastIndexOf(';'); semicolon > 0)
                candidate.truncate(semicolon);
            if (candidate.endsWith('.'))
                candidate.chop(1);
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
                return dir / name;
        }
        return std::nullopt;
    }

    fs::path root_;
    std::map<fs::path, std::vector<std::string>> listings_;
};

std::vector<std::string> splitFileId(const std::string& value) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = value.find('\\', start);
        parts.push_back(value.substr(start, end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

// Builds the patient / study / series / file tree from the directory records.
class TreeBuilder {
public:
    TreeBuilder(Dicomdir& out, MediaPathResolver& resolver)
        : out_(out)
        , resolver_(resolver) {}

    // Where a record lands: indices, not pointers, since the vectors grow while we walk.
    struct Context {
        int patient = -1, study = -1, series = -1;
        DicomCharset charset;
    };

    // Adds one record below `context` and returns the context for its lower-level records.
    Context add(DcmItem& record, const Context& context) {
        Context c = context;
        c.charset = DicomText::charsetOf(record, context.charset);
        const DicomText t(record, c.charset);
        const std::string type = t.code(DCM_DirectoryRecordType);
        if (type == "PATIENT") {
            out_.patients.push_back({t.text(DCM_PatientName),
                                     t.text(DCM_PatientID),
                                     t.date(DCM_PatientBirthDate),
                                     t.code(DCM_PatientSex),
                                     {}});
            c.patient = static_cast<int>(out_.patients.size()) - 1;
            c.study = c.series = -1;
        } else if (type == "STUDY") {
            if (c.patient < 0) { // a study record without a patient record above it
                out_.patients.push_back({});
                c.patient = static_cast<int>(out_.patients.size()) - 1;
            }
            auto& studies = out_.patients[static_cast<std::size_t>(c.patient)].studies;
            studies.push_back({t.code(DCM_StudyInstanceUID),
                               t.date(DCM_StudyDate),
                               t.code(DCM_StudyTime),
                               t.text(DCM_StudyDescription),
                               t.text(DCM_AccessionNumber),
                               t.text(DCM_StudyID),
                               {}});
            c.study = static_cast<int>(studies.size()) - 1;
            c.series = -1;
        } else if (type == "SERIES" && c.patient >= 0) {
            if (c.study < 0) {
                auto& studies = out_.patients[static_cast<std::size_t>(c.patient)].studies;
                studies.push_back({});
                c.study = static_cast<int>(studies.size()) - 1;
            }
            auto& series = study(c).series;
            series.push_back({t.code(DCM_SeriesInstanceUID),
                              t.code(DCM_Modality),
                              t.text(DCM_SeriesDescription),
                              t.integer(DCM_SeriesNumber),
                              {}});
            c.series = static_cast<int>(series.size()) - 1;
        }
        const std::string fileId = t.code(DCM_ReferencedFileID);
        if (!fileId.empty()) {
            DicomdirFile file;
            file.recordType = type;
            const auto components = splitFileId(fileId);
            for (std::size_t i = 0; i < components.size(); ++i)
                file.fileId += (i ? "/" : "") + components[i];
            file.sopInstanceUid = t.code(DCM_ReferencedSOPInstanceUIDInFile);
            file.sopClassUid = t.code(DCM_ReferencedSOPClassUIDInFile);
            file.transferSyntaxUid = t.code(DCM_ReferencedTransferSyntaxUIDInFile);
            file.instanceNumber = t.integer(DCM_InstanceNumber);
            auto resolved = resolver_.resolve(components, file.fileId);
            if (auto* path = std::get_if<fs::path>(&resolved))
                file.resolved = *path;
            else
                file.problem = std::get<ImportProblem>(resolved);
            (c.series >= 0 ? study(c).series[static_cast<std::size_t>(c.series)].files
                           : out_.otherFiles)
                .push_back(std::move(file));
        }
        return c;
    }

private:
    DicomdirStudy& study(const Context& c) {
        return out_.patients[static_cast<std::size_t>(c.patient)]
            .studies[static_cast<std::size_t>(c.study)];
    }

    Dicomdir& out_;
    MediaPathResolver& resolver_;
};

struct Record {
    DcmItem* item;
    Uint32 next = 0, lower = 0;
};

bool inUse(DcmItem& item) {
    Uint16 flag = 0xFFFF;
    // PS3.3 F.5: 0000H marks a retired record
    return !(item.findAndGetUint16(DCM_RecordInUseFlag, flag).good() && flag == 0);
}

// Follows the offsets (0004,1200), (0004,1400) and (0004,1420) from the root. False when they
// lead nowhere, loop, or leave records unreached: then the caller reads the records in order.
bool walkByOffsets(DcmDataset& dataset, const std::vector<Record>& records,
                   const std::map<Uint32, std::size_t>& byOffset, TreeBuilder& builder,
                   const TreeBuilder::Context& top) {
    Uint32 root = 0;
    dataset.findAndGetUint32(DCM_OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, root);
    std::vector<bool> visited(records.size(), false);
    std::vector<std::pair<Uint32, TreeBuilder::Context>> pending{{root, top}};
    while (!pending.empty()) {
        auto [offset, context] = pending.back();
        pending.pop_back();
        for (; offset != 0;) {
            const auto it = byOffset.find(offset);
            if (it == byOffset.end() || visited[it->second])
                return false;
            visited[it->second] = true;
            const Record& r = records[it->second];
            if (inUse(*r.item)) {
                const TreeBuilder::Context lower = builder.add(*r.item, context);
                if (r.lower)
                    pending.emplace_back(r.lower, lower);
            }
            offset = r.next;
        }
    }
    return std::all_of(visited.begin(), visited.end(), [](bool v) { return v; });
}

} // namespace

bool hasDicomdirName(const fs::path& file) {
    return QString::fromStdString(file.filename().string())
               .compare(QStringLiteral("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

std::vector<const DicomdirFile*> Dicomdir::allFiles() const {
    std::vector<const DicomdirFile*> files;
    for (const auto& p : patients)
        for (const auto& st : p.studies)
            for (const auto& se : st.series)
                for (const auto& f : se.files)
                    files.push_back(&f);
    for (const auto& f : otherFiles)
        files.push_back(&f);
    return files;
}

std::variant<Dicomdir, ImportProblem> readDicomdir(const fs::path& dicomdirFile) {
    const std::string pathText = dicomdirFile.string();
    if (const std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty())
        return ImportProblem{ImportProblemKind::Unreadable, pathText, dcmtk};
    std::error_code ec;
    if (!fs::is_regular_file(dicomdirFile, ec))
        return ImportProblem{ImportProblemKind::Unreadable, pathText, "not a regular file"};
    if (fs::file_size(dicomdirFile, ec) == 0)
        return ImportProblem{ImportProblemKind::EmptyFile, pathText, {}};

    DcmFileFormat fileFormat;
    if (const OFCondition cond = fileFormat.loadFile(pathText.c_str()); cond.bad())
        return ImportProblem{ImportProblemKind::InvalidDicomdir, pathText, cond.text()};
    DcmDataset& dataset = *fileFormat.getDataset();
    DcmSequenceOfItems* sequence = nullptr;
    if (dataset.findAndGetSequence(DCM_DirectoryRecordSequence, sequence).bad() || !sequence)
        return ImportProblem{ImportProblemKind::InvalidDicomdir, pathText,
                             "no Directory Record Sequence (0004,1220)"};

    // Items of the Directory Record Sequence are read as DcmDirectoryRecord, which knows
    // where in the file it started: the key the offsets refer to.
    std::vector<Record> records;
    std::map<Uint32, std::size_t> byOffset;
    for (unsigned long i = 0; i < sequence->card(); ++i) {
        Record r{sequence->getItem(i)};
        r.item->findAndGetUint32(DCM_OffsetOfTheNextDirectoryRecord, r.next);
        r.item->findAndGetUint32(DCM_OffsetOfReferencedLowerLevelDirectoryEntity, r.lower);
        if (auto* record = dynamic_cast<DcmDirectoryRecord*>(r.item))
            byOffset.emplace(record->getFileOffset(), records.size());
        records.push_back(r);
    }

    Dicomdir out;
    out.path = dicomdirFile;
    TreeBuilder::Context top;
    top.charset = DicomText::charsetOf(dataset);
    out.fileSetId = DicomText(dataset, top.charset).code(DCM_FileSetID);
    MediaPathResolver resolver(dicomdirFile.parent_path());
    {
        TreeBuilder builder(out, resolver);
        if (walkByOffsets(dataset, records, byOffset, builder, top))
            return out;
    }
    // Broken offsets are common on media burnt by some software: the records themselves are
    // usually in hierarchical order (PATIENT, STUDY, SERIES, IMAGE...), so read them that way.
    Dicomdir linear;
    linear.path = out.path;
    linear.fileSetId = out.fileSetId;
    linear.readInRecordOrder = true;
    TreeBuilder builder(linear, resolver);
    TreeBuilder::Context context = top;
    for (const Record& r : records) {
        if (!inUse(*r.item))
            continue;
        const std::string type = DicomText(*r.item, top.charset).code(DCM_DirectoryRecordType);
        TreeBuilder::Context parent = context;
        if (type == "PATIENT")
            parent = top;
        else if (type == "STUDY")
            parent.study = parent.series = -1;
        else if (type == "SERIES")
            parent.series = -1;
        const TreeBuilder::Context added = builder.add(*r.item, parent);
        if (type == "PATIENT" || type == "STUDY" || type == "SERIES")
            context = added;
    }
    return linear;
}

} // namespace pellucid
