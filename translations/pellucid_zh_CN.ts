<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="24"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="26"/>
        <source>The cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="47"/>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="20"/>
        <source>Usage: pellucid-cli [--cache DIR] COMMAND [options]

Commands:
  import PATH...      copy files, folders (recursively) and DICOMDIR media into the cache
  list                list the cache at patient, study, series or instance level
  dicomdir PATH       show what a DICOMDIR holds, without importing
  echo AET@HOST:PORT  verify a DICOM node (C-ECHO)
  demo                generate the synthetic demo study into the cache

Global options:
  --cache DIR         the cache folder (default: $PELLUCID_CACHE, else %1)
  --version           print the version

Run &apos;pellucid-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="25"/>
        <location filename="../app/cli/DicomdirCommand.cpp" line="43"/>
        <location filename="../app/cli/EchoCommand.cpp" line="17"/>
        <location filename="../app/cli/ImportCommand.cpp" line="32"/>
        <location filename="../app/cli/ListCommand.cpp" line="61"/>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="38"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="46"/>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="65"/>
        <source>Demo study imported: %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="51"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="62"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="138"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="156"/>
        <source>%1 of %2 files present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="25"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="31"/>
        <source>echo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="35"/>
        <source>echo: invalid AE title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="41"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="53"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="58"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="47"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="55"/>
        <source>import: --workers needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="74"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="120"/>
        <source>%1: imported, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="121"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="126"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="72"/>
        <source>list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="77"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="87"/>
        <location filename="../app/cli/ListCommand.cpp" line="143"/>
        <source>list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="94"/>
        <source>list: --limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ListCommand.cpp" line="170"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="18"/>
        <source>DICOM viewer workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>The cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Pellucid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Cannot open the cache %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/BackgroundImport.cpp" line="66"/>
        <source>Generating the demo study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackgroundImport.cpp" line="78"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="99"/>
        <source>Pellucid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="102"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Generate &amp;Demo Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>&amp;About Pellucid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>About Pellucid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="109"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>Patient name (wildcards * ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>No study selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="232"/>
        <source>No image in this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>Import DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="257"/>
        <source>Import a folder or media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="288"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="291"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pellucid::PreviewImage</name>
    <message>
        <location filename="../render/PreviewImage.cpp" line="26"/>
        <source>cannot display: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/PreviewImage.cpp" line="54"/>
        <source>no pixel data to display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="84"/>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="86"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="88"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="90"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="92"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="94"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="96"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="98"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StudyListModel.cpp" line="100"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
