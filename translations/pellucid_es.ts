<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>NodeEcho</name>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="39"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="52"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="71"/>
        <source>Verify a DICOM Node</source>
        <translation>Verificar un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="40"/>
        <source>Node (a configured one, or AET@HOST:PORT):</source>
        <translation>Nodo (uno configurado, o AET@HOST:PORT):</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="58"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>Enviando C-ECHO a %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="24"/>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondió en %2 ms.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="27"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
</context>
<context>
    <name>SeriesDisplayLoad</name>
    <message>
        <location filename="../core/display/SeriesDisplayLoad.cpp" line="243"/>
        <source>the series holds %1 stacks; the largest is shown</source>
        <translation>la serie contiene %1 pilas; se muestra la mayor</translation>
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
        <translation>sin espaciado de píxel: las distancias están en píxeles, no en mm</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="178"/>
        <source>positions repeat: this is acquisition %1 of %2 at the same places (phases or echoes)</source>
        <translation>las posiciones se repiten: esta es la adquisición %1 de %2 en los mismos lugares (fases o ecos)</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="185"/>
        <source>no slice positions: ordered by Instance Number</source>
        <translation>sin posiciones de corte: ordenados por número de instancia</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="199"/>
        <source>missing slices: a gap of %1 where slices are %2 apart</source>
        <translation>faltan cortes: un hueco de %1 donde los cortes están separados %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="206"/>
        <source>uneven slice spacing: %1 to %2</source>
        <translation>espaciado de cortes irregular: de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="218"/>
        <source>gantry tilt of %1 degrees: slices are sheared, not stacked along their normal</source>
        <translation>inclinación del gantry de %1 grados: los cortes están cizallados, no apilados a lo largo de su normal</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="291"/>
        <source>the series splits into %1 stacks (sizes, orientations or positions differ)</source>
        <translation>la serie se divide en %1 pilas (difieren tamaños, orientaciones o posiciones)</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="21"/>
        <source>Brain</source>
        <translation>Cerebro</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="22"/>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="23"/>
        <source>Stroke</source>
        <translation>Ictus</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="24"/>
        <source>Temporal bone</source>
        <translation>Hueso temporal</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="25"/>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="26"/>
        <source>Mediastinum</source>
        <translation>Mediastino</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="27"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="28"/>
        <source>Liver</source>
        <translation>Hígado</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="29"/>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="30"/>
        <source>Soft tissue</source>
        <translation>Tejidos blandos</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="31"/>
        <source>Angio</source>
        <translation>Angio</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="23"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="25"/>
        <source>The cache folder.</source>
        <translation>La carpeta del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="46"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="133"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir el almacén local %1: %2</translation>
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
        <translation>Uso: pellucid-cli [--cache DIR] COMMAND [opciones]

Comandos:
  import PATH...      copiar archivos, carpetas (de forma recursiva) y soportes DICOMDIR al almacén local
  list                listar el almacén local a nivel de paciente, estudio, serie o instancia
  dicomdir PATH       mostrar el contenido de un DICOMDIR, sin importarlo
  echo AET@HOST:PORT  verificar un nodo DICOM (C-ECHO)
  find AET@HOST:PORT  consultar un nodo DICOM (C-FIND)
  retrieve AET@HOST:PORT  recuperar un estudio, una serie o instancias al almacén local
  send AET@HOST:PORT UID...  enviar estudios, series o instancias a un nodo (C-STORE)
  demo                generar el estudio de demostración sintético en el almacén local
  render IMAGE        un fotograma a PNG tal como lo muestra el visor
  pstate IMAGE        los estados de presentación que se aplican a una imagen, del más reciente al más antiguo
  sr REPORT           mostrar un informe estructurado o un documento de objetos clave
  keyimages UID...    escribir un documento de selección de objetos clave
  gsps IMAGE...       escribir un estado de presentación (ventana, rotación, obturadores, anotaciones)
  load SERIES         cargar una serie en un volumen; geometría, tiempo, memoria
  serve               ejecutar el servidor DICOM (Storage, Query/Retrieve) sobre el almacén local

Opciones globales:
  --cache DIR         la carpeta del almacén local (predeterminada: $PELLUCID_CACHE; si no, %1)
  --version           mostrar la versión

Ejecute &apos;pellucid-cli COMMAND --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>Unknown option %1</source>
        <translation>Opción desconocida %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>Unknown command %1</source>
        <translation>Comando desconocido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation>Generar el estudio de demostración de TC sintético (sin datos de pacientes) en el almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation>Número de cortes (predeterminado: 120).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation>Filas y columnas (predeterminado: 512).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation>Escribir los archivos en esta carpeta en lugar del almacén local.</translation>
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
        <translation>Mostrar el resultado en formato JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="35"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation>demo: --slices debe estar entre 1 y 5000, y --size entre 16 y 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="43"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="62"/>
        <source>Demo study imported: %1 images</source>
        <translation>Estudio de demostración importado: %1 imágenes</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation>Mostrar el contenido de un DICOMDIR, sin importarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation>Un archivo DICOMDIR, o la carpeta que lo contiene.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="48"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation>dicomdir: indique un archivo DICOMDIR o una carpeta</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="59"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation>dicomdir: no hay ningún DICOMDIR en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="135"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation>DICOMDIR %1 (File-set ID «%2»)</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="153"/>
        <source>%1 of %2 files present</source>
        <translation>%1 de %2 archivos presentes</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation>Verificar un nodo DICOM con C-ECHO.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <location filename="../app/cli/FindCommand.cpp" line="35"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="21"/>
        <location filename="../app/cli/SendCommand.cpp" line="88"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation>El nodo, en la forma AET@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <location filename="../app/cli/FindCommand.cpp" line="50"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="35"/>
        <location filename="../app/cli/SendCommand.cpp" line="92"/>
        <location filename="../app/cli/ServeCommand.cpp" line="32"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation>AE Title propio (predeterminado: PELLUCID).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation>Segundos de espera para cada paso (predeterminado: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="22"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation>echo: indique un nodo en la forma AET@HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="28"/>
        <source>echo: %1</source>
        <translation>echo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="32"/>
        <source>echo: invalid AE title %1</source>
        <translation>echo: AE Title no válido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="38"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation>echo: --timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="50"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation>C-ECHO a %1 correcto en %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="55"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation>Error de C-ECHO a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation>Copiar archivos DICOM, carpetas (de forma recursiva) y soportes DICOMDIR al almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation>Archivos, carpetas o DICOMDIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation>Lectores en paralelo (predeterminado: uno por núcleo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Informar del progreso en stderr aunque no sea un terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="44"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation>import: indique al menos un archivo, una carpeta o un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="52"/>
        <source>import: --workers needs a positive number</source>
        <translation>import: --workers necesita un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation>%1 de %2 archivos: %3 importados, %4 duplicados, %5 rechazados, %6 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="117"/>
        <source>%1: imported, but %2</source>
        <translation>%1: importado, pero %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="118"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation>Importados %1, duplicados %2, rechazados %3 en %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation>Listar el contenido del almacén local, con la coincidencia de C-FIND.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation>patient, study (predeterminado), series o instance.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation>Criterio KEYWORD=VALUE (palabra clave o etiqueta DICOM; comodines * ?, rangos A-B, listas de UID a\b). Se puede repetir.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation>Como máximo N resultados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="69"/>
        <source>list: unexpected argument %1</source>
        <translation>list: argumento inesperado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="74"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation>list: nivel desconocido %1 (patient, study, series, instance)</translation>
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
        <translation>list: --limit necesita un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="34"/>
        <source>Query a DICOM node with C-FIND.</source>
        <translation>Consultar un nodo DICOM con C-FIND.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="37"/>
        <source>PATIENT, STUDY (default), SERIES or IMAGE.</source>
        <translation>PATIENT, STUDY (predeterminado), SERIES o IMAGE.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="41"/>
        <source>Information model: study (default), patient or patient-study-only.</source>
        <translation>Modelo de información: study (predeterminado), patient o patient-study-only.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="45"/>
        <source>Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, UID lists a\b; empty value: return it). Repeatable.</source>
        <translation>Criterio KEYWORD=VALUE (cualquier palabra clave DICOM o gggg,eeee; comodines * ?, rangos A-B, listas de UID a\b; valor vacío: devolver el atributo). Se puede repetir.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="49"/>
        <source>Stop (C-CANCEL) after N matches.</source>
        <translation>Detener (C-CANCEL) tras N resultados.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="53"/>
        <location filename="../app/cli/SendCommand.cpp" line="95"/>
        <source>Seconds to wait for each step (default 30).</source>
        <translation>Segundos de espera para cada paso (predeterminado: 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="57"/>
        <source>Relational query (keys of any level without the unique keys above); answered level by level when the node refuses it.</source>
        <translation>Consulta relacional (claves de cualquier nivel sin las claves únicas de los niveles superiores); se resuelve nivel a nivel si el nodo la rechaza.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="64"/>
        <source>find: give one node as AET@HOST:PORT</source>
        <translation>find: indique un nodo en la forma AET@HOST:PORT</translation>
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
        <translation>find: AE Title no válido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="81"/>
        <source>find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)</source>
        <translation>find: nivel desconocido %1 (PATIENT, STUDY, SERIES, IMAGE)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="88"/>
        <source>find: unknown model %1 (study, patient, patient-study-only)</source>
        <translation>find: modelo de información desconocido %1 (study, patient, patient-study-only)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="94"/>
        <source>find: the %1 model has no %2 level</source>
        <translation>find: el modelo de información %1 no tiene nivel %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="111"/>
        <source>find: --limit needs a positive number</source>
        <translation>find: --limit necesita un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="118"/>
        <source>find: --timeout needs a positive number of seconds</source>
        <translation>find: --timeout necesita un número positivo de segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/FindCommand.cpp" line="161"/>
        <location filename="../app/cli/ListCommand.cpp" line="167"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="64"/>
        <source>Load a series into one volume as the viewer does, and report its geometry, irregularities, time and memory.</source>
        <translation>Cargar una serie en un volumen como lo hace el visor e informar de su geometría, irregularidades, tiempo y memoria.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="67"/>
        <source>A Series (or Study) Instance UID in the cache, or files and folders.</source>
        <translation>Un Series (o Study) Instance UID del almacén local, o archivos y carpetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="71"/>
        <source>Decoding threads (default: one per core).</source>
        <translation>Hilos de decodificación (predeterminado: uno por núcleo).</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="79"/>
        <source>load: give a series UID or files</source>
        <translation>load: indique un UID de serie o archivos</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="86"/>
        <source>load: --threads takes a number</source>
        <translation>load: --threads necesita un número</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="100"/>
        <source>load: %1 is neither a path nor a UID in the cache</source>
        <translation>load: %1 no es una ruta ni un UID del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="141"/>
        <source>load: %1</source>
        <translation>load: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="174"/>
        <source>%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms</source>
        <translation>%1 cortes de %2 x %3 (%4) en %5 ms, primera imagen tras %6 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="51"/>
        <source>Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, Modality LUT, MONOCHROME1, overlays).</source>
        <translation>Renderizar un fotograma de una imagen a PNG, tal como lo muestra el visor (ventana, VOI LUT, Modality LUT, MONOCHROME1, superposiciones).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="54"/>
        <location filename="../app/cli/SrCommand.cpp" line="89"/>
        <source>A file, or a SOP Instance UID in the cache.</source>
        <translation>Un archivo, o un SOP Instance UID del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="55"/>
        <source>The PNG file to write.</source>
        <translation>El archivo PNG que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="76"/>
        <source>List the presentation states in the cache that apply to an image, newest first: the first is the one the viewer and render apply.</source>
        <translation>Listar los estados de presentación del almacén local que se aplican a una imagen, del más reciente al más antiguo: el primero es el que aplican el visor y render.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="79"/>
        <source>A SOP Instance UID in the cache.</source>
        <translation>Un SOP Instance UID del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="81"/>
        <location filename="../app/cli/RenderCommand.cpp" line="58"/>
        <source>Frame number, from 1 (default 1).</source>
        <translation>Número de fotograma, desde 1 (predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="86"/>
        <source>Print what a presentation state file holds as read (layers, graphics, text, displayed areas, rotation, flip, warnings), as JSON.</source>
        <translation>Mostrar en formato JSON el contenido de un archivo de estado de presentación tal como se lee (capas, gráficos, texto, áreas mostradas, rotación, volteo, advertencias).</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="97"/>
        <source>pstate: %1</source>
        <translation>pstate: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="106"/>
        <source>pstate: give one SOP Instance UID (and --frame from 1)</source>
        <translation>pstate: indique un SOP Instance UID (y --frame desde 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="116"/>
        <source>pstate: %1 is not an instance in the cache</source>
        <translation>pstate: %1 no es una instancia del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="125"/>
        <source>pstate: skipped %1</source>
        <translation>pstate: omitido: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>render: cannot list %1</source>
        <translation>render: no se puede listar %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="61"/>
        <source>Window center and width instead of the file&apos;s.</source>
        <translation>Centro y anchura de ventana en lugar de los del archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>Output size; the image is fitted and centered.</source>
        <translation>Tamaño de salida; la imagen se ajusta y se centra.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="67"/>
        <source>Do not burn in overlays.</source>
        <translation>No incrustar las superposiciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="70"/>
        <source>A presentation state to apply: a file, a SOP Instance UID in the cache, or &quot;none&quot;. Default: the newest one in the cache that references the image.</source>
        <translation>Un estado de presentación que aplicar: un archivo, un SOP Instance UID del almacén local o «none». Predeterminado: el más reciente del almacén local que hace referencia a la imagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>With a Blending presentation state: a folder holding the superimposed series (default: the series in the cache).</source>
        <translation>Con un estado de presentación Blending: una carpeta que contiene la serie superpuesta (predeterminado: la serie del almacén local).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="81"/>
        <source>With a presentation state: crop and scale to its displayed area, as the viewer shows it.</source>
        <translation>Con un estado de presentación: recortar y escalar a su área mostrada, tal como lo muestra el visor.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="85"/>
        <source>Show an XA/XRF frame as stored, without subtracting its mask frames.</source>
        <translation>Mostrar una imagen XA/XRF tal como está almacenada, sin restar sus imágenes de máscara.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="91"/>
        <source>render: give one image and --out FILE.png</source>
        <translation>render: indique una imagen y --out FILE.png</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="98"/>
        <source>render: --frame counts from 1</source>
        <translation>render: --frame empieza en 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="107"/>
        <source>render: --wl takes CENTER,WIDTH with a width of at least 1</source>
        <translation>render: --wl necesita CENTER,WIDTH con una anchura de al menos 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="119"/>
        <source>render: --size takes WxH, e.g. 512x512</source>
        <translation>render: --size necesita WxH, p. ej. 512x512</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="140"/>
        <source>render: %1 is neither a file nor an instance in the cache</source>
        <translation>render: %1 no es un archivo ni una instancia del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="142"/>
        <source>render: %1 is a series or study; give one instance</source>
        <translation>render: %1 es una serie o un estudio; indique una instancia</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="162"/>
        <source>render: %1 is neither a file nor a presentation state in the cache</source>
        <translation>render: %1 no es un archivo ni un estado de presentación del almacén local</translation>
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
        <translation>render: estado de presentación: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="211"/>
        <source>render: cannot write %1</source>
        <translation>render: no se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="20"/>
        <source>Retrieve a study, series or instances from a DICOM node into the cache.</source>
        <translation>Recuperar un estudio, una serie o instancias de un nodo DICOM al almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="23"/>
        <source>get (C-GET, default) or move (C-MOVE to us).</source>
        <translation>get (C-GET, predeterminado) o move (C-MOVE hacia este equipo).</translation>
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
        <translation>SOP Instance UID (requiere --series). Se puede repetir.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="33"/>
        <source>Our Storage SCP port for --method move.</source>
        <translation>Puerto del Storage SCP propio para --method move.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="38"/>
        <source>Seconds to wait for each step (default 60).</source>
        <translation>Segundos de espera para cada paso (predeterminado: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="45"/>
        <source>retrieve: give one node as AET@HOST:PORT</source>
        <translation>retrieve: indique un nodo en la forma AET@HOST:PORT</translation>
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
        <translation>retrieve: AE Title no válido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="70"/>
        <source>retrieve: --method is get or move</source>
        <translation>retrieve: --method debe ser get o move</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="76"/>
        <source>retrieve: --timeout needs a positive number of seconds</source>
        <translation>retrieve: --timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="85"/>
        <source>retrieve: --method move needs --port N, where the node sends to us (it must know our AE title at that port)</source>
        <translation>retrieve: --method move necesita --port N, el puerto al que el nodo nos envía las imágenes (debe conocer nuestro AE Title en ese puerto)</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="95"/>
        <source>%1 received, %2 remaining, %3 failed</source>
        <translation>%1 recibidas, %2 pendientes, %3 fallidas</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="119"/>
        <source>retrieve: cannot listen on port %1: %2</source>
        <translation>retrieve: no se puede escuchar en el puerto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="169"/>
        <source>retrieved %1 instance(s): %2 new, %3 already in the cache</source>
        <translation>%1 instancia(s) recuperada(s): %2 nueva(s), %3 ya en el almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="62"/>
        <source>send: %1 is not a study, series or instance in the cache</source>
        <translation>send: %1 no es un estudio, una serie ni una instancia del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="87"/>
        <source>Send studies, series or instances from the cache to a DICOM node (C-STORE).</source>
        <translation>Enviar estudios, series o instancias del almacén local a un nodo DICOM (C-STORE).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="90"/>
        <source>Study, series or SOP instance UIDs (or files).</source>
        <translation>UID de estudios, series o instancias SOP (o archivos).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="99"/>
        <source>Ask the node to commit what was sent (storage commitment) and wait for its answer, for at most --timeout seconds.</source>
        <translation>Pedir al nodo que confirme lo enviado (Storage Commitment) y esperar su respuesta, como máximo --timeout segundos.</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="103"/>
        <source>Our port for the node&apos;s commitment report on a new association (default 11112; the node must know our AE title at this port).</source>
        <translation>Puerto propio para el informe de Storage Commitment del nodo en una nueva asociación (predeterminado: 11112; el nodo debe conocer nuestro AE Title en este puerto).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="112"/>
        <source>send: give a node as AET@HOST:PORT and at least one UID</source>
        <translation>send: indique un nodo en la forma AET@HOST:PORT y al menos un UID</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="118"/>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="122"/>
        <source>send: invalid AE title %1</source>
        <translation>send: AE Title no válido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="128"/>
        <source>send: --timeout needs a positive number of seconds</source>
        <translation>send: --timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="136"/>
        <source>send: --port needs a port number</source>
        <translation>send: --port necesita un número de puerto</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="156"/>
        <source>send: cannot listen for commitment reports on port %1: %2</source>
        <translation>send: no se pueden recibir informes de Storage Commitment en el puerto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="216"/>
        <source>send: %1: not committed (%2)</source>
        <translation>send: %1: no confirmado (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="225"/>
        <source>send: %1: %2 (%3)</source>
        <translation>send: %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="241"/>
        <source>send: %1 sent (%2 with warnings), %3 failed to %4</source>
        <translation>send: %1 enviadas (%2 con advertencias), %3 fallidas, a %4</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="248"/>
        <source>send: storage commitment failed: %1</source>
        <translation>send: error de Storage Commitment: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="31"/>
        <source>Run the DICOM server over the cache: storage, query/retrieve and echo.</source>
        <translation>Ejecutar el servidor DICOM sobre el almacén local: Storage, Query/Retrieve y Echo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="35"/>
        <source>TCP port to listen on (default 11112).</source>
        <translation>Puerto TCP de escucha (predeterminado: 11112).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="39"/>
        <source>Accept associations only from this calling AE title (repeatable).</source>
        <translation>Aceptar asociaciones solo de este AE Title llamante (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="43"/>
        <source>A C-MOVE destination, as AET@HOST:PORT (repeatable).</source>
        <translation>Un destino de C-MOVE, en la forma AET@HOST:PORT (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="46"/>
        <source>Accept associations whatever AE title they call (default: ours only).</source>
        <translation>Aceptar asociaciones sea cual sea el AE Title llamado (predeterminado: solo el nuestro).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>Offer storage and echo only, no query/retrieve.</source>
        <translation>Ofrecer solo Storage y Echo, sin Query/Retrieve.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="51"/>
        <source>Associations served at the same time (default 32).</source>
        <translation>Asociaciones atendidas a la vez (predeterminado: 32).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="54"/>
        <source>Seconds to wait for a peer&apos;s message (default 60).</source>
        <translation>Segundos de espera de un mensaje del equipo remoto (predeterminado: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="57"/>
        <source>Print one JSON object per received instance.</source>
        <translation>Mostrar un objeto JSON por cada instancia recibida.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>serve: unexpected argument %1</source>
        <translation>serve: argumento inesperado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="76"/>
        <source>serve: invalid port %1</source>
        <translation>serve: puerto no válido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="81"/>
        <source>serve: --max-associations needs a positive number</source>
        <translation>serve: --max-associations necesita un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="86"/>
        <source>serve: --timeout needs a positive number of seconds</source>
        <translation>serve: --timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="91"/>
        <source>serve: invalid AE title %1</source>
        <translation>serve: AE Title no válido %1</translation>
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
        <translation>%1: %2 no guardado: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="144"/>
        <source>Listening as %1 on port %2 (cache %3)</source>
        <translation>Escuchando como %1 en el puerto %2 (almacén local %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="150"/>
        <source>Stopping: finishing the running associations</source>
        <translation>Deteniendo: finalizando las asociaciones en curso</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="63"/>
        <source>Write a presentation state for images, as the viewer&apos;s &quot;Save presentation state&quot; does: grayscale (GSPS), or colour (CSPS) for colour images. Coordinates are image pixels. The state is also stored in the cache when the images are in it.</source>
        <translation>Escribir un estado de presentación para imágenes, como hace «Guardar estado de presentación» en el visor: en escala de grises (GSPS), o en color (CSPS) para imágenes en color. Las coordenadas son píxeles de la imagen. El estado también se guarda en el almacén local si las imágenes están en él.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="69"/>
        <source>Files, or SOP Instance, Series or Study Instance UIDs in the cache.</source>
        <translation>Archivos, o SOP Instance, Series o Study Instance UID del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="71"/>
        <source>The DICOM file to write.</source>
        <translation>El archivo DICOM que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="73"/>
        <source>Window center and width.</source>
        <translation>Centro y anchura de ventana.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="76"/>
        <source>Rotate clockwise by 0, 90, 180 or 270 degrees.</source>
        <translation>Girar 0, 90, 180 o 270 grados en sentido horario.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="79"/>
        <source>Flip horizontally (after the rotation).</source>
        <translation>Voltear horizontalmente (después de la rotación).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="81"/>
        <source>Show the whole image magnified by Z.</source>
        <translation>Mostrar la imagen completa ampliada por un factor Z.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="84"/>
        <source>A rectangular shutter: left, top, right, bottom.</source>
        <translation>Un obturador rectangular: izquierda, arriba, derecha, abajo.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="87"/>
        <source>A circular shutter: centre and radius.</source>
        <translation>Un obturador circular: centro y radio.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="90"/>
        <source>A text anchored at X,Y (repeatable).</source>
        <translation>Un texto anclado en X,Y (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="93"/>
        <source>A line from X0,Y0 to X1,Y1 (repeatable).</source>
        <translation>Una línea de X0,Y0 a X1,Y1 (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="96"/>
        <source>The content label (made upper case, at most 16 characters).</source>
        <translation>La etiqueta del contenido (se pasa a mayúsculas, 16 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="100"/>
        <source>The content description.</source>
        <translation>La descripción del contenido.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="102"/>
        <source>The content creator&apos;s name, e.g. Doe^Jane.</source>
        <translation>El nombre del creador del contenido, p. ej. Doe^Jane.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="105"/>
        <source>The graphic layer of texts and lines (default ANNOTATION).</source>
        <translation>La capa gráfica de los textos y las líneas (predeterminada: ANNOTATION).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="115"/>
        <source>gsps: give at least one image and --out FILE.dcm</source>
        <translation>gsps: indique al menos una imagen y --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="121"/>
        <source>gsps: --wl takes C,W with a width of at least 1</source>
        <translation>gsps: --wl necesita C,W con una anchura de al menos 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="128"/>
        <source>gsps: --rotate takes 0, 90, 180 or 270</source>
        <translation>gsps: --rotate necesita 0, 90, 180 o 270</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="137"/>
        <source>gsps: --zoom takes a positive number</source>
        <translation>gsps: --zoom necesita un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="144"/>
        <source>gsps: --shutter-rect takes L,T,R,B with left &lt; right and top &lt; bottom</source>
        <translation>gsps: --shutter-rect necesita L,T,R,B con izquierda &lt; derecha y arriba &lt; abajo</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="150"/>
        <source>gsps: --shutter-circle takes X,Y,R with a radius of at least 1</source>
        <translation>gsps: --shutter-circle necesita X,Y,R con un radio de al menos 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="161"/>
        <source>gsps: --text takes X,Y,TEXT</source>
        <translation>gsps: --text necesita X,Y,TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="171"/>
        <source>gsps: --line takes X0,Y0,X1,Y1</source>
        <translation>gsps: --line necesita X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="185"/>
        <source>gsps: %1</source>
        <translation>gsps: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="209"/>
        <source>%1 is neither a file nor in the cache</source>
        <translation>%1 no es un archivo ni está en el almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="221"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="239"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="259"/>
        <source>the cache did not take it</source>
        <translation>el almacén local no lo aceptó</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="274"/>
        <source>gsps: wrote %1 but could not store it in the cache: %2</source>
        <translation>gsps: se escribió %1, pero no se pudo guardar en el almacén local: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="279"/>
        <source>Wrote %1 (%2) and stored it in the cache</source>
        <translation>Se escribió %1 (%2) y se guardó en el almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="281"/>
        <source>Wrote %1 (%2)</source>
        <translation>Se escribió %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="86"/>
        <source>Show a structured report or key object selection document: its header and content tree, codes by meaning, numbers with units.</source>
        <translation>Mostrar un informe estructurado o un documento de selección de objetos clave: su cabecera y su árbol de contenido, los códigos por su significado, los números con sus unidades.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="90"/>
        <source>Print it as text (default).</source>
        <translation>Mostrarlo como texto (predeterminado).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="91"/>
        <source>Print it as JSON.</source>
        <translation>Mostrarlo como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="93"/>
        <source>Print it as an HTML page (UTF-8).</source>
        <translation>Mostrarlo como página HTML (UTF-8).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="98"/>
        <source>sr: give one report</source>
        <translation>sr: indique un informe</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="110"/>
        <source>sr: %1 is neither a file nor an instance in the cache</source>
        <translation>sr: %1 no es un archivo ni una instancia del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="117"/>
        <source>sr: cannot read %1: %2</source>
        <translation>sr: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="122"/>
        <source>sr: %1</source>
        <translation>sr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="18"/>
        <source>Write a Key Object Selection document referencing these instances (a new series in their study); stored in the cache when they are cached.</source>
        <translation>Escribir un documento de selección de objetos clave que referencia estas instancias (una serie nueva en su estudio); se guarda en el almacén local cuando están en él.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="21"/>
        <source>Files, or SOP Instance UIDs in the cache.</source>
        <translation>Archivos, o SOP Instance UID del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="23"/>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="27"/>
        <source>Document title, a CID 7010 code (default 113000, Of Interest).</source>
        <translation>Título del documento, un código de CID 7010 (predeterminado 113000, Of Interest).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="29"/>
        <source>Key Object Description.</source>
        <translation>Key Object Description (descripción).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="36"/>
        <source>keyimages: give the instances and --out FILE.dcm</source>
        <translation>keyimages: indique las instancias y --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="40"/>
        <source>keyimages: %1 is not a CID 7010 title</source>
        <translation>keyimages: %1 no es un título de CID 7010</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="56"/>
        <source>keyimages: %1 is not one instance in the cache</source>
        <translation>keyimages: %1 no es una instancia del almacén local</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="67"/>
        <source>keyimages: cannot read %1: %2</source>
        <translation>keyimages: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="75"/>
        <source>keyimages: %1</source>
        <translation>keyimages: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="82"/>
        <source>keyimages: cannot write %1: %2</source>
        <translation>keyimages: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="91"/>
        <source>keyimages: the cache did not take %1</source>
        <translation>keyimages: el almacén local no aceptó %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>DICOM viewer workstation</source>
        <translation>Estación de visualización DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The cache folder.</source>
        <translation>La carpeta del almacén local.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation>Idioma de la interfaz (de, fr, es, ja, zh_CN).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation>No crear el estudio de demostración en un almacén local vacío.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Do not start the DICOM storage service.</source>
        <translation>No iniciar el servicio de recepción DICOM.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Exit as soon as the first page of studies is shown (start-up time measurement).</source>
        <translation>Salir en cuanto se muestre la primera página de estudios (medición del tiempo de arranque).</translation>
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
        <translation>No se puede abrir el almacén local %1:
%2</translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="69"/>
        <source>Generating the demo study…</source>
        <translation>Generando el estudio de demostración…</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="81"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation>Importando: %1 importados, %2 duplicados, %3 rechazados</translation>
    </message>
</context>
<context>
    <name>pellucid::BlendedFrameRenderer</name>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="92"/>
        <source>%1: no image plane or grey pixels; left out</source>
        <translation>%1: sin plano de imagen o sin píxeles en escala de grises; se omite</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="103"/>
        <source>the superimposed input&apos;s Modality LUT table is not applied; the images&apos; own is used</source>
        <translation>la tabla de la Modality LUT de la entrada superpuesta no se aplica; se usa la de las propias imágenes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="126"/>
        <source>%n superimposed file(s) could not be read; left out</source>
        <translation>
            <numerusform>no se pudo leer %n archivo superpuesto; se omite</numerusform>
            <numerusform>no se pudieron leer %n archivos superpuestos; se omiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="137"/>
        <source>the presentation state is not a Blending one</source>
        <translation>el estado de presentación no es de tipo Blending</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="144"/>
        <source>cannot read the pixel data: %1</source>
        <translation>no se pueden leer los datos de píxeles: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="147"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>el fotograma %1 no existe; la imagen tiene %2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="153"/>
        <source>the underlying image of a Blending state must be greyscale</source>
        <translation>la imagen subyacente de un estado Blending debe estar en escala de grises</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="156"/>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="165"/>
        <source>the Blending state does not list this image as its underlying image</source>
        <translation>el estado Blending no incluye esta imagen como imagen subyacente</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="184"/>
        <source>cannot apply the underlying input&apos;s grey steps: %1</source>
        <translation>no se pueden aplicar las transformaciones de escala de grises de la imagen subyacente: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="190"/>
        <source>underlying VOI LUT</source>
        <translation>VOI LUT de la imagen subyacente</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="192"/>
        <source>underlying without VOI transformation</source>
        <translation>imagen subyacente sin transformación VOI</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="193"/>
        <source>underlying window %1/%2</source>
        <translation>ventana de la imagen subyacente %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="199"/>
        <source>the underlying image has no image plane (position, orientation, spacing); shown without the superimposed image</source>
        <translation>la imagen subyacente no tiene plano de imagen (posición, orientación, espaciado); se muestra sin la imagen superpuesta</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="211"/>
        <source>the superimposed series %1 is not available; the underlying image is shown alone</source>
        <translation>la serie superpuesta %1 no está disponible; se muestra solo la imagen subyacente</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="225"/>
        <source>the superimposed series is in another Frame of Reference; blended without registration</source>
        <translation>la serie superpuesta está en otro marco de referencia (Frame of Reference); fusionada sin registro</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="244"/>
        <source>; superimposed window %1/%2, opacity %3</source>
        <translation>; ventana de la imagen superpuesta %1/%2, opacidad %3</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="248"/>
        <source>; opacity %1</source>
        <translation>; opacidad %1</translation>
    </message>
</context>
<context>
    <name>pellucid::FrameRenderer</name>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="46"/>
        <location filename="../core/display/FrameRenderer.cpp" line="109"/>
        <source>window %1/%2</source>
        <translation>ventana %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="49"/>
        <source>file window 1 of %1: %2/%3</source>
        <translation>ventana 1 de %1 del archivo: %2/%3</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="164"/>
        <source>file VOI LUT 1 of %1</source>
        <translation>VOI LUT 1 de %1 del archivo</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="54"/>
        <source>automatic window (1st to 99th percentile): %1/%2</source>
        <translation>ventana automática (percentiles 1 a 99): %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="103"/>
        <source>cannot apply the presentation state: %1</source>
        <translation>no se puede aplicar el estado de presentación: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="106"/>
        <source>presentation state VOI LUT</source>
        <translation>VOI LUT del estado de presentación</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="108"/>
        <source>no VOI transformation</source>
        <translation>sin transformación VOI</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="150"/>
        <source>cannot apply the VOI LUT: %1</source>
        <translation>no se puede aplicar la VOI LUT: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="179"/>
        <source>cannot read the pixel data: %1</source>
        <translation>no se pueden leer los datos de píxeles: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="182"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>el fotograma %1 no existe; la imagen tiene %2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="189"/>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation>no es un archivo DICOM (%1)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation>archivo DICOM truncado: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>no se puede leer como DICOM: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation>falta un atributo obligatorio o está vacío: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation>no es una imagen ni un documento de paciente: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation>DICOMDIR no válido: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation>falta el archivo referenciado por el DICOMDIR: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation>una referencia del DICOMDIR apunta fuera del soporte: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation>no se pudo escribir en el almacén local: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation>el disco del almacén local está lleno: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation>no se pudo registrar en el índice del almacén local: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation>una imagen sin Pixel Data: un objeto con solo cabecera, o un archivo truncado entre dos elementos</translation>
    </message>
</context>
<context>
    <name>pellucid::LocalBrowser</name>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="66"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="333"/>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="81"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="113"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Nombre del paciente (comodines * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="117"/>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="121"/>
        <source>Accession number</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="133"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="138"/>
        <source>Studies from this date</source>
        <translation>Estudios desde esta fecha</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="139"/>
        <source>Studies until this date</source>
        <translation>Estudios hasta esta fecha</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="142"/>
        <source>Any modality</source>
        <translation>Cualquier modalidad</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="169"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="170"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="171"/>
        <source>&amp;Send to…</source>
        <translation>E&amp;nviar a…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="175"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="195"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="394"/>
        <source>No study selected</source>
        <translation>Ningún estudio seleccionado</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Counting studies…</source>
        <translation>Contando estudios…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Studies found: %1</source>
        <translation>Estudios encontrados: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="416"/>
        <source>No image in this study</source>
        <translation>No hay imágenes en este estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="441"/>
        <source>Series to delete: %1.
Delete them from the local cache?</source>
        <translation>Series que se eliminarán: %1.
¿Eliminarlas del almacén local?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="442"/>
        <source>Studies to delete: %1.
Delete them with all their images from the local cache?</source>
        <translation>Estudios que se eliminarán: %1.
¿Eliminarlos del almacén local con todas sus imágenes?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="445"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="472"/>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="476"/>
        <source>Deleted studies: %1, images: %2</source>
        <translation>Estudios eliminados: %1, imágenes: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="480"/>
        <source>(%1 file(s) could not be removed: %2)</source>
        <translation>(no se pudo eliminar %1 archivo(s): %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="473"/>
        <source>Deleted series: %1, images: %2</source>
        <translation>Series eliminadas: %1, imágenes: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="491"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Send to…</source>
        <translation>Enviar a…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="492"/>
        <source>No DICOM node is configured. Add one in the settings.</source>
        <translation>No hay ningún nodo DICOM configurado. Añada uno en la configuración.</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="521"/>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Keeping the cache size failed: %1</source>
        <translation>Error al mantener el tamaño del almacén local: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Cache size limit: removed the %1 least recently used studies (%2 MB)</source>
        <translation>Límite de tamaño del almacén local: se eliminaron los %1 estudios usados menos recientemente (%2 MB)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>Received %n image(s); %1 could not be kept</source>
        <translation>
            <numerusform>%n imagen recibida; no guardadas: %1</numerusform>
            <numerusform>%n imágenes recibidas; no guardadas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Received %n image(s)</source>
        <translation>
            <numerusform>%n imagen recibida</numerusform>
            <numerusform>%n imágenes recibidas</numerusform>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>Import &amp;Files…</source>
        <translation>Importar a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation>Importar &amp;carpeta o DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Generate &amp;Demo Study</source>
        <translation>Generar estudio de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Clean Up Cache Files</source>
        <translation>&amp;Limpiar archivos del almacén local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Verify a Node (C-ECHO)…</source>
        <translation>&amp;Verificar un nodo (C-ECHO)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;About Pellucid</source>
        <translation>&amp;Acerca de Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>About Pellucid</source>
        <translation>Acerca de Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation>Pellucid %1
Una estación de diagnóstico DICOM.
Almacén local: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Local cache</source>
        <translation>Almacén local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Media</source>
        <translation>Soportes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>Looking for cache files the index does not know…</source>
        <translation>Buscando archivos del almacén local que el índice no conoce…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Removed %1 file(s) the cache index did not know</source>
        <translation>Se eliminaron %1 archivo(s) que el índice del almacén local no conocía</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation>%1 pacientes, %2 estudios, %3 series, %4 imágenes en el almacén local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="308"/>
        <source>An import is already running</source>
        <translation>Ya hay una importación en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>Import DICOM files</source>
        <translation>Importar archivos DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Import a folder or media</source>
        <translation>Importar una carpeta o un soporte</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Import failed: %1</source>
        <translation>Error en la importación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importados %1, duplicados %2, rechazados %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
</context>
<context>
    <name>pellucid::MediaBrowser</name>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="50"/>
        <source>Open &amp;DICOMDIR…</source>
        <translation>Abrir &amp;DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="51"/>
        <source>No media opened</source>
        <translation>Ningún soporte abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Patient / study / series</source>
        <translation>Paciente / estudio / serie</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="61"/>
        <source>Import &amp;all</source>
        <translation>Importar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="62"/>
        <source>Import &amp;selected</source>
        <translation>Importar &amp;selección</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="101"/>
        <source>Import failed: %1</source>
        <translation>Error en la importación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="102"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importados %1, duplicados %2, rechazados %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="106"/>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="131"/>
        <source>Reading the DICOMDIR…</source>
        <translation>Leyendo el DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="142"/>
        <source>Cannot read the DICOMDIR: %1</source>
        <translation>No se puede leer el DICOMDIR: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="144"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="159"/>
        <source>Study %1</source>
        <translation>Estudio %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="167"/>
        <source>Series %1 %2</source>
        <translation>Serie %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="186"/>
        <source>Patients: %1, studies: %2, images: %3</source>
        <translation>Pacientes: %1, estudios: %2, imágenes: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="191"/>
        <source>(%1 referenced file(s) missing)</source>
        <translation>(faltan %1 archivo(s) referenciado(s))</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="230"/>
        <source>The selected studies have no files on the media.</source>
        <translation>Los estudios seleccionados no tienen archivos en el soporte.</translation>
    </message>
</context>
<context>
    <name>pellucid::PacsBrowser</name>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="83"/>
        <source>The series query failed: %1</source>
        <translation>Error en la consulta de series: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="94"/>
        <source>Retrieve of %1 failed: %2</source>
        <translation>Error al recuperar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="113"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Nodes…</source>
        <translation>Nodos…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="115"/>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="130"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Nombre del paciente (comodines * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="131"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="132"/>
        <source>Accession number</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="147"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="150"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="163"/>
        <source>Modality in study</source>
        <translation>Modalidad en el estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="165"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="168"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="174"/>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient Name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Birth Date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Study Date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="205"/>
        <source>Retrieve Study</source>
        <translation>Recuperar estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="206"/>
        <source>Retrieve Series</source>
        <translation>Recuperar serie</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Add a Node…</source>
        <translation>Añadir un nodo…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="241"/>
        <source>No DICOM node is configured yet: add your PACS with &quot;Add a Node…&quot;.</source>
        <translation>No hay ningún nodo DICOM configurado todavía: añada su PACS con «Añadir un nodo…».</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="242"/>
        <source>No DICOM node</source>
        <translation>No hay ningún nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="298"/>
        <source>Choose a DICOM node first.</source>
        <translation>Elija primero un nodo DICOM.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="309"/>
        <source>Searching %1…</source>
        <translation>Buscando en %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="344"/>
        <source>Searching %1… studies so far: %n</source>
        <translation>
            <numerusform>Buscando en %1… estudio hasta ahora: %n</numerusform>
            <numerusform>Buscando en %1… estudios hasta ahora: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="353"/>
        <source>The first %n studies are shown; the node has more. Narrow the search.</source>
        <translation>
            <numerusform>Se muestra %n estudio; el nodo tiene más. Acote la búsqueda.</numerusform>
            <numerusform>Se muestran los primeros %n estudios; el nodo tiene más. Acote la búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="356"/>
        <source>The search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="358"/>
        <source>Search stopped; studies shown: %n</source>
        <translation>
            <numerusform>Búsqueda detenida; estudio mostrado: %n</numerusform>
            <numerusform>Búsqueda detenida; estudios mostrados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="360"/>
        <source>Studies found: %n</source>
        <translation>
            <numerusform>Estudio encontrado: %n</numerusform>
            <numerusform>Estudios encontrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="402"/>
        <source>Our AE title &quot;%1&quot; is not valid: correct it in Settings &gt; Local node.</source>
        <translation>El AE Title propio «%1» no es válido: corríjalo en Configuración &gt; Nodo local.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="407"/>
        <source>%1 sends studies by C-MOVE to our storage service (%2, port %3), which is not running. Turn it on in Settings &gt; Local node, or retrieve from this node by C-GET.</source>
        <translation>%1 envía los estudios por C-MOVE a nuestro servicio de recepción (%2, puerto %3), que no está en ejecución. Actívelo en Configuración &gt; Nodo local, o recupere de este nodo por C-GET.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="442"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="469"/>
        <source>Cannot retrieve %1: %2</source>
        <translation>No se puede recuperar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="464"/>
        <source>%1 — series %2 %3</source>
        <translation>%1 — serie %2 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateMenu</name>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="33"/>
        <source>No image shown</source>
        <translation>No se muestra ninguna imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="59"/>
        <source>No presentation state references this image</source>
        <translation>Ningún estado de presentación hace referencia a esta imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="61"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateSave</name>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="58"/>
        <source>cannot write the presentation state: %1</source>
        <translation>no se puede escribir el estado de presentación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="70"/>
        <source>the cache did not take the presentation state</source>
        <translation>el almacén local no aceptó el estado de presentación</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateWriter</name>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="51"/>
        <source>a graphic object of this type cannot have %1 points</source>
        <translation>un objeto gráfico de este tipo no puede tener %1 puntos</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="54"/>
        <source>only closed graphic objects can be filled</source>
        <translation>solo se pueden rellenar los objetos gráficos cerrados</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="60"/>
        <source>a text object has no text</source>
        <translation>un objeto de texto no tiene texto</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="62"/>
        <source>a text object is longer than 1024 characters</source>
        <translation>un objeto de texto tiene más de 1024 caracteres</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="64"/>
        <source>a text object needs an anchor point or a bounding box</source>
        <translation>un objeto de texto necesita un punto de anclaje o un cuadro delimitador</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="72"/>
        <source>a presentation state needs at least one image</source>
        <translation>un estado de presentación necesita al menos una imagen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="75"/>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>la rotación debe ser de 0, 90, 180 o 270 grados</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="79"/>
        <source>the graphic layer %1 is given twice</source>
        <translation>la capa gráfica %1 se indica dos veces</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="84"/>
        <source>no graphic layer %1 for a text object</source>
        <translation>no hay capa gráfica %1 para un objeto de texto</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="91"/>
        <source>no graphic layer %1 for a graphic object</source>
        <translation>no hay capa gráfica %1 para un objeto gráfico</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="102"/>
        <source>an image has no dataset</source>
        <translation>una imagen no tiene conjunto de datos</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="90"/>
        <source>DCMTK refused a text object</source>
        <translation>DCMTK rechazó un objeto de texto</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="99"/>
        <source>text object</source>
        <translation>objeto de texto</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="106"/>
        <source>DCMTK refused a graphic object</source>
        <translation>DCMTK rechazó un objeto gráfico</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="118"/>
        <source>graphic object</source>
        <translation>objeto gráfico</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="153"/>
        <source>the rectangular shutter is empty</source>
        <translation>el obturador rectangular está vacío</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="158"/>
        <source>the circular shutter has no radius</source>
        <translation>el obturador circular no tiene radio</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="164"/>
        <source>a polygonal shutter needs three vertices</source>
        <translation>un obturador poligonal necesita tres vértices</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="175"/>
        <source>shutter</source>
        <translation>obturador</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="199"/>
        <source>the displayed area is empty</source>
        <translation>el área mostrada está vacía</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="201"/>
        <source>the magnification must be positive</source>
        <translation>la ampliación debe ser positiva</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="206"/>
        <source>displayed area</source>
        <translation>área mostrada</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="214"/>
        <source>the window width must be at least 1</source>
        <translation>la anchura de ventana debe ser de al menos 1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="223"/>
        <source>VOI window</source>
        <translation>ventana VOI</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="245"/>
        <source>%1 is a palette colour image: it needs a Pseudo-Color Softcopy Presentation State, which Pellucid does not write yet</source>
        <translation>%1 es una imagen en color de paleta: necesita un Pseudo-Color Softcopy Presentation State, que Pellucid aún no escribe</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="250"/>
        <source>character set of %1</source>
        <translation>juego de caracteres de %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="260"/>
        <source>one presentation state cannot hold colour and grayscale images</source>
        <translation>un mismo estado de presentación no puede contener imágenes en color y en escala de grises</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="263"/>
        <source>colour images have no VOI window (PS3.3 A.33.2): give no window</source>
        <translation>las imágenes en color no tienen ventana VOI (PS3.3 A.33.2): no indique ninguna ventana</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="273"/>
        <source>%1 belongs to another study than the first image</source>
        <translation>%1 pertenece a un estudio distinto del de la primera imagen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="276"/>
        <source>%1 is given twice</source>
        <translation>%1 se indica dos veces</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="290"/>
        <source>cannot make a presentation state</source>
        <translation>no se puede crear un estado de presentación</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="295"/>
        <source>cannot reference %1</source>
        <translation>no se puede hacer referencia a %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="304"/>
        <source>spatial transformation</source>
        <translation>transformación espacial</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="322"/>
        <source>graphic layer %1</source>
        <translation>capa gráfica %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="345"/>
        <source>DCMTK cannot render %1</source>
        <translation>DCMTK no puede renderizar %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="375"/>
        <source>content identification</source>
        <translation>identificación del contenido</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="385"/>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="393"/>
        <source>cannot write the presentation state</source>
        <translation>no se puede escribir el estado de presentación</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="397"/>
        <source>cannot make the colour presentation state: %1</source>
        <translation>no se puede crear el estado de presentación en color: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::RemoteNodeDialog</name>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Add a DICOM Node</source>
        <translation>Añadir un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Edit a DICOM Node</source>
        <translation>Editar un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="28"/>
        <source>Shown in lists; the AE title when empty</source>
        <translation>Se muestra en las listas; si está vacío, el AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="40"/>
        <source>C-GET (images come back on the query connection)</source>
        <translation>C-GET (las imágenes vuelven por la conexión de la consulta)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="42"/>
        <source>C-MOVE (the node sends to our storage service)</source>
        <translation>C-MOVE (el nodo envía a nuestro servicio de recepción)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="48"/>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="55"/>
        <source>Display name:</source>
        <translation>Nombre visible:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="56"/>
        <source>AE title:</source>
        <translation>AE Title:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="57"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="58"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="59"/>
        <source>Retrieve by:</source>
        <translation>Recuperar por:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="60"/>
        <source>Connect timeout:</source>
        <translation>Tiempo de espera de conexión:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="61"/>
        <source>Response timeout:</source>
        <translation>Tiempo de espera de respuesta:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="65"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="66"/>
        <source>Send a C-ECHO to this node</source>
        <translation>Enviar un C-ECHO a este nodo</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="96"/>
        <source>The AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>El AE Title debe tener de 1 a 16 caracteres, sin barra invertida y no solo espacios.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="100"/>
        <source>Give the node&apos;s host name or IP address.</source>
        <translation>Indique el nombre de host o la dirección IP del nodo.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="106"/>
        <source>Not a usable address: %1</source>
        <translation>Dirección no utilizable: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="134"/>
        <source>Sending C-ECHO…</source>
        <translation>Enviando C-ECHO…</translation>
    </message>
</context>
<context>
    <name>pellucid::RetrieveJobs</name>
    <message>
        <location filename="../app/gui/jobs/RetrieveJobs.cpp" line="31"/>
        <source>the cache cannot take retrieved images: %1</source>
        <translation>el almacén local no puede recibir las imágenes recuperadas: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::SeriesPanel</name>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="94"/>
        <source>GSPS</source>
        <translation>GSPS</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="95"/>
        <source>Presentation states, applied by the viewer to the images they reference</source>
        <translation>Estados de presentación, aplicados por el visor a las imágenes a las que hacen referencia</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="101"/>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="102"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="103"/>
        <source>DOC</source>
        <translation>DOC</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="104"/>
        <source>Structured reports</source>
        <translation>Informes estructurados</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="105"/>
        <source>Key object selections</source>
        <translation>Selecciones de objetos clave</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="106"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>pellucid::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="52"/>
        <source>Local Node</source>
        <translation>Nodo local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="53"/>
        <source>Remote Nodes</source>
        <translation>Nodos remotos</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="54"/>
        <source>Cache</source>
        <translation>Almacén local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="55"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Receive studies (DICOM Storage SCP)</source>
        <translation>Recibir estudios (DICOM Storage SCP)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Our AE title:</source>
        <translation>AE Title propio:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Other nodes send to us (and C-MOVE retrieves arrive) at this AE title and port; each PACS must know them. Applying restarts the storage service.</source>
        <translation>Los demás nodos envían a este AE Title y puerto (también llegan aquí las recuperaciones por C-MOVE); cada PACS debe conocerlos. Al aplicar se reinicia el servicio de recepción.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>AE Title</source>
        <translation>AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Retrieve</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Changes to the nodes are saved at once.</source>
        <translation>Los cambios en los nodos se guardan de inmediato.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Default: %1</source>
        <translation>Predeterminada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>Cache folder</source>
        <translation>Carpeta del almacén local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Cache folder:</source>
        <translation>Carpeta del almacén local:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>A new cache folder is used from the next start; the studies in the current one stay where they are.</source>
        <translation>Una nueva carpeta del almacén local se usa a partir del próximo inicio; los estudios de la actual se quedan donde están.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Size limit:</source>
        <translation>Límite de tamaño:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>Above the limit, studies are removed from the cache to make room; they can be retrieved or imported again.</source>
        <translation>Por encima del límite, se eliminan estudios del almacén local para liberar espacio; se pueden recuperar o importar de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="163"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="205"/>
        <source>Our AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>El AE Title propio debe tener de 1 a 16 caracteres, sin barra invertida y no solo espacios.</translation>
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
        <translation>Añadir un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="282"/>
        <source>Edit a DICOM Node</source>
        <translation>Editar un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="291"/>
        <source>Remove a DICOM Node</source>
        <translation>Quitar un nodo DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="292"/>
        <source>Remove %1 from the nodes?</source>
        <translation>¿Quitar %1 de los nodos?</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="302"/>
        <source>Select a node first.</source>
        <translation>Seleccione primero un nodo.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="308"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>Enviando C-ECHO a %1…</translation>
    </message>
</context>
<context>
    <name>pellucid::SliceViewport</name>
    <message>
        <location filename="../render/SliceViewport.cpp" line="469"/>
        <source>Im %1 / %2</source>
        <translation>Im %1 / %2</translation>
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
        <translation>Zoom %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="481"/>
        <source>Pos %1 mm</source>
        <translation>Pos %1 mm</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="486"/>
        <source>Frame %1</source>
        <translation>Fotograma %1</translation>
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
        <translation>Media %1 DE %2 %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="535"/>
        <source>Min %1 Max %2</source>
        <translation>Mín %1 Máx %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="536"/>
        <source>Area %1 mm²</source>
        <translation>Área %1 mm²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="537"/>
        <source>Area %1 px²</source>
        <translation>Área %1 px²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="539"/>
        <source>(stored values: no modality units)</source>
        <translation>(valores almacenados: sin unidades de modalidad)</translation>
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
        <translation>Sin espaciado de píxeles: mediciones en píxeles</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="595"/>
        <source>Measured at the detector plane (Imager Pixel Spacing)</source>
        <translation>Medido en el plano del detector (Imager Pixel Spacing)</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="597"/>
        <source>Presentation state: %1</source>
        <translation>Estado de presentación: %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="599"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>no hace referencia a esta imagen</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1</source>
        <translation>PS %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1: %2</source>
        <translation>PS %1: %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StorageService</name>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="42"/>
        <source>DICOM storage service off</source>
        <translation>Servicio de recepción DICOM desactivado</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="86"/>
        <source>DICOM storage service not running: %1</source>
        <translation>El servicio de recepción DICOM no está en ejecución: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="90"/>
        <source>Receiving as %1 on port %2</source>
        <translation>Recibiendo como %1 en el puerto %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="89"/>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="91"/>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="93"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="95"/>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="97"/>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="99"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="101"/>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="103"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="105"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>pellucid::StudySend</name>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="51"/>
        <source>Sending to %1 cancelled: %2 of %3 image(s) sent.</source>
        <translation>Envío a %1 cancelado: %2 de %3 imagen(es) enviada(s).</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="55"/>
        <source>%1 of %2 image(s) sent to %3.</source>
        <translation>%1 de %2 imagen(es) enviada(s) a %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="57"/>
        <source>%1 failed.</source>
        <translation>%1 fallidas.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="65"/>
        <source>%1 image(s): %2</source>
        <translation>%1 imagen(es): %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyViewer</name>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="111"/>
        <source>The study has no series in the cache</source>
        <translation>El estudio no tiene series en el almacén local</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="129"/>
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3 (%n imagen)</numerusform>
            <numerusform>%1 %2
%3 (%n imágenes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="180"/>
        <source>Could not load the series: %1</source>
        <translation>No se pudo cargar la serie: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="183"/>
        <source>Series %1: %2</source>
        <translation>Serie %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="223"/>
        <source>Loading %1 of %2 images…</source>
        <translation>Cargando %1 de %2 imágenes…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="224"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="235"/>
        <source>Cannot read the annotation templates %1: %2</source>
        <translation>No se pueden leer las plantillas de anotación %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="242"/>
        <source>The annotation templates %1 are not usable (%2); the built-in ones are shown</source>
        <translation>Las plantillas de anotación %1 no se pueden usar (%2); se muestran las integradas</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="322"/>
        <source>Default (from the image)</source>
        <translation>Predeterminada (de la imagen)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="326"/>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="336"/>
        <source>Window %1</source>
        <translation>Ventana %1</translation>
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
        <translation>Diseño personalizado</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Rows x columns (up to 4x4):</source>
        <translation>Filas x columnas (hasta 4x4):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="423"/>
        <source>Scroll</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="424"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="425"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="426"/>
        <source>Pan</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="427"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="428"/>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="429"/>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="430"/>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="431"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="441"/>
        <source>W/L presets</source>
        <translation>Preajustes W/L</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="447"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="448"/>
        <source>The presentation states that apply to the image</source>
        <translation>Los estados de presentación que se aplican a la imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="454"/>
        <source>Save State…</source>
        <translation>Guardar estado…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="456"/>
        <source>Save the window, view and measurements as a presentation state</source>
        <translation>Guardar la ventana, la vista y las mediciones como estado de presentación</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="460"/>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="462"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="464"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="467"/>
        <source>Rotate ↻</source>
        <translation>Girar ↻</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="469"/>
        <source>Rotate ↺</source>
        <translation>Girar ↺</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="471"/>
        <source>Flip ↔</source>
        <translation>Voltear ↔</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="473"/>
        <source>Flip ↕</source>
        <translation>Voltear ↕</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="475"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="484"/>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="489"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="491"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="494"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="497"/>
        <source>Scroll viewports of the same frame of reference together</source>
        <translation>Desplazar juntas las vistas del mismo marco de referencia (Frame of Reference)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="498"/>
        <source>Ref. lines</source>
        <translation>Líneas de ref.</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="501"/>
        <source>Show where the active viewport&apos;s slice cuts the others</source>
        <translation>Mostrar la intersección del corte de la vista activa con las demás vistas</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="505"/>
        <source>Cine</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="515"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="516"/>
        <source>Cine rate</source>
        <translation>Velocidad de cine</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="522"/>
        <source>Clear measurements</source>
        <translation>Borrar mediciones</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Save Presentation State</source>
        <translation>Guardar estado de presentación</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <source>Label (shown in every viewer&apos;s list of states):</source>
        <translation>Etiqueta (se muestra en la lista de estados de cada visor):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="531"/>
        <source>READER</source>
        <translation>LECTOR</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Description (optional):</source>
        <translation>Descripción (opcional):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="544"/>
        <source>Nothing to save, or a save is running</source>
        <translation>No hay nada que guardar, o ya hay un guardado en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="554"/>
        <source>The image is not loaded yet</source>
        <translation>La imagen aún no está cargada</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="558"/>
        <source>Saving the presentation state…</source>
        <translation>Guardando el estado de presentación…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="565"/>
        <source>Could not save the presentation state: %1</source>
        <translation>No se pudo guardar el estado de presentación: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="584"/>
        <source>Saved the presentation state %1</source>
        <translation>Estado de presentación %1 guardado</translation>
    </message>
</context>
<context>
    <name>pellucid::TransferQueueView</name>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="19"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="21"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="23"/>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="112"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="25"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="40"/>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="41"/>
        <source>Clear Finished</source>
        <translation>Borrar terminadas</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Study / Series</source>
        <translation>Estudio / serie</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="117"/>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 de %2, %3 fallidas</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
</TS>
