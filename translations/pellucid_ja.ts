<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NodeEcho</name>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="39"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="52"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="71"/>
        <source>Verify a DICOM Node</source>
        <translation>DICOM ノードの疎通確認</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="40"/>
        <source>Node (a configured one, or AET@HOST:PORT):</source>
        <translation>ノード（設定済みのもの、または AET@HOST:PORT）：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="58"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>%1 に C-ECHO を送信中…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="24"/>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 が %2 ms で応答しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="27"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 が応答しませんでした：%2</translation>
    </message>
</context>
<context>
    <name>SeriesDisplayLoad</name>
    <message>
        <location filename="../core/display/SeriesDisplayLoad.cpp" line="243"/>
        <source>the series holds %1 stacks; the largest is shown</source>
        <translation>このシリーズには %1 個のスタックがあります。最大のものを表示しています</translation>
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
        <translation>ピクセル間隔がありません：距離は mm ではなくピクセル単位です</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="178"/>
        <source>positions repeat: this is acquisition %1 of %2 at the same places (phases or echoes)</source>
        <translation>位置が重複しています：同じ位置での %2 回中 %1 回目の収集です（位相またはエコー）</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="185"/>
        <source>no slice positions: ordered by Instance Number</source>
        <translation>スライス位置がありません：インスタンス番号順に並べています</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="199"/>
        <source>missing slices: a gap of %1 where slices are %2 apart</source>
        <translation>スライスの欠落：スライス間隔 %2 のところに %1 の隙間があります</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="206"/>
        <source>uneven slice spacing: %1 to %2</source>
        <translation>スライス間隔が不均一です：%1 ～ %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="218"/>
        <source>gantry tilt of %1 degrees: slices are sheared, not stacked along their normal</source>
        <translation>ガントリ傾斜 %1 度：スライスは法線方向に積み重ならず、せん断されています</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="291"/>
        <source>the series splits into %1 stacks (sizes, orientations or positions differ)</source>
        <translation>シリーズは %1 個のスタックに分かれます（サイズ、向き、または位置が異なります）</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="21"/>
        <source>Brain</source>
        <translation>脳</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="22"/>
        <source>Subdural</source>
        <translation>硬膜下</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="23"/>
        <source>Stroke</source>
        <translation>脳卒中</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="24"/>
        <source>Temporal bone</source>
        <translation>側頭骨</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="25"/>
        <source>Lung</source>
        <translation>肺野</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="26"/>
        <source>Mediastinum</source>
        <translation>縦隔</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="27"/>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="28"/>
        <source>Liver</source>
        <translation>肝臓</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="29"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="30"/>
        <source>Soft tissue</source>
        <translation>軟部組織</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="31"/>
        <source>Angio</source>
        <translation>アンギオ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="23"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="25"/>
        <source>The cache folder.</source>
        <translation>ローカル保管領域のフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="46"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="133"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>ローカル保管領域 %1 を開けません：%2</translation>
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
        <translation>使用法: pellucid-cli [--cache DIR] COMMAND [オプション]

コマンド:
  import PATH...      ファイル、フォルダー（再帰的）、DICOMDIR メディアをローカル保管領域にコピー
  list                ローカル保管領域の内容を患者、検査、シリーズ、インスタンスのレベルで一覧表示
  dicomdir PATH       DICOMDIR の内容をインポートせずに表示
  echo AET@HOST:PORT  DICOM ノードの疎通確認（C-ECHO）
  find AET@HOST:PORT  DICOM ノードの検索（C-FIND）
  retrieve AET@HOST:PORT  検査、シリーズ、またはインスタンスをローカル保管領域に取得
  send AET@HOST:PORT UID...  検査、シリーズ、またはインスタンスをノードへ送信（C-STORE）
  demo                合成デモ検査をローカル保管領域に生成
  render IMAGE        1 フレームをビューアーの表示どおりに PNG へ出力
  pstate IMAGE        画像に適用されるプレゼンテーションステートを新しい順に一覧表示
  sr REPORT           構造化レポートまたはキーオブジェクト文書を表示
  keyimages UID...    キーオブジェクト選択文書を書き出す
  gsps IMAGE...       プレゼンテーションステート（ウィンドウ、回転、シャッター、注釈）を書き込み
  load SERIES         シリーズをボリュームに読み込み、ジオメトリ・時間・メモリを表示
  serve               ローカル保管領域を対象に DICOM サーバー（保管、検索/取得）を実行

グローバルオプション:
  --cache DIR         ローカル保管領域のフォルダー（既定値：$PELLUCID_CACHE、未設定の場合は %1）
  --version           バージョンを表示

各コマンドのオプションは &apos;pellucid-cli COMMAND --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>Unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>Unknown command %1</source>
        <translation>不明なコマンド %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation>合成 CT デモ検査（患者データなし）をローカル保管領域に生成します。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation>スライス数（既定値 120）。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation>行数と列数（既定値 512）。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation>ローカル保管領域ではなく、このフォルダーにファイルを書き込みます。</translation>
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
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="35"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation>demo: --slices は 1～5000、--size は 16～4096 の範囲で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="43"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="62"/>
        <source>Demo study imported: %1 images</source>
        <translation>デモ検査をインポートしました：画像 %1 枚</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation>DICOMDIR の内容をインポートせずに表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation>DICOMDIR ファイル、またはそれを含むフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="48"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation>dicomdir: DICOMDIR ファイルまたはフォルダーを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="59"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation>dicomdir: %1 に DICOMDIR がありません</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="135"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation>DICOMDIR %1（File-set ID「%2」）</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="153"/>
        <source>%1 of %2 files present</source>
        <translation>ファイル %2 件中 %1 件あり</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation>C-ECHO で DICOM ノードの疎通を確認します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <location filename="../app/cli/FindCommand.cpp" line="35"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="21"/>
        <location filename="../app/cli/SendCommand.cpp" line="88"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation>ノード（AET@HOST:PORT 形式）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <location filename="../app/cli/FindCommand.cpp" line="50"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="35"/>
        <location filename="../app/cli/SendCommand.cpp" line="92"/>
        <location filename="../app/cli/ServeCommand.cpp" line="32"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation>自局の AE Title（既定値 PELLUCID）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation>各ステップの待ち時間（秒、既定値 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="22"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation>echo: ノードを AET@HOST:PORT 形式で 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="28"/>
        <source>echo: %1</source>
        <translation>echo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="32"/>
        <source>echo: invalid AE title %1</source>
        <translation>echo: 無効な AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="38"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation>echo: --timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="50"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation>%1 への C-ECHO が成功しました（%2 ms）</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="55"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation>%1 への C-ECHO が失敗しました：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation>DICOM ファイル、フォルダー（再帰的）、DICOMDIR メディアをローカル保管領域にコピーします。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation>ファイル、フォルダー、または DICOMDIR。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation>並列読み込みスレッド数（既定値：コアごとに 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>stderr が端末でなくても進捗を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="44"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation>import: ファイル、フォルダー、または DICOMDIR を 1 つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="52"/>
        <source>import: --workers needs a positive number</source>
        <translation>import: --workers には正の数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation>%1/%2 ファイル：インポート %3、重複 %4、拒否 %5、%6 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="117"/>
        <source>%1: imported, but %2</source>
        <translation>%1: インポートしましたが、%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="118"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation>インポート %1、重複 %2、拒否 %3（%4 秒）%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation>ローカル保管領域の内容を C-FIND と同じ照合規則で一覧表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation>patient、study（既定）、series、instance のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation>KEYWORD=VALUE で照合（DICOM キーワードまたはタグ。ワイルドカード * ?、範囲 A-B、UID リスト a\b）。複数指定可。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation>結果は最大 N 件。</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="69"/>
        <source>list: unexpected argument %1</source>
        <translation>list: 予期しない引数 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="74"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation>list: 不明なレベル %1 (patient, study, series, instance)</translation>
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
        <translation>list: --limit には正の数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="34"/>
        <source>Query a DICOM node with C-FIND.</source>
        <translation>C-FIND で DICOM ノードを検索します。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="37"/>
        <source>PATIENT, STUDY (default), SERIES or IMAGE.</source>
        <translation>PATIENT、STUDY（既定）、SERIES、IMAGE のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="41"/>
        <source>Information model: study (default), patient or patient-study-only.</source>
        <translation>情報モデル：study（既定）、patient、patient-study-only のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="45"/>
        <source>Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, UID lists a\b; empty value: return it). Repeatable.</source>
        <translation>KEYWORD=VALUE で照合（任意の DICOM キーワードまたは gggg,eeee。ワイルドカード * ?、範囲 A-B、UID リスト a\b。値が空の場合はその属性を返す）。複数指定可。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="49"/>
        <source>Stop (C-CANCEL) after N matches.</source>
        <translation>N 件一致した時点で停止します（C-CANCEL）。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="53"/>
        <location filename="../app/cli/SendCommand.cpp" line="95"/>
        <source>Seconds to wait for each step (default 30).</source>
        <translation>各ステップの待ち時間（秒、既定値 30）。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="57"/>
        <source>Relational query (keys of any level without the unique keys above); answered level by level when the node refuses it.</source>
        <translation>リレーショナル検索（上位レベルの一意キーなしで任意レベルのキーを使用）。ノードが拒否した場合はレベルごとに検索します。</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="64"/>
        <source>find: give one node as AET@HOST:PORT</source>
        <translation>find: ノードを AET@HOST:PORT 形式で 1 つ指定してください</translation>
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
        <translation>find: 無効な AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="81"/>
        <source>find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)</source>
        <translation>find: 不明なレベル %1 (PATIENT, STUDY, SERIES, IMAGE)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="88"/>
        <source>find: unknown model %1 (study, patient, patient-study-only)</source>
        <translation>find: 不明な情報モデル %1 (study, patient, patient-study-only)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="94"/>
        <source>find: the %1 model has no %2 level</source>
        <translation>find: 情報モデル %1 には %2 レベルがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="111"/>
        <source>find: --limit needs a positive number</source>
        <translation>find: --limit には正の数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="118"/>
        <source>find: --timeout needs a positive number of seconds</source>
        <translation>find: --timeout には正の秒数を指定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/FindCommand.cpp" line="161"/>
        <location filename="../app/cli/ListCommand.cpp" line="167"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="64"/>
        <source>Load a series into one volume as the viewer does, and report its geometry, irregularities, time and memory.</source>
        <translation>ビューアーと同じ方法でシリーズを 1 つのボリュームに読み込み、ジオメトリ、不整合、所要時間、メモリ使用量を報告します。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="67"/>
        <source>A Series (or Study) Instance UID in the cache, or files and folders.</source>
        <translation>ローカル保管領域内の Series（または Study）Instance UID、またはファイルとフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="71"/>
        <source>Decoding threads (default: one per core).</source>
        <translation>デコードスレッド数（既定値：コアごとに 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="79"/>
        <source>load: give a series UID or files</source>
        <translation>load: シリーズ UID またはファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="86"/>
        <source>load: --threads takes a number</source>
        <translation>load: --threads には数値を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="100"/>
        <source>load: %1 is neither a path nor a UID in the cache</source>
        <translation>load: %1 はパスでもローカル保管領域内の UID でもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="141"/>
        <source>load: %1</source>
        <translation>load: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="174"/>
        <source>%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms</source>
        <translation>%2 x %3（%4）のスライス %1 枚を %5 ms で読み込み、最初の画像は %6 ms 後</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="51"/>
        <source>Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, Modality LUT, MONOCHROME1, overlays).</source>
        <translation>画像の 1 フレームをビューアーの表示どおりに PNG へ描画します（ウィンドウ、VOI LUT、Modality LUT、MONOCHROME1、オーバーレイ）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="54"/>
        <location filename="../app/cli/SrCommand.cpp" line="89"/>
        <source>A file, or a SOP Instance UID in the cache.</source>
        <translation>ファイル、またはローカル保管領域内の SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="55"/>
        <source>The PNG file to write.</source>
        <translation>書き込む PNG ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="76"/>
        <source>List the presentation states in the cache that apply to an image, newest first: the first is the one the viewer and render apply.</source>
        <translation>ローカル保管領域内で画像に適用されるプレゼンテーションステートを新しい順に一覧表示します。先頭のものがビューアーと render で適用されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="79"/>
        <source>A SOP Instance UID in the cache.</source>
        <translation>ローカル保管領域内の SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="81"/>
        <location filename="../app/cli/RenderCommand.cpp" line="58"/>
        <source>Frame number, from 1 (default 1).</source>
        <translation>フレーム番号（1 から、既定値 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="86"/>
        <source>Print what a presentation state file holds as read (layers, graphics, text, displayed areas, rotation, flip, warnings), as JSON.</source>
        <translation>プレゼンテーションステートファイルを読み込んだ内容（レイヤー、グラフィック、テキスト、表示領域、回転、反転、警告）を JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="97"/>
        <source>pstate: %1</source>
        <translation>pstate: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="106"/>
        <source>pstate: give one SOP Instance UID (and --frame from 1)</source>
        <translation>pstate: SOP Instance UID を 1 つ指定してください（--frame は 1 から）</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="116"/>
        <source>pstate: %1 is not an instance in the cache</source>
        <translation>pstate: %1 はローカル保管領域内のインスタンスではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="125"/>
        <source>pstate: skipped %1</source>
        <translation>pstate: %1 をスキップしました</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>render: cannot list %1</source>
        <translation>render: %1 の内容を一覧表示できません</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="61"/>
        <source>Window center and width instead of the file&apos;s.</source>
        <translation>ファイルの値の代わりに使うウィンドウレベルとウィンドウ幅。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>Output size; the image is fitted and centered.</source>
        <translation>出力サイズ。画像はサイズに合わせて中央に配置されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="67"/>
        <source>Do not burn in overlays.</source>
        <translation>オーバーレイを焼き込みません。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="70"/>
        <source>A presentation state to apply: a file, a SOP Instance UID in the cache, or &quot;none&quot;. Default: the newest one in the cache that references the image.</source>
        <translation>適用するプレゼンテーションステート：ファイル、ローカル保管領域内の SOP Instance UID、または「none」。既定値：ローカル保管領域内でその画像を参照する最新のもの。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>With a Blending presentation state: a folder holding the superimposed series (default: the series in the cache).</source>
        <translation>ブレンディング用プレゼンテーションステートの場合：重畳シリーズを格納したフォルダー（既定値：ローカル保管領域内のシリーズ）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="81"/>
        <source>With a presentation state: crop and scale to its displayed area, as the viewer shows it.</source>
        <translation>プレゼンテーションステートの使用時：ビューアーの表示どおりに、その表示領域に合わせて切り抜き・拡大縮小します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="85"/>
        <source>Show an XA/XRF frame as stored, without subtracting its mask frames.</source>
        <translation>XA/XRF フレームをマスクフレームの減算なしで保存どおりに表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="91"/>
        <source>render: give one image and --out FILE.png</source>
        <translation>render: 画像を 1 つと --out FILE.png を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="98"/>
        <source>render: --frame counts from 1</source>
        <translation>render: --frame は 1 から数えます</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="107"/>
        <source>render: --wl takes CENTER,WIDTH with a width of at least 1</source>
        <translation>render: --wl には CENTER,WIDTH を指定してください（WIDTH は 1 以上）</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="119"/>
        <source>render: --size takes WxH, e.g. 512x512</source>
        <translation>render: --size には WxH を指定してください（例：512x512）</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="140"/>
        <source>render: %1 is neither a file nor an instance in the cache</source>
        <translation>render: %1 はファイルでもローカル保管領域内のインスタンスでもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="142"/>
        <source>render: %1 is a series or study; give one instance</source>
        <translation>render: %1 はシリーズまたは検査です。インスタンスを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="162"/>
        <source>render: %1 is neither a file nor a presentation state in the cache</source>
        <translation>render: %1 はファイルでもローカル保管領域内のプレゼンテーションステートでもありません</translation>
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
        <translation>render: プレゼンテーションステート：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="211"/>
        <source>render: cannot write %1</source>
        <translation>render: %1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="20"/>
        <source>Retrieve a study, series or instances from a DICOM node into the cache.</source>
        <translation>DICOM ノードから検査、シリーズ、またはインスタンスをローカル保管領域に取得します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="23"/>
        <source>get (C-GET, default) or move (C-MOVE to us).</source>
        <translation>get（C-GET、既定）または move（自局への C-MOVE）。</translation>
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
        <translation>SOP Instance UID（--series が必要）。複数指定可。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="33"/>
        <source>Our Storage SCP port for --method move.</source>
        <translation>--method move で使う自局 Storage SCP のポート。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="38"/>
        <source>Seconds to wait for each step (default 60).</source>
        <translation>各ステップの待ち時間（秒、既定値 60）。</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="45"/>
        <source>retrieve: give one node as AET@HOST:PORT</source>
        <translation>retrieve: ノードを AET@HOST:PORT 形式で 1 つ指定してください</translation>
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
        <translation>retrieve: 無効な AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="70"/>
        <source>retrieve: --method is get or move</source>
        <translation>retrieve: --method には get または move を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="76"/>
        <source>retrieve: --timeout needs a positive number of seconds</source>
        <translation>retrieve: --timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="85"/>
        <source>retrieve: --method move needs --port N, where the node sends to us (it must know our AE title at that port)</source>
        <translation>retrieve: --method move には --port N（ノードが自局へ送信するポート）が必要です（ノード側に自局の AE Title とこのポートが登録されている必要があります）</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="95"/>
        <source>%1 received, %2 remaining, %3 failed</source>
        <translation>受信 %1、残り %2、失敗 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="119"/>
        <source>retrieve: cannot listen on port %1: %2</source>
        <translation>retrieve: ポート %1 で待ち受けできません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="169"/>
        <source>retrieved %1 instance(s): %2 new, %3 already in the cache</source>
        <translation>インスタンスを %1 件取得しました：新規 %2 件、ローカル保管領域に既存 %3 件</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="62"/>
        <source>send: %1 is not a study, series or instance in the cache</source>
        <translation>send: %1 はローカル保管領域内の検査、シリーズ、インスタンスのいずれでもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="87"/>
        <source>Send studies, series or instances from the cache to a DICOM node (C-STORE).</source>
        <translation>ローカル保管領域の検査、シリーズ、インスタンスを DICOM ノードへ送信します（C-STORE）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="90"/>
        <source>Study, series or SOP instance UIDs (or files).</source>
        <translation>検査、シリーズ、または SOP インスタンスの UID（またはファイル）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="99"/>
        <source>Ask the node to commit what was sent (storage commitment) and wait for its answer, for at most --timeout seconds.</source>
        <translation>送信したデータのストレージコミットメントをノードに要求し、最大 --timeout 秒間その応答を待ちます。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="103"/>
        <source>Our port for the node&apos;s commitment report on a new association (default 11112; the node must know our AE title at this port).</source>
        <translation>新しいアソシエーションでノードからのコミットメント報告を受け取る自局ポート（既定値 11112。ノード側に自局の AE Title とこのポートが登録されている必要があります）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="112"/>
        <source>send: give a node as AET@HOST:PORT and at least one UID</source>
        <translation>send: ノードを AET@HOST:PORT 形式で指定し、UID を 1 つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="118"/>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="122"/>
        <source>send: invalid AE title %1</source>
        <translation>send: 無効な AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="128"/>
        <source>send: --timeout needs a positive number of seconds</source>
        <translation>send: --timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="136"/>
        <source>send: --port needs a port number</source>
        <translation>send: --port にはポート番号を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="156"/>
        <source>send: cannot listen for commitment reports on port %1: %2</source>
        <translation>send: ポート %1 でコミットメント報告を待ち受けできません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="216"/>
        <source>send: %1: not committed (%2)</source>
        <translation>send: %1: コミットされていません（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="225"/>
        <source>send: %1: %2 (%3)</source>
        <translation>send: %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="241"/>
        <source>send: %1 sent (%2 with warnings), %3 failed to %4</source>
        <translation>send: %4 へ送信 %1（警告あり %2）、失敗 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="248"/>
        <source>send: storage commitment failed: %1</source>
        <translation>send: ストレージコミットメントが失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="31"/>
        <source>Run the DICOM server over the cache: storage, query/retrieve and echo.</source>
        <translation>ローカル保管領域を対象に DICOM サーバーを実行します（保管、検索/取得、疎通確認）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="35"/>
        <source>TCP port to listen on (default 11112).</source>
        <translation>待ち受ける TCP ポート（既定値 11112）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="39"/>
        <source>Accept associations only from this calling AE title (repeatable).</source>
        <translation>この Calling AE Title からのアソシエーションのみ受け付けます（複数指定可）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="43"/>
        <source>A C-MOVE destination, as AET@HOST:PORT (repeatable).</source>
        <translation>C-MOVE の送信先（AET@HOST:PORT 形式、複数指定可）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="46"/>
        <source>Accept associations whatever AE title they call (default: ours only).</source>
        <translation>呼び出し先の AE Title にかかわらずアソシエーションを受け付けます（既定：自局宛てのみ）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>Offer storage and echo only, no query/retrieve.</source>
        <translation>保管と疎通確認のみを提供し、検索/取得は提供しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="51"/>
        <source>Associations served at the same time (default 32).</source>
        <translation>同時に処理するアソシエーション数（既定値 32）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="54"/>
        <source>Seconds to wait for a peer&apos;s message (default 60).</source>
        <translation>相手側からのメッセージを待つ秒数（既定値 60）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="57"/>
        <source>Print one JSON object per received instance.</source>
        <translation>受信したインスタンスごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>serve: unexpected argument %1</source>
        <translation>serve: 予期しない引数 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="76"/>
        <source>serve: invalid port %1</source>
        <translation>serve: 無効なポート %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="81"/>
        <source>serve: --max-associations needs a positive number</source>
        <translation>serve: --max-associations には正の数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="86"/>
        <source>serve: --timeout needs a positive number of seconds</source>
        <translation>serve: --timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="91"/>
        <source>serve: invalid AE title %1</source>
        <translation>serve: 無効な AE Title %1</translation>
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
        <translation>%1: %2 を保存できませんでした：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="144"/>
        <source>Listening as %1 on port %2 (cache %3)</source>
        <translation>%1 としてポート %2 で待ち受け中（ローカル保管領域 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="150"/>
        <source>Stopping: finishing the running associations</source>
        <translation>停止中：実行中のアソシエーションを終了しています</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="63"/>
        <source>Write a presentation state for images, as the viewer&apos;s &quot;Save presentation state&quot; does: grayscale (GSPS), or colour (CSPS) for colour images. Coordinates are image pixels. The state is also stored in the cache when the images are in it.</source>
        <translation>ビューアーの「プレゼンテーションステートの保存」と同様に、画像のプレゼンテーションステートを書き込みます。グレースケール（GSPS）、カラー画像の場合はカラー（CSPS）です。座標は画像のピクセル単位です。画像がローカル保管領域にある場合は、ステートもローカル保管領域に保存されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="69"/>
        <source>Files, or SOP Instance, Series or Study Instance UIDs in the cache.</source>
        <translation>ファイル、またはローカル保管領域内の SOP Instance UID、Series Instance UID、Study Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="71"/>
        <source>The DICOM file to write.</source>
        <translation>書き込む DICOM ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="73"/>
        <source>Window center and width.</source>
        <translation>ウィンドウレベルとウィンドウ幅。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="76"/>
        <source>Rotate clockwise by 0, 90, 180 or 270 degrees.</source>
        <translation>時計回りに 0、90、180、270 度のいずれかで回転します。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="79"/>
        <source>Flip horizontally (after the rotation).</source>
        <translation>左右反転します（回転の後に適用）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="81"/>
        <source>Show the whole image magnified by Z.</source>
        <translation>画像全体を Z 倍に拡大して表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="84"/>
        <source>A rectangular shutter: left, top, right, bottom.</source>
        <translation>矩形シャッター：左、上、右、下。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="87"/>
        <source>A circular shutter: centre and radius.</source>
        <translation>円形シャッター：中心と半径。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="90"/>
        <source>A text anchored at X,Y (repeatable).</source>
        <translation>X,Y に固定するテキスト（複数指定可）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="93"/>
        <source>A line from X0,Y0 to X1,Y1 (repeatable).</source>
        <translation>X0,Y0 から X1,Y1 への線（複数指定可）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="96"/>
        <source>The content label (made upper case, at most 16 characters).</source>
        <translation>コンテンツラベル（大文字に変換、最大 16 文字）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="100"/>
        <source>The content description.</source>
        <translation>コンテンツの説明。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="102"/>
        <source>The content creator&apos;s name, e.g. Doe^Jane.</source>
        <translation>コンテンツ作成者の名前（例：Doe^Jane）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="105"/>
        <source>The graphic layer of texts and lines (default ANNOTATION).</source>
        <translation>テキストと線のグラフィックレイヤー（既定値 ANNOTATION）。</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="115"/>
        <source>gsps: give at least one image and --out FILE.dcm</source>
        <translation>gsps: 画像を 1 つ以上と --out FILE.dcm を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="121"/>
        <source>gsps: --wl takes C,W with a width of at least 1</source>
        <translation>gsps: --wl には C,W を指定してください（W は 1 以上）</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="128"/>
        <source>gsps: --rotate takes 0, 90, 180 or 270</source>
        <translation>gsps: --rotate には 0、90、180、270 のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="137"/>
        <source>gsps: --zoom takes a positive number</source>
        <translation>gsps: --zoom には正の数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="144"/>
        <source>gsps: --shutter-rect takes L,T,R,B with left &lt; right and top &lt; bottom</source>
        <translation>gsps: --shutter-rect には L,T,R,B を指定してください（L &lt; R かつ T &lt; B）</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="150"/>
        <source>gsps: --shutter-circle takes X,Y,R with a radius of at least 1</source>
        <translation>gsps: --shutter-circle には X,Y,R を指定してください（R は 1 以上）</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="161"/>
        <source>gsps: --text takes X,Y,TEXT</source>
        <translation>gsps: --text には X,Y,TEXT を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="171"/>
        <source>gsps: --line takes X0,Y0,X1,Y1</source>
        <translation>gsps: --line には X0,Y0,X1,Y1 を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="185"/>
        <source>gsps: %1</source>
        <translation>gsps: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="209"/>
        <source>%1 is neither a file nor in the cache</source>
        <translation>%1 はファイルではなく、ローカル保管領域内にもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="221"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="239"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="259"/>
        <source>the cache did not take it</source>
        <translation>ローカル保管領域に受け入れられませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="274"/>
        <source>gsps: wrote %1 but could not store it in the cache: %2</source>
        <translation>gsps: %1 を書き込みましたが、ローカル保管領域に保存できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="279"/>
        <source>Wrote %1 (%2) and stored it in the cache</source>
        <translation>%1（%2）を書き込み、ローカル保管領域に保存しました</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="281"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1（%2）を書き込みました</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="86"/>
        <source>Show a structured report or key object selection document: its header and content tree, codes by meaning, numbers with units.</source>
        <translation>構造化レポートまたはキーオブジェクト選択文書を表示します：ヘッダーと内容ツリー、コードは意味で、数値は単位付きで。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="90"/>
        <source>Print it as text (default).</source>
        <translation>テキストで出力します（既定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="91"/>
        <source>Print it as JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="93"/>
        <source>Print it as an HTML page (UTF-8).</source>
        <translation>HTML ページ（UTF-8）として出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="98"/>
        <source>sr: give one report</source>
        <translation>sr: レポートを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="110"/>
        <source>sr: %1 is neither a file nor an instance in the cache</source>
        <translation>sr: %1 はファイルでもキャッシュ内のインスタンスでもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="117"/>
        <source>sr: cannot read %1: %2</source>
        <translation>sr: %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="122"/>
        <source>sr: %1</source>
        <translation>sr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="18"/>
        <source>Write a Key Object Selection document referencing these instances (a new series in their study); stored in the cache when they are cached.</source>
        <translation>これらのインスタンスを参照するキーオブジェクト選択文書を書き出します（検査内の新しいシリーズ）。インスタンスがキャッシュにあればキャッシュにも保存します。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="21"/>
        <source>Files, or SOP Instance UIDs in the cache.</source>
        <translation>ファイル、またはキャッシュ内の SOP Instance UID。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="23"/>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="27"/>
        <source>Document title, a CID 7010 code (default 113000, Of Interest).</source>
        <translation>文書タイトル、CID 7010 のコード（既定 113000、Of Interest）。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="29"/>
        <source>Key Object Description.</source>
        <translation>Key Object Description（説明）。</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="36"/>
        <source>keyimages: give the instances and --out FILE.dcm</source>
        <translation>keyimages: インスタンスと --out FILE.dcm を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="40"/>
        <source>keyimages: %1 is not a CID 7010 title</source>
        <translation>keyimages: %1 は CID 7010 のタイトルではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="56"/>
        <source>keyimages: %1 is not one instance in the cache</source>
        <translation>keyimages: %1 はキャッシュ内の 1 つのインスタンスではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="67"/>
        <source>keyimages: cannot read %1: %2</source>
        <translation>keyimages: %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="75"/>
        <source>keyimages: %1</source>
        <translation>keyimages: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="82"/>
        <source>keyimages: cannot write %1: %2</source>
        <translation>keyimages: %1 を書き出せません：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="91"/>
        <source>keyimages: the cache did not take %1</source>
        <translation>keyimages: キャッシュが %1 を受け付けませんでした</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>DICOM viewer workstation</source>
        <translation>DICOM ビューアーワークステーション</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The cache folder.</source>
        <translation>ローカル保管領域のフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation>ユーザーインターフェイスの言語（de, fr, es, ja, zh_CN）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation>空のローカル保管領域にデモ検査を作成しません。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Do not start the DICOM storage service.</source>
        <translation>DICOM 受信サービスを開始しません。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Exit as soon as the first page of studies is shown (start-up time measurement).</source>
        <translation>検査一覧の最初のページが表示されたらすぐに終了します（起動時間の計測用）。</translation>
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
        <translation>ローカル保管領域 %1 を開けません：
%2</translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="69"/>
        <source>Generating the demo study…</source>
        <translation>デモ検査を生成中…</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="81"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation>インポート中：インポート %1、重複 %2、拒否 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::BlendedFrameRenderer</name>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="92"/>
        <source>%1: no image plane or grey pixels; left out</source>
        <translation>%1: 画像平面の情報またはグレースケールの画素がないため除外しました</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="103"/>
        <source>the superimposed input&apos;s Modality LUT table is not applied; the images&apos; own is used</source>
        <translation>重畳入力の Modality LUT テーブルは適用されず、画像自身のものが使用されます</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="126"/>
        <source>%n superimposed file(s) could not be read; left out</source>
        <translation>
            <numerusform>重畳ファイル %n 個を読み込めなかったため除外しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="137"/>
        <source>the presentation state is not a Blending one</source>
        <translation>このプレゼンテーションステートはブレンディング用ではありません</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="144"/>
        <source>cannot read the pixel data: %1</source>
        <translation>ピクセルデータを読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="147"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>フレーム %1 は存在しません（この画像のフレーム数は %2）</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="153"/>
        <source>the underlying image of a Blending state must be greyscale</source>
        <translation>ブレンディング用ステートの基準画像はグレースケールでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="156"/>
        <source>cannot decode: %1</source>
        <translation>デコードできません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="165"/>
        <source>the Blending state does not list this image as its underlying image</source>
        <translation>ブレンディング用ステートにこの画像が基準画像として記載されていません</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="184"/>
        <source>cannot apply the underlying input&apos;s grey steps: %1</source>
        <translation>基準入力のグレースケール変換を適用できません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="190"/>
        <source>underlying VOI LUT</source>
        <translation>基準画像の VOI LUT</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="192"/>
        <source>underlying without VOI transformation</source>
        <translation>基準画像は VOI 変換なし</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="193"/>
        <source>underlying window %1/%2</source>
        <translation>基準画像のウィンドウ %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="199"/>
        <source>the underlying image has no image plane (position, orientation, spacing); shown without the superimposed image</source>
        <translation>基準画像に画像平面の情報（位置、向き、間隔）がないため、重畳画像なしで表示しています</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="211"/>
        <source>the superimposed series %1 is not available; the underlying image is shown alone</source>
        <translation>重畳シリーズ %1 を利用できないため、基準画像のみを表示しています</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="225"/>
        <source>the superimposed series is in another Frame of Reference; blended without registration</source>
        <translation>重畳シリーズは別の Frame of Reference にあるため、位置合わせなしで重ね合わせています</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="244"/>
        <source>; superimposed window %1/%2, opacity %3</source>
        <translation>; 重畳画像のウィンドウ %1/%2、不透明度 %3</translation>
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
        <translation>ウィンドウ %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="49"/>
        <source>file window 1 of %1: %2/%3</source>
        <translation>ファイルのウィンドウ 1/%1：%2/%3</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="164"/>
        <source>file VOI LUT 1 of %1</source>
        <translation>ファイルの VOI LUT 1/%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="54"/>
        <source>automatic window (1st to 99th percentile): %1/%2</source>
        <translation>自動ウィンドウ（1～99 パーセンタイル）：%1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="103"/>
        <source>cannot apply the presentation state: %1</source>
        <translation>プレゼンテーションステートを適用できません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="106"/>
        <source>presentation state VOI LUT</source>
        <translation>プレゼンテーションステートの VOI LUT</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="108"/>
        <source>no VOI transformation</source>
        <translation>VOI 変換なし</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="150"/>
        <source>cannot apply the VOI LUT: %1</source>
        <translation>VOI LUT を適用できません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="179"/>
        <source>cannot read the pixel data: %1</source>
        <translation>ピクセルデータを読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="182"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>フレーム %1 は存在しません（この画像のフレーム数は %2）</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="189"/>
        <source>cannot decode: %1</source>
        <translation>デコードできません：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation>空のファイル（0 バイト）</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation>DICOM ファイルではありません（%1）</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation>途中で切れた DICOM ファイル：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>DICOM として読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation>必須属性がないか空です：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation>患者の画像またはドキュメントではありません：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation>無効な DICOMDIR：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation>DICOMDIR が参照するファイルがありません：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation>DICOMDIR の参照先がメディアの外にあります：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation>ローカル保管領域に書き込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation>ローカル保管領域のディスクがいっぱいです：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation>ローカル保管領域のインデックスに登録できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation>Pixel Data のない画像：ヘッダーのみのオブジェクト、または 2 つの要素の間で途切れたファイル</translation>
    </message>
</context>
<context>
    <name>pellucid::LocalBrowser</name>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="66"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="333"/>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="81"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="113"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>患者名（ワイルドカード * ?）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="117"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="121"/>
        <source>Accession number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Date range</source>
        <translation>期間指定</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="133"/>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="138"/>
        <source>Studies from this date</source>
        <translation>この日付以降の検査</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="139"/>
        <source>Studies until this date</source>
        <translation>この日付までの検査</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="142"/>
        <source>Any modality</source>
        <translation>すべてのモダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="169"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="170"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="171"/>
        <source>&amp;Send to…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="175"/>
        <source>Cancel sending</source>
        <translation>送信をキャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="195"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="394"/>
        <source>No study selected</source>
        <translation>検査が選択されていません</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Counting studies…</source>
        <translation>検査数を集計中…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Studies found: %1</source>
        <translation>該当する検査：%1 件</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="416"/>
        <source>No image in this study</source>
        <translation>この検査には画像がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="441"/>
        <source>Series to delete: %1.
Delete them from the local cache?</source>
        <translation>削除するシリーズ：%1。
ローカル保管領域から削除しますか？</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="442"/>
        <source>Studies to delete: %1.
Delete them with all their images from the local cache?</source>
        <translation>削除する検査：%1。
すべての画像とともにローカル保管領域から削除しますか？</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="445"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="472"/>
        <source>Could not delete: %1</source>
        <translation>削除できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="476"/>
        <source>Deleted studies: %1, images: %2</source>
        <translation>削除した検査：%1、画像：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="480"/>
        <source>(%1 file(s) could not be removed: %2)</source>
        <translation>（%1 個のファイルを削除できませんでした：%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="473"/>
        <source>Deleted series: %1, images: %2</source>
        <translation>削除したシリーズ：%1、画像：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="491"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Send to…</source>
        <translation>送信先の選択…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="492"/>
        <source>No DICOM node is configured. Add one in the settings.</source>
        <translation>DICOM ノードが設定されていません。設定で追加してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Node:</source>
        <translation>ノード：</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="521"/>
        <source>Nothing to send.</source>
        <translation>送信するものがありません。</translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Keeping the cache size failed: %1</source>
        <translation>ローカル保管領域のサイズ維持に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Cache size limit: removed the %1 least recently used studies (%2 MB)</source>
        <translation>ローカル保管領域のサイズ上限：最近使用されていない検査 %1 件を削除しました（%2 MB）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>Received %n image(s); %1 could not be kept</source>
        <translation>
            <numerusform>%n 枚の画像を受信しました（%1 枚は保存できませんでした）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Received %n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像を受信しました</numerusform>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>Import &amp;Files…</source>
        <translation>ファイルのインポート(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation>フォルダーまたは DICOMDIR のインポート(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Generate &amp;Demo Study</source>
        <translation>デモ検査の生成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Clean Up Cache Files</source>
        <translation>ローカル保管領域のファイルの整理(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Verify a Node (C-ECHO)…</source>
        <translation>ノードの疎通確認 (C-ECHO)(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;About Pellucid</source>
        <translation>Pellucid について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>About Pellucid</source>
        <translation>Pellucid について</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation>Pellucid %1
DICOM 読影ワークステーション。
ローカル保管領域：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Local cache</source>
        <translation>ローカル保管領域</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Studies</source>
        <translation>検査</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Study</source>
        <translation>検査</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>Looking for cache files the index does not know…</source>
        <translation>インデックスに登録されていないローカル保管領域のファイルを検索中…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Removed %1 file(s) the cache index did not know</source>
        <translation>ローカル保管領域のインデックスに登録されていないファイルを %1 個削除しました</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation>ローカル保管領域：患者 %1、検査 %2、シリーズ %3、画像 %4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="308"/>
        <source>An import is already running</source>
        <translation>インポートは既に実行中です</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>Import DICOM files</source>
        <translation>DICOM ファイルのインポート</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Import a folder or media</source>
        <translation>フォルダーまたはメディアのインポート</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>インポート %1、重複 %2、拒否 %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
</context>
<context>
    <name>pellucid::MediaBrowser</name>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="50"/>
        <source>Open &amp;DICOMDIR…</source>
        <translation>DICOMDIR を開く(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="51"/>
        <source>No media opened</source>
        <translation>メディアが開かれていません</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Patient / study / series</source>
        <translation>患者 / 検査 / シリーズ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="61"/>
        <source>Import &amp;all</source>
        <translation>すべてインポート(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="62"/>
        <source>Import &amp;selected</source>
        <translation>選択項目をインポート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="63"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="101"/>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="102"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>インポート %1、重複 %2、拒否 %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="106"/>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>Open a DICOMDIR</source>
        <translation>DICOMDIR を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="131"/>
        <source>Reading the DICOMDIR…</source>
        <translation>DICOMDIR を読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="142"/>
        <source>Cannot read the DICOMDIR: %1</source>
        <translation>DICOMDIR を読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="144"/>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="159"/>
        <source>Study %1</source>
        <translation>検査 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="167"/>
        <source>Series %1 %2</source>
        <translation>シリーズ %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="186"/>
        <source>Patients: %1, studies: %2, images: %3</source>
        <translation>患者：%1、検査：%2、画像：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="191"/>
        <source>(%1 referenced file(s) missing)</source>
        <translation>（参照先ファイル %1 個が見つかりません）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="230"/>
        <source>The selected studies have no files on the media.</source>
        <translation>選択した検査にはメディア上のファイルがありません。</translation>
    </message>
</context>
<context>
    <name>pellucid::PacsBrowser</name>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="83"/>
        <source>The series query failed: %1</source>
        <translation>シリーズの検索に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="94"/>
        <source>Retrieve of %1 failed: %2</source>
        <translation>%1 の取得に失敗しました：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="113"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Nodes…</source>
        <translation>ノード…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="115"/>
        <source>Node:</source>
        <translation>ノード：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="130"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>患者名（ワイルドカード * ?）</translation>
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
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="147"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="150"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="163"/>
        <source>Modality in study</source>
        <translation>検査内のモダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="165"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="168"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="174"/>
        <source>Modality:</source>
        <translation>モダリティ：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient Name</source>
        <translation>患者名</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Birth Date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Study Date</source>
        <translation>検査日</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Modalities</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Accession</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Series</source>
        <translation>シリーズ数</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="205"/>
        <source>Retrieve Study</source>
        <translation>検査を取得</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="206"/>
        <source>Retrieve Series</source>
        <translation>シリーズを取得</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Add a Node…</source>
        <translation>ノードの追加…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="241"/>
        <source>No DICOM node is configured yet: add your PACS with &quot;Add a Node…&quot;.</source>
        <translation>DICOM ノードが未設定です：「ノードの追加…」で PACS を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="242"/>
        <source>No DICOM node</source>
        <translation>DICOM ノードが未設定です</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="298"/>
        <source>Choose a DICOM node first.</source>
        <translation>先に DICOM ノードを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="309"/>
        <source>Searching %1…</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="344"/>
        <source>Searching %1… studies so far: %n</source>
        <translation>
            <numerusform>%1 を検索中… これまでの検査：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="353"/>
        <source>The first %n studies are shown; the node has more. Narrow the search.</source>
        <translation>
            <numerusform>最初の %n 件の検査を表示しています。ノードにはさらに検査があります。検索条件を絞り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="356"/>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="358"/>
        <source>Search stopped; studies shown: %n</source>
        <translation>
            <numerusform>検索を停止しました。表示中の検査：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="360"/>
        <source>Studies found: %n</source>
        <translation>
            <numerusform>該当する検査：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="402"/>
        <source>Our AE title &quot;%1&quot; is not valid: correct it in Settings &gt; Local node.</source>
        <translation>自局の AE Title「%1」が無効です：「設定 &gt; 自局ノード」で修正してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="407"/>
        <source>%1 sends studies by C-MOVE to our storage service (%2, port %3), which is not running. Turn it on in Settings &gt; Local node, or retrieve from this node by C-GET.</source>
        <translation>%1 は C-MOVE で自局の受信サービス（%2、ポート %3）に検査を送信しますが、受信サービスが動作していません。「設定 &gt; 自局ノード」で有効にするか、このノードから C-GET で取得してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="442"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="469"/>
        <source>Cannot retrieve %1: %2</source>
        <translation>%1 を取得できません：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="464"/>
        <source>%1 — series %2 %3</source>
        <translation>%1 — シリーズ %2 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateMenu</name>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="33"/>
        <source>No image shown</source>
        <translation>画像が表示されていません</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="59"/>
        <source>No presentation state references this image</source>
        <translation>この画像を参照するプレゼンテーションステートはありません</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="61"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateSave</name>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="58"/>
        <source>cannot write the presentation state: %1</source>
        <translation>プレゼンテーションステートを書き込めません：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="70"/>
        <source>the cache did not take the presentation state</source>
        <translation>ローカル保管領域がプレゼンテーションステートを受け入れませんでした</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateWriter</name>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="51"/>
        <source>a graphic object of this type cannot have %1 points</source>
        <translation>この種類のグラフィックオブジェクトは %1 点を持つことができません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="54"/>
        <source>only closed graphic objects can be filled</source>
        <translation>塗りつぶしできるのは閉じたグラフィックオブジェクトだけです</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="60"/>
        <source>a text object has no text</source>
        <translation>テキストオブジェクトにテキストがありません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="62"/>
        <source>a text object is longer than 1024 characters</source>
        <translation>テキストオブジェクトが 1024 文字を超えています</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="64"/>
        <source>a text object needs an anchor point or a bounding box</source>
        <translation>テキストオブジェクトにはアンカーポイントまたはバウンディングボックスが必要です</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="72"/>
        <source>a presentation state needs at least one image</source>
        <translation>プレゼンテーションステートには少なくとも 1 つの画像が必要です</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="75"/>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>回転は 0、90、180、270 度のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="79"/>
        <source>the graphic layer %1 is given twice</source>
        <translation>グラフィックレイヤー %1 が重複して指定されています</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="84"/>
        <source>no graphic layer %1 for a text object</source>
        <translation>テキストオブジェクトのグラフィックレイヤー %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="91"/>
        <source>no graphic layer %1 for a graphic object</source>
        <translation>グラフィックオブジェクトのグラフィックレイヤー %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="102"/>
        <source>an image has no dataset</source>
        <translation>データセットのない画像があります</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="90"/>
        <source>DCMTK refused a text object</source>
        <translation>DCMTK がテキストオブジェクトを受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="99"/>
        <source>text object</source>
        <translation>テキストオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="106"/>
        <source>DCMTK refused a graphic object</source>
        <translation>DCMTK がグラフィックオブジェクトを受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="118"/>
        <source>graphic object</source>
        <translation>グラフィックオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="153"/>
        <source>the rectangular shutter is empty</source>
        <translation>矩形シャッターの範囲が空です</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="158"/>
        <source>the circular shutter has no radius</source>
        <translation>円形シャッターに半径がありません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="164"/>
        <source>a polygonal shutter needs three vertices</source>
        <translation>多角形シャッターには 3 つの頂点が必要です</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="175"/>
        <source>shutter</source>
        <translation>シャッター</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="199"/>
        <source>the displayed area is empty</source>
        <translation>表示領域が空です</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="201"/>
        <source>the magnification must be positive</source>
        <translation>拡大率は正の値でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="206"/>
        <source>displayed area</source>
        <translation>表示領域</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="214"/>
        <source>the window width must be at least 1</source>
        <translation>ウィンドウ幅は 1 以上でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="223"/>
        <source>VOI window</source>
        <translation>VOI ウィンドウ</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="245"/>
        <source>%1 is a palette colour image: it needs a Pseudo-Color Softcopy Presentation State, which Pellucid does not write yet</source>
        <translation>%1 はパレットカラー画像です：Pseudo-Color Softcopy Presentation State が必要ですが、Pellucid はまだその書き込みに対応していません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="250"/>
        <source>character set of %1</source>
        <translation>%1 の文字セット</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="260"/>
        <source>one presentation state cannot hold colour and grayscale images</source>
        <translation>1 つのプレゼンテーションステートにカラー画像とグレースケール画像を混在させることはできません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="263"/>
        <source>colour images have no VOI window (PS3.3 A.33.2): give no window</source>
        <translation>カラー画像には VOI ウィンドウがありません（PS3.3 A.33.2）：ウィンドウを指定しないでください</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="273"/>
        <source>%1 belongs to another study than the first image</source>
        <translation>%1 は最初の画像とは別の検査に属しています</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="276"/>
        <source>%1 is given twice</source>
        <translation>%1 が重複して指定されています</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="290"/>
        <source>cannot make a presentation state</source>
        <translation>プレゼンテーションステートを作成できません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="295"/>
        <source>cannot reference %1</source>
        <translation>%1 を参照できません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="304"/>
        <source>spatial transformation</source>
        <translation>空間変換</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="322"/>
        <source>graphic layer %1</source>
        <translation>グラフィックレイヤー %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="345"/>
        <source>DCMTK cannot render %1</source>
        <translation>DCMTK は %1 を描画できません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="375"/>
        <source>content identification</source>
        <translation>コンテンツ識別情報</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="385"/>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="393"/>
        <source>cannot write the presentation state</source>
        <translation>プレゼンテーションステートを書き込めません</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="397"/>
        <source>cannot make the colour presentation state: %1</source>
        <translation>カラープレゼンテーションステートを作成できません：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::RemoteNodeDialog</name>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Add a DICOM Node</source>
        <translation>DICOM ノードの追加</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Edit a DICOM Node</source>
        <translation>DICOM ノードの編集</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="28"/>
        <source>Shown in lists; the AE title when empty</source>
        <translation>一覧に表示される名前（空欄の場合は AE Title）</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="40"/>
        <source>C-GET (images come back on the query connection)</source>
        <translation>C-GET（画像は検索の接続で返される）</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="42"/>
        <source>C-MOVE (the node sends to our storage service)</source>
        <translation>C-MOVE（ノードが自局の受信サービスへ送信）</translation>
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
        <translation>表示名：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="56"/>
        <source>AE title:</source>
        <translation>AE Title：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="57"/>
        <source>Host:</source>
        <translation>ホスト：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="58"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="59"/>
        <source>Retrieve by:</source>
        <translation>取得方法：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="60"/>
        <source>Connect timeout:</source>
        <translation>接続タイムアウト：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="61"/>
        <source>Response timeout:</source>
        <translation>応答タイムアウト：</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="65"/>
        <source>Echo</source>
        <translation>疎通確認</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="66"/>
        <source>Send a C-ECHO to this node</source>
        <translation>このノードに C-ECHO を送信</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="96"/>
        <source>The AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>AE Title は 1～16 文字で、バックスラッシュを含まず、空白だけにしないでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="100"/>
        <source>Give the node&apos;s host name or IP address.</source>
        <translation>ノードのホスト名または IP アドレスを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="106"/>
        <source>Not a usable address: %1</source>
        <translation>使用できないアドレスです：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="134"/>
        <source>Sending C-ECHO…</source>
        <translation>C-ECHO を送信中…</translation>
    </message>
</context>
<context>
    <name>pellucid::RetrieveJobs</name>
    <message>
        <location filename="../app/gui/jobs/RetrieveJobs.cpp" line="31"/>
        <source>the cache cannot take retrieved images: %1</source>
        <translation>ローカル保管領域が取得した画像を受け入れられません：%1</translation>
    </message>
</context>
<context>
    <name>pellucid::SeriesPanel</name>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="94"/>
        <source>GSPS</source>
        <translation>GSPS</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="95"/>
        <source>Presentation states, applied by the viewer to the images they reference</source>
        <translation>プレゼンテーションステート（参照先の画像にビューアーが適用します）</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="101"/>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="102"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="103"/>
        <source>DOC</source>
        <translation>DOC</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="104"/>
        <source>Structured reports</source>
        <translation>構造化レポート</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="105"/>
        <source>Key object selections</source>
        <translation>キーオブジェクト選択</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="106"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>pellucid::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="52"/>
        <source>Local Node</source>
        <translation>自局ノード</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="53"/>
        <source>Remote Nodes</source>
        <translation>リモートノード</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="54"/>
        <source>Cache</source>
        <translation>ローカル保管領域</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="55"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Receive studies (DICOM Storage SCP)</source>
        <translation>検査を受信する（DICOM Storage SCP）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Our AE title:</source>
        <translation>自局の AE Title：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Other nodes send to us (and C-MOVE retrieves arrive) at this AE title and port; each PACS must know them. Applying restarts the storage service.</source>
        <translation>他のノードはこの AE Title とポートに送信します（C-MOVE による取得もここに届きます）。各 PACS にこれらを登録しておく必要があります。適用すると受信サービスが再起動します。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>AE Title</source>
        <translation>AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Retrieve</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>疎通確認</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Changes to the nodes are saved at once.</source>
        <translation>ノードの変更はすぐに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Default: %1</source>
        <translation>既定値：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>Cache folder</source>
        <translation>ローカル保管領域のフォルダー</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Cache folder:</source>
        <translation>ローカル保管領域のフォルダー：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>A new cache folder is used from the next start; the studies in the current one stay where they are.</source>
        <translation>新しいフォルダーは次回起動時から使用されます。現在のフォルダーにある検査はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Size limit:</source>
        <translation>サイズ上限：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>Above the limit, studies are removed from the cache to make room; they can be retrieved or imported again.</source>
        <translation>上限を超えると、空き領域を確保するために検査がローカル保管領域から削除されます。削除された検査は再度取得またはインポートできます。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="163"/>
        <source>As the system (%1)</source>
        <translation>システムと同じ（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>The language changes at the next start.</source>
        <translation>言語は次回起動時に切り替わります。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="205"/>
        <source>Our AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>自局の AE Title は 1～16 文字で、バックスラッシュを含まず、空白だけにしないでください。</translation>
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
        <translation>DICOM ノードの追加</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="282"/>
        <source>Edit a DICOM Node</source>
        <translation>DICOM ノードの編集</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="291"/>
        <source>Remove a DICOM Node</source>
        <translation>DICOM ノードの削除</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="292"/>
        <source>Remove %1 from the nodes?</source>
        <translation>%1 をノードから削除しますか？</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="302"/>
        <source>Select a node first.</source>
        <translation>先にノードを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="308"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>%1 に C-ECHO を送信中…</translation>
    </message>
</context>
<context>
    <name>pellucid::SliceViewport</name>
    <message>
        <location filename="../render/SliceViewport.cpp" line="469"/>
        <source>Im %1 / %2</source>
        <translation>画像 %1 / %2</translation>
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
        <translation>ズーム %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="481"/>
        <source>Pos %1 mm</source>
        <translation>位置 %1 mm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="486"/>
        <source>Frame %1</source>
        <translation>フレーム %1</translation>
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
        <translation>平均 %1 SD %2 %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="535"/>
        <source>Min %1 Max %2</source>
        <translation>最小 %1 最大 %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="536"/>
        <source>Area %1 mm²</source>
        <translation>面積 %1 mm²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="537"/>
        <source>Area %1 px²</source>
        <translation>面積 %1 px²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="539"/>
        <source>(stored values: no modality units)</source>
        <translation>（格納値：モダリティ単位なし）</translation>
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
        <translation>ピクセル間隔なし：計測値はピクセル単位</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="595"/>
        <source>Measured at the detector plane (Imager Pixel Spacing)</source>
        <translation>検出器面で計測（Imager Pixel Spacing）</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="597"/>
        <source>Presentation state: %1</source>
        <translation>プレゼンテーションステート：%1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="599"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
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
        <translation>この画像を参照していません</translation>
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
        <translation>DICOM 受信サービス：オフ</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="86"/>
        <source>DICOM storage service not running: %1</source>
        <translation>DICOM 受信サービスが動作していません：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="90"/>
        <source>Receiving as %1 on port %2</source>
        <translation>%1 としてポート %2 で受信中</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="89"/>
        <source>Patient name</source>
        <translation>患者名</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="91"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="93"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="95"/>
        <source>Study date</source>
        <translation>検査日</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="97"/>
        <source>Modalities</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="99"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="101"/>
        <source>Accession</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="103"/>
        <source>Series</source>
        <translation>シリーズ数</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="105"/>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
</context>
<context>
    <name>pellucid::StudySend</name>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="51"/>
        <source>Sending to %1 cancelled: %2 of %3 image(s) sent.</source>
        <translation>%1 への送信をキャンセルしました：画像 %3 枚中 %2 枚を送信しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="55"/>
        <source>%1 of %2 image(s) sent to %3.</source>
        <translation>%3 に画像 %2 枚中 %1 枚を送信しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="57"/>
        <source>%1 failed.</source>
        <translation>%1 枚が失敗しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="65"/>
        <source>%1 image(s): %2</source>
        <translation>画像 %1 枚：%2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyViewer</name>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="111"/>
        <source>The study has no series in the cache</source>
        <translation>この検査のシリーズはローカル保管領域にありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="129"/>
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3（画像 %n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="180"/>
        <source>Could not load the series: %1</source>
        <translation>シリーズを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="183"/>
        <source>Series %1: %2</source>
        <translation>シリーズ %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="223"/>
        <source>Loading %1 of %2 images…</source>
        <translation>読み込み中：画像 %2 枚中 %1 枚…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="224"/>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="235"/>
        <source>Cannot read the annotation templates %1: %2</source>
        <translation>注釈テンプレート %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="242"/>
        <source>The annotation templates %1 are not usable (%2); the built-in ones are shown</source>
        <translation>注釈テンプレート %1 は使用できません（%2）。組み込みのテンプレートを表示します</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="322"/>
        <source>Default (from the image)</source>
        <translation>既定（画像の値）</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="326"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="336"/>
        <source>Window %1</source>
        <translation>ウィンドウ %1</translation>
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
        <translation>カスタムレイアウト</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Rows x columns (up to 4x4):</source>
        <translation>行 x 列（最大 4x4）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="423"/>
        <source>Scroll</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="424"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="425"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="426"/>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="427"/>
        <source>Distance</source>
        <translation>距離</translation>
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
        <translation>楕円</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="431"/>
        <source>Polygon</source>
        <translation>多角形</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="441"/>
        <source>W/L presets</source>
        <translation>W/L プリセット</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="447"/>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="448"/>
        <source>The presentation states that apply to the image</source>
        <translation>この画像に適用されるプレゼンテーションステート</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="454"/>
        <source>Save State…</source>
        <translation>プレゼンテーションステートの保存…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="456"/>
        <source>Save the window, view and measurements as a presentation state</source>
        <translation>ウィンドウ、表示、計測をプレゼンテーションステートとして保存</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="460"/>
        <source>Invert</source>
        <translation>白黒反転</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="462"/>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="464"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="467"/>
        <source>Rotate ↻</source>
        <translation>回転 ↻</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="469"/>
        <source>Rotate ↺</source>
        <translation>回転 ↺</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="471"/>
        <source>Flip ↔</source>
        <translation>左右反転 ↔</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="473"/>
        <source>Flip ↕</source>
        <translation>上下反転 ↕</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="475"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="484"/>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="489"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="491"/>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="494"/>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="497"/>
        <source>Scroll viewports of the same frame of reference together</source>
        <translation>同じ Frame of Reference のビューポートを連動してスクロール</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="498"/>
        <source>Ref. lines</source>
        <translation>参照線</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="501"/>
        <source>Show where the active viewport&apos;s slice cuts the others</source>
        <translation>アクティブなビューポートのスライスが他のビューポートと交わる位置を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="505"/>
        <source>Cine</source>
        <translation>シネ</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="515"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="516"/>
        <source>Cine rate</source>
        <translation>シネ速度</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="522"/>
        <source>Clear measurements</source>
        <translation>計測を消去</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Save Presentation State</source>
        <translation>プレゼンテーションステートの保存</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <source>Label (shown in every viewer&apos;s list of states):</source>
        <translation>ラベル（各ビューアーのステート一覧に表示されます）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="531"/>
        <source>READER</source>
        <translation>READER</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Description (optional):</source>
        <translation>説明（任意）：</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="544"/>
        <source>Nothing to save, or a save is running</source>
        <translation>保存するものがないか、保存を実行中です</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="554"/>
        <source>The image is not loaded yet</source>
        <translation>画像がまだ読み込まれていません</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="558"/>
        <source>Saving the presentation state…</source>
        <translation>プレゼンテーションステートを保存中…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="565"/>
        <source>Could not save the presentation state: %1</source>
        <translation>プレゼンテーションステートを保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="584"/>
        <source>Saved the presentation state %1</source>
        <translation>プレゼンテーションステート %1 を保存しました</translation>
    </message>
</context>
<context>
    <name>pellucid::TransferQueueView</name>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="19"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="21"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="23"/>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="112"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="25"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="40"/>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="41"/>
        <source>Clear Finished</source>
        <translation>完了したものを消去</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Study / Series</source>
        <translation>検査 / シリーズ</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="85"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="117"/>
        <source>%1 of %2, %3 failed</source>
        <translation>%1/%2、失敗 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
</TS>
