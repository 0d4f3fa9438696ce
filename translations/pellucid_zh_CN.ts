<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NodeEcho</name>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="39"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="52"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="71"/>
        <source>Verify a DICOM Node</source>
        <translation>验证 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="40"/>
        <source>Node (a configured one, or AET@HOST:PORT):</source>
        <translation>节点（已配置的节点，或 AET@HOST:PORT）：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="58"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>正在向 %1 发送 C-ECHO…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="24"/>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 已在 %2 ms 内响应。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="27"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 未响应：%2</translation>
    </message>
</context>
<context>
    <name>SeriesDisplayLoad</name>
    <message>
        <location filename="../core/display/SeriesDisplayLoad.cpp" line="243"/>
        <source>the series holds %1 stacks; the largest is shown</source>
        <translation>该序列包含 %1 个堆栈；显示最大的一个</translation>
    </message>
</context>
<context>
    <name>SeriesVolume</name>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="105"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="171"/>
        <source>no pixel spacing: distances are in pixels, not mm</source>
        <translation>无像素间距：距离以像素而非毫米为单位</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="178"/>
        <source>positions repeat: this is acquisition %1 of %2 at the same places (phases or echoes)</source>
        <translation>位置重复：这是在相同位置上 %2 次采集中的第 %1 次（时相或回波）</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="185"/>
        <source>no slice positions: ordered by Instance Number</source>
        <translation>无层面位置：按实例编号排序</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="199"/>
        <source>missing slices: a gap of %1 where slices are %2 apart</source>
        <translation>缺少层面：层间距为 %2 处有 %1 的间隙</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="206"/>
        <source>uneven slice spacing: %1 to %2</source>
        <translation>层间距不均匀：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="218"/>
        <source>gantry tilt of %1 degrees: slices are sheared, not stacked along their normal</source>
        <translation>机架倾斜 %1 度：层面被剪切，而非沿其法线堆叠</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="291"/>
        <source>the series splits into %1 stacks (sizes, orientations or positions differ)</source>
        <translation>该序列分为 %1 个堆栈（尺寸、方向或位置不同）</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="21"/>
        <source>Brain</source>
        <translation>脑</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="22"/>
        <source>Subdural</source>
        <translation>硬膜下</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="23"/>
        <source>Stroke</source>
        <translation>脑卒中</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="24"/>
        <source>Temporal bone</source>
        <translation>颞骨</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="25"/>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="26"/>
        <source>Mediastinum</source>
        <translation>纵隔</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="27"/>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="28"/>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="29"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="30"/>
        <source>Soft tissue</source>
        <translation>软组织</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="31"/>
        <source>Angio</source>
        <translation>血管造影</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="23"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="25"/>
        <source>The cache folder.</source>
        <translation>本地影像库文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="46"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="133"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开本地影像库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="20"/>
        <source>Usage: pellucid-cli [--cache DIR] COMMAND [options]

Commands:
  import PATH...      copy files, folders (recursively) and DICOMDIR media into the cache
  list                list the cache at patient, study, series or instance level
  dicomdir PATH       show what a DICOMDIR holds, without importing
  echo AET@HOST:PORT  verify a DICOM node (C-ECHO)
  find AET@HOST:PORT  query a DICOM node (C-FIND)
  retrieve AET@HOST:PORT  retrieve a study, series or instances into the cache
  send AET@HOST:PORT UID...  send studies, series or instances to a node (C-STORE)
  demo                generate the synthetic demo study into the cache
  render IMAGE        one frame to PNG as the viewer shows it
  pstate IMAGE        the presentation states that apply to an image, newest first
  sr REPORT           show a structured report or key object document
  keyimages UID...    write a key object selection document
  gsps IMAGE...       write a presentation state (window, rotation, shutters, annotations)
  load SERIES         load a series into a volume; geometry, time, memory
  serve               run the DICOM server (storage, query/retrieve) over the cache

Global options:
  --cache DIR         the cache folder (default: $PELLUCID_CACHE, else %1)
  --version           print the version

Run &apos;pellucid-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法: pellucid-cli [--cache DIR] COMMAND [选项]

命令:
  import PATH...      将文件、文件夹（递归）和 DICOMDIR 介质复制到本地影像库
  list                按患者、检查、序列或实例级别列出本地影像库的内容
  dicomdir PATH       显示 DICOMDIR 的内容，但不导入
  echo AET@HOST:PORT  验证 DICOM 节点（C-ECHO）
  find AET@HOST:PORT  查询 DICOM 节点（C-FIND）
  retrieve AET@HOST:PORT  将检查、序列或实例获取到本地影像库
  send AET@HOST:PORT UID...  将检查、序列或实例发送到节点（C-STORE）
  demo                在本地影像库中生成合成演示检查
  render IMAGE        按查看器的显示效果将一帧输出为 PNG
  pstate IMAGE        按从新到旧的顺序列出适用于图像的显示状态
  sr REPORT           显示结构化报告或关键对象文档
  keyimages UID...    写入关键对象选择文档
  gsps IMAGE...       写入显示状态（窗宽窗位、旋转、遮光器、注释）
  load SERIES         将序列加载为体数据；显示几何信息、耗时和内存
  serve               基于本地影像库运行 DICOM 服务器（存储、查询/获取）

全局选项:
  --cache DIR         本地影像库文件夹（默认：$PELLUCID_CACHE，否则为 %1）
  --version           显示版本

运行 &apos;pellucid-cli COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>Unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>Unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation>在本地影像库中生成合成的 CT 演示检查（不含患者数据）。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation>层数（默认 120）。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation>行数和列数（默认 512）。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation>将文件写入此文件夹，而不是本地影像库。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="25"/>
        <location filename="../app/cli/DicomdirCommand.cpp" line="43"/>
        <location filename="../app/cli/EchoCommand.cpp" line="17"/>
        <location filename="../app/cli/FindCommand.cpp" line="59"/>
        <location filename="../app/cli/GspsCommand.cpp" line="108"/>
        <location filename="../app/cli/ImportCommand.cpp" line="32"/>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="31"/>
        <location filename="../app/cli/ListCommand.cpp" line="61"/>
        <location filename="../app/cli/LoadCommand.cpp" line="73"/>
        <location filename="../app/cli/PstateCommand.cpp" line="83"/>
        <location filename="../app/cli/RenderCommand.cpp" line="73"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="40"/>
        <location filename="../app/cli/SendCommand.cpp" line="106"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="35"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation>demo: --slices 必须在 1-5000 之间，--size 必须在 16-4096 之间</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="43"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="62"/>
        <source>Demo study imported: %1 images</source>
        <translation>演示检查已导入：%1 张图像</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation>显示 DICOMDIR 的内容，但不导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation>DICOMDIR 文件，或包含该文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="48"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation>dicomdir: 请指定一个 DICOMDIR 文件或文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="59"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation>dicomdir: %1 中没有 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="135"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation>DICOMDIR %1（File-set ID“%2”）</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="153"/>
        <source>%1 of %2 files present</source>
        <translation>%2 个文件中存在 %1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation>使用 C-ECHO 验证 DICOM 节点。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <location filename="../app/cli/FindCommand.cpp" line="35"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="21"/>
        <location filename="../app/cli/SendCommand.cpp" line="88"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation>节点，格式为 AET@HOST:PORT。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <location filename="../app/cli/FindCommand.cpp" line="50"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="35"/>
        <location filename="../app/cli/SendCommand.cpp" line="92"/>
        <location filename="../app/cli/ServeCommand.cpp" line="32"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation>本机 AE Title（默认 PELLUCID）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation>每一步的等待秒数（默认 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="22"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation>echo: 请以 AET@HOST:PORT 格式指定一个节点</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="28"/>
        <source>echo: %1</source>
        <translation>echo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="32"/>
        <source>echo: invalid AE title %1</source>
        <translation>echo: 无效的 AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="38"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation>echo: --timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="50"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation>对 %1 的 C-ECHO 成功，用时 %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="55"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation>对 %1 的 C-ECHO 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation>将 DICOM 文件、文件夹（递归）和 DICOMDIR 介质复制到本地影像库。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation>文件、文件夹或 DICOMDIR。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation>并行读取线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>即使 stderr 不是终端，也在其上报告进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="44"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation>import: 请至少指定一个文件、文件夹或 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="52"/>
        <source>import: --workers needs a positive number</source>
        <translation>import: --workers 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation>%1/%2 个文件：已导入 %3，重复 %4，已拒绝 %5，%6 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="117"/>
        <source>%1: imported, but %2</source>
        <translation>%1: 已导入，但%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="118"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation>已导入 %1，重复 %2，已拒绝 %3，用时 %4 秒%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source> (cancelled)</source>
        <translation> (已取消)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation>列出本地影像库的内容，按 C-FIND 规则匹配。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation>patient、study（默认）、series 或 instance。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation>按 KEYWORD=VALUE 匹配（DICOM 关键字或标签；通配符 * ?，范围 A-B，UID 列表 a\b）。可重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation>最多 N 个结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="69"/>
        <source>list: unexpected argument %1</source>
        <translation>list: 意外的参数 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="74"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation>list: 未知级别 %1 (patient, study, series, instance)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="84"/>
        <location filename="../app/cli/ListCommand.cpp" line="140"/>
        <source>list: %1</source>
        <translation>list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="91"/>
        <source>list: --limit needs a positive number</source>
        <translation>list: --limit 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="34"/>
        <source>Query a DICOM node with C-FIND.</source>
        <translation>使用 C-FIND 查询 DICOM 节点。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="37"/>
        <source>PATIENT, STUDY (default), SERIES or IMAGE.</source>
        <translation>PATIENT、STUDY（默认）、SERIES 或 IMAGE。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="41"/>
        <source>Information model: study (default), patient or patient-study-only.</source>
        <translation>信息模型：study（默认）、patient 或 patient-study-only。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="45"/>
        <source>Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, UID lists a\b; empty value: return it). Repeatable.</source>
        <translation>按 KEYWORD=VALUE 匹配（任意 DICOM 关键字或 gggg,eeee；通配符 * ?，范围 A-B，UID 列表 a\b；值为空：返回该属性）。可重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="49"/>
        <source>Stop (C-CANCEL) after N matches.</source>
        <translation>匹配 N 项后停止（C-CANCEL）。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="53"/>
        <location filename="../app/cli/SendCommand.cpp" line="95"/>
        <source>Seconds to wait for each step (default 30).</source>
        <translation>每一步的等待秒数（默认 30）。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="57"/>
        <source>Relational query (keys of any level without the unique keys above); answered level by level when the node refuses it.</source>
        <translation>关系查询（使用任意级别的键，而无需上层级别的唯一键）；若节点拒绝，则逐级查询。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="64"/>
        <source>find: give one node as AET@HOST:PORT</source>
        <translation>find: 请以 AET@HOST:PORT 格式指定一个节点</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="70"/>
        <location filename="../app/cli/FindCommand.cpp" line="102"/>
        <location filename="../app/cli/FindCommand.cpp" line="154"/>
        <source>find: %1</source>
        <translation>find: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="76"/>
        <source>find: invalid AE title %1</source>
        <translation>find: 无效的 AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="81"/>
        <source>find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)</source>
        <translation>find: 未知级别 %1 (PATIENT, STUDY, SERIES, IMAGE)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="88"/>
        <source>find: unknown model %1 (study, patient, patient-study-only)</source>
        <translation>find: 未知信息模型 %1 (study, patient, patient-study-only)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="94"/>
        <source>find: the %1 model has no %2 level</source>
        <translation>find: 信息模型 %1 没有 %2 级别</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="111"/>
        <source>find: --limit needs a positive number</source>
        <translation>find: --limit 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="118"/>
        <source>find: --timeout needs a positive number of seconds</source>
        <translation>find: --timeout 需要一个正的秒数</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/FindCommand.cpp" line="161"/>
        <location filename="../app/cli/ListCommand.cpp" line="167"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="64"/>
        <source>Load a series into one volume as the viewer does, and report its geometry, irregularities, time and memory.</source>
        <translation>以与查看器相同的方式将序列加载为一个体数据，并报告其几何信息、不规则之处、耗时和内存占用。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="67"/>
        <source>A Series (or Study) Instance UID in the cache, or files and folders.</source>
        <translation>本地影像库中的 Series（或 Study）Instance UID，或文件和文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="71"/>
        <source>Decoding threads (default: one per core).</source>
        <translation>解码线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="79"/>
        <source>load: give a series UID or files</source>
        <translation>load: 请指定序列 UID 或文件</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="86"/>
        <source>load: --threads takes a number</source>
        <translation>load: --threads 需要一个数字</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="100"/>
        <source>load: %1 is neither a path nor a UID in the cache</source>
        <translation>load: %1 既不是路径，也不是本地影像库中的 UID</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="141"/>
        <source>load: %1</source>
        <translation>load: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="174"/>
        <source>%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms</source>
        <translation>%1 层，%2 x %3（%4），用时 %5 ms，首张图像于 %6 ms 后就绪</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="51"/>
        <source>Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, Modality LUT, MONOCHROME1, overlays).</source>
        <translation>按查看器的显示效果将图像的一帧渲染为 PNG（窗宽窗位、VOI LUT、Modality LUT、MONOCHROME1、叠加层）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="54"/>
        <location filename="../app/cli/SrCommand.cpp" line="89"/>
        <source>A file, or a SOP Instance UID in the cache.</source>
        <translation>文件，或本地影像库中的 SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="55"/>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="76"/>
        <source>List the presentation states in the cache that apply to an image, newest first: the first is the one the viewer and render apply.</source>
        <translation>按从新到旧的顺序列出本地影像库中适用于某图像的显示状态：第一个即为查看器和 render 所应用的显示状态。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="79"/>
        <source>A SOP Instance UID in the cache.</source>
        <translation>本地影像库中的 SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="81"/>
        <location filename="../app/cli/RenderCommand.cpp" line="58"/>
        <source>Frame number, from 1 (default 1).</source>
        <translation>帧号，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="86"/>
        <source>Print what a presentation state file holds as read (layers, graphics, text, displayed areas, rotation, flip, warnings), as JSON.</source>
        <translation>以 JSON 格式输出所读取的显示状态文件内容（图形层、图形、文本、显示区域、旋转、翻转、警告）。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="97"/>
        <source>pstate: %1</source>
        <translation>pstate: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="106"/>
        <source>pstate: give one SOP Instance UID (and --frame from 1)</source>
        <translation>pstate: 请指定一个 SOP Instance UID（--frame 从 1 开始）</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="116"/>
        <source>pstate: %1 is not an instance in the cache</source>
        <translation>pstate: %1 不是本地影像库中的实例</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="125"/>
        <source>pstate: skipped %1</source>
        <translation>pstate: 已跳过 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>render: cannot list %1</source>
        <translation>render: 无法列出 %1 的内容</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="61"/>
        <source>Window center and width instead of the file&apos;s.</source>
        <translation>使用指定的窗位和窗宽，而不是文件中的值。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>Output size; the image is fitted and centered.</source>
        <translation>输出尺寸；图像会缩放以适应并居中。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="67"/>
        <source>Do not burn in overlays.</source>
        <translation>不将叠加层合成到图像中。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="70"/>
        <source>A presentation state to apply: a file, a SOP Instance UID in the cache, or &quot;none&quot;. Default: the newest one in the cache that references the image.</source>
        <translation>要应用的显示状态：文件、本地影像库中的 SOP Instance UID，或“none”。默认：本地影像库中引用该图像的最新显示状态。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>With a Blending presentation state: a folder holding the superimposed series (default: the series in the cache).</source>
        <translation>使用融合显示状态时：包含叠加序列的文件夹（默认：本地影像库中的序列）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="81"/>
        <source>With a presentation state: crop and scale to its displayed area, as the viewer shows it.</source>
        <translation>使用显示状态时：按查看器的显示效果，裁剪并缩放到其显示区域。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="85"/>
        <source>Show an XA/XRF frame as stored, without subtracting its mask frames.</source>
        <translation>按存储原样显示 XA/XRF 帧，不减去其蒙片帧。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="91"/>
        <source>render: give one image and --out FILE.png</source>
        <translation>render: 请指定一个图像和 --out FILE.png</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="98"/>
        <source>render: --frame counts from 1</source>
        <translation>render: --frame 从 1 开始计数</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="107"/>
        <source>render: --wl takes CENTER,WIDTH with a width of at least 1</source>
        <translation>render: --wl 需要 CENTER,WIDTH，且宽度至少为 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="119"/>
        <source>render: --size takes WxH, e.g. 512x512</source>
        <translation>render: --size 需要 WxH 格式，例如 512x512</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="140"/>
        <source>render: %1 is neither a file nor an instance in the cache</source>
        <translation>render: %1 既不是文件，也不是本地影像库中的实例</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="142"/>
        <source>render: %1 is a series or study; give one instance</source>
        <translation>render: %1 是序列或检查；请指定一个实例</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="162"/>
        <source>render: %1 is neither a file nor a presentation state in the cache</source>
        <translation>render: %1 既不是文件，也不是本地影像库中的显示状态</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="173"/>
        <location filename="../app/cli/RenderCommand.cpp" line="196"/>
        <source>render: %1</source>
        <translation>render: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="205"/>
        <source>render: presentation state: %1</source>
        <translation>render: 显示状态：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="211"/>
        <source>render: cannot write %1</source>
        <translation>render: 无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="20"/>
        <source>Retrieve a study, series or instances from a DICOM node into the cache.</source>
        <translation>从 DICOM 节点获取检查、序列或实例到本地影像库。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="23"/>
        <source>get (C-GET, default) or move (C-MOVE to us).</source>
        <translation>get（C-GET，默认）或 move（C-MOVE 到本机）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="25"/>
        <source>Study Instance UID.</source>
        <translation>Study Instance UID.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="27"/>
        <source>Series Instance UID.</source>
        <translation>Series Instance UID.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="30"/>
        <source>SOP Instance UID (needs --series). Repeatable.</source>
        <translation>SOP Instance UID（需要 --series）。可重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="33"/>
        <source>Our Storage SCP port for --method move.</source>
        <translation>用于 --method move 的本机 Storage SCP 端口。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="38"/>
        <source>Seconds to wait for each step (default 60).</source>
        <translation>每一步的等待秒数（默认 60）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="45"/>
        <source>retrieve: give one node as AET@HOST:PORT</source>
        <translation>retrieve: 请以 AET@HOST:PORT 格式指定一个节点</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="51"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="65"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="165"/>
        <source>retrieve: %1</source>
        <translation>retrieve: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="57"/>
        <source>retrieve: invalid AE title %1</source>
        <translation>retrieve: 无效的 AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="70"/>
        <source>retrieve: --method is get or move</source>
        <translation>retrieve: --method 只能是 get 或 move</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="76"/>
        <source>retrieve: --timeout needs a positive number of seconds</source>
        <translation>retrieve: --timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="85"/>
        <source>retrieve: --method move needs --port N, where the node sends to us (it must know our AE title at that port)</source>
        <translation>retrieve: --method move 需要 --port N，即节点向本机发送所用的端口（节点必须已配置本机在该端口上的 AE Title）</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="95"/>
        <source>%1 received, %2 remaining, %3 failed</source>
        <translation>已接收 %1，剩余 %2，失败 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="119"/>
        <source>retrieve: cannot listen on port %1: %2</source>
        <translation>retrieve: 无法在端口 %1 上监听：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="169"/>
        <source>retrieved %1 instance(s): %2 new, %3 already in the cache</source>
        <translation>已获取 %1 个实例：%2 个新实例，%3 个已在本地影像库中</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="62"/>
        <source>send: %1 is not a study, series or instance in the cache</source>
        <translation>send: %1 不是本地影像库中的检查、序列或实例</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="87"/>
        <source>Send studies, series or instances from the cache to a DICOM node (C-STORE).</source>
        <translation>将本地影像库中的检查、序列或实例发送到 DICOM 节点（C-STORE）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="90"/>
        <source>Study, series or SOP instance UIDs (or files).</source>
        <translation>检查、序列或 SOP 实例的 UID（或文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="99"/>
        <source>Ask the node to commit what was sent (storage commitment) and wait for its answer, for at most --timeout seconds.</source>
        <translation>请求节点对已发送的内容进行存储确认（Storage Commitment），并最多等待 --timeout 秒以获取答复。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="103"/>
        <source>Our port for the node&apos;s commitment report on a new association (default 11112; the node must know our AE title at this port).</source>
        <translation>本机用于在新关联上接收节点存储确认报告的端口（默认 11112；节点必须已配置本机在此端口上的 AE Title）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="112"/>
        <source>send: give a node as AET@HOST:PORT and at least one UID</source>
        <translation>send: 请以 AET@HOST:PORT 格式指定节点，并至少指定一个 UID</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="118"/>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="122"/>
        <source>send: invalid AE title %1</source>
        <translation>send: 无效的 AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="128"/>
        <source>send: --timeout needs a positive number of seconds</source>
        <translation>send: --timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="136"/>
        <source>send: --port needs a port number</source>
        <translation>send: --port 需要一个端口号</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="156"/>
        <source>send: cannot listen for commitment reports on port %1: %2</source>
        <translation>send: 无法在端口 %1 上监听存储确认报告：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="216"/>
        <source>send: %1: not committed (%2)</source>
        <translation>send: %1: 未确认（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="225"/>
        <source>send: %1: %2 (%3)</source>
        <translation>send: %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="241"/>
        <source>send: %1 sent (%2 with warnings), %3 failed to %4</source>
        <translation>send: 已向 %4 发送 %1 个（%2 个有警告），%3 个失败</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="248"/>
        <source>send: storage commitment failed: %1</source>
        <translation>send: 存储确认失败：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="31"/>
        <source>Run the DICOM server over the cache: storage, query/retrieve and echo.</source>
        <translation>基于本地影像库运行 DICOM 服务器：存储、查询/获取和 Echo。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="35"/>
        <source>TCP port to listen on (default 11112).</source>
        <translation>监听的 TCP 端口（默认 11112）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="39"/>
        <source>Accept associations only from this calling AE title (repeatable).</source>
        <translation>仅接受来自此主叫 AE Title 的关联（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="43"/>
        <source>A C-MOVE destination, as AET@HOST:PORT (repeatable).</source>
        <translation>C-MOVE 目标，格式为 AET@HOST:PORT（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="46"/>
        <source>Accept associations whatever AE title they call (default: ours only).</source>
        <translation>无论被叫 AE Title 是什么都接受关联（默认：仅限本机）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>Offer storage and echo only, no query/retrieve.</source>
        <translation>仅提供存储和 Echo，不提供查询/获取。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="51"/>
        <source>Associations served at the same time (default 32).</source>
        <translation>同时服务的关联数（默认 32）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="54"/>
        <source>Seconds to wait for a peer&apos;s message (default 60).</source>
        <translation>等待对端消息的秒数（默认 60）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="57"/>
        <source>Print one JSON object per received instance.</source>
        <translation>每接收一个实例输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>serve: unexpected argument %1</source>
        <translation>serve: 意外的参数 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="76"/>
        <source>serve: invalid port %1</source>
        <translation>serve: 无效端口 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="81"/>
        <source>serve: --max-associations needs a positive number</source>
        <translation>serve: --max-associations 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="86"/>
        <source>serve: --timeout needs a positive number of seconds</source>
        <translation>serve: --timeout 需要一个正的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="91"/>
        <source>serve: invalid AE title %1</source>
        <translation>serve: 无效的 AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="100"/>
        <location filename="../app/cli/ServeCommand.cpp" line="135"/>
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="125"/>
        <source>%1: %2 not kept: %3</source>
        <translation>%1: 未保存 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="144"/>
        <source>Listening as %1 on port %2 (cache %3)</source>
        <translation>正在以 %1 身份监听端口 %2（本地影像库 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="150"/>
        <source>Stopping: finishing the running associations</source>
        <translation>正在停止：正在完成进行中的关联</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="63"/>
        <source>Write a presentation state for images, as the viewer&apos;s &quot;Save presentation state&quot; does: grayscale (GSPS), or colour (CSPS) for colour images. Coordinates are image pixels. The state is also stored in the cache when the images are in it.</source>
        <translation>与查看器的“保存显示状态”相同，为图像写入显示状态：灰度（GSPS），彩色图像则为彩色（CSPS）。坐标以图像像素为单位。若图像在本地影像库中，该显示状态也会存入本地影像库。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="69"/>
        <source>Files, or SOP Instance, Series or Study Instance UIDs in the cache.</source>
        <translation>文件，或本地影像库中的 SOP Instance UID、Series Instance UID 或 Study Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="71"/>
        <source>The DICOM file to write.</source>
        <translation>要写入的 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="73"/>
        <source>Window center and width.</source>
        <translation>窗位和窗宽。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="76"/>
        <source>Rotate clockwise by 0, 90, 180 or 270 degrees.</source>
        <translation>顺时针旋转 0、90、180 或 270 度。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="79"/>
        <source>Flip horizontally (after the rotation).</source>
        <translation>水平翻转（在旋转之后）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="81"/>
        <source>Show the whole image magnified by Z.</source>
        <translation>以 Z 倍放大显示整幅图像。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="84"/>
        <source>A rectangular shutter: left, top, right, bottom.</source>
        <translation>矩形遮光器：左、上、右、下。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="87"/>
        <source>A circular shutter: centre and radius.</source>
        <translation>圆形遮光器：圆心和半径。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="90"/>
        <source>A text anchored at X,Y (repeatable).</source>
        <translation>锚定于 X,Y 的文本（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="93"/>
        <source>A line from X0,Y0 to X1,Y1 (repeatable).</source>
        <translation>从 X0,Y0 到 X1,Y1 的直线（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="96"/>
        <source>The content label (made upper case, at most 16 characters).</source>
        <translation>内容标签（转换为大写，最多 16 个字符）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="100"/>
        <source>The content description.</source>
        <translation>内容描述。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="102"/>
        <source>The content creator&apos;s name, e.g. Doe^Jane.</source>
        <translation>内容创建者姓名，例如 Doe^Jane。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="105"/>
        <source>The graphic layer of texts and lines (default ANNOTATION).</source>
        <translation>文本和直线所在的图形层（默认 ANNOTATION）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="115"/>
        <source>gsps: give at least one image and --out FILE.dcm</source>
        <translation>gsps: 请至少指定一个图像和 --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="121"/>
        <source>gsps: --wl takes C,W with a width of at least 1</source>
        <translation>gsps: --wl 需要 C,W，且宽度至少为 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="128"/>
        <source>gsps: --rotate takes 0, 90, 180 or 270</source>
        <translation>gsps: --rotate 只能是 0、90、180 或 270</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="137"/>
        <source>gsps: --zoom takes a positive number</source>
        <translation>gsps: --zoom 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="144"/>
        <source>gsps: --shutter-rect takes L,T,R,B with left &lt; right and top &lt; bottom</source>
        <translation>gsps: --shutter-rect 需要 L,T,R,B，且 L &lt; R、T &lt; B</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="150"/>
        <source>gsps: --shutter-circle takes X,Y,R with a radius of at least 1</source>
        <translation>gsps: --shutter-circle 需要 X,Y,R，且半径至少为 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="161"/>
        <source>gsps: --text takes X,Y,TEXT</source>
        <translation>gsps: --text 需要 X,Y,TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="171"/>
        <source>gsps: --line takes X0,Y0,X1,Y1</source>
        <translation>gsps: --line 需要 X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="185"/>
        <source>gsps: %1</source>
        <translation>gsps: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="209"/>
        <source>%1 is neither a file nor in the cache</source>
        <translation>%1 既不是文件，也不在本地影像库中</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="221"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="239"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="259"/>
        <source>the cache did not take it</source>
        <translation>本地影像库未接收该文件</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="274"/>
        <source>gsps: wrote %1 but could not store it in the cache: %2</source>
        <translation>gsps: 已写入 %1，但无法存入本地影像库：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="279"/>
        <source>Wrote %1 (%2) and stored it in the cache</source>
        <translation>已写入 %1（%2）并存入本地影像库</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="281"/>
        <source>Wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="86"/>
        <source>Show a structured report or key object selection document: its header and content tree, codes by meaning, numbers with units.</source>
        <translation>显示结构化报告或关键对象选择文档：其头信息和内容树，代码显示其含义，数值带单位。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="90"/>
        <source>Print it as text (default).</source>
        <translation>以文本输出（默认）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="91"/>
        <source>Print it as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="93"/>
        <source>Print it as an HTML page (UTF-8).</source>
        <translation>以 HTML 页面（UTF-8）输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="98"/>
        <source>sr: give one report</source>
        <translation>sr: 请给出一个报告</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="110"/>
        <source>sr: %1 is neither a file nor an instance in the cache</source>
        <translation>sr: %1 既不是文件，也不是缓存中的实例</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="117"/>
        <source>sr: cannot read %1: %2</source>
        <translation>sr: 无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="122"/>
        <source>sr: %1</source>
        <translation>sr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="18"/>
        <source>Write a Key Object Selection document referencing these instances (a new series in their study); stored in the cache when they are cached.</source>
        <translation>写入引用这些实例的关键对象选择文档（其检查中的新序列）；实例在缓存中时也存入缓存。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="21"/>
        <source>Files, or SOP Instance UIDs in the cache.</source>
        <translation>文件，或缓存中的 SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="23"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="27"/>
        <source>Document title, a CID 7010 code (default 113000, Of Interest).</source>
        <translation>文档标题，CID 7010 中的代码（默认 113000，Of Interest）。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="29"/>
        <source>Key Object Description.</source>
        <translation>Key Object Description（描述）。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="36"/>
        <source>keyimages: give the instances and --out FILE.dcm</source>
        <translation>keyimages: 请给出实例和 --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="40"/>
        <source>keyimages: %1 is not a CID 7010 title</source>
        <translation>keyimages: %1 不是 CID 7010 中的标题</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="56"/>
        <source>keyimages: %1 is not one instance in the cache</source>
        <translation>keyimages: %1 不是缓存中的一个实例</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="67"/>
        <source>keyimages: cannot read %1: %2</source>
        <translation>keyimages: 无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="75"/>
        <source>keyimages: %1</source>
        <translation>keyimages: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="82"/>
        <source>keyimages: cannot write %1: %2</source>
        <translation>keyimages: 无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="91"/>
        <source>keyimages: the cache did not take %1</source>
        <translation>keyimages: 缓存未接受 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>DICOM viewer workstation</source>
        <translation>DICOM 阅片工作站</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The cache folder.</source>
        <translation>本地影像库文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation>用户界面语言（de, fr, es, ja, zh_CN）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation>不在空的本地影像库中创建演示检查。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Do not start the DICOM storage service.</source>
        <translation>不启动 DICOM 接收服务。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Exit as soon as the first page of studies is shown (start-up time measurement).</source>
        <translation>显示第一页检查后立即退出（用于测量启动时间）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>Pellucid</source>
        <translation>Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Cannot open the cache %1:
%2</source>
        <translation>无法打开本地影像库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="69"/>
        <source>Generating the demo study…</source>
        <translation>正在生成演示检查…</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="81"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation>正在导入：已导入 %1，重复 %2，已拒绝 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::BlendedFrameRenderer</name>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="92"/>
        <source>%1: no image plane or grey pixels; left out</source>
        <translation>%1: 无图像平面信息或灰度像素；已忽略</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="103"/>
        <source>the superimposed input&apos;s Modality LUT table is not applied; the images&apos; own is used</source>
        <translation>未应用叠加输入的 Modality LUT 表；使用图像自身的 Modality LUT</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="126"/>
        <source>%n superimposed file(s) could not be read; left out</source>
        <translation>
            <numerusform>%n 个叠加文件无法读取；已忽略</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="137"/>
        <source>the presentation state is not a Blending one</source>
        <translation>该显示状态不是融合显示状态</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="144"/>
        <source>cannot read the pixel data: %1</source>
        <translation>无法读取像素数据：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="147"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>帧 %1 不存在；该图像共有 %2 帧</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="153"/>
        <source>the underlying image of a Blending state must be greyscale</source>
        <translation>融合显示状态的底层图像必须为灰度图像</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="156"/>
        <source>cannot decode: %1</source>
        <translation>无法解码：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="165"/>
        <source>the Blending state does not list this image as its underlying image</source>
        <translation>融合显示状态未将此图像列为其底层图像</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="184"/>
        <source>cannot apply the underlying input&apos;s grey steps: %1</source>
        <translation>无法应用底层输入的灰度变换：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="190"/>
        <source>underlying VOI LUT</source>
        <translation>底层图像 VOI LUT</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="192"/>
        <source>underlying without VOI transformation</source>
        <translation>底层图像无 VOI 变换</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="193"/>
        <source>underlying window %1/%2</source>
        <translation>底层图像窗位/窗宽 %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="199"/>
        <source>the underlying image has no image plane (position, orientation, spacing); shown without the superimposed image</source>
        <translation>底层图像无图像平面信息（位置、方向、间距）；显示时不含叠加图像</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="211"/>
        <source>the superimposed series %1 is not available; the underlying image is shown alone</source>
        <translation>叠加序列 %1 不可用；仅显示底层图像</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="225"/>
        <source>the superimposed series is in another Frame of Reference; blended without registration</source>
        <translation>叠加序列位于另一参考坐标系（Frame of Reference）中；未经配准直接融合</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="244"/>
        <source>; superimposed window %1/%2, opacity %3</source>
        <translation>; 叠加图像窗位/窗宽 %1/%2，不透明度 %3</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="248"/>
        <source>; opacity %1</source>
        <translation>; 不透明度 %1</translation>
    </message>
</context>
<context>
    <name>pellucid::FrameRenderer</name>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="46"/>
        <location filename="../core/display/FrameRenderer.cpp" line="109"/>
        <source>window %1/%2</source>
        <translation>窗位/窗宽 %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="49"/>
        <source>file window 1 of %1: %2/%3</source>
        <translation>文件中的窗 1/%1：%2/%3</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="164"/>
        <source>file VOI LUT 1 of %1</source>
        <translation>文件中的 VOI LUT 1/%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="54"/>
        <source>automatic window (1st to 99th percentile): %1/%2</source>
        <translation>自动窗位/窗宽（第 1 至第 99 百分位数）：%1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="103"/>
        <source>cannot apply the presentation state: %1</source>
        <translation>无法应用显示状态：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="106"/>
        <source>presentation state VOI LUT</source>
        <translation>显示状态 VOI LUT</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="108"/>
        <source>no VOI transformation</source>
        <translation>无 VOI 变换</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="150"/>
        <source>cannot apply the VOI LUT: %1</source>
        <translation>无法应用 VOI LUT：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="179"/>
        <source>cannot read the pixel data: %1</source>
        <translation>无法读取像素数据：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="182"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>帧 %1 不存在；该图像共有 %2 帧</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="189"/>
        <source>cannot decode: %1</source>
        <translation>无法解码：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation>不是 DICOM 文件（%1）</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation>DICOM 文件被截断：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>无法作为 DICOM 读取：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation>必需属性缺失或为空：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation>不是患者图像或文档：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation>无效的 DICOMDIR：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation>DICOMDIR 引用的文件缺失：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation>DICOMDIR 引用指向介质之外：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation>无法写入本地影像库：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation>本地影像库所在磁盘已满：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation>无法记录到本地影像库索引：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation>没有 Pixel Data 的图像：仅含文件头的对象，或在两个元素之间被截断的文件</translation>
    </message>
</context>
<context>
    <name>pellucid::LocalBrowser</name>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="66"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="333"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="81"/>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="113"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>患者姓名（通配符 * ?）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="117"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="121"/>
        <source>Accession number</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="133"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="138"/>
        <source>Studies from this date</source>
        <translation>自此日期起的检查</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="139"/>
        <source>Studies until this date</source>
        <translation>截至此日期的检查</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="142"/>
        <source>Any modality</source>
        <translation>所有模态</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="169"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="170"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="171"/>
        <source>&amp;Send to…</source>
        <translation>发送到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="175"/>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="195"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="394"/>
        <source>No study selected</source>
        <translation>未选择检查</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Counting studies…</source>
        <translation>正在统计检查数…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Studies found: %1</source>
        <translation>找到检查：%1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="416"/>
        <source>No image in this study</source>
        <translation>此检查中没有图像</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="441"/>
        <source>Series to delete: %1.
Delete them from the local cache?</source>
        <translation>要删除的序列：%1。
要从本地影像库中删除它们吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="442"/>
        <source>Studies to delete: %1.
Delete them with all their images from the local cache?</source>
        <translation>要删除的检查：%1。
要将它们连同所有图像从本地影像库中删除吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="445"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="472"/>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="476"/>
        <source>Deleted studies: %1, images: %2</source>
        <translation>已删除检查：%1，图像：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="480"/>
        <source>(%1 file(s) could not be removed: %2)</source>
        <translation>（%1 个文件无法删除：%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="473"/>
        <source>Deleted series: %1, images: %2</source>
        <translation>已删除序列：%1，图像：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="491"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Send to…</source>
        <translation>发送到…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="492"/>
        <source>No DICOM node is configured. Add one in the settings.</source>
        <translation>尚未配置 DICOM 节点。请在设置中添加。</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="521"/>
        <source>Nothing to send.</source>
        <translation>没有要发送的内容。</translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Keeping the cache size failed: %1</source>
        <translation>维持本地影像库大小失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Cache size limit: removed the %1 least recently used studies (%2 MB)</source>
        <translation>本地影像库大小上限：已删除 %1 个最久未使用的检查（%2 MB）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>Received %n image(s); %1 could not be kept</source>
        <translation>
            <numerusform>已接收 %n 张图像；%1 张无法保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Received %n image(s)</source>
        <translation>
            <numerusform>已接收 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="102"/>
        <source>Pellucid</source>
        <translation>Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>Import &amp;Files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation>导入文件夹或 DICOMDIR(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Generate &amp;Demo Study</source>
        <translation>生成演示检查(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Clean Up Cache Files</source>
        <translation>清理本地影像库文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Verify a Node (C-ECHO)…</source>
        <translation>验证节点 (C-ECHO)(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;About Pellucid</source>
        <translation>关于 Pellucid(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>About Pellucid</source>
        <translation>关于 Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation>Pellucid %1
DICOM 诊断阅片工作站。
本地影像库：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Local cache</source>
        <translation>本地影像库</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Media</source>
        <translation>介质</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Studies</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Study</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>Looking for cache files the index does not know…</source>
        <translation>正在查找索引中未记录的本地影像库文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Removed %1 file(s) the cache index did not know</source>
        <translation>已删除 %1 个本地影像库索引中未记录的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation>本地影像库：%1 位患者，%2 个检查，%3 个序列，%4 张图像</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="308"/>
        <source>An import is already running</source>
        <translation>已有导入正在进行</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>Import DICOM files</source>
        <translation>导入 DICOM 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Import a folder or media</source>
        <translation>导入文件夹或介质</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>已导入 %1，重复 %2，已拒绝 %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source> (cancelled)</source>
        <translation> (已取消)</translation>
    </message>
</context>
<context>
    <name>pellucid::MediaBrowser</name>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="50"/>
        <source>Open &amp;DICOMDIR…</source>
        <translation>打开 DICOMDIR(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="51"/>
        <source>No media opened</source>
        <translation>未打开介质</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Patient / study / series</source>
        <translation>患者 / 检查 / 序列</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="61"/>
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="62"/>
        <source>Import &amp;selected</source>
        <translation>导入所选项(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="101"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="102"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>已导入 %1，重复 %2，已拒绝 %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="106"/>
        <source> (cancelled)</source>
        <translation> (已取消)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>Open a DICOMDIR</source>
        <translation>打开 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="131"/>
        <source>Reading the DICOMDIR…</source>
        <translation>正在读取 DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="142"/>
        <source>Cannot read the DICOMDIR: %1</source>
        <translation>无法读取 DICOMDIR：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="144"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="159"/>
        <source>Study %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="167"/>
        <source>Series %1 %2</source>
        <translation>序列 %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="186"/>
        <source>Patients: %1, studies: %2, images: %3</source>
        <translation>患者：%1，检查：%2，图像：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="191"/>
        <source>(%1 referenced file(s) missing)</source>
        <translation>（缺少 %1 个引用的文件）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="230"/>
        <source>The selected studies have no files on the media.</source>
        <translation>所选检查在介质上没有文件。</translation>
    </message>
</context>
<context>
    <name>pellucid::PacsBrowser</name>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="83"/>
        <source>The series query failed: %1</source>
        <translation>序列查询失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="94"/>
        <source>Retrieve of %1 failed: %2</source>
        <translation>获取 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="113"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Nodes…</source>
        <translation>节点…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="115"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="130"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>患者姓名（通配符 * ?）</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="131"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="132"/>
        <source>Accession number</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="147"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="150"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="163"/>
        <source>Modality in study</source>
        <translation>检查中的模态</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="165"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="168"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="174"/>
        <source>Modality:</source>
        <translation>模态：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient Name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Birth Date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Study Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Modalities</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Series</source>
        <translation>序列数</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="205"/>
        <source>Retrieve Study</source>
        <translation>获取检查</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="206"/>
        <source>Retrieve Series</source>
        <translation>获取序列</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Add a Node…</source>
        <translation>添加节点…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="241"/>
        <source>No DICOM node is configured yet: add your PACS with &quot;Add a Node…&quot;.</source>
        <translation>尚未配置 DICOM 节点：请通过“添加节点…”添加您的 PACS。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="242"/>
        <source>No DICOM node</source>
        <translation>尚未配置 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="298"/>
        <source>Choose a DICOM node first.</source>
        <translation>请先选择一个 DICOM 节点。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="309"/>
        <source>Searching %1…</source>
        <translation>正在搜索 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="344"/>
        <source>Searching %1… studies so far: %n</source>
        <translation>
            <numerusform>正在搜索 %1… 目前已找到 %n 个检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="353"/>
        <source>The first %n studies are shown; the node has more. Narrow the search.</source>
        <translation>
            <numerusform>显示前 %n 个检查；节点上还有更多。请缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="356"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="358"/>
        <source>Search stopped; studies shown: %n</source>
        <translation>
            <numerusform>搜索已停止；已显示 %n 个检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="360"/>
        <source>Studies found: %n</source>
        <translation>
            <numerusform>找到检查：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="402"/>
        <source>Our AE title &quot;%1&quot; is not valid: correct it in Settings &gt; Local node.</source>
        <translation>本机 AE Title“%1”无效：请在“设置 &gt; 本机节点”中更正。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="407"/>
        <source>%1 sends studies by C-MOVE to our storage service (%2, port %3), which is not running. Turn it on in Settings &gt; Local node, or retrieve from this node by C-GET.</source>
        <translation>%1 通过 C-MOVE 将检查发送到本机接收服务（%2，端口 %3），但该服务未运行。请在“设置 &gt; 本机节点”中启用它，或通过 C-GET 从此节点获取。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="442"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="469"/>
        <source>Cannot retrieve %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="464"/>
        <source>%1 — series %2 %3</source>
        <translation>%1 — 序列 %2 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateMenu</name>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="33"/>
        <source>No image shown</source>
        <translation>未显示图像</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="59"/>
        <source>No presentation state references this image</source>
        <translation>没有引用此图像的显示状态</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="61"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateSave</name>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="58"/>
        <source>cannot write the presentation state: %1</source>
        <translation>无法写入显示状态：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="70"/>
        <source>the cache did not take the presentation state</source>
        <translation>本地影像库未接收该显示状态</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateWriter</name>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="51"/>
        <source>a graphic object of this type cannot have %1 points</source>
        <translation>此类型的图形对象不能有 %1 个点</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="54"/>
        <source>only closed graphic objects can be filled</source>
        <translation>只有闭合的图形对象才能填充</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="60"/>
        <source>a text object has no text</source>
        <translation>某个文本对象没有文本</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="62"/>
        <source>a text object is longer than 1024 characters</source>
        <translation>某个文本对象超过 1024 个字符</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="64"/>
        <source>a text object needs an anchor point or a bounding box</source>
        <translation>文本对象需要锚点或边界框</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="72"/>
        <source>a presentation state needs at least one image</source>
        <translation>显示状态至少需要一个图像</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="75"/>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>旋转角度必须为 0、90、180 或 270 度</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="79"/>
        <source>the graphic layer %1 is given twice</source>
        <translation>图形层 %1 被指定了两次</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="84"/>
        <source>no graphic layer %1 for a text object</source>
        <translation>文本对象所用的图形层 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="91"/>
        <source>no graphic layer %1 for a graphic object</source>
        <translation>图形对象所用的图形层 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="102"/>
        <source>an image has no dataset</source>
        <translation>某个图像没有数据集</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="90"/>
        <source>DCMTK refused a text object</source>
        <translation>DCMTK 拒绝了一个文本对象</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="99"/>
        <source>text object</source>
        <translation>文本对象</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="106"/>
        <source>DCMTK refused a graphic object</source>
        <translation>DCMTK 拒绝了一个图形对象</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="118"/>
        <source>graphic object</source>
        <translation>图形对象</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="153"/>
        <source>the rectangular shutter is empty</source>
        <translation>矩形遮光器的区域为空</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="158"/>
        <source>the circular shutter has no radius</source>
        <translation>圆形遮光器没有半径</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="164"/>
        <source>a polygonal shutter needs three vertices</source>
        <translation>多边形遮光器需要三个顶点</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="175"/>
        <source>shutter</source>
        <translation>遮光器</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="199"/>
        <source>the displayed area is empty</source>
        <translation>显示区域为空</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="201"/>
        <source>the magnification must be positive</source>
        <translation>放大倍数必须为正数</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="206"/>
        <source>displayed area</source>
        <translation>显示区域</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="214"/>
        <source>the window width must be at least 1</source>
        <translation>窗宽必须至少为 1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="223"/>
        <source>VOI window</source>
        <translation>VOI 窗</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="245"/>
        <source>%1 is a palette colour image: it needs a Pseudo-Color Softcopy Presentation State, which Pellucid does not write yet</source>
        <translation>%1 是调色板彩色图像：需要 Pseudo-Color Softcopy Presentation State，而 Pellucid 尚不支持写入该类型</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="250"/>
        <source>character set of %1</source>
        <translation>%1 的字符集</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="260"/>
        <source>one presentation state cannot hold colour and grayscale images</source>
        <translation>一个显示状态不能同时包含彩色图像和灰度图像</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="263"/>
        <source>colour images have no VOI window (PS3.3 A.33.2): give no window</source>
        <translation>彩色图像没有 VOI 窗（PS3.3 A.33.2）：请勿指定窗宽窗位</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="273"/>
        <source>%1 belongs to another study than the first image</source>
        <translation>%1 与第一个图像不属于同一检查</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="276"/>
        <source>%1 is given twice</source>
        <translation>%1 被指定了两次</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="290"/>
        <source>cannot make a presentation state</source>
        <translation>无法创建显示状态</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="295"/>
        <source>cannot reference %1</source>
        <translation>无法引用 %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="304"/>
        <source>spatial transformation</source>
        <translation>空间变换</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="322"/>
        <source>graphic layer %1</source>
        <translation>图形层 %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="345"/>
        <source>DCMTK cannot render %1</source>
        <translation>DCMTK 无法渲染 %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="375"/>
        <source>content identification</source>
        <translation>内容标识</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="385"/>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="393"/>
        <source>cannot write the presentation state</source>
        <translation>无法写入显示状态</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="397"/>
        <source>cannot make the colour presentation state: %1</source>
        <translation>无法创建彩色显示状态：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::RemoteNodeDialog</name>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Add a DICOM Node</source>
        <translation>添加 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Edit a DICOM Node</source>
        <translation>编辑 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="28"/>
        <source>Shown in lists; the AE title when empty</source>
        <translation>显示在列表中；为空时使用 AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="40"/>
        <source>C-GET (images come back on the query connection)</source>
        <translation>C-GET（图像通过查询连接返回）</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="42"/>
        <source>C-MOVE (the node sends to our storage service)</source>
        <translation>C-MOVE（节点发送到本机接收服务）</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="48"/>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="53"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="55"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="56"/>
        <source>AE title:</source>
        <translation>AE Title：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="57"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="58"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="59"/>
        <source>Retrieve by:</source>
        <translation>获取方式：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="60"/>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="61"/>
        <source>Response timeout:</source>
        <translation>响应超时：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="65"/>
        <source>Echo</source>
        <translation>Echo 测试</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="66"/>
        <source>Send a C-ECHO to this node</source>
        <translation>向此节点发送 C-ECHO</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="96"/>
        <source>The AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>AE Title 必须为 1 到 16 个字符，不含反斜杠，且不能只有空格。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="100"/>
        <source>Give the node&apos;s host name or IP address.</source>
        <translation>请指定节点的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="106"/>
        <source>Not a usable address: %1</source>
        <translation>地址不可用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="134"/>
        <source>Sending C-ECHO…</source>
        <translation>正在发送 C-ECHO…</translation>
    </message>
</context>
<context>
    <name>pellucid::RetrieveJobs</name>
    <message>
        <location filename="../app/gui/jobs/RetrieveJobs.cpp" line="31"/>
        <source>the cache cannot take retrieved images: %1</source>
        <translation>本地影像库无法接收获取的图像：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::SeriesPanel</name>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="94"/>
        <source>GSPS</source>
        <translation>GSPS</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="95"/>
        <source>Presentation states, applied by the viewer to the images they reference</source>
        <translation>显示状态，查看器会将其应用于所引用的图像</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="101"/>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="102"/>
        <source>KEY</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="103"/>
        <source>DOC</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="104"/>
        <source>Structured reports</source>
        <translation>结构化报告</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="105"/>
        <source>Key object selections</source>
        <translation>关键对象选择</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="106"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>pellucid::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="52"/>
        <source>Local Node</source>
        <translation>本机节点</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="53"/>
        <source>Remote Nodes</source>
        <translation>远程节点</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="54"/>
        <source>Cache</source>
        <translation>本地影像库</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="55"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Receive studies (DICOM Storage SCP)</source>
        <translation>接收检查（DICOM Storage SCP）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Our AE title:</source>
        <translation>本机 AE Title：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Other nodes send to us (and C-MOVE retrieves arrive) at this AE title and port; each PACS must know them. Applying restarts the storage service.</source>
        <translation>其他节点向此 AE Title 和端口发送（通过 C-MOVE 获取的图像也到达此处）；每个 PACS 都必须知道它们。应用后将重启接收服务。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>AE Title</source>
        <translation>AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Retrieve</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo 测试</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Changes to the nodes are saved at once.</source>
        <translation>对节点的更改会立即保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>Cache folder</source>
        <translation>本地影像库文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Cache folder:</source>
        <translation>本地影像库文件夹：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>A new cache folder is used from the next start; the studies in the current one stay where they are.</source>
        <translation>新的本地影像库文件夹将在下次启动时使用；当前文件夹中的检查保留在原处。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>Above the limit, studies are removed from the cache to make room; they can be retrieved or imported again.</source>
        <translation>超过上限时，将从本地影像库中删除检查以腾出空间；这些检查可以重新获取或导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="163"/>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="205"/>
        <source>Our AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>本机 AE Title 必须为 1 到 16 个字符，不含反斜杠，且不能只有空格。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="243"/>
        <source>C-MOVE</source>
        <translation>C-MOVE</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="244"/>
        <source>C-GET</source>
        <translation>C-GET</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="260"/>
        <source>Add a DICOM Node</source>
        <translation>添加 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="282"/>
        <source>Edit a DICOM Node</source>
        <translation>编辑 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="291"/>
        <source>Remove a DICOM Node</source>
        <translation>删除 DICOM 节点</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="292"/>
        <source>Remove %1 from the nodes?</source>
        <translation>要从节点中删除 %1 吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="302"/>
        <source>Select a node first.</source>
        <translation>请先选择一个节点。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="308"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>正在向 %1 发送 C-ECHO…</translation>
    </message>
</context>
<context>
    <name>pellucid::SliceViewport</name>
    <message>
        <location filename="../render/SliceViewport.cpp" line="469"/>
        <source>Im %1 / %2</source>
        <translation>图像 %1 / %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="473"/>
        <source>VOI LUT</source>
        <translation>VOI LUT</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="474"/>
        <source>W %1 L %2</source>
        <translation>W %1 L %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="477"/>
        <source>Zoom %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="481"/>
        <source>Pos %1 mm</source>
        <translation>位置 %1 mm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="486"/>
        <source>Frame %1</source>
        <translation>帧 %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="500"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="500"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="530"/>
        <source>Mean %1 SD %2 %3</source>
        <translation>均值 %1 SD %2 %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="535"/>
        <source>Min %1 Max %2</source>
        <translation>最小 %1 最大 %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="536"/>
        <source>Area %1 mm²</source>
        <translation>面积 %1 mm²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="537"/>
        <source>Area %1 px²</source>
        <translation>面积 %1 px²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="539"/>
        <source>(stored values: no modality units)</source>
        <translation>（存储值：无模态单位）</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="589"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="589"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="592"/>
        <source>No pixel spacing: measurements in pixels</source>
        <translation>无像素间距：测量以像素为单位</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="595"/>
        <source>Measured at the detector plane (Imager Pixel Spacing)</source>
        <translation>在探测器平面测量（Imager Pixel Spacing）</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="597"/>
        <source>Presentation state: %1</source>
        <translation>显示状态：%1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="599"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="667"/>
        <location filename="../render/SliceViewport.cpp" line="671"/>
        <source>R %1 G %2 B %3</source>
        <translation>R %1 G %2 B %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="678"/>
        <source>x %1 y %2: %3 %4</source>
        <translation>x %1 y %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1103"/>
        <source>it does not reference this image</source>
        <translation>未引用此图像</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1</source>
        <translation>PS %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1: %2</source>
        <translation>PS %1：%2</translation>
    </message>
</context>
<context>
    <name>pellucid::StorageService</name>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="42"/>
        <source>DICOM storage service off</source>
        <translation>DICOM 接收服务已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="86"/>
        <source>DICOM storage service not running: %1</source>
        <translation>DICOM 接收服务未运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="90"/>
        <source>Receiving as %1 on port %2</source>
        <translation>正在以 %1 身份在端口 %2 上接收</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="89"/>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="91"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="93"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="95"/>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="97"/>
        <source>Modalities</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="99"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="101"/>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="103"/>
        <source>Series</source>
        <translation>序列数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="105"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
</context>
<context>
    <name>pellucid::StudySend</name>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="51"/>
        <source>Sending to %1 cancelled: %2 of %3 image(s) sent.</source>
        <translation>已取消向 %1 发送：已发送 %2/%3 张图像。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="55"/>
        <source>%1 of %2 image(s) sent to %3.</source>
        <translation>已向 %3 发送 %1/%2 张图像。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="57"/>
        <source>%1 failed.</source>
        <translation>%1 张失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="65"/>
        <source>%1 image(s): %2</source>
        <translation>%1 张图像：%2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyViewer</name>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="111"/>
        <source>The study has no series in the cache</source>
        <translation>该检查在本地影像库中没有序列</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="129"/>
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="180"/>
        <source>Could not load the series: %1</source>
        <translation>无法加载序列：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="183"/>
        <source>Series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="223"/>
        <source>Loading %1 of %2 images…</source>
        <translation>正在加载图像：%1/%2…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="224"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="235"/>
        <source>Cannot read the annotation templates %1: %2</source>
        <translation>无法读取注释模板 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="242"/>
        <source>The annotation templates %1 are not usable (%2); the built-in ones are shown</source>
        <translation>注释模板 %1 无法使用（%2）；显示内置模板</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="322"/>
        <source>Default (from the image)</source>
        <translation>默认（来自图像）</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="326"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="336"/>
        <source>Window %1</source>
        <translation>窗 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="337"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="347"/>
        <source>%1 (W %2 L %3)</source>
        <translation>%1 (W %2 L %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Custom layout</source>
        <translation>自定义布局</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Rows x columns (up to 4x4):</source>
        <translation>行 x 列（最多 4x4）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="423"/>
        <source>Scroll</source>
        <translation>翻页</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="424"/>
        <source>Window</source>
        <translation>窗宽窗位</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="425"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="426"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="427"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="428"/>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="429"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="430"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="431"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="441"/>
        <source>W/L presets</source>
        <translation>W/L 预设</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="447"/>
        <source>Presentation</source>
        <translation>显示状态</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="448"/>
        <source>The presentation states that apply to the image</source>
        <translation>适用于该图像的显示状态</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="454"/>
        <source>Save State…</source>
        <translation>保存显示状态…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="456"/>
        <source>Save the window, view and measurements as a presentation state</source>
        <translation>将窗宽窗位、视图和测量保存为显示状态</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="460"/>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="462"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="464"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="467"/>
        <source>Rotate ↻</source>
        <translation>旋转 ↻</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="469"/>
        <source>Rotate ↺</source>
        <translation>旋转 ↺</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="471"/>
        <source>Flip ↔</source>
        <translation>水平翻转 ↔</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="473"/>
        <source>Flip ↕</source>
        <translation>垂直翻转 ↕</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="475"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="484"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="489"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="491"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="494"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="497"/>
        <source>Scroll viewports of the same frame of reference together</source>
        <translation>同步翻页具有相同参考坐标系（Frame of Reference）的视口</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="498"/>
        <source>Ref. lines</source>
        <translation>参考线</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="501"/>
        <source>Show where the active viewport&apos;s slice cuts the others</source>
        <translation>显示活动视口的层与其他视口的交线</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="505"/>
        <source>Cine</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="515"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="516"/>
        <source>Cine rate</source>
        <translation>电影播放速度</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="522"/>
        <source>Clear measurements</source>
        <translation>清除测量</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Save Presentation State</source>
        <translation>保存显示状态</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <source>Label (shown in every viewer&apos;s list of states):</source>
        <translation>标签（显示在每个查看器的显示状态列表中）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="531"/>
        <source>READER</source>
        <translation>READER</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Description (optional):</source>
        <translation>描述（可选）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="544"/>
        <source>Nothing to save, or a save is running</source>
        <translation>没有要保存的内容，或已有保存正在进行</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="554"/>
        <source>The image is not loaded yet</source>
        <translation>图像尚未加载</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="558"/>
        <source>Saving the presentation state…</source>
        <translation>正在保存显示状态…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="565"/>
        <source>Could not save the presentation state: %1</source>
        <translation>无法保存显示状态：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="584"/>
        <source>Saved the presentation state %1</source>
        <translation>已保存显示状态 %1</translation>
    </message>
</context>
<context>
    <name>pellucid::TransferQueueView</name>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="19"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="21"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="23"/>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="112"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="25"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="40"/>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="41"/>
        <source>Clear Finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Study / Series</source>
        <translation>检查 / 序列</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="85"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="117"/>
        <source>%1 of %2, %3 failed</source>
        <translation>%1/%2，失败 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
</TS>
