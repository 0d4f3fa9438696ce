<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NodeEcho</name>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="39"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="52"/>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="71"/>
        <source>Verify a DICOM Node</source>
        <translation>Vérifier un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="40"/>
        <source>Node (a configured one, or AET@HOST:PORT):</source>
        <translation>Nœud (un nœud configuré, ou AET@HOST:PORT)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="58"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>Envoi du C-ECHO à %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="24"/>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/NodeEcho.cpp" line="27"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 n’a pas répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SeriesDisplayLoad</name>
    <message>
        <location filename="../core/display/SeriesDisplayLoad.cpp" line="243"/>
        <source>the series holds %1 stacks; the largest is shown</source>
        <translation>la série contient %1 piles&#xa0;; la plus grande est affichée</translation>
    </message>
</context>
<context>
    <name>SeriesVolume</name>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="105"/>
        <source>%1 mm</source>
        <translation>%1&#xa0;mm</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="171"/>
        <source>no pixel spacing: distances are in pixels, not mm</source>
        <translation>pas d’espacement des pixels&#xa0;: les distances sont en pixels, pas en mm</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="178"/>
        <source>positions repeat: this is acquisition %1 of %2 at the same places (phases or echoes)</source>
        <translation>positions répétées&#xa0;: ceci est l’acquisition %1 sur %2 aux mêmes emplacements (phases ou échos)</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="185"/>
        <source>no slice positions: ordered by Instance Number</source>
        <translation>pas de positions de coupe&#xa0;: ordonnées par numéro d’instance</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="199"/>
        <source>missing slices: a gap of %1 where slices are %2 apart</source>
        <translation>coupes manquantes&#xa0;: un écart de %1 là où les coupes sont espacées de %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="206"/>
        <source>uneven slice spacing: %1 to %2</source>
        <translation>espacement des coupes irrégulier&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="218"/>
        <source>gantry tilt of %1 degrees: slices are sheared, not stacked along their normal</source>
        <translation>inclinaison du statif de %1 degrés&#xa0;: les coupes sont cisaillées, non empilées le long de leur normale</translation>
    </message>
    <message>
        <location filename="../core/pixel/SeriesVolume.cpp" line="291"/>
        <source>the series splits into %1 stacks (sizes, orientations or positions differ)</source>
        <translation>la série se divise en %1 piles (tailles, orientations ou positions différentes)</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="21"/>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="22"/>
        <source>Subdural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="23"/>
        <source>Stroke</source>
        <translation>AVC</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="24"/>
        <source>Temporal bone</source>
        <translation>Rocher</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="25"/>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="26"/>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="27"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="28"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="29"/>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../core/display/WindowPresets.cpp" line="30"/>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
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
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="25"/>
        <source>The cache folder.</source>
        <translation>Le dossier du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="46"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="133"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d’ouvrir le stockage local %1&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: pellucid-cli [--cache DIR] COMMAND [options]

Commandes&#xa0;:
  import PATH...      copier des fichiers, des dossiers (récursivement) et des supports DICOMDIR dans le stockage local
  list                lister le stockage local au niveau patient, examen, série ou instance
  dicomdir PATH       afficher le contenu d’un DICOMDIR, sans l’importer
  echo AET@HOST:PORT  vérifier un nœud DICOM (C-ECHO)
  find AET@HOST:PORT  interroger un nœud DICOM (C-FIND)
  retrieve AET@HOST:PORT  récupérer un examen, une série ou des instances dans le stockage local
  send AET@HOST:PORT UID...  envoyer des examens, des séries ou des instances vers un nœud (C-STORE)
  demo                générer l’examen de démonstration synthétique dans le stockage local
  render IMAGE        rendre une trame en PNG telle que la visionneuse l’affiche
  pstate IMAGE        les états de présentation qui s’appliquent à une image, du plus récent au plus ancien
  sr REPORT           afficher un compte rendu structuré ou un document d’objets clés
  keyimages UID...    écrire un document de sélection d’objets clés
  gsps IMAGE...       écrire un état de présentation (fenêtrage, rotation, obturateurs, annotations)
  load SERIES         charger une série dans un volume&#xa0;; géométrie, temps, mémoire
  serve               exécuter le serveur DICOM (Storage, Query/Retrieve) sur le stockage local

Options globales&#xa0;:
  --cache DIR         le dossier du stockage local (par défaut&#xa0;: $PELLUCID_CACHE, sinon %1)
  --version           afficher la version

Exécutez «&#xa0;pellucid-cli COMMAND --help&#xa0;» pour afficher les options d’une commande.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>Unknown option %1</source>
        <translation>Option inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>Unknown command %1</source>
        <translation>Commande inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="15"/>
        <source>Generate the synthetic CT demo study (no patient data) into the cache.</source>
        <translation>Générer l’examen CT de démonstration synthétique (sans données patient) dans le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="17"/>
        <source>Number of slices (default 120).</source>
        <translation>Nombre de coupes (120 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="20"/>
        <source>Rows and columns (default 512).</source>
        <translation>Lignes et colonnes (512 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="23"/>
        <source>Write the files to this folder instead of the cache.</source>
        <translation>Écrire les fichiers dans ce dossier au lieu du stockage local.</translation>
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
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="35"/>
        <source>demo: --slices must be 1-5000 and --size 16-4096</source>
        <translation>demo: --slices doit être compris entre 1 et 5000, et --size entre 16 et 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="43"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="62"/>
        <source>Demo study imported: %1 images</source>
        <translation>Examen de démonstration importé&#xa0;: %1 images</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="40"/>
        <source>Show what a DICOMDIR holds, without importing.</source>
        <translation>Afficher le contenu d’un DICOMDIR, sans l’importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="42"/>
        <source>A DICOMDIR file, or the folder that holds one.</source>
        <translation>Un fichier DICOMDIR, ou le dossier qui le contient.</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="48"/>
        <source>dicomdir: give one DICOMDIR file or folder</source>
        <translation>dicomdir: indiquez un fichier DICOMDIR ou un dossier</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="59"/>
        <source>dicomdir: no DICOMDIR in %1</source>
        <translation>dicomdir: aucun DICOMDIR dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="135"/>
        <source>DICOMDIR %1 (File-set ID &quot;%2&quot;)</source>
        <translation>DICOMDIR %1 (File-set ID «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/cli/DicomdirCommand.cpp" line="153"/>
        <source>%1 of %2 files present</source>
        <translation>%1 fichiers présents sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="10"/>
        <source>Verify a DICOM node with C-ECHO.</source>
        <translation>Vérifier un nœud DICOM par C-ECHO.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="11"/>
        <location filename="../app/cli/FindCommand.cpp" line="35"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="21"/>
        <location filename="../app/cli/SendCommand.cpp" line="88"/>
        <source>The node, as AET@HOST:PORT.</source>
        <translation>Le nœud, sous la forme AET@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="12"/>
        <location filename="../app/cli/FindCommand.cpp" line="50"/>
        <location filename="../app/cli/RetrieveCommand.cpp" line="35"/>
        <location filename="../app/cli/SendCommand.cpp" line="92"/>
        <location filename="../app/cli/ServeCommand.cpp" line="32"/>
        <source>Our AE title (default PELLUCID).</source>
        <translation>AE Title local (PELLUCID par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="15"/>
        <source>Seconds to wait for each step (default 10).</source>
        <translation>Délai d’attente de chaque étape, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="22"/>
        <source>echo: give one node as AET@HOST:PORT</source>
        <translation>echo: indiquez un nœud sous la forme AET@HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="28"/>
        <source>echo: %1</source>
        <translation>echo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="32"/>
        <source>echo: invalid AE title %1</source>
        <translation>echo: AE Title non valide %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="38"/>
        <source>echo: --timeout needs a positive number of seconds</source>
        <translation>echo: --timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="50"/>
        <source>C-ECHO to %1 succeeded in %2 ms</source>
        <translation>C-ECHO vers %1 réussi en %2 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/EchoCommand.cpp" line="55"/>
        <source>C-ECHO to %1 failed: %2</source>
        <translation>Échec du C-ECHO vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Copy DICOM files, folders (recursively) and DICOMDIR media into the cache.</source>
        <translation>Copier des fichiers DICOM, des dossiers (récursivement) et des supports DICOMDIR dans le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="30"/>
        <source>Files, folders or DICOMDIRs.</source>
        <translation>Fichiers, dossiers ou DICOMDIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="34"/>
        <source>Parallel readers (default: one per core).</source>
        <translation>Lecteurs parallèles (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="37"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Afficher la progression sur stderr même si ce n’est pas un terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="44"/>
        <source>import: give at least one file, folder or DICOMDIR</source>
        <translation>import: indiquez au moins un fichier, un dossier ou un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="52"/>
        <source>import: --workers needs a positive number</source>
        <translation>import: --workers attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="71"/>
        <source>%1 of %2 files: %3 imported, %4 duplicates, %5 rejected, %6 MB</source>
        <translation>%1 fichiers sur %2&#xa0;: %3 importés, %4 doublons, %5 rejetés, %6 Mo</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="117"/>
        <source>%1: imported, but %2</source>
        <translation>%1: importé, mais %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="118"/>
        <source>Imported %1, duplicates %2, rejected %3 in %4 s%5</source>
        <translation>Importés %1, doublons %2, rejetés %3 en %4 s%5</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="123"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="52"/>
        <source>List what the cache holds, with C-FIND matching.</source>
        <translation>Lister le contenu du stockage local, avec la mise en correspondance de C-FIND.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="54"/>
        <source>patient, study (default), series or instance.</source>
        <translation>patient, study (par défaut), series ou instance.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="58"/>
        <source>Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, ranges A-B, UID lists a\b). Repeatable.</source>
        <translation>Critère KEYWORD=VALUE (mot-clé ou balise DICOM&#xa0;; caractères génériques * ?, plages A-B, listes d’UID a\b). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="62"/>
        <source>At most N results.</source>
        <translation>Au plus N résultats.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="69"/>
        <source>list: unexpected argument %1</source>
        <translation>list: argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="74"/>
        <source>list: unknown level %1 (patient, study, series, instance)</source>
        <translation>list: niveau inconnu %1 (patient, study, series, instance)</translation>
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
        <translation>list: --limit attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="34"/>
        <source>Query a DICOM node with C-FIND.</source>
        <translation>Interroger un nœud DICOM par C-FIND.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="37"/>
        <source>PATIENT, STUDY (default), SERIES or IMAGE.</source>
        <translation>PATIENT, STUDY (par défaut), SERIES ou IMAGE.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="41"/>
        <source>Information model: study (default), patient or patient-study-only.</source>
        <translation>Modèle d’information&#xa0;: study (par défaut), patient ou patient-study-only.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="45"/>
        <source>Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, UID lists a\b; empty value: return it). Repeatable.</source>
        <translation>Critère KEYWORD=VALUE (tout mot-clé DICOM ou gggg,eeee&#xa0;; caractères génériques * ?, plages A-B, listes d’UID a\b&#xa0;; valeur vide&#xa0;: renvoyer l’attribut). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="49"/>
        <source>Stop (C-CANCEL) after N matches.</source>
        <translation>Arrêter (C-CANCEL) après N résultats.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="53"/>
        <location filename="../app/cli/SendCommand.cpp" line="95"/>
        <source>Seconds to wait for each step (default 30).</source>
        <translation>Délai d’attente de chaque étape, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="57"/>
        <source>Relational query (keys of any level without the unique keys above); answered level by level when the node refuses it.</source>
        <translation>Requête relationnelle (clés de n’importe quel niveau sans les clés uniques des niveaux supérieurs)&#xa0;; traitée niveau par niveau si le nœud la refuse.</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="64"/>
        <source>find: give one node as AET@HOST:PORT</source>
        <translation>find: indiquez un nœud sous la forme AET@HOST:PORT</translation>
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
        <translation>find: AE Title non valide %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="81"/>
        <source>find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)</source>
        <translation>find: niveau inconnu %1 (PATIENT, STUDY, SERIES, IMAGE)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="88"/>
        <source>find: unknown model %1 (study, patient, patient-study-only)</source>
        <translation>find: modèle d’information inconnu %1 (study, patient, patient-study-only)</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="94"/>
        <source>find: the %1 model has no %2 level</source>
        <translation>find: le modèle d’information %1 n’a pas de niveau %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="111"/>
        <source>find: --limit needs a positive number</source>
        <translation>find: --limit attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/FindCommand.cpp" line="118"/>
        <source>find: --timeout needs a positive number of seconds</source>
        <translation>find: --timeout attend un nombre de secondes positif</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/FindCommand.cpp" line="161"/>
        <location filename="../app/cli/ListCommand.cpp" line="167"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="64"/>
        <source>Load a series into one volume as the viewer does, and report its geometry, irregularities, time and memory.</source>
        <translation>Charger une série dans un volume comme le fait la visionneuse, et indiquer sa géométrie, ses irrégularités, le temps et la mémoire utilisés.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="67"/>
        <source>A Series (or Study) Instance UID in the cache, or files and folders.</source>
        <translation>Un Series (ou Study) Instance UID du stockage local, ou des fichiers et des dossiers.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="71"/>
        <source>Decoding threads (default: one per core).</source>
        <translation>Threads de décodage (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="79"/>
        <source>load: give a series UID or files</source>
        <translation>load: indiquez un UID de série ou des fichiers</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="86"/>
        <source>load: --threads takes a number</source>
        <translation>load: --threads attend un nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="100"/>
        <source>load: %1 is neither a path nor a UID in the cache</source>
        <translation>load: %1 n’est ni un chemin ni un UID du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="141"/>
        <source>load: %1</source>
        <translation>load: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="174"/>
        <source>%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms</source>
        <translation>%1 coupes de %2 x %3 (%4) en %5 ms, première image après %6 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="51"/>
        <source>Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, Modality LUT, MONOCHROME1, overlays).</source>
        <translation>Rendre une trame d’une image en PNG, telle que la visionneuse l’affiche (fenêtre, VOI LUT, Modality LUT, MONOCHROME1, overlays).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="54"/>
        <location filename="../app/cli/SrCommand.cpp" line="89"/>
        <source>A file, or a SOP Instance UID in the cache.</source>
        <translation>Un fichier, ou un SOP Instance UID du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="55"/>
        <source>The PNG file to write.</source>
        <translation>Le fichier PNG à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="76"/>
        <source>List the presentation states in the cache that apply to an image, newest first: the first is the one the viewer and render apply.</source>
        <translation>Lister les états de présentation du stockage local qui s’appliquent à une image, du plus récent au plus ancien&#xa0;: le premier est celui qu’appliquent la visionneuse et render.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="79"/>
        <source>A SOP Instance UID in the cache.</source>
        <translation>Un SOP Instance UID du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="81"/>
        <location filename="../app/cli/RenderCommand.cpp" line="58"/>
        <source>Frame number, from 1 (default 1).</source>
        <translation>Numéro de trame, à partir de 1 (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="86"/>
        <source>Print what a presentation state file holds as read (layers, graphics, text, displayed areas, rotation, flip, warnings), as JSON.</source>
        <translation>Afficher au format JSON le contenu d’un fichier d’état de présentation tel qu’il est lu (calques, graphiques, texte, zones affichées, rotation, retournement, avertissements).</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="97"/>
        <source>pstate: %1</source>
        <translation>pstate: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="106"/>
        <source>pstate: give one SOP Instance UID (and --frame from 1)</source>
        <translation>pstate: indiquez un SOP Instance UID (et --frame à partir de 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="116"/>
        <source>pstate: %1 is not an instance in the cache</source>
        <translation>pstate: %1 n’est pas une instance du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/PstateCommand.cpp" line="125"/>
        <source>pstate: skipped %1</source>
        <translation>pstate: ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="35"/>
        <source>render: cannot list %1</source>
        <translation>render: impossible de lister %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="61"/>
        <source>Window center and width instead of the file&apos;s.</source>
        <translation>Centre et largeur de fenêtre à la place de ceux du fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="64"/>
        <source>Output size; the image is fitted and centered.</source>
        <translation>Taille de sortie&#xa0;; l’image est ajustée et centrée.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="67"/>
        <source>Do not burn in overlays.</source>
        <translation>Ne pas incruster les overlays.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="70"/>
        <source>A presentation state to apply: a file, a SOP Instance UID in the cache, or &quot;none&quot;. Default: the newest one in the cache that references the image.</source>
        <translation>Un état de présentation à appliquer&#xa0;: un fichier, un SOP Instance UID du stockage local, ou «&#xa0;none&#xa0;». Par défaut&#xa0;: le plus récent du stockage local qui référence l’image.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="76"/>
        <source>With a Blending presentation state: a folder holding the superimposed series (default: the series in the cache).</source>
        <translation>Avec un état de présentation Blending&#xa0;: un dossier contenant la série superposée (par défaut&#xa0;: la série du stockage local).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="81"/>
        <source>With a presentation state: crop and scale to its displayed area, as the viewer shows it.</source>
        <translation>Avec un état de présentation&#xa0;: recadrer et mettre à l’échelle selon sa zone affichée, comme le fait la visionneuse.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="85"/>
        <source>Show an XA/XRF frame as stored, without subtracting its mask frames.</source>
        <translation>Afficher une image XA/XRF telle qu’enregistrée, sans soustraire ses images de masque.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="91"/>
        <source>render: give one image and --out FILE.png</source>
        <translation>render: indiquez une image et --out FILE.png</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="98"/>
        <source>render: --frame counts from 1</source>
        <translation>render: --frame commence à 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="107"/>
        <source>render: --wl takes CENTER,WIDTH with a width of at least 1</source>
        <translation>render: --wl attend CENTER,WIDTH avec une largeur d’au moins 1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="119"/>
        <source>render: --size takes WxH, e.g. 512x512</source>
        <translation>render: --size attend WxH, par exemple 512x512</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="140"/>
        <source>render: %1 is neither a file nor an instance in the cache</source>
        <translation>render: %1 n’est ni un fichier ni une instance du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="142"/>
        <source>render: %1 is a series or study; give one instance</source>
        <translation>render: %1 est une série ou un examen&#xa0;; indiquez une instance</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="162"/>
        <source>render: %1 is neither a file nor a presentation state in the cache</source>
        <translation>render: %1 n’est ni un fichier ni un état de présentation du stockage local</translation>
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
        <translation>render: état de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="211"/>
        <source>render: cannot write %1</source>
        <translation>render: impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="20"/>
        <source>Retrieve a study, series or instances from a DICOM node into the cache.</source>
        <translation>Récupérer un examen, une série ou des instances depuis un nœud DICOM dans le stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="23"/>
        <source>get (C-GET, default) or move (C-MOVE to us).</source>
        <translation>get (C-GET, par défaut) ou move (C-MOVE vers ce poste).</translation>
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
        <translation>SOP Instance UID (nécessite --series). Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="33"/>
        <source>Our Storage SCP port for --method move.</source>
        <translation>Port du Storage SCP local pour --method move.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="38"/>
        <source>Seconds to wait for each step (default 60).</source>
        <translation>Délai d’attente de chaque étape, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="45"/>
        <source>retrieve: give one node as AET@HOST:PORT</source>
        <translation>retrieve: indiquez un nœud sous la forme AET@HOST:PORT</translation>
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
        <translation>retrieve: AE Title non valide %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="70"/>
        <source>retrieve: --method is get or move</source>
        <translation>retrieve: --method vaut get ou move</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="76"/>
        <source>retrieve: --timeout needs a positive number of seconds</source>
        <translation>retrieve: --timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="85"/>
        <source>retrieve: --method move needs --port N, where the node sends to us (it must know our AE title at that port)</source>
        <translation>retrieve: --method move nécessite --port N, le port sur lequel le nœud nous envoie les images (il doit connaître notre AE Title sur ce port)</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="95"/>
        <source>%1 received, %2 remaining, %3 failed</source>
        <translation>%1 reçues, %2 restantes, %3 en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="119"/>
        <source>retrieve: cannot listen on port %1: %2</source>
        <translation>retrieve: impossible d’écouter sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RetrieveCommand.cpp" line="169"/>
        <source>retrieved %1 instance(s): %2 new, %3 already in the cache</source>
        <translation>%1 instance(s) récupérée(s)&#xa0;: %2 nouvelle(s), %3 déjà dans le stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="62"/>
        <source>send: %1 is not a study, series or instance in the cache</source>
        <translation>send: %1 n’est pas un examen, une série ou une instance du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="87"/>
        <source>Send studies, series or instances from the cache to a DICOM node (C-STORE).</source>
        <translation>Envoyer des examens, des séries ou des instances du stockage local vers un nœud DICOM (C-STORE).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="90"/>
        <source>Study, series or SOP instance UIDs (or files).</source>
        <translation>UID d’examens, de séries ou d’instances SOP (ou fichiers).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="99"/>
        <source>Ask the node to commit what was sent (storage commitment) and wait for its answer, for at most --timeout seconds.</source>
        <translation>Demander au nœud de confirmer la prise en charge des envois (Storage Commitment) et attendre sa réponse, au plus --timeout secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="103"/>
        <source>Our port for the node&apos;s commitment report on a new association (default 11112; the node must know our AE title at this port).</source>
        <translation>Port local pour le rapport de Storage Commitment du nœud sur une nouvelle association (11112 par défaut&#xa0;; le nœud doit connaître notre AE Title sur ce port).</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="112"/>
        <source>send: give a node as AET@HOST:PORT and at least one UID</source>
        <translation>send: indiquez un nœud sous la forme AET@HOST:PORT et au moins un UID</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="118"/>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="122"/>
        <source>send: invalid AE title %1</source>
        <translation>send: AE Title non valide %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="128"/>
        <source>send: --timeout needs a positive number of seconds</source>
        <translation>send: --timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="136"/>
        <source>send: --port needs a port number</source>
        <translation>send: --port attend un numéro de port</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="156"/>
        <source>send: cannot listen for commitment reports on port %1: %2</source>
        <translation>send: impossible d’écouter les rapports de Storage Commitment sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="216"/>
        <source>send: %1: not committed (%2)</source>
        <translation>send: %1: non confirmé (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="225"/>
        <source>send: %1: %2 (%3)</source>
        <translation>send: %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="241"/>
        <source>send: %1 sent (%2 with warnings), %3 failed to %4</source>
        <translation>send: %1 envoyées (%2 avec avertissements), %3 en échec, vers %4</translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="248"/>
        <source>send: storage commitment failed: %1</source>
        <translation>send: échec du Storage Commitment&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="31"/>
        <source>Run the DICOM server over the cache: storage, query/retrieve and echo.</source>
        <translation>Exécuter le serveur DICOM sur le stockage local&#xa0;: Storage, Query/Retrieve et Echo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="35"/>
        <source>TCP port to listen on (default 11112).</source>
        <translation>Port TCP d’écoute (11112 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="39"/>
        <source>Accept associations only from this calling AE title (repeatable).</source>
        <translation>N’accepter les associations que de cet AE Title appelant (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="43"/>
        <source>A C-MOVE destination, as AET@HOST:PORT (repeatable).</source>
        <translation>Une destination C-MOVE, sous la forme AET@HOST:PORT (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="46"/>
        <source>Accept associations whatever AE title they call (default: ours only).</source>
        <translation>Accepter les associations quel que soit l’AE Title appelé (par défaut&#xa0;: le nôtre uniquement).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>Offer storage and echo only, no query/retrieve.</source>
        <translation>Proposer uniquement Storage et Echo, sans Query/Retrieve.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="51"/>
        <source>Associations served at the same time (default 32).</source>
        <translation>Associations traitées simultanément (32 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="54"/>
        <source>Seconds to wait for a peer&apos;s message (default 60).</source>
        <translation>Délai d’attente d’un message du correspondant, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="57"/>
        <source>Print one JSON object per received instance.</source>
        <translation>Afficher un objet JSON par instance reçue.</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>serve: unexpected argument %1</source>
        <translation>serve: argument inattendu %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="76"/>
        <source>serve: invalid port %1</source>
        <translation>serve: port non valide %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="81"/>
        <source>serve: --max-associations needs a positive number</source>
        <translation>serve: --max-associations attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="86"/>
        <source>serve: --timeout needs a positive number of seconds</source>
        <translation>serve: --timeout attend un nombre de secondes positif</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="91"/>
        <source>serve: invalid AE title %1</source>
        <translation>serve: AE Title non valide %1</translation>
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
        <translation>%1: %2 non enregistré&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="144"/>
        <source>Listening as %1 on port %2 (cache %3)</source>
        <translation>En écoute en tant que %1 sur le port %2 (stockage local %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="150"/>
        <source>Stopping: finishing the running associations</source>
        <translation>Arrêt&#xa0;: fin des associations en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="63"/>
        <source>Write a presentation state for images, as the viewer&apos;s &quot;Save presentation state&quot; does: grayscale (GSPS), or colour (CSPS) for colour images. Coordinates are image pixels. The state is also stored in the cache when the images are in it.</source>
        <translation>Écrire un état de présentation pour des images, comme le fait «&#xa0;Enregistrer l’état de présentation&#xa0;» dans la visionneuse&#xa0;: en niveaux de gris (GSPS), ou en couleur (CSPS) pour les images couleur. Les coordonnées sont en pixels de l’image. L’état est aussi enregistré dans le stockage local quand les images s’y trouvent.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="69"/>
        <source>Files, or SOP Instance, Series or Study Instance UIDs in the cache.</source>
        <translation>Des fichiers, ou des SOP Instance, Series ou Study Instance UID du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="71"/>
        <source>The DICOM file to write.</source>
        <translation>Le fichier DICOM à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="73"/>
        <source>Window center and width.</source>
        <translation>Centre et largeur de fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="76"/>
        <source>Rotate clockwise by 0, 90, 180 or 270 degrees.</source>
        <translation>Pivoter de 0, 90, 180 ou 270 degrés dans le sens horaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="79"/>
        <source>Flip horizontally (after the rotation).</source>
        <translation>Retourner horizontalement (après la rotation).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="81"/>
        <source>Show the whole image magnified by Z.</source>
        <translation>Afficher l’image entière agrandie d’un facteur Z.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="84"/>
        <source>A rectangular shutter: left, top, right, bottom.</source>
        <translation>Un obturateur rectangulaire&#xa0;: gauche, haut, droite, bas.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="87"/>
        <source>A circular shutter: centre and radius.</source>
        <translation>Un obturateur circulaire&#xa0;: centre et rayon.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="90"/>
        <source>A text anchored at X,Y (repeatable).</source>
        <translation>Un texte ancré en X,Y (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="93"/>
        <source>A line from X0,Y0 to X1,Y1 (repeatable).</source>
        <translation>Une ligne de X0,Y0 à X1,Y1 (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="96"/>
        <source>The content label (made upper case, at most 16 characters).</source>
        <translation>Le libellé du contenu (mis en majuscules, 16 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="100"/>
        <source>The content description.</source>
        <translation>La description du contenu.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="102"/>
        <source>The content creator&apos;s name, e.g. Doe^Jane.</source>
        <translation>Le nom du créateur du contenu, par exemple Doe^Jane.</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="105"/>
        <source>The graphic layer of texts and lines (default ANNOTATION).</source>
        <translation>Le calque graphique des textes et des lignes (ANNOTATION par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="115"/>
        <source>gsps: give at least one image and --out FILE.dcm</source>
        <translation>gsps: indiquez au moins une image et --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="121"/>
        <source>gsps: --wl takes C,W with a width of at least 1</source>
        <translation>gsps: --wl attend C,W avec une largeur d’au moins 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="128"/>
        <source>gsps: --rotate takes 0, 90, 180 or 270</source>
        <translation>gsps: --rotate attend 0, 90, 180 ou 270</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="137"/>
        <source>gsps: --zoom takes a positive number</source>
        <translation>gsps: --zoom attend un nombre positif</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="144"/>
        <source>gsps: --shutter-rect takes L,T,R,B with left &lt; right and top &lt; bottom</source>
        <translation>gsps: --shutter-rect attend L,T,R,B avec gauche &lt; droite et haut &lt; bas</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="150"/>
        <source>gsps: --shutter-circle takes X,Y,R with a radius of at least 1</source>
        <translation>gsps: --shutter-circle attend X,Y,R avec un rayon d’au moins 1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="161"/>
        <source>gsps: --text takes X,Y,TEXT</source>
        <translation>gsps: --text attend X,Y,TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="171"/>
        <source>gsps: --line takes X0,Y0,X1,Y1</source>
        <translation>gsps: --line attend X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="185"/>
        <source>gsps: %1</source>
        <translation>gsps: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="209"/>
        <source>%1 is neither a file nor in the cache</source>
        <translation>%1 n’est ni un fichier ni dans le stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="221"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="239"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="259"/>
        <source>the cache did not take it</source>
        <translation>le stockage local ne l’a pas accepté</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="274"/>
        <source>gsps: wrote %1 but could not store it in the cache: %2</source>
        <translation>gsps: %1 écrit, mais impossible de l’enregistrer dans le stockage local&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="279"/>
        <source>Wrote %1 (%2) and stored it in the cache</source>
        <translation>%1 (%2) écrit et enregistré dans le stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/GspsCommand.cpp" line="281"/>
        <source>Wrote %1 (%2)</source>
        <translation>%1 (%2) écrit</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="86"/>
        <source>Show a structured report or key object selection document: its header and content tree, codes by meaning, numbers with units.</source>
        <translation>Afficher un compte rendu structuré ou un document de sélection d’objets clés&#xa0;: son en-tête et son arbre de contenu, les codes par leur signification, les nombres avec leurs unités.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="90"/>
        <source>Print it as text (default).</source>
        <translation>L’afficher en texte (par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="91"/>
        <source>Print it as JSON.</source>
        <translation>L’afficher en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="93"/>
        <source>Print it as an HTML page (UTF-8).</source>
        <translation>L’afficher en page HTML (UTF-8).</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="98"/>
        <source>sr: give one report</source>
        <translation>sr: indiquez un compte rendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="110"/>
        <source>sr: %1 is neither a file nor an instance in the cache</source>
        <translation>sr: %1 n’est ni un fichier ni une instance du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="117"/>
        <source>sr: cannot read %1: %2</source>
        <translation>sr: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SrCommand.cpp" line="122"/>
        <source>sr: %1</source>
        <translation>sr: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="18"/>
        <source>Write a Key Object Selection document referencing these instances (a new series in their study); stored in the cache when they are cached.</source>
        <translation>Écrire un document de sélection d’objets clés qui référence ces instances (une nouvelle série dans leur examen)&#xa0;; enregistré dans le stockage local quand elles y sont.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="21"/>
        <source>Files, or SOP Instance UIDs in the cache.</source>
        <translation>Des fichiers, ou des SOP Instance UID du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="23"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="27"/>
        <source>Document title, a CID 7010 code (default 113000, Of Interest).</source>
        <translation>Titre du document, un code de la CID 7010 (par défaut 113000, Of Interest).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="29"/>
        <source>Key Object Description.</source>
        <translation>Key Object Description (description).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="36"/>
        <source>keyimages: give the instances and --out FILE.dcm</source>
        <translation>keyimages: indiquez les instances et --out FILE.dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="40"/>
        <source>keyimages: %1 is not a CID 7010 title</source>
        <translation>keyimages: %1 n’est pas un titre de la CID 7010</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="56"/>
        <source>keyimages: %1 is not one instance in the cache</source>
        <translation>keyimages: %1 n’est pas une instance du stockage local</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="67"/>
        <source>keyimages: cannot read %1: %2</source>
        <translation>keyimages: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="75"/>
        <source>keyimages: %1</source>
        <translation>keyimages: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="82"/>
        <source>keyimages: cannot write %1: %2</source>
        <translation>keyimages: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyImagesCommand.cpp" line="91"/>
        <source>keyimages: the cache did not take %1</source>
        <translation>keyimages: le stockage local n’a pas accepté %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>DICOM viewer workstation</source>
        <translation>Station de visualisation DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The cache folder.</source>
        <translation>Le dossier du stockage local.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>User interface language (de, fr, es, ja, zh_CN).</source>
        <translation>Langue de l’interface (de, fr, es, ja, zh_CN).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>Do not create the demo study in an empty cache.</source>
        <translation>Ne pas créer l’examen de démonstration dans un stockage local vide.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Do not start the DICOM storage service.</source>
        <translation>Ne pas démarrer le service de réception DICOM.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>Exit as soon as the first page of studies is shown (start-up time measurement).</source>
        <translation>Quitter dès que la première page d’examens est affichée (mesure du temps de démarrage).</translation>
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
        <translation>Impossible d’ouvrir le stockage local %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>pellucid::BackgroundImport</name>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="69"/>
        <source>Generating the demo study…</source>
        <translation>Génération de l’examen de démonstration…</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/BackgroundImport.cpp" line="81"/>
        <source>Importing: %1 imported, %2 duplicates, %3 rejected</source>
        <translation>Importation en cours&#xa0;: %1 importés, %2 doublons, %3 rejetés</translation>
    </message>
</context>
<context>
    <name>pellucid::BlendedFrameRenderer</name>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="92"/>
        <source>%1: no image plane or grey pixels; left out</source>
        <translation>%1: pas de plan d’image ou pas de pixels en niveaux de gris&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="103"/>
        <source>the superimposed input&apos;s Modality LUT table is not applied; the images&apos; own is used</source>
        <translation>la table de la Modality LUT de l’entrée superposée n’est pas appliquée&#xa0;; celle des images elles-mêmes est utilisée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="126"/>
        <source>%n superimposed file(s) could not be read; left out</source>
        <translation>
            <numerusform>%n fichier superposé illisible&#xa0;; ignoré</numerusform>
            <numerusform>%n fichiers superposés illisibles&#xa0;; ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="137"/>
        <source>the presentation state is not a Blending one</source>
        <translation>l’état de présentation n’est pas de type Blending</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="144"/>
        <source>cannot read the pixel data: %1</source>
        <translation>impossible de lire les données de pixels&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="147"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>la trame %1 n’existe pas&#xa0;; l’image en compte %2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="153"/>
        <source>the underlying image of a Blending state must be greyscale</source>
        <translation>l’image sous-jacente d’un état Blending doit être en niveaux de gris</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="156"/>
        <source>cannot decode: %1</source>
        <translation>décodage impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="165"/>
        <source>the Blending state does not list this image as its underlying image</source>
        <translation>l’état Blending ne désigne pas cette image comme image sous-jacente</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="184"/>
        <source>cannot apply the underlying input&apos;s grey steps: %1</source>
        <translation>impossible d’appliquer les transformations de niveaux de gris de l’image sous-jacente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="190"/>
        <source>underlying VOI LUT</source>
        <translation>VOI LUT de l’image sous-jacente</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="192"/>
        <source>underlying without VOI transformation</source>
        <translation>image sous-jacente sans transformation VOI</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="193"/>
        <source>underlying window %1/%2</source>
        <translation>fenêtre de l’image sous-jacente %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="199"/>
        <source>the underlying image has no image plane (position, orientation, spacing); shown without the superimposed image</source>
        <translation>l’image sous-jacente n’a pas de plan d’image (position, orientation, espacement)&#xa0;; affichée sans l’image superposée</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="211"/>
        <source>the superimposed series %1 is not available; the underlying image is shown alone</source>
        <translation>la série superposée %1 n’est pas disponible&#xa0;; l’image sous-jacente est affichée seule</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="225"/>
        <source>the superimposed series is in another Frame of Reference; blended without registration</source>
        <translation>la série superposée est dans un autre référentiel (Frame of Reference)&#xa0;; fusionnée sans recalage</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="244"/>
        <source>; superimposed window %1/%2, opacity %3</source>
        <translation>&#xa0;; fenêtre de l’image superposée %1/%2, opacité %3</translation>
    </message>
    <message>
        <location filename="../core/display/BlendedFrameRenderer.cpp" line="248"/>
        <source>; opacity %1</source>
        <translation>&#xa0;; opacité %1</translation>
    </message>
</context>
<context>
    <name>pellucid::FrameRenderer</name>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="46"/>
        <location filename="../core/display/FrameRenderer.cpp" line="109"/>
        <source>window %1/%2</source>
        <translation>fenêtre %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="49"/>
        <source>file window 1 of %1: %2/%3</source>
        <translation>fenêtre 1 sur %1 du fichier&#xa0;: %2/%3</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="164"/>
        <source>file VOI LUT 1 of %1</source>
        <translation>VOI LUT 1 sur %1 du fichier</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="54"/>
        <source>automatic window (1st to 99th percentile): %1/%2</source>
        <translation>fenêtre automatique (du 1er au 99e centile)&#xa0;: %1/%2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="103"/>
        <source>cannot apply the presentation state: %1</source>
        <translation>impossible d’appliquer l’état de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="106"/>
        <source>presentation state VOI LUT</source>
        <translation>VOI LUT de l’état de présentation</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="108"/>
        <source>no VOI transformation</source>
        <translation>aucune transformation VOI</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="150"/>
        <source>cannot apply the VOI LUT: %1</source>
        <translation>impossible d’appliquer la VOI LUT&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="179"/>
        <source>cannot read the pixel data: %1</source>
        <translation>impossible de lire les données de pixels&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="182"/>
        <source>frame %1 does not exist; the image has %2</source>
        <translation>la trame %1 n’existe pas&#xa0;; l’image en compte %2</translation>
    </message>
    <message>
        <location filename="../core/display/FrameRenderer.cpp" line="189"/>
        <source>cannot decode: %1</source>
        <translation>décodage impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::ImportProblem</name>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="48"/>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="50"/>
        <source>not a DICOM file (%1)</source>
        <translation>n’est pas un fichier DICOM (%1)</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="52"/>
        <source>truncated DICOM file: %1</source>
        <translation>fichier DICOM tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="54"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>illisible en tant que DICOM&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="56"/>
        <source>required attribute missing or empty: %1</source>
        <translation>attribut obligatoire absent ou vide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="58"/>
        <source>not a patient image or document: %1</source>
        <translation>ni une image ni un document de patient&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="60"/>
        <source>invalid DICOMDIR: %1</source>
        <translation>DICOMDIR non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="62"/>
        <source>file referenced by the DICOMDIR is missing: %1</source>
        <translation>fichier référencé par le DICOMDIR introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="64"/>
        <source>DICOMDIR reference points outside the media: %1</source>
        <translation>une référence du DICOMDIR pointe hors du support&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="66"/>
        <source>could not be written to the cache: %1</source>
        <translation>n’a pas pu être écrit dans le stockage local&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="68"/>
        <source>the cache disk is full: %1</source>
        <translation>le disque du stockage local est plein&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="70"/>
        <source>could not be recorded in the cache index: %1</source>
        <translation>n’a pas pu être enregistré dans l’index du stockage local&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dicom/ImportProblem.cpp" line="72"/>
        <source>an image without Pixel Data: a header-only object, or a file cut short between two elements</source>
        <translation>une image sans Pixel Data&#xa0;: un objet réduit à l’en-tête, ou un fichier tronqué entre deux éléments</translation>
    </message>
</context>
<context>
    <name>pellucid::LocalBrowser</name>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="66"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="333"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="81"/>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="113"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Nom du patient (caractères génériques * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="117"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="121"/>
        <source>Accession number</source>
        <translation>Numéro d’accès</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="125"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="126"/>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="133"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="138"/>
        <source>Studies from this date</source>
        <translation>Examens à partir de cette date</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="139"/>
        <source>Studies until this date</source>
        <translation>Examens jusqu’à cette date</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="142"/>
        <source>Any modality</source>
        <translation>Toutes les modalités</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="169"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="170"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="171"/>
        <source>&amp;Send to…</source>
        <translation>&amp;Envoyer vers…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="175"/>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="195"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="394"/>
        <source>No study selected</source>
        <translation>Aucun examen sélectionné</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Counting studies…</source>
        <translation>Comptage des examens…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="376"/>
        <source>Studies found: %1</source>
        <translation>Examens trouvés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="416"/>
        <source>No image in this study</source>
        <translation>Aucune image dans cet examen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="441"/>
        <source>Series to delete: %1.
Delete them from the local cache?</source>
        <translation>Séries à supprimer&#xa0;: %1.
Les supprimer du stockage local&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="442"/>
        <source>Studies to delete: %1.
Delete them with all their images from the local cache?</source>
        <translation>Examens à supprimer&#xa0;: %1.
Les supprimer du stockage local avec toutes leurs images&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="445"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="472"/>
        <source>Could not delete: %1</source>
        <translation>Suppression impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="476"/>
        <source>Deleted studies: %1, images: %2</source>
        <translation>Examens supprimés&#xa0;: %1, images&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="480"/>
        <source>(%1 file(s) could not be removed: %2)</source>
        <translation>(impossible de supprimer %1 fichier(s)&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="473"/>
        <source>Deleted series: %1, images: %2</source>
        <translation>Séries supprimées&#xa0;: %1, images&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="491"/>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Send to…</source>
        <translation>Envoyer vers…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="492"/>
        <source>No DICOM node is configured. Add one in the settings.</source>
        <translation>Aucun nœud DICOM n’est configuré. Ajoutez-en un dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="500"/>
        <source>Node:</source>
        <translation>Nœud&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/LocalBrowser.cpp" line="521"/>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
</context>
<context>
    <name>pellucid::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="48"/>
        <source>Keeping the cache size failed: %1</source>
        <translation>Échec du maintien de la taille du stockage local&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <source>Cache size limit: removed the %1 least recently used studies (%2 MB)</source>
        <translation>Limite de taille du stockage local&#xa0;: %1 examens les moins récemment utilisés supprimés (%2 Mo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="93"/>
        <source>Received %n image(s); %1 could not be kept</source>
        <translation>
            <numerusform>%n image reçue&#xa0;; non enregistrées&#xa0;: %1</numerusform>
            <numerusform>%n images reçues&#xa0;; non enregistrées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Received %n image(s)</source>
        <translation>
            <numerusform>%n image reçue</numerusform>
            <numerusform>%n images reçues</numerusform>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="105"/>
        <source>Import &amp;Files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Import F&amp;older or DICOMDIR…</source>
        <translation>Importer un &amp;dossier ou un DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="107"/>
        <source>Generate &amp;Demo Study</source>
        <translation>Générer l’examen de dé&amp;monstration</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Clean Up Cache Files</source>
        <translation>&amp;Nettoyer les fichiers du stockage local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>&amp;Verify a Node (C-ECHO)…</source>
        <translation>&amp;Vérifier un nœud (C-ECHO)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;About Pellucid</source>
        <translation>À &amp;propos de Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>About Pellucid</source>
        <translation>À propos de Pellucid</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="123"/>
        <source>Pellucid %1
A DICOM diagnostic viewer workstation.
Cache: %2</source>
        <translation>Pellucid %1
Une station de diagnostic DICOM.
Stockage local&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>Local cache</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Media</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Studies</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Study</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>Looking for cache files the index does not know…</source>
        <translation>Recherche des fichiers du stockage local absents de l’index…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Removed %1 file(s) the cache index did not know</source>
        <translation>Fichiers inconnus de l’index du stockage local supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>%1 patients, %2 studies, %3 series, %4 images in the cache</source>
        <translation>%1 patients, %2 examens, %3 séries, %4 images dans le stockage local</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="308"/>
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>Import DICOM files</source>
        <translation>Importer des fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321"/>
        <source>Import a folder or media</source>
        <translation>Importer un dossier ou un support</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importés %1, doublons %2, rejetés %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="359"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>pellucid::MediaBrowser</name>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="50"/>
        <source>Open &amp;DICOMDIR…</source>
        <translation>Ouvrir un &amp;DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="51"/>
        <source>No media opened</source>
        <translation>Aucun support ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Patient / study / series</source>
        <translation>Patient / examen / série</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="57"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="61"/>
        <source>Import &amp;all</source>
        <translation>Importer &amp;tout</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="62"/>
        <source>Import &amp;selected</source>
        <translation>Importer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="101"/>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="102"/>
        <source>Imported %1, duplicates %2, rejected %3%4</source>
        <translation>Importés %1, doublons %2, rejetés %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="106"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>Open a DICOMDIR</source>
        <translation>Ouvrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="119"/>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="131"/>
        <source>Reading the DICOMDIR…</source>
        <translation>Lecture du DICOMDIR…</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="142"/>
        <source>Cannot read the DICOMDIR: %1</source>
        <translation>Impossible de lire le DICOMDIR&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="144"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="159"/>
        <source>Study %1</source>
        <translation>Examen %1</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="167"/>
        <source>Series %1 %2</source>
        <translation>Série %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="186"/>
        <source>Patients: %1, studies: %2, images: %3</source>
        <translation>Patients&#xa0;: %1, examens&#xa0;: %2, images&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="191"/>
        <source>(%1 referenced file(s) missing)</source>
        <translation>(%1 fichier(s) référencé(s) manquant(s))</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/MediaBrowser.cpp" line="230"/>
        <source>The selected studies have no files on the media.</source>
        <translation>Les examens sélectionnés n’ont aucun fichier sur le support.</translation>
    </message>
</context>
<context>
    <name>pellucid::PacsBrowser</name>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="83"/>
        <source>The series query failed: %1</source>
        <translation>Échec de l’interrogation des séries&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="94"/>
        <source>Retrieve of %1 failed: %2</source>
        <translation>Échec de la récupération de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="113"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Nodes…</source>
        <translation>Nœuds…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="115"/>
        <source>Node:</source>
        <translation>Nœud&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="130"/>
        <source>Patient name (wildcards * ?)</source>
        <translation>Nom du patient (caractères génériques * ?)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="131"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="132"/>
        <source>Accession number</source>
        <translation>Numéro d’accès</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="147"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="150"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="163"/>
        <source>Modality in study</source>
        <translation>Modalité dans l’examen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="165"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="168"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="174"/>
        <source>Modality:</source>
        <translation>Modalité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Patient Name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="189"/>
        <source>Birth Date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Study Date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="190"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Accession</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="191"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="193"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="205"/>
        <source>Retrieve Study</source>
        <translation>Récupérer l’examen</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="206"/>
        <source>Retrieve Series</source>
        <translation>Récupérer la série</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="239"/>
        <source>Add a Node…</source>
        <translation>Ajouter un nœud…</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="241"/>
        <source>No DICOM node is configured yet: add your PACS with &quot;Add a Node…&quot;.</source>
        <translation>Aucun nœud DICOM n’est encore configuré&#xa0;: ajoutez votre PACS avec «&#xa0;Ajouter un nœud…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="242"/>
        <source>No DICOM node</source>
        <translation>Aucun nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="298"/>
        <source>Choose a DICOM node first.</source>
        <translation>Choisissez d’abord un nœud DICOM.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="309"/>
        <source>Searching %1…</source>
        <translation>Recherche sur %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="344"/>
        <source>Searching %1… studies so far: %n</source>
        <translation>
            <numerusform>Recherche sur %1… examen trouvé jusqu’ici&#xa0;: %n</numerusform>
            <numerusform>Recherche sur %1… examens trouvés jusqu’ici&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="353"/>
        <source>The first %n studies are shown; the node has more. Narrow the search.</source>
        <translation>
            <numerusform>%n examen est affiché&#xa0;; le nœud en a davantage. Affinez la recherche.</numerusform>
            <numerusform>Les %n premiers examens sont affichés&#xa0;; le nœud en a davantage. Affinez la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="356"/>
        <source>The search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="358"/>
        <source>Search stopped; studies shown: %n</source>
        <translation>
            <numerusform>Recherche arrêtée&#xa0;; examen affiché&#xa0;: %n</numerusform>
            <numerusform>Recherche arrêtée&#xa0;; examens affichés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="360"/>
        <source>Studies found: %n</source>
        <translation>
            <numerusform>Examen trouvé&#xa0;: %n</numerusform>
            <numerusform>Examens trouvés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="402"/>
        <source>Our AE title &quot;%1&quot; is not valid: correct it in Settings &gt; Local node.</source>
        <translation>L’AE Title local «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: corrigez-le dans Paramètres &gt; Nœud local.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="407"/>
        <source>%1 sends studies by C-MOVE to our storage service (%2, port %3), which is not running. Turn it on in Settings &gt; Local node, or retrieve from this node by C-GET.</source>
        <translation>%1 envoie les examens par C-MOVE à notre service de réception (%2, port %3), qui ne fonctionne pas. Activez-le dans Paramètres &gt; Nœud local, ou récupérez depuis ce nœud par C-GET.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="442"/>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="469"/>
        <source>Cannot retrieve %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/PacsBrowser.cpp" line="464"/>
        <source>%1 — series %2 %3</source>
        <translation>%1 — série %2 %3</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateMenu</name>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="33"/>
        <source>No image shown</source>
        <translation>Aucune image affichée</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="59"/>
        <source>No presentation state references this image</source>
        <translation>Aucun état de présentation ne référence cette image</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/PresentationStateMenu.cpp" line="61"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateSave</name>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="58"/>
        <source>cannot write the presentation state: %1</source>
        <translation>impossible d’écrire l’état de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/PresentationStateSave.cpp" line="70"/>
        <source>the cache did not take the presentation state</source>
        <translation>le stockage local n’a pas accepté l’état de présentation</translation>
    </message>
</context>
<context>
    <name>pellucid::PresentationStateWriter</name>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="51"/>
        <source>a graphic object of this type cannot have %1 points</source>
        <translation>un objet graphique de ce type ne peut pas avoir %1 points</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="54"/>
        <source>only closed graphic objects can be filled</source>
        <translation>seuls les objets graphiques fermés peuvent être remplis</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="60"/>
        <source>a text object has no text</source>
        <translation>un objet texte n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="62"/>
        <source>a text object is longer than 1024 characters</source>
        <translation>un objet texte dépasse 1024 caractères</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="64"/>
        <source>a text object needs an anchor point or a bounding box</source>
        <translation>un objet texte nécessite un point d’ancrage ou un cadre englobant</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="72"/>
        <source>a presentation state needs at least one image</source>
        <translation>un état de présentation nécessite au moins une image</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="75"/>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>la rotation doit être de 0, 90, 180 ou 270 degrés</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="79"/>
        <source>the graphic layer %1 is given twice</source>
        <translation>le calque graphique %1 est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="84"/>
        <source>no graphic layer %1 for a text object</source>
        <translation>pas de calque graphique %1 pour un objet texte</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="91"/>
        <source>no graphic layer %1 for a graphic object</source>
        <translation>pas de calque graphique %1 pour un objet graphique</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationContentCheck.cpp" line="102"/>
        <source>an image has no dataset</source>
        <translation>une image n’a pas de jeu de données</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="90"/>
        <source>DCMTK refused a text object</source>
        <translation>DCMTK a refusé un objet texte</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="99"/>
        <source>text object</source>
        <translation>objet texte</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="106"/>
        <source>DCMTK refused a graphic object</source>
        <translation>DCMTK a refusé un objet graphique</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="118"/>
        <source>graphic object</source>
        <translation>objet graphique</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="153"/>
        <source>the rectangular shutter is empty</source>
        <translation>l’obturateur rectangulaire est vide</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="158"/>
        <source>the circular shutter has no radius</source>
        <translation>l’obturateur circulaire n’a pas de rayon</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="164"/>
        <source>a polygonal shutter needs three vertices</source>
        <translation>un obturateur polygonal nécessite trois sommets</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="175"/>
        <source>shutter</source>
        <translation>obturateur</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="199"/>
        <source>the displayed area is empty</source>
        <translation>la zone affichée est vide</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="201"/>
        <source>the magnification must be positive</source>
        <translation>le grossissement doit être positif</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="206"/>
        <source>displayed area</source>
        <translation>zone affichée</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="214"/>
        <source>the window width must be at least 1</source>
        <translation>la largeur de fenêtre doit être d’au moins 1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="223"/>
        <source>VOI window</source>
        <translation>fenêtre VOI</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="245"/>
        <source>%1 is a palette colour image: it needs a Pseudo-Color Softcopy Presentation State, which Pellucid does not write yet</source>
        <translation>%1 est une image en couleurs de palette&#xa0;: elle nécessite un Pseudo-Color Softcopy Presentation State, que Pellucid n’écrit pas encore</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="250"/>
        <source>character set of %1</source>
        <translation>jeu de caractères de %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="260"/>
        <source>one presentation state cannot hold colour and grayscale images</source>
        <translation>un même état de présentation ne peut pas contenir à la fois des images couleur et des images en niveaux de gris</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="263"/>
        <source>colour images have no VOI window (PS3.3 A.33.2): give no window</source>
        <translation>les images couleur n’ont pas de fenêtre VOI (PS3.3 A.33.2)&#xa0;: n’indiquez pas de fenêtre</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="273"/>
        <source>%1 belongs to another study than the first image</source>
        <translation>%1 appartient à un autre examen que la première image</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="276"/>
        <source>%1 is given twice</source>
        <translation>%1 est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="290"/>
        <source>cannot make a presentation state</source>
        <translation>impossible de créer un état de présentation</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="295"/>
        <source>cannot reference %1</source>
        <translation>impossible de référencer %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="304"/>
        <source>spatial transformation</source>
        <translation>transformation spatiale</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="322"/>
        <source>graphic layer %1</source>
        <translation>calque graphique %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="345"/>
        <source>DCMTK cannot render %1</source>
        <translation>DCMTK ne peut pas effectuer le rendu de %1</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="375"/>
        <source>content identification</source>
        <translation>identification du contenu</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="385"/>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="393"/>
        <source>cannot write the presentation state</source>
        <translation>impossible d’écrire l’état de présentation</translation>
    </message>
    <message>
        <location filename="../core/pstate/PresentationStateWriter.cpp" line="397"/>
        <source>cannot make the colour presentation state: %1</source>
        <translation>impossible de créer l’état de présentation couleur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::RemoteNodeDialog</name>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Add a DICOM Node</source>
        <translation>Ajouter un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="23"/>
        <source>Edit a DICOM Node</source>
        <translation>Modifier un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="28"/>
        <source>Shown in lists; the AE title when empty</source>
        <translation>Affiché dans les listes&#xa0;; l’AE Title si vide</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="40"/>
        <source>C-GET (images come back on the query connection)</source>
        <translation>C-GET (les images reviennent par la connexion de la requête)</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="42"/>
        <source>C-MOVE (the node sends to our storage service)</source>
        <translation>C-MOVE (le nœud envoie à notre service de réception)</translation>
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
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="56"/>
        <source>AE title:</source>
        <translation>AE Title&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="57"/>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="58"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="59"/>
        <source>Retrieve by:</source>
        <translation>Récupérer par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="60"/>
        <source>Connect timeout:</source>
        <translation>Délai de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="61"/>
        <source>Response timeout:</source>
        <translation>Délai de réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="65"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="66"/>
        <source>Send a C-ECHO to this node</source>
        <translation>Envoyer un C-ECHO à ce nœud</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="96"/>
        <source>The AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>L’AE Title doit comporter de 1 à 16 caractères, sans barre oblique inverse, et pas uniquement des espaces.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="100"/>
        <source>Give the node&apos;s host name or IP address.</source>
        <translation>Indiquez le nom d’hôte ou l’adresse IP du nœud.</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="106"/>
        <source>Not a usable address: %1</source>
        <translation>Adresse inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/RemoteNodeDialog.cpp" line="134"/>
        <source>Sending C-ECHO…</source>
        <translation>Envoi du C-ECHO…</translation>
    </message>
</context>
<context>
    <name>pellucid::RetrieveJobs</name>
    <message>
        <location filename="../app/gui/jobs/RetrieveJobs.cpp" line="31"/>
        <source>the cache cannot take retrieved images: %1</source>
        <translation>le stockage local ne peut pas accueillir les images récupérées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pellucid::SeriesPanel</name>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="34"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="94"/>
        <source>GSPS</source>
        <translation>GSPS</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="95"/>
        <source>Presentation states, applied by the viewer to the images they reference</source>
        <translation>États de présentation, appliqués par la visionneuse aux images qu’ils référencent</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="101"/>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="102"/>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="103"/>
        <source>DOC</source>
        <translation>DOC</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="104"/>
        <source>Structured reports</source>
        <translation>Comptes rendus structurés</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="105"/>
        <source>Key object selections</source>
        <translation>Sélections d’objets clés</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/SeriesPanel.cpp" line="106"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>pellucid::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="49"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="52"/>
        <source>Local Node</source>
        <translation>Nœud local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="53"/>
        <source>Remote Nodes</source>
        <translation>Nœuds distants</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="54"/>
        <source>Cache</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>Receive studies (DICOM Storage SCP)</source>
        <translation>Recevoir des examens (DICOM Storage SCP)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Our AE title:</source>
        <translation>AE Title local&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Other nodes send to us (and C-MOVE retrieves arrive) at this AE title and port; each PACS must know them. Applying restarts the storage service.</source>
        <translation>Les autres nœuds envoient à cet AE Title et à ce port (les récupérations par C-MOVE y arrivent aussi)&#xa0;; chaque PACS doit les connaître. Appliquer redémarre le service de réception.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>AE Title</source>
        <translation>AE Title</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="98"/>
        <source>Retrieve</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="112"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="113"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="122"/>
        <source>Changes to the nodes are saved at once.</source>
        <translation>Les modifications des nœuds sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="137"/>
        <source>Cache folder</source>
        <translation>Dossier du stockage local</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="143"/>
        <source>Cache folder:</source>
        <translation>Dossier du stockage local&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="144"/>
        <source>A new cache folder is used from the next start; the studies in the current one stay where they are.</source>
        <translation>Un nouveau dossier du stockage local est utilisé à partir du prochain démarrage&#xa0;; les examens du dossier actuel restent où ils sont.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Size limit:</source>
        <translation>Limite de taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>Above the limit, studies are removed from the cache to make room; they can be retrieved or imported again.</source>
        <translation>Au-delà de la limite, des examens sont supprimés du stockage local pour libérer de la place&#xa0;; ils peuvent être récupérés ou importés à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="163"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="205"/>
        <source>Our AE title must be 1 to 16 characters, no backslash and not only spaces.</source>
        <translation>L’AE Title local doit comporter de 1 à 16 caractères, sans barre oblique inverse, et pas uniquement des espaces.</translation>
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
        <translation>Ajouter un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="282"/>
        <source>Edit a DICOM Node</source>
        <translation>Modifier un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="291"/>
        <source>Remove a DICOM Node</source>
        <translation>Retirer un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="292"/>
        <source>Remove %1 from the nodes?</source>
        <translation>Retirer %1 des nœuds&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="302"/>
        <source>Select a node first.</source>
        <translation>Sélectionnez d’abord un nœud.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="308"/>
        <source>Sending C-ECHO to %1…</source>
        <translation>Envoi du C-ECHO à %1…</translation>
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
        <translation>Trame %1</translation>
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
        <translation>Moy. %1 ET %2 %3</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="535"/>
        <source>Min %1 Max %2</source>
        <translation>Min %1 Max %2</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="536"/>
        <source>Area %1 mm²</source>
        <translation>Surface %1 mm²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="537"/>
        <source>Area %1 px²</source>
        <translation>Surface %1 px²</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="539"/>
        <source>(stored values: no modality units)</source>
        <translation>(valeurs stockées&#xa0;: sans unité de modalité)</translation>
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
        <translation>Pas d’espacement des pixels&#xa0;: mesures en pixels</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="595"/>
        <source>Measured at the detector plane (Imager Pixel Spacing)</source>
        <translation>Mesuré dans le plan du détecteur (Imager Pixel Spacing)</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="597"/>
        <source>Presentation state: %1</source>
        <translation>État de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="599"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>x %1 y %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1103"/>
        <source>it does not reference this image</source>
        <translation>il ne référence pas cette image</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1</source>
        <translation>PS %1</translation>
    </message>
    <message>
        <location filename="../render/SliceViewport.cpp" line="1112"/>
        <source>PS %1: %2</source>
        <translation>PS %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StorageService</name>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="42"/>
        <source>DICOM storage service off</source>
        <translation>Service de réception DICOM désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="86"/>
        <source>DICOM storage service not running: %1</source>
        <translation>Le service de réception DICOM ne fonctionne pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StorageService.cpp" line="90"/>
        <source>Receiving as %1 on port %2</source>
        <translation>Réception en tant que %1 sur le port %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyListModel</name>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="89"/>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="91"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="93"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="95"/>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="97"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="99"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="101"/>
        <source>Accession</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="103"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../app/gui/browser/StudyListModel.cpp" line="105"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>pellucid::StudySend</name>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="51"/>
        <source>Sending to %1 cancelled: %2 of %3 image(s) sent.</source>
        <translation>Envoi vers %1 annulé&#xa0;: %2 image(s) sur %3 envoyée(s).</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="55"/>
        <source>%1 of %2 image(s) sent to %3.</source>
        <translation>%1 image(s) sur %2 envoyée(s) vers %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="57"/>
        <source>%1 failed.</source>
        <translation>%1 en échec.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs/StudySend.cpp" line="65"/>
        <source>%1 image(s): %2</source>
        <translation>%1 image(s)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pellucid::StudyViewer</name>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="111"/>
        <source>The study has no series in the cache</source>
        <translation>L’examen n’a aucune série dans le stockage local</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="129"/>
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3 (%n image)</numerusform>
            <numerusform>%1 %2
%3 (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="180"/>
        <source>Could not load the series: %1</source>
        <translation>Impossible de charger la série&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="183"/>
        <source>Series %1: %2</source>
        <translation>Série %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="223"/>
        <source>Loading %1 of %2 images…</source>
        <translation>Chargement de %1 images sur %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="224"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="235"/>
        <source>Cannot read the annotation templates %1: %2</source>
        <translation>Impossible de lire les modèles d&apos;annotation %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="242"/>
        <source>The annotation templates %1 are not usable (%2); the built-in ones are shown</source>
        <translation>Les modèles d&apos;annotation %1 sont inutilisables (%2)&#xa0;; les modèles intégrés sont affichés</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="322"/>
        <source>Default (from the image)</source>
        <translation>Par défaut (de l’image)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="326"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="336"/>
        <source>Window %1</source>
        <translation>Fenêtre %1</translation>
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
        <translation>Disposition personnalisée</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="401"/>
        <source>Rows x columns (up to 4x4):</source>
        <translation>Lignes x colonnes (jusqu’à 4x4)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="423"/>
        <source>Scroll</source>
        <translation>Défiler</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="424"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="425"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="426"/>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="427"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="428"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="429"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="430"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="431"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="441"/>
        <source>W/L presets</source>
        <translation>Préréglages W/L</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="447"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="448"/>
        <source>The presentation states that apply to the image</source>
        <translation>Les états de présentation qui s’appliquent à l’image</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="454"/>
        <source>Save State…</source>
        <translation>Enregistrer l’état…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="456"/>
        <source>Save the window, view and measurements as a presentation state</source>
        <translation>Enregistrer le fenêtrage, la vue et les mesures comme état de présentation</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="460"/>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="462"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="464"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="467"/>
        <source>Rotate ↻</source>
        <translation>Pivoter ↻</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="469"/>
        <source>Rotate ↺</source>
        <translation>Pivoter ↺</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="471"/>
        <source>Flip ↔</source>
        <translation>Retourner ↔</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="473"/>
        <source>Flip ↕</source>
        <translation>Retourner ↕</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="475"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="484"/>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="489"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="491"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="494"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="497"/>
        <source>Scroll viewports of the same frame of reference together</source>
        <translation>Faire défiler ensemble les vues du même référentiel (Frame of Reference)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="498"/>
        <source>Ref. lines</source>
        <translation>Lignes de réf.</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="501"/>
        <source>Show where the active viewport&apos;s slice cuts the others</source>
        <translation>Afficher l’intersection de la coupe de la vue active avec les autres vues</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="505"/>
        <source>Cine</source>
        <translation>Ciné</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="515"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="516"/>
        <source>Cine rate</source>
        <translation>Vitesse du ciné</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="522"/>
        <source>Clear measurements</source>
        <translation>Effacer les mesures</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Save Presentation State</source>
        <translation>Enregistrer l’état de présentation</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="530"/>
        <source>Label (shown in every viewer&apos;s list of states):</source>
        <translation>Libellé (affiché dans la liste des états de chaque visionneuse)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="531"/>
        <source>READER</source>
        <translation>LECTEUR</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="535"/>
        <source>Description (optional):</source>
        <translation>Description (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="544"/>
        <source>Nothing to save, or a save is running</source>
        <translation>Rien à enregistrer, ou un enregistrement est en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="554"/>
        <source>The image is not loaded yet</source>
        <translation>L’image n’est pas encore chargée</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="558"/>
        <source>Saving the presentation state…</source>
        <translation>Enregistrement de l’état de présentation…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="565"/>
        <source>Could not save the presentation state: %1</source>
        <translation>Impossible d’enregistrer l’état de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewer/StudyViewer.cpp" line="584"/>
        <source>Saved the presentation state %1</source>
        <translation>État de présentation %1 enregistré</translation>
    </message>
</context>
<context>
    <name>pellucid::TransferQueueView</name>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="19"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="21"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="23"/>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="112"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="25"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="40"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="41"/>
        <source>Clear Finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Study / Series</source>
        <translation>Examen / série</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="46"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="117"/>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 sur %2, %3 en échec</translation>
    </message>
    <message>
        <location filename="../app/gui/pacs/TransferQueueView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
</TS>
