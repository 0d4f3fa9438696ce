<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NodeEcho</name>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="39"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="52"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="71"/>
        <source>Verify a DICOM Node</source>
        <translation>DICOM-Knoten prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="40"/>
        <source>Node (a configured one, or AET@HOST:PORT):</source>
        <translation>Knoten (ein konfigurierter oder AET@HOST:PORT):</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="58"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>C-ECHO wird an %1 gesendet…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="24"/>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="27"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>SeriesDisplayLoad</name>
    <message>
        <location filename="../core/display/SeriesDisplayLoad.cpp" line="243"/>
        <source>the series holds %1 stacks; the largest is shown</source>
        <translation>die Serie enthält %1 Stapel; der größte wird angezeigt</translation>
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
        <translation>kein Pixelabstand: Entfernungen sind in Pixeln, nicht in mm</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="178"/>
        <source>positions repeat: this is acquisition %1 of %2 at the same places (phases or echoes)</source>
        <translation>Positionen wiederholen sich: dies ist Aufnahme %1 von %2 an denselben Orten (Phasen oder Echos)</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="185"/>
        <source>no slice positions: ordered by Instance Number</source>
        <translation>keine Schichtpositionen: nach Instanznummer geordnet</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="199"/>
        <source>missing slices: a gap of %1 where slices are %2 apart</source>
        <translation>fehlende Schichten: eine Lücke von %1, wo die Schichten %2 auseinanderliegen</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="206"/>
        <source>uneven slice spacing: %1 to %2</source>
        <translation>ungleichmäßiger Schichtabstand: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="218"/>
        <source>gantry tilt of %1 degrees: slices are sheared, not stacked along their normal</source>
        <translation>Gantry-Neigung von %1 Grad: die Schichten sind geschert, nicht entlang ihrer Normalen gestapelt</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="291"/>
        <source>the series splits into %1 stacks (sizes, orientations or positions differ)</source>
        <translation>die Serie zerfällt in %1 Stapel (Größen, Ausrichtungen oder Positionen unterscheiden sich)</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="21"/>
        <source>Brain</source>
        <translation>Hirn</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="22"/>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="23"/>
        <source>Stroke</source>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="24"/>
        <source>Temporal bone</source>
        <translation>Felsenbein</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="25"/>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="26"/>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="27"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="28"/>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="29"/>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="30"/>
        <source>Soft tissue</source>
        <translation>Weichteile</translation>
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
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="25"/>
        <source>The cache folder.</source>
        <translation>Der Ordner des lokalen Bildspeichers.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="46"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="133"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Bildspeicher %1 kann nicht geöffnet werden: %2</translation>
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
        <translation>Aufruf: pellucid-cli [--cache DIR] COMMAND [Optionen]

Befehle:
  import PATH...      Dateien, Ordner (rekursiv) und DICOMDIR-Datenträger in den Bildspeicher kopieren
  list                den Bildspeicher auf Patienten-, Studien-, Serien- oder Instanzebene auflisten
  dicomdir PATH       den Inhalt eines DICOMDIR anzeigen, ohne zu importieren
  echo AET@HOST:PORT  einen DICOM-Knoten prüfen (C-ECHO)
  find AET@HOST:PORT  einen DICOM-Knoten abfragen (C-FIND)
  retrieve AET@HOST:PORT  eine Studie, Serie oder Instanzen in den Bildspeicher abrufen
  send AET@HOST:PORT UID...  Studien, Serien oder Instanzen an einen Knoten senden (C-STORE)
  demo                die synthetische Demo-Studie im Bildspeicher erzeugen
  render IMAGE        ein Frame so als PNG ausgeben, wie der Viewer es anzeigt
  pstate IMAGE        die Präsentationszustände, die für ein Bild gelten, neueste zuerst
  sr REPORT           einen strukturierten Befund oder ein Key-Object-Dokument zeigen
  keyimages UID...    ein Key-Object-Selection-Dokument schreiben
  gsps IMAGE...       einen Präsentationszustand schreiben (Fensterung, Drehung, Blenden, Annotationen)
  load SERIES         eine Serie in ein Volumen laden; Geometrie, Zeit, Speicher
  serve               den DICOM-Server (Storage, Query/Retrieve) auf dem Bildspeicher betreiben

Globale Optionen:
  --cache DIR         der Ordner des Bildspeichers (Standard: $PELLUCID_CACHE, sonst %1)
  --version           die Version ausgeben

Mit &apos;pellucid-cli COMMAND --help&apos; werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>Unknown option %1</source>
        <translation>Unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>Unknown command %1</source>
        <translation>Unbekannter Befehl %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation>Die synthetische CT-Demo-Studie (ohne Patientendaten) im Bildspeicher erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation>Anzahl der Schichten (Standard: 120).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation>Zeilen und Spalten (Standard: 512).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation>Die Dateien in diesen Ordner statt in den Bildspeicher schreiben.</translation>
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
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="35"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation>demo: --slices muss zwischen 1 und 5000 liegen, --size zwischen 16 und 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="43"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="62"/>
        <source>Demo study imported: %1 images</source>
        <translation>Demo-Studie importiert: %1 Bilder</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation>Den Inhalt eines DICOMDIR anzeigen, ohne zu importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation>Eine DICOMDIR-Datei oder der Ordner, der sie enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="48"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation>dicomdir: genau eine DICOMDIR-Datei oder einen Ordner angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="59"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation>dicomdir: kein DICOMDIR in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="135"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation>DICOMDIR %1 (File-set ID „%2“)</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="153"/>
        <source>%1 of %2 files present</source>
        <translation>%1 von %2 Dateien vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation>Einen DICOM-Knoten mit C-ECHO prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <location filename="../app/cli/FindCommand.cpp" line="35"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="21"/>
        <location filename="../app/cli/SendCommand.cpp" line="88"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation>Der Knoten, als AET@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <location filename="../app/cli/FindCommand.cpp" line="50"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="35"/>
        <location filename="../app/cli/SendCommand.cpp" line="92"/>
        <location filename="../app/cli/ServeCommand.cpp" line="32"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation>Eigener AE Title (Standard: PELLUCID).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation>Wartezeit je Schritt in Sekunden (Standard: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="22"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation>echo: genau einen Knoten als AET@HOST:PORT angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="28"/>
        <source>echo: %1</source>
        <translation>echo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="32"/>
        <source>echo: invalid AE title %1</source>
        <translation>echo: ungültiger AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="38"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation>echo: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="50"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation>C-ECHO an %1 erfolgreich in %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="55"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation>C-ECHO an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation>DICOM-Dateien, Ordner (rekursiv) und DICOMDIR-Datenträger in den Bildspeicher kopieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation>Dateien, Ordner oder DICOMDIRs.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation>Parallele Lese-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr ausgeben, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="44"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation>import: mindestens eine Datei, einen Ordner oder ein DICOMDIR angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="52"/>
        <source>import: --workers needs a positive number</source>
        <translation>import: --workers erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation>%1 von %2 Dateien: %3 importiert, %4 Duplikate, %5 abgelehnt, %6 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="117"/>
        <source>%1: imported, but %2</source>
        <translation>%1: importiert, aber %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="118"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation>Importiert %1, Duplikate %2, abgelehnt %3 in %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation>Den Inhalt des Bildspeichers auflisten, mit C-FIND-Abgleich.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation>patient, study (Standard), series oder instance.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation>Abgleich KEYWORD=VALUE (DICOM-Schlüsselwort oder Tag; Platzhalter * ?, Bereiche A-B, UID-Listen a\b). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation>Höchstens N Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="69"/>
        <source>list: unexpected argument %1</source>
        <translation>list: unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="74"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation>list: unbekannte Ebene %1 (patient, study, series, instance)</translation>
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
        <translation>list: --limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="34"/>
        <source>Query a DICOM node with C-FIND.</source>
        <translation>Einen DICOM-Knoten mit C-FIND abfragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="37"/>
        <source>PATIENT, STUDY (default), SERIES or IMAGE.</source>
        <translation>PATIENT, STUDY (Standard), SERIES oder IMAGE.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="41"/>
        <source>Information model: study (default), patient or patient-study-only.</source>
        <translation>Informationsmodell: study (Standard), patient oder patient-study-only.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="45"/>
        <source>Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, UID lists a\b; empty value: return it). Repeatable.</source>
        <translation>Abgleich KEYWORD=VALUE (beliebiges DICOM-Schlüsselwort oder gggg,eeee; Platzhalter * ?, Bereiche A-B, UID-Listen a\b; leerer Wert: Attribut zurückgeben). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="49"/>
        <source>Stop (C-CANCEL) after N matches.</source>
        <translation>Nach N Treffern abbrechen (C-CANCEL).</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="53"/>
        <location filename="../app/cli/SendCommand.cpp" line="95"/>
        <source>Seconds to wait for each step (default 30).</source>
        <translation>Wartezeit je Schritt in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="57"/>
        <source>Relational query (keys of any level without the unique keys above); answered level by level when the node refuses it.</source>
        <translation>Relationale Abfrage (Schlüssel beliebiger Ebenen ohne die eindeutigen Schlüssel der übergeordneten Ebenen); lehnt der Knoten sie ab, wird Ebene für Ebene abgefragt.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="64"/>
        <source>find: give one node as AET@HOST:PORT</source>
        <translation>find: genau einen Knoten als AET@HOST:PORT angeben</translation>
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
        <translation>find: ungültiger AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="81"/>
        <source>find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)</source>
        <translation>find: unbekannte Ebene %1 (PATIENT, STUDY, SERIES, IMAGE)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="88"/>
        <source>find: unknown model %1 (study, patient, patient-study-only)</source>
        <translation>find: unbekanntes Informationsmodell %1 (study, patient, patient-study-only)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="94"/>
        <source>find: the %1 model has no %2 level</source>
        <translation>find: das Informationsmodell %1 hat keine Ebene %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="111"/>
        <source>find: --limit needs a positive number</source>
        <translation>find: --limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="118"/>
        <source>find: --timeout needs a positive number of seconds</source>
        <translation>find: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/FindCommand.cpp" line="161"/>
        <location filename="../app/cli/ListCommand.cpp" line="167"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="64"/>
        <source>Load a series into one volume as the viewer does, and report its geometry, irregularities, time and memory.</source>
        <translation>Eine Serie wie der Viewer in ein Volumen laden und Geometrie, Unregelmäßigkeiten, Zeit und Speicherbedarf ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="67"/>
        <source>A Series (or Study) Instance UID in the cache, or files and folders.</source>
        <translation>Eine Series (oder Study) Instance UID im Bildspeicher oder Dateien und Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="71"/>
        <source>Decoding threads (default: one per core).</source>
        <translation>Dekodier-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="79"/>
        <source>load: give a series UID or files</source>
        <translation>load: eine Serien-UID oder Dateien angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="86"/>
        <source>load: --threads takes a number</source>
        <translation>load: --threads erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="100"/>
        <source>load: %1 is neither a path nor a UID in the cache</source>
        <translation>load: %1 ist weder ein Pfad noch eine UID im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="141"/>
        <source>load: %1</source>
        <translation>load: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="174"/>
        <source>%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms</source>
        <translation>%1 Schichten zu %2 x %3 (%4) in %5 ms, erstes Bild nach %6 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="51"/>
        <source>Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, Modality LUT, MONOCHROME1, overlays).</source>
        <translation>Ein Frame eines Bildes so als PNG rendern, wie der Viewer es anzeigt (Fenster, VOI LUT, Modality LUT, MONOCHROME1, Overlays).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="54"/>
        <location filename="../app/cli/SrCommand.cpp" line="89"/>
        <source>A file, or a SOP Instance UID in the cache.</source>
        <translation>Eine Datei oder eine SOP Instance UID im Bildspeicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="55"/>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="76"/>
        <source>List the presentation states in the cache that apply to an image, newest first: the first is the one the viewer and render apply.</source>
        <translation>Die Präsentationszustände im Bildspeicher auflisten, die für ein Bild gelten, neueste zuerst: Der erste ist derjenige, den der Viewer und render anwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="79"/>
        <source>A SOP Instance UID in the cache.</source>
        <translation>Eine SOP Instance UID im Bildspeicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="81"/>
        <location filename="../app/cli/RenderCommand.cpp" line="58"/>
        <source>Frame number, from 1 (default 1).</source>
        <translation>Frame-Nummer, ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="86"/>
        <source>Print what a presentation state file holds as read (layers, graphics, text, displayed areas, rotation, flip, warnings), as JSON.</source>
        <translation>Den Inhalt einer Präsentationszustandsdatei so, wie er gelesen wird (Ebenen, Grafiken, Text, Anzeigebereiche, Drehung, Spiegelung, Warnungen), als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="97"/>
        <source>pstate: %1</source>
        <translation>pstate: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="106"/>
        <source>pstate: give one SOP Instance UID (and --frame from 1)</source>
        <translation>pstate: genau eine SOP Instance UID angeben (und --frame ab 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="116"/>
        <source>pstate: %1 is not an instance in the cache</source>
        <translation>pstate: %1 ist keine Instanz im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="125"/>
        <source>pstate: skipped %1</source>
        <translation>pstate: übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>render: cannot list %1</source>
        <translation>render: %1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="61"/>
        <source>Window center and width instead of the file&apos;s.</source>
        <translation>Fensterzentrum und -breite anstelle der Werte aus der Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>Output size; the image is fitted and centered.</source>
        <translation>Ausgabegröße; das Bild wird eingepasst und zentriert.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="67"/>
        <source>Do not burn in overlays.</source>
        <translation>Overlays nicht einbrennen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="70"/>
        <source>A presentation state to apply: a file, a SOP Instance UID in the cache, or &quot;none&quot;. Default: the newest one in the cache that references the image.</source>
        <translation>Ein anzuwendender Präsentationszustand: eine Datei, eine SOP Instance UID im Bildspeicher oder „none“. Standard: der neueste im Bildspeicher, der das Bild referenziert.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>With a Blending presentation state: a folder holding the superimposed series (default: the series in the cache).</source>
        <translation>Bei einem Blending-Präsentationszustand: ein Ordner mit der überlagerten Serie (Standard: die Serie im Bildspeicher).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="81"/>
        <source>With a presentation state: crop and scale to its displayed area, as the viewer shows it.</source>
        <translation>Bei einem Präsentationszustand: auf dessen Anzeigebereich zuschneiden und skalieren, wie der Viewer es anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="85"/>
        <source>Show an XA/XRF frame as stored, without subtracting its mask frames.</source>
        <translation>Ein XA/XRF-Bild wie gespeichert zeigen, ohne seine Maskenbilder abzuziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="91"/>
        <source>render: give one image and --out FILE.png</source>
        <translation>render: genau ein Bild und --out FILE.png angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="98"/>
        <source>render: --frame counts from 1</source>
        <translation>render: --frame zählt ab 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="107"/>
        <source>render: --wl takes CENTER,WIDTH with a width of at least 1</source>
        <translation>render: --wl erwartet CENTER,WIDTH mit einer Breite von mindestens 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="119"/>
        <source>render: --size takes WxH, e.g. 512x512</source>
        <translation>render: --size erwartet WxH, z. B. 512x512</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="140"/>
        <source>render: %1 is neither a file nor an instance in the cache</source>
        <translation>render: %1 ist weder eine Datei noch eine Instanz im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="142"/>
        <source>render: %1 is a series or study; give one instance</source>
        <translation>render: %1 ist eine Serie oder Studie; genau eine Instanz angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="162"/>
        <source>render: %1 is neither a file nor a presentation state in the cache</source>
        <translation>render: %1 ist weder eine Datei noch ein Präsentationszustand im Bildspeicher</translation>
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
        <translation>render: Präsentationszustand: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="211"/>
        <source>render: cannot write %1</source>
        <translation>render: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="20"/>
        <source>Retrieve a study, series or instances from a DICOM node into the cache.</source>
        <translation>Eine Studie, Serie oder Instanzen von einem DICOM-Knoten in den Bildspeicher abrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="23"/>
        <source>get (C-GET, default) or move (C-MOVE to us).</source>
        <translation>get (C-GET, Standard) oder move (C-MOVE an diese Station).</translation>
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
        <translation>SOP Instance UID (erfordert --series). Mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="33"/>
        <source>Our Storage SCP port for --method move.</source>
        <translation>Port des eigenen Storage SCP für --method move.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="38"/>
        <source>Seconds to wait for each step (default 60).</source>
        <translation>Wartezeit je Schritt in Sekunden (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="45"/>
        <source>retrieve: give one node as AET@HOST:PORT</source>
        <translation>retrieve: genau einen Knoten als AET@HOST:PORT angeben</translation>
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
        <translation>retrieve: ungültiger AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="70"/>
        <source>retrieve: --method is get or move</source>
        <translation>retrieve: --method ist get oder move</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="76"/>
        <source>retrieve: --timeout needs a positive number of seconds</source>
        <translation>retrieve: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="85"/>
        <source>retrieve: --method move needs --port N, where the node sends to us (it must know our AE title at that port)</source>
        <translation>retrieve: --method move erfordert --port N, den Port, an den der Knoten an uns sendet (er muss unseren AE Title mit diesem Port kennen)</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="95"/>
        <source>%1 received, %2 remaining, %3 failed</source>
        <translation>%1 empfangen, %2 ausstehend, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="119"/>
        <source>retrieve: cannot listen on port %1: %2</source>
        <translation>retrieve: Empfang auf Port %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="169"/>
        <source>retrieved %1 instance(s): %2 new, %3 already in the cache</source>
        <translation>%1 Instanz(en) abgerufen: %2 neu, %3 bereits im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="62"/>
        <source>send: %1 is not a study, series or instance in the cache</source>
        <translation>send: %1 ist keine Studie, Serie oder Instanz im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="87"/>
        <source>Send studies, series or instances from the cache to a DICOM node (C-STORE).</source>
        <translation>Studien, Serien oder Instanzen aus dem Bildspeicher an einen DICOM-Knoten senden (C-STORE).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="90"/>
        <source>Study, series or SOP instance UIDs (or files).</source>
        <translation>UIDs von Studien, Serien oder SOP-Instanzen (oder Dateien).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="99"/>
        <source>Ask the node to commit what was sent (storage commitment) and wait for its answer, for at most --timeout seconds.</source>
        <translation>Den Knoten um Bestätigung der Übernahme bitten (Storage Commitment) und höchstens --timeout Sekunden auf die Antwort warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="103"/>
        <source>Our port for the node&apos;s commitment report on a new association (default 11112; the node must know our AE title at this port).</source>
        <translation>Eigener Port für den Commitment-Bericht des Knotens auf einer neuen Assoziation (Standard: 11112; der Knoten muss unseren AE Title mit diesem Port kennen).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="112"/>
        <source>send: give a node as AET@HOST:PORT and at least one UID</source>
        <translation>send: einen Knoten als AET@HOST:PORT und mindestens eine UID angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="118"/>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="122"/>
        <source>send: invalid AE title %1</source>
        <translation>send: ungültiger AE Title %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="128"/>
        <source>send: --timeout needs a positive number of seconds</source>
        <translation>send: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="136"/>
        <source>send: --port needs a port number</source>
        <translation>send: --port erwartet eine Portnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="156"/>
        <source>send: cannot listen for commitment reports on port %1: %2</source>
        <translation>send: Empfang von Commitment-Berichten auf Port %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="216"/>
        <source>send: %1: not committed (%2)</source>
        <translation>send: %1: nicht bestätigt (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="225"/>
        <source>send: %1: %2 (%3)</source>
        <translation>send: %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="241"/>
        <source>send: %1 sent (%2 with warnings), %3 failed to %4</source>
        <translation>send: %1 gesendet (%2 mit Warnungen), %3 fehlgeschlagen, an %4</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="248"/>
        <source>send: storage commitment failed: %1</source>
        <translation>send: Storage Commitment fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="31"/>
        <source>Run the DICOM server over the cache: storage, query/retrieve and echo.</source>
        <translation>Den DICOM-Server auf dem Bildspeicher betreiben: Storage, Query/Retrieve und Echo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="35"/>
        <source>TCP port to listen on (default 11112).</source>
        <translation>TCP-Port, auf dem empfangen wird (Standard: 11112).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="39"/>
        <source>Accept associations only from this calling AE title (repeatable).</source>
        <translation>Assoziationen nur von diesem Calling AE Title annehmen (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="43"/>
        <source>A C-MOVE destination, as AET@HOST:PORT (repeatable).</source>
        <translation>Ein C-MOVE-Ziel als AET@HOST:PORT (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="46"/>
        <source>Accept associations whatever AE title they call (default: ours only).</source>
        <translation>Assoziationen unabhängig vom gerufenen AE Title annehmen (Standard: nur den eigenen).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>Offer storage and echo only, no query/retrieve.</source>
        <translation>Nur Storage und Echo anbieten, kein Query/Retrieve.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="51"/>
        <source>Associations served at the same time (default 32).</source>
        <translation>Gleichzeitig bediente Assoziationen (Standard: 32).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="54"/>
        <source>Seconds to wait for a peer&apos;s message (default 60).</source>
        <translation>Wartezeit auf eine Nachricht der Gegenstelle in Sekunden (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="57"/>
        <source>Print one JSON object per received instance.</source>
        <translation>Ein JSON-Objekt pro empfangener Instanz ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>serve: unexpected argument %1</source>
        <translation>serve: unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="76"/>
        <source>serve: invalid port %1</source>
        <translation>serve: ungültiger Port %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="81"/>
        <source>serve: --max-associations needs a positive number</source>
        <translation>serve: --max-associations erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="86"/>
        <source>serve: --timeout needs a positive number of seconds</source>
        <translation>serve: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="91"/>
        <source>serve: invalid AE title %1</source>
        <translation>serve: ungültiger AE Title %1</translation>
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
        <translation>%1: %2 nicht gespeichert: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="144"/>
        <source>Listening as %1 on port %2 (cache %3)</source>
        <translation>Empfangsbereit als %1 auf Port %2 (Bildspeicher %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="150"/>
        <source>Stopping: finishing the running associations</source>
        <translation>Wird beendet: laufende Assoziationen werden abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="63"/>
        <source>Write a presentation state for images, as the viewer&apos;s &quot;Save presentation state&quot; does: grayscale (GSPS), or colour (CSPS) for colour images. Coordinates are image pixels. The state is also stored in the cache when the images are in it.</source>
        <translation>Einen Präsentationszustand für Bilder schreiben, wie es „Präsentationszustand speichern“ im Viewer tut: Graustufen (GSPS) oder, für Farbbilder, Farbe (CSPS). Koordinaten sind Bildpixel. Der Zustand wird auch im Bildspeicher abgelegt, wenn die Bilder dort liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="69"/>
        <source>Files, or SOP Instance, Series or Study Instance UIDs in the cache.</source>
        <translation>Dateien oder SOP Instance, Series oder Study Instance UIDs im Bildspeicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="71"/>
        <source>The DICOM file to write.</source>
        <translation>Die zu schreibende DICOM-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="73"/>
        <source>Window center and width.</source>
        <translation>Fensterzentrum und -breite.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="76"/>
        <source>Rotate clockwise by 0, 90, 180 or 270 degrees.</source>
        <translation>Im Uhrzeigersinn um 0, 90, 180 oder 270 Grad drehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="79"/>
        <source>Flip horizontally (after the rotation).</source>
        <translation>Horizontal spiegeln (nach der Drehung).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="81"/>
        <source>Show the whole image magnified by Z.</source>
        <translation>Das ganze Bild mit dem Faktor Z vergrößert anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="84"/>
        <source>A rectangular shutter: left, top, right, bottom.</source>
        <translation>Eine rechteckige Blende: links, oben, rechts, unten.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="87"/>
        <source>A circular shutter: centre and radius.</source>
        <translation>Eine kreisförmige Blende: Mittelpunkt und Radius.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="90"/>
        <source>A text anchored at X,Y (repeatable).</source>
        <translation>Ein Text mit Ankerpunkt X,Y (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="93"/>
        <source>A line from X0,Y0 to X1,Y1 (repeatable).</source>
        <translation>Eine Linie von X0,Y0 nach X1,Y1 (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="96"/>
        <source>The content label (made upper case, at most 16 characters).</source>
        <translation>Die Inhaltsbezeichnung (wird in Großbuchstaben umgewandelt, höchstens 16 Zeichen).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="100"/>
        <source>The content description.</source>
        <translation>Die Inhaltsbeschreibung.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="102"/>
        <source>The content creator&apos;s name, e.g. Doe^Jane.</source>
        <translation>Der Name des Inhaltserstellers, z. B. Doe^Jane.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="105"/>
        <source>The graphic layer of texts and lines (default ANNOTATION).</source>
        <translation>Die Grafikebene für Texte und Linien (Standard: ANNOTATION).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="115"/>
        <source>gsps: give at least one image and --out FILE.dcm</source>
        <translation>gsps: mindestens ein Bild und --out FILE.dcm angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="121"/>
        <source>gsps: --wl takes C,W with a width of at least 1</source>
        <translation>gsps: --wl erwartet C,W mit einer Breite von mindestens 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="128"/>
        <source>gsps: --rotate takes 0, 90, 180 or 270</source>
        <translation>gsps: --rotate erwartet 0, 90, 180 oder 270</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="137"/>
        <source>gsps: --zoom takes a positive number</source>
        <translation>gsps: --zoom erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="144"/>
        <source>gsps: --shutter-rect takes L,T,R,B with left &lt; right and top &lt; bottom</source>
        <translation>gsps: --shutter-rect erwartet L,T,R,B mit links &lt; rechts und oben &lt; unten</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="150"/>
        <source>gsps: --shutter-circle takes X,Y,R with a radius of at least 1</source>
        <translation>gsps: --shutter-circle erwartet X,Y,R mit einem Radius von mindestens 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="161"/>
        <source>gsps: --text takes X,Y,TEXT</source>
        <translation>gsps: --text erwartet X,Y,TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="171"/>
        <source>gsps: --line takes X0,Y0,X1,Y1</source>
        <translation>gsps: --line erwartet X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="185"/>
        <source>gsps: %1</source>
        <translation>gsps: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="209"/>
        <source>%1 is neither a file nor in the cache</source>
        <translation>%1 ist weder eine Datei noch im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="221"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="239"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="259"/>
        <source>the cache did not take it</source>
        <translation>vom Bildspeicher nicht angenommen</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="274"/>
        <source>gsps: wrote %1 but could not store it in the cache: %2</source>
        <translation>gsps: %1 geschrieben, konnte aber nicht im Bildspeicher abgelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="279"/>
        <source>Wrote %1 (%2) and stored it in the cache</source>
        <translation>%1 (%2) geschrieben und im Bildspeicher abgelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="281"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1 (%2) geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="86"/>
        <source>Show a structured report or key object selection document: its header and content tree, codes by meaning, numbers with units.</source>
        <translation>Einen strukturierten Befund oder ein Key-Object-Selection-Dokument zeigen: Kopfdaten und Inhaltsbaum, Codes mit ihrer Bedeutung, Zahlen mit Einheiten.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="90"/>
        <source>Print it as text (default).</source>
        <translation>Als Text ausgeben (Standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="91"/>
        <source>Print it as JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="93"/>
        <source>Print it as an HTML page (UTF-8).</source>
        <translation>Als HTML-Seite ausgeben (UTF-8).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="98"/>
        <source>sr: give one report</source>
        <translation>sr: einen Befund angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="110"/>
        <source>sr: %1 is neither a file nor an instance in the cache</source>
        <translation>sr: %1 ist weder eine Datei noch eine Instanz im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="117"/>
        <source>sr: cannot read %1: %2</source>
        <translation>sr: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="122"/>
        <source>sr: %1</source>
        <translation>sr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="18"/>
        <source>Write a Key Object Selection document referencing these instances (a new series in their study); stored in the cache when they are cached.</source>
        <translation>Ein Key-Object-Selection-Dokument schreiben, das auf diese Instanzen verweist (eine neue Serie in ihrer Studie); im Bildspeicher abgelegt, wenn sie dort sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="21"/>
        <source>Files, or SOP Instance UIDs in the cache.</source>
        <translation>Dateien oder SOP Instance UIDs im Bildspeicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="23"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="27"/>
        <source>Document title, a CID 7010 code (default 113000, Of Interest).</source>
        <translation>Dokumenttitel, ein Code aus CID 7010 (Standard 113000, Of Interest).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="29"/>
        <source>Key Object Description.</source>
        <translation>Key Object Description (Beschreibung).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="36"/>
        <source>keyimages: give the instances and --out FILE.dcm</source>
        <translation>keyimages: die Instanzen und --out FILE.dcm angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="40"/>
        <source>keyimages: %1 is not a CID 7010 title</source>
        <translation>keyimages: %1 ist kein Titel aus CID 7010</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="56"/>
        <source>keyimages: %1 is not one instance in the cache</source>
        <translation>keyimages: %1 ist nicht genau eine Instanz im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="67"/>
        <source>keyimages: cannot read %1: %2</source>
        <translation>keyimages: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="75"/>
        <source>keyimages: %1</source>
        <translation>keyimages: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="82"/>
        <source>keyimages: cannot write %1: %2</source>
        <translation>keyimages: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="91"/>
        <source>keyimages: the cache did not take %1</source>
        <translation>keyimages: %1 wurde vom Bildspeicher nicht angenommen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>DICOM viewer workstation</source>
        <translation>DICOM-Viewer-Arbeitsstation</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The cache folder.</source>
        <translation>Der Ordner des lokalen Bildspeichers.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation>Sprache der Benutzeroberfläche (de, fr, es, ja, zh_CN).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation>Die Demo-Studie in einem leeren Bildspeicher nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Do not start the DICOM storage service.</source>
        <translation>Den DICOM-Empfangsdienst nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Exit as soon as the first page of studies is shown (start-up time measurement).</source>
        <translation>Beenden, sobald die erste Seite der Studien angezeigt wird (Messung der Startzeit).</translation>
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
        <translation>Der Bildspeicher %1 kann nicht geöffnet werden:
%2</translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="69"/>
        <source>Generating the demo study…</source>
        <translation>Demo-Studie wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="81"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation>Import läuft: %1 importiert, %2 Duplikate, %3 abgelehnt</translation>
    </message>
</context>
<context>
    <name>pellucid::BlendedFrameRenderer</name>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="92"/>
        <source>%1: no image plane or grey pixels; left out</source>
        <translation>%1: keine Bildebene oder keine Graustufenpixel; ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="103"/>
        <source>the superimposed input&apos;s Modality LUT table is not applied; the images&apos; own is used</source>
        <translation>die Tabelle der Modality LUT der überlagerten Eingabe wird nicht angewendet; es wird die der Bilder selbst verwendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="126"/>
        <source>%n superimposed file(s) could not be read; left out</source>
        <translation>
            <numerusform>%n überlagerte Datei konnte nicht gelesen werden; ausgelassen</numerusform>
            <numerusform>%n überlagerte Dateien konnten nicht gelesen werden; ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="137"/>
        <source>the presentation state is not a Blending one</source>
        <translation>der Präsentationszustand ist kein Blending-Präsentationszustand</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="144"/>
        <source>cannot read the pixel data: %1</source>
        <translation>Pixeldaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="147"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>Frame %1 existiert nicht; das Bild hat %2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="153"/>
        <source>the underlying image of a Blending state must be greyscale</source>
        <translation>das zugrunde liegende Bild eines Blending-Zustands muss ein Graustufenbild sein</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="156"/>
        <source>cannot decode: %1</source>
        <translation>Dekodierung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="165"/>
        <source>the Blending state does not list this image as its underlying image</source>
        <translation>der Blending-Zustand führt dieses Bild nicht als zugrunde liegendes Bild</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="184"/>
        <source>cannot apply the underlying input&apos;s grey steps: %1</source>
        <translation>die Graustufentransformationen des zugrunde liegenden Bilds können nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="190"/>
        <source>underlying VOI LUT</source>
        <translation>VOI LUT des zugrunde liegenden Bilds</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="192"/>
        <source>underlying without VOI transformation</source>
        <translation>zugrunde liegendes Bild ohne VOI-Transformation</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="193"/>
        <source>underlying window %1/%2</source>
        <translation>Fenster des zugrunde liegenden Bilds %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="199"/>
        <source>the underlying image has no image plane (position, orientation, spacing); shown without the superimposed image</source>
        <translation>das zugrunde liegende Bild hat keine Bildebene (Position, Ausrichtung, Abstand); ohne das überlagerte Bild angezeigt</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="211"/>
        <source>the superimposed series %1 is not available; the underlying image is shown alone</source>
        <translation>die überlagerte Serie %1 ist nicht verfügbar; das zugrunde liegende Bild wird allein angezeigt</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="225"/>
        <source>the superimposed series is in another Frame of Reference; blended without registration</source>
        <translation>die überlagerte Serie liegt in einem anderen Frame of Reference; ohne Registrierung überlagert</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="244"/>
        <source>; superimposed window %1/%2, opacity %3</source>
        <translation>; Fenster des überlagerten Bilds %1/%2, Deckkraft %3</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="248"/>
        <source>; opacity %1</source>
        <translation>; Deckkraft %1</translation>
    </message>
</context>
<context>
    <name>pellucid::FrameRenderer</name>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="46"/>
        <location filename="../core/display/FrameRenderer.cpp" line="109"/>
        <source>window %1/%2</source>
        <translation>Fenster %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="49"/>
        <source>file window 1 of %1: %2/%3</source>
        <translation>Fenster 1 von %1 aus der Datei: %2/%3</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="164"/>
        <source>file VOI LUT 1 of %1</source>
        <translation>VOI LUT 1 von %1 aus der Datei</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="54"/>
        <source>automatic window (1st to 99th percentile): %1/%2</source>
        <translation>automatisches Fenster (1. bis 99. Perzentil): %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="103"/>
        <source>cannot apply the presentation state: %1</source>
        <translation>der Präsentationszustand kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="106"/>
        <source>presentation state VOI LUT</source>
        <translation>VOI LUT des Präsentationszustands</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="108"/>
        <source>no VOI transformation</source>
        <translation>keine VOI-Transformation</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="150"/>
        <source>cannot apply the VOI LUT: %1</source>
        <translation>VOI-LUT kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="179"/>
        <source>cannot read the pixel data: %1</source>
        <translation>Pixeldaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="182"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>Frame %1 existiert nicht; das Bild hat %2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="189"/>
        <source>cannot decode: %1</source>
        <translation>Dekodierung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation>keine DICOM-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation>abgeschnittene DICOM-Datei: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>nicht als DICOM lesbar: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation>Pflichtattribut fehlt oder ist leer: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation>kein Patientenbild oder -dokument: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation>ungültiges DICOMDIR: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation>vom DICOMDIR referenzierte Datei fehlt: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation>DICOMDIR-Verweis zeigt außerhalb des Datenträgers: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation>konnte nicht in den Bildspeicher geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation>der Datenträger des Bildspeichers ist voll: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation>konnte nicht im Index des Bildspeichers erfasst werden: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation>ein Bild ohne Pixel Data: ein Objekt nur mit Header oder eine zwischen zwei Elementen abgeschnittene Datei</translation>
    </message>
</context>
<context>
    <name>pellucid::LocalBrowser</name>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="66"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="333"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="81"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="113"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Patientenname (Platzhalter * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="117"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="121"/>
        <source>Accession number</source>
        <translation>Accession-Nummer</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="133"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="138"/>
        <source>Studies from this date</source>
        <translation>Studien ab diesem Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="139"/>
        <source>Studies until this date</source>
        <translation>Studien bis zu diesem Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="142"/>
        <source>Any modality</source>
        <translation>Alle Modalitäten</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="169"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="170"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="171"/>
        <source>&amp;Send to…</source>
        <translation>&amp;Senden an…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="175"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="195"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="394"/>
        <source>No study selected</source>
        <translation>Keine Studie ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Counting studies…</source>
        <translation>Studien werden gezählt…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Studies found: %1</source>
        <translation>Gefundene Studien: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="416"/>
        <source>No image in this study</source>
        <translation>Kein Bild in dieser Studie</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="441"/>
        <source>Series to delete: %1.
Delete them from the local cache?</source>
        <translation>Zu löschende Serien: %1.
Aus dem lokalen Bildspeicher löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="442"/>
        <source>Studies to delete: %1.
Delete them with all their images from the local cache?</source>
        <translation>Zu löschende Studien: %1.
Mit allen Bildern aus dem lokalen Bildspeicher löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="445"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="472"/>
        <source>Could not delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="476"/>
        <source>Deleted studies: %1, images: %2</source>
        <translation>Gelöschte Studien: %1, Bilder: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="480"/>
        <source>(%1 file(s) could not be removed: %2)</source>
        <translation>(%1 Datei(en) nicht entfernt: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="473"/>
        <source>Deleted series: %1, images: %2</source>
        <translation>Gelöschte Serien: %1, Bilder: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="491"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Send to…</source>
        <translation>Senden an…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="492"/>
        <source>No DICOM node is configured. Add one in the settings.</source>
        <translation>Kein DICOM-Knoten eingerichtet. Fügen Sie in den Einstellungen einen hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="521"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Keeping the cache size failed: %1</source>
        <translation>Einhalten der Bildspeichergröße fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Cache size limit: removed the %1 least recently used studies (%2 MB)</source>
        <translation>Größenlimit des Bildspeichers: die %1 am längsten nicht verwendeten Studien entfernt (%2 MB)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>Received %n image(s); %1 could not be kept</source>
        <translation>
            <numerusform>%n Bild empfangen; nicht gespeichert: %1</numerusform>
            <numerusform>%n Bilder empfangen; nicht gespeichert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Received %n image(s)</source>
        <translation>
            <numerusform>%n Bild empfangen</numerusform>
            <numerusform>%n Bilder empfangen</numerusform>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation>&amp;Ordner oder DICOMDIR importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Generate &amp;Demo Study</source>
        <translation>De&amp;mo-Studie erzeugen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Clean Up Cache Files</source>
        <translation>Bildspeicher-Dateien &amp;aufräumen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Verify a Node (C-ECHO)…</source>
        <translation>Knoten &amp;prüfen (C-ECHO)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;About Pellucid</source>
        <translation>&amp;Über Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>About Pellucid</source>
        <translation>Über Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation>Pellucid %1
Eine DICOM-Befundungsstation.
Bildspeicher: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Local cache</source>
        <translation>Lokaler Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Media</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>Looking for cache files the index does not know…</source>
        <translation>Suche nach Dateien im Bildspeicher, die der Index nicht kennt…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Removed %1 file(s) the cache index did not know</source>
        <translation>%1 Datei(en) entfernt, die der Index des Bildspeichers nicht kannte</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation>%1 Patienten, %2 Studien, %3 Serien, %4 Bilder im Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="308"/>
        <source>An import is already running</source>
        <translation>Es läuft bereits ein Import</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>Import DICOM files</source>
        <translation>DICOM-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Import a folder or media</source>
        <translation>Ordner oder Datenträger importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importiert %1, Duplikate %2, abgelehnt %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>pellucid::MediaBrowser</name>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="50"/>
        <source>Open &amp;DICOMDIR…</source>
        <translation>DICOMDIR ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="51"/>
        <source>No media opened</source>
        <translation>Kein Datenträger geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Patient / study / series</source>
        <translation>Patient / Studie / Serie</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="61"/>
        <source>Import &amp;all</source>
        <translation>&amp;Alle importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="62"/>
        <source>Import &amp;selected</source>
        <translation>A&amp;uswahl importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="101"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="102"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importiert %1, Duplikate %2, abgelehnt %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="106"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>Open a DICOMDIR</source>
        <translation>DICOMDIR öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="131"/>
        <source>Reading the DICOMDIR…</source>
        <translation>DICOMDIR wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="142"/>
        <source>Cannot read the DICOMDIR: %1</source>
        <translation>Das DICOMDIR kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="144"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="159"/>
        <source>Study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="167"/>
        <source>Series %1 %2</source>
        <translation>Serie %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="186"/>
        <source>Patients: %1, studies: %2, images: %3</source>
        <translation>Patienten: %1, Studien: %2, Bilder: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="191"/>
        <source>(%1 referenced file(s) missing)</source>
        <translation>(%1 referenzierte Datei(en) fehlen)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="230"/>
        <source>The selected studies have no files on the media.</source>
        <translation>Die ausgewählten Studien haben keine Dateien auf dem Datenträger.</translation>
    </message>
</context>
<context>
    <name>pellucid::PacsBrowser</name>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="83"/>
        <source>The series query failed: %1</source>
        <translation>Die Serienabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="94"/>
        <source>Retrieve of %1 failed: %2</source>
        <translation>Abruf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="113"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Nodes…</source>
        <translation>Knoten…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="115"/>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="130"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Patientenname (Platzhalter * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="131"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="132"/>
        <source>Accession number</source>
        <translation>Accession-Nummer</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="147"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="150"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="163"/>
        <source>Modality in study</source>
        <translation>Modalität in der Studie</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="165"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="168"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="174"/>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient Name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Birth Date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Study Date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Accession</source>
        <translation>Accession-Nr.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="205"/>
        <source>Retrieve Study</source>
        <translation>Studie abrufen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="206"/>
        <source>Retrieve Series</source>
        <translation>Serie abrufen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Add a Node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="241"/>
        <source>No DICOM node is configured yet: add your PACS with &quot;Add a Node…&quot;.</source>
        <translation>Kein DICOM-Knoten eingerichtet: Fügen Sie Ihr PACS mit „Knoten hinzufügen…“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="242"/>
        <source>No DICOM node</source>
        <translation>Kein DICOM-Knoten</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="298"/>
        <source>Choose a DICOM node first.</source>
        <translation>Wählen Sie zuerst einen DICOM-Knoten.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="309"/>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="344"/>
        <source>Searching %1… studies so far: %n</source>
        <translation>
            <numerusform>%1 wird durchsucht… bisher %n Studie</numerusform>
            <numerusform>%1 wird durchsucht… bisher %n Studien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="353"/>
        <source>The first %n studies are shown; the node has more. Narrow the search.</source>
        <translation>
            <numerusform>%n Studie wird angezeigt; der Knoten hat mehr. Schränken Sie die Suche ein.</numerusform>
            <numerusform>Die ersten %n Studien werden angezeigt; der Knoten hat mehr. Schränken Sie die Suche ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="356"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="358"/>
        <source>Search stopped; studies shown: %n</source>
        <translation>
            <numerusform>Suche angehalten; angezeigte Studie: %n</numerusform>
            <numerusform>Suche angehalten; angezeigte Studien: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="360"/>
        <source>Studies found: %n</source>
        <translation>
            <numerusform>Gefundene Studie: %n</numerusform>
            <numerusform>Gefundene Studien: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="402"/>
        <source>Our AE title &quot;%1&quot; is not valid: correct it in Settings &gt; Local node.</source>
        <translation>Der eigene AE Title „%1“ ist ungültig: Korrigieren Sie ihn unter Einstellungen &gt; Lokaler Knoten.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="407"/>
        <source>%1 sends studies by C-MOVE to our storage service (%2, port %3), which is not running. Turn it on in Settings &gt; Local node, or retrieve from this node by C-GET.</source>
        <translation>%1 sendet Studien per C-MOVE an den eigenen Empfangsdienst (%2, Port %3), der nicht läuft. Schalten Sie ihn unter Einstellungen &gt; Lokaler Knoten ein oder rufen Sie von diesem Knoten per C-GET ab.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="442"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="469"/>
        <source>Cannot retrieve %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="464"/>
        <source>%1 — series %2 %3</source>
        <translation>%1 — Serie %2 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateMenu</name>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="33"/>
        <source>No image shown</source>
        <translation>Kein Bild angezeigt</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="59"/>
        <source>No presentation state references this image</source>
        <translation>Kein Präsentationszustand referenziert dieses Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="61"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateSave</name>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="58"/>
        <source>cannot write the presentation state: %1</source>
        <translation>der Präsentationszustand kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="70"/>
        <source>the cache did not take the presentation state</source>
        <translation>der Bildspeicher hat den Präsentationszustand nicht angenommen</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateWriter</name>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="51"/>
        <source>a graphic object of this type cannot have %1 points</source>
        <translation>ein Grafikobjekt dieses Typs kann nicht %1 Punkte haben</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="54"/>
        <source>only closed graphic objects can be filled</source>
        <translation>nur geschlossene Grafikobjekte können gefüllt werden</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="60"/>
        <source>a text object has no text</source>
        <translation>ein Textobjekt hat keinen Text</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="62"/>
        <source>a text object is longer than 1024 characters</source>
        <translation>ein Textobjekt ist länger als 1024 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="64"/>
        <source>a text object needs an anchor point or a bounding box</source>
        <translation>ein Textobjekt benötigt einen Ankerpunkt oder einen Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="72"/>
        <source>a presentation state needs at least one image</source>
        <translation>ein Präsentationszustand benötigt mindestens ein Bild</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="75"/>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>die Drehung muss 0, 90, 180 oder 270 Grad betragen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="79"/>
        <source>the graphic layer %1 is given twice</source>
        <translation>die Grafikebene %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="84"/>
        <source>no graphic layer %1 for a text object</source>
        <translation>keine Grafikebene %1 für ein Textobjekt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="91"/>
        <source>no graphic layer %1 for a graphic object</source>
        <translation>keine Grafikebene %1 für ein Grafikobjekt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="102"/>
        <source>an image has no dataset</source>
        <translation>ein Bild hat keinen Datensatz</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="90"/>
        <source>DCMTK refused a text object</source>
        <translation>DCMTK hat ein Textobjekt abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="99"/>
        <source>text object</source>
        <translation>Textobjekt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="106"/>
        <source>DCMTK refused a graphic object</source>
        <translation>DCMTK hat ein Grafikobjekt abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="118"/>
        <source>graphic object</source>
        <translation>Grafikobjekt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="153"/>
        <source>the rectangular shutter is empty</source>
        <translation>die rechteckige Blende ist leer</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="158"/>
        <source>the circular shutter has no radius</source>
        <translation>die kreisförmige Blende hat keinen Radius</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="164"/>
        <source>a polygonal shutter needs three vertices</source>
        <translation>eine polygonale Blende benötigt drei Eckpunkte</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="175"/>
        <source>shutter</source>
        <translation>Blende</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="199"/>
        <source>the displayed area is empty</source>
        <translation>der Anzeigebereich ist leer</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="201"/>
        <source>the magnification must be positive</source>
        <translation>die Vergrößerung muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="206"/>
        <source>displayed area</source>
        <translation>Anzeigebereich</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="214"/>
        <source>the window width must be at least 1</source>
        <translation>die Fensterbreite muss mindestens 1 betragen</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="223"/>
        <source>VOI window</source>
        <translation>VOI-Fenster</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="245"/>
        <source>%1 is a palette colour image: it needs a Pseudo-Color Softcopy Presentation State, which Pellucid does not write yet</source>
        <translation>%1 ist ein Palettenfarbbild: es benötigt einen Pseudo-Color Softcopy Presentation State, den Pellucid noch nicht schreibt</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="250"/>
        <source>character set of %1</source>
        <translation>Zeichensatz von %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="260"/>
        <source>one presentation state cannot hold colour and grayscale images</source>
        <translation>ein Präsentationszustand kann nicht zugleich Farb- und Graustufenbilder enthalten</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="263"/>
        <source>colour images have no VOI window (PS3.3 A.33.2): give no window</source>
        <translation>Farbbilder haben kein VOI-Fenster (PS3.3 A.33.2): kein Fenster angeben</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="273"/>
        <source>%1 belongs to another study than the first image</source>
        <translation>%1 gehört zu einer anderen Studie als das erste Bild</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="276"/>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="290"/>
        <source>cannot make a presentation state</source>
        <translation>ein Präsentationszustand kann nicht erzeugt werden</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="295"/>
        <source>cannot reference %1</source>
        <translation>%1 kann nicht referenziert werden</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="304"/>
        <source>spatial transformation</source>
        <translation>räumliche Transformation</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="322"/>
        <source>graphic layer %1</source>
        <translation>Grafikebene %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="345"/>
        <source>DCMTK cannot render %1</source>
        <translation>DCMTK kann %1 nicht rendern</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="375"/>
        <source>content identification</source>
        <translation>Inhaltsidentifikation</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="385"/>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="393"/>
        <source>cannot write the presentation state</source>
        <translation>der Präsentationszustand kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="397"/>
        <source>cannot make the colour presentation state: %1</source>
        <translation>der Farb-Präsentationszustand kann nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::RemoteNodeDialog</name>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Add a DICOM Node</source>
        <translation>DICOM-Knoten hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Edit a DICOM Node</source>
        <translation>DICOM-Knoten bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="28"/>
        <source>Shown in lists; the AE title when empty</source>
        <translation>In Listen angezeigt; wenn leer, der AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="40"/>
        <source>C-GET (images come back on the query connection)</source>
        <translation>C-GET (Bilder kommen über die Abfrageverbindung zurück)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="42"/>
        <source>C-MOVE (the node sends to our storage service)</source>
        <translation>C-MOVE (der Knoten sendet an den eigenen Empfangsdienst)</translation>
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
        <translation>Anzeigename:</translation>
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
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="59"/>
        <source>Retrieve by:</source>
        <translation>Abruf per:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="60"/>
        <source>Connect timeout:</source>
        <translation>Verbindungs-Timeout:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="61"/>
        <source>Response timeout:</source>
        <translation>Antwort-Timeout:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="65"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="66"/>
        <source>Send a C-ECHO to this node</source>
        <translation>Ein C-ECHO an diesen Knoten senden</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="96"/>
        <source>The AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>Der AE Title muss 1 bis 16 Zeichen lang sein, darf keinen Backslash enthalten und nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="100"/>
        <source>Give the node&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Knotens an.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="106"/>
        <source>Not a usable address: %1</source>
        <translation>Keine verwendbare Adresse: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="134"/>
        <source>Sending C-ECHO…</source>
        <translation>C-ECHO wird gesendet…</translation>
    </message>
</context>
<context>
    <name>pellucid::RetrieveJobs</name>
    <message>
        <location filename="../app/gui/jobs/RetrieveJobs.cpp" line="31"/>
        <source>the cache cannot take retrieved images: %1</source>
        <translation>der Bildspeicher kann keine abgerufenen Bilder aufnehmen: %1</translation>
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
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="94"/>
        <source>GSPS</source>
        <translation>GSPS</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="95"/>
        <source>Presentation states, applied by the viewer to the images they reference</source>
        <translation>Präsentationszustände, vom Viewer auf die referenzierten Bilder angewendet</translation>
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
        <translation>DOK</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="104"/>
        <source>Structured reports</source>
        <translation>Strukturierte Befunde</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="105"/>
        <source>Key object selections</source>
        <translation>Key-Object-Auswahlen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="106"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>pellucid::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="52"/>
        <source>Local Node</source>
        <translation>Lokaler Knoten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="53"/>
        <source>Remote Nodes</source>
        <translation>Entfernte Knoten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="54"/>
        <source>Cache</source>
        <translation>Bildspeicher</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="55"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Receive studies (DICOM Storage SCP)</source>
        <translation>Studien empfangen (DICOM Storage SCP)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Our AE title:</source>
        <translation>Eigener AE Title:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Other nodes send to us (and C-MOVE retrieves arrive) at this AE title and port; each PACS must know them. Applying restarts the storage service.</source>
        <translation>Andere Knoten senden an diesen AE Title und Port (auch Abrufe per C-MOVE kommen hier an); jedes PACS muss beide kennen. Anwenden startet den Empfangsdienst neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Retrieve</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Changes to the nodes are saved at once.</source>
        <translation>Änderungen an den Knoten werden sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>Cache folder</source>
        <translation>Ordner des Bildspeichers</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Cache folder:</source>
        <translation>Ordner des Bildspeichers:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>A new cache folder is used from the next start; the studies in the current one stay where they are.</source>
        <translation>Ein neuer Ordner des Bildspeichers wird ab dem nächsten Start verwendet; die Studien im aktuellen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Size limit:</source>
        <translation>Größenlimit:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>Above the limit, studies are removed from the cache to make room; they can be retrieved or imported again.</source>
        <translation>Oberhalb des Limits werden Studien aus dem Bildspeicher entfernt, um Platz zu schaffen; sie können erneut abgerufen oder importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="163"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wird beim nächsten Start geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="205"/>
        <source>Our AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>Der eigene AE Title muss 1 bis 16 Zeichen lang sein, darf keinen Backslash enthalten und nicht nur aus Leerzeichen bestehen.</translation>
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
        <translation>DICOM-Knoten hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="282"/>
        <source>Edit a DICOM Node</source>
        <translation>DICOM-Knoten bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="291"/>
        <source>Remove a DICOM Node</source>
        <translation>DICOM-Knoten entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="292"/>
        <source>Remove %1 from the nodes?</source>
        <translation>%1 aus den Knoten entfernen?</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="302"/>
        <source>Select a node first.</source>
        <translation>Wählen Sie zuerst einen Knoten.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="308"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>C-ECHO wird an %1 gesendet…</translation>
    </message>
</context>
<context>
    <name>pellucid::SliceViewport</name>
    <message>
        <location filename="../render/SliceViewport.cpp" line="469"/>
        <source>Im %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="473"/>
        <source>VOI LUT</source>
        <translation>VOI-LUT</translation>
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
        <translation>Frame %1</translation>
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
        <translation>Mittel %1 SD %2 %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="535"/>
        <source>Min %1 Max %2</source>
        <translation>Min %1 Max %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="536"/>
        <source>Area %1 mm²</source>
        <translation>Fläche %1 mm²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="537"/>
        <source>Area %1 px²</source>
        <translation>Fläche %1 px²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="539"/>
        <source>(stored values: no modality units)</source>
        <translation>(gespeicherte Werte: keine Modalitätseinheiten)</translation>
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
        <translation>Kein Pixelabstand: Messungen in Pixeln</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="595"/>
        <source>Measured at the detector plane (Imager Pixel Spacing)</source>
        <translation>Gemessen in der Detektorebene (Imager Pixel Spacing)</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="597"/>
        <source>Presentation state: %1</source>
        <translation>Präsentationszustand: %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="599"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
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
        <translation>er referenziert dieses Bild nicht</translation>
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
        <translation>DICOM-Empfangsdienst aus</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="86"/>
        <source>DICOM storage service not running: %1</source>
        <translation>DICOM-Empfangsdienst läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="90"/>
        <source>Receiving as %1 on port %2</source>
        <translation>Empfang als %1 auf Port %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="89"/>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="91"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="93"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="95"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="97"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="99"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="101"/>
        <source>Accession</source>
        <translation>Accession-Nr.</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="103"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="105"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>pellucid::StudySend</name>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="51"/>
        <source>Sending to %1 cancelled: %2 of %3 image(s) sent.</source>
        <translation>Senden an %1 abgebrochen: %2 von %3 Bild(ern) gesendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="55"/>
        <source>%1 of %2 image(s) sent to %3.</source>
        <translation>%1 von %2 Bild(ern) an %3 gesendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="57"/>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="65"/>
        <source>%1 image(s): %2</source>
        <translation>%1 Bild(er): %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyViewer</name>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="111"/>
        <source>The study has no series in the cache</source>
        <translation>Die Studie hat keine Serien im Bildspeicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="129"/>
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3 (%n Bild)</numerusform>
            <numerusform>%1 %2
%3 (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="180"/>
        <source>Could not load the series: %1</source>
        <translation>Die Serie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="183"/>
        <source>Series %1: %2</source>
        <translation>Serie %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="223"/>
        <source>Loading %1 of %2 images…</source>
        <translation>Wird geladen: %1 von %2 Bildern…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="224"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="235"/>
        <source>Cannot read the annotation templates %1: %2</source>
        <translation>Die Beschriftungsvorlagen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="242"/>
        <source>The annotation templates %1 are not usable (%2); the built-in ones are shown</source>
        <translation>Die Beschriftungsvorlagen %1 sind nicht verwendbar (%2); die eingebauten werden angezeigt</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="322"/>
        <source>Default (from the image)</source>
        <translation>Standard (aus dem Bild)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="326"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="336"/>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
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
        <translation>Benutzerdefiniertes Layout</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Rows x columns (up to 4x4):</source>
        <translation>Zeilen x Spalten (bis 4x4):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="423"/>
        <source>Scroll</source>
        <translation>Blättern</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="424"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="425"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="426"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="427"/>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="428"/>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="429"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="430"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="431"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="441"/>
        <source>W/L presets</source>
        <translation>W/L-Vorlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="447"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="448"/>
        <source>The presentation states that apply to the image</source>
        <translation>Die Präsentationszustände, die für das Bild gelten</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="454"/>
        <source>Save State…</source>
        <translation>Zustand speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="456"/>
        <source>Save the window, view and measurements as a presentation state</source>
        <translation>Fensterung, Ansicht und Messungen als Präsentationszustand speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="460"/>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="462"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="464"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="467"/>
        <source>Rotate ↻</source>
        <translation>Drehen ↻</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="469"/>
        <source>Rotate ↺</source>
        <translation>Drehen ↺</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="471"/>
        <source>Flip ↔</source>
        <translation>Spiegeln ↔</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="473"/>
        <source>Flip ↕</source>
        <translation>Spiegeln ↕</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="475"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="484"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="489"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="491"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="494"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="497"/>
        <source>Scroll viewports of the same frame of reference together</source>
        <translation>Ansichten mit demselben Frame of Reference gemeinsam blättern</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="498"/>
        <source>Ref. lines</source>
        <translation>Ref.-Linien</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="501"/>
        <source>Show where the active viewport&apos;s slice cuts the others</source>
        <translation>Zeigen, wo die Schicht der aktiven Ansicht die anderen schneidet</translation>
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
        <translation>Cine-Bildrate</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="522"/>
        <source>Clear measurements</source>
        <translation>Messungen löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Save Presentation State</source>
        <translation>Präsentationszustand speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <source>Label (shown in every viewer&apos;s list of states):</source>
        <translation>Bezeichnung (in der Zustandsliste jedes Viewers angezeigt):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="531"/>
        <source>READER</source>
        <translation>BEFUNDER</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Description (optional):</source>
        <translation>Beschreibung (optional):</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="544"/>
        <source>Nothing to save, or a save is running</source>
        <translation>Nichts zu speichern, oder es läuft bereits eine Speicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="554"/>
        <source>The image is not loaded yet</source>
        <translation>Das Bild ist noch nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="558"/>
        <source>Saving the presentation state…</source>
        <translation>Präsentationszustand wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="565"/>
        <source>Could not save the presentation state: %1</source>
        <translation>Der Präsentationszustand konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="584"/>
        <source>Saved the presentation state %1</source>
        <translation>Präsentationszustand %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>pellucid::TransferQueueView</name>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="19"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="21"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="23"/>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="112"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="25"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="40"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="41"/>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Study / Series</source>
        <translation>Studie / Serie</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="117"/>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 von %2, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
</TS>
