### ecomap's texts in Nederlands: the editor, the command line, the reports, the phone page
### and the built-in file chooser. One message per text; `{ $x }` is a value the program fills
### in (a name, a number: numbers choose plurals, `[one]` / `*[other]`).
### A new language: copy this file to assets/i18n/<code>/ecomap.ftl, translate it, and add
### the language to `Lang` (src/lang.rs). `cargo test --test texts` names anything missing.

# $n is the number of stakeholders moved.
moved-n =
    { $n ->
        [one] 1 partner verplaatst (Ctrl+Z maakt het ongedaan).
       *[other] { $n } partners verplaatst (Ctrl+Z maakt het ongedaan).
    }
# $n is the number of domain pairs with nothing between them.
quiet-domain-pairs-n =
    { $n ->
        [one] 1 ander domeinpaar: geen schotten, niets ontbreekt.
       *[other] { $n } andere domeinparen: geen schotten, niets ontbreekt.
    }
analysis = Analyse
a-pinned-stakeholder-stays-put = Een vastgepinde partner blijft staan als de kaart wordt opgeruimd.
between-domains = Tussen domeinen
cancel = Annuleren
cannot-open = Kan niet openen:
could-not-save = Opslaan mislukt:
dependencies-between-the-domains-without = Afhankelijkheden tussen de domeinen zonder samenwerkingsrelatie
dependency-loops = Afhankelijkheidslussen
dep-w-o-collab = Afh. zonder samenw.
description = Beschrijving
discard = Niet opslaan
discard-recovery = Weggooien
dismiss = Sluiten
domain = Domein
double-click-new-stakeholder-shift = Dubbelklik of I: nieuwe partner · slepen vanaf de rand van een kaartje: verbinden · F1: sneltoetsen
double-click-the-canvas-to = Druk op I om partners in te typen (naam / soort / domein), of dubbelklik op een lege plek. Met R typ je relaties; of sleep vanaf de rand van een kaartje naar een ander kaartje.
do-you-want-to-save = Wil je de wijzigingen in deze kaart opslaan?
drag-from-one-stakeholder-to = Sleep van de ene naar de andere partner om te verbinden (of houd Shift ingedrukt).
ecomap-did-not-close-cleanly = ecomap werd de vorige keer niet netjes afgesloten. Wil je de herstelkopie openen?
edit = Bewerken
editing = bewerken
esc-edit-f1-shortcuts = Esc: bewerken · F1: sneltoetsen
export = Exporteren
exported = Geëxporteerd:
exporting = Bezig met exporteren…
export-failed = Exporteren mislukt:
export-stopped = het exporteren stopte onverwacht
file = Bestand
find = Zoeken
findings = Bevindingen ▶
first-select-the-stakeholder-to = Kies eerst de partner die in het midden komt.
focus = Focus:
focus-is-on-select-a = Focus staat aan: kies een partner.
help = Help
hidden = verborgen:
keyboard-shortcuts = Sneltoetsen
kind = Soort
label = Toelichting
laying-out-the-map = Bezig met de indeling…
map = Kaart
map-the-ecosystem-who-depends = Breng het ecosysteem in kaart: wie is van wie afhankelijk, waar staan schotten, waar ontbreekt samenwerking?
mutual-dependencies = Wederzijdse afhankelijkheden
name = Naam
name-hint = naam…
new-map = Nieuwe kaart
new-map-button = ➕ Nieuwe kaart
notes = Notities
nothing-needs-to-move = Er hoeft niets te verschuiven.
not-saved = niet opgeslagen
no-findings-no-integration-is = Geen bevindingen: hier ontbreekt geen integratie.
off = uit
onion = ◎ Ui
open-a-map = 📂 Kaart openen…
pgdn-next-pgup-previous-esc = ⏵ / PgDn volgende · ⏴ / PgUp vorige · Esc stoppen
pin = Vastpinnen
present = Presenteren
presenting = presenteren
recent = Recent
recently-opened = Recent geopend
recovery-copy-failed = Herstelkopie mislukt:
relation-kind-label = Relatie:
relations = Relaties
relations-lower = relaties
relation = Relatie
restore = Herstellen
reverse-direction = Richting omdraaien
sample-maps = Voorbeeldkaarten
save = Opslaan
saved = Opgeslagen:
save-as = Opslaan als…
schotten = Schotten
show = Tonen:
show-the-analysis = Analyse tonen
smallest-text-on-the-map = Kleinste tekst op de kaart
stakeholder = Partner
stakeholders = partners
start-screen = Startscherm
previous-arrow = ◀
the-map-changed-while-it = De kaart veranderde tijdens de indeling: er is niets verschoven. Probeer het opnieuw.
tidy = ✨ Opruimen
title = Titel
to = naar
transparent-background = Transparante achtergrond
pasted-cells = Geplakte cellen
export-image = Afbeelding:
export-data = Gegevens:
export-page = Pagina (liggend):
export-data-hint = De partners en relaties met hun soort, domein, notities en plaats: Excel en CSV zoals Kumu ze importeert (Excel met de bevindingen en cijfers), GEXF voor Gephi, GraphML voor yEd en networkx.
unsaved-changes = Niet-opgeslagen wijzigingen
unsaved-work-found = Niet-opgeslagen werk gevonden
view = Beeld
where-integration-is-missing = Waar integratie ontbreekt
changed-on-disk = Het bestand is intussen gewijzigd
changed-on-disk-explain = Iemand anders (of een ander programma) heeft de kaart opgeslagen nadat je hem opende. Als je nu opslaat, overschrijf je dat:
exists-choose-another = Niet opgeslagen: er bestaat al een ander bestand met die naam; kies een andere naam:
open-elsewhere = Deze kaart is ook elders geopend in ecomap; bij opslaan wordt eerst gecontroleerd of iemand anders iets wijzigde. Geopend op
process = proces
since = sinds
changed-on-disk-save-will-ask = Iemand anders heeft de kaart intussen opgeslagen; bij opslaan kies je wat er gebeurt:
load-new-version = Het bestand is buiten ecomap gewijzigd. De nieuwe versie laden? Je had hier nog niets veranderd.
load-it = Nieuwe versie laden
keep-this-one = Deze houden
reload-theirs = Hun versie laden
keep-mine-as-copy = Mijn versie als kopie opslaan…
overwrite = Overschrijven
open-button = Openen
save-button = Opslaan
chooser-open = Kaart openen
chooser-save = Kaart opslaan als
chooser-export = Exporteren als
builtin-chooser = Altijd de ingebouwde bestandskiezer gebruiken
dialog-unavailable = Het bestandsvenster van het systeem kon niet verschijnen; de ingebouwde bestandskiezer is geopend. Reden:
auto-width = Automatisch: zo smal als kan zonder overlappende kaartjes
width-chosen = gekozen breedte:
width-mm = Breedte (mm)
workshop = Sessie
back-row = Achterste rij
screen = Scherm
capitals-n = namen: hoofdletters { $n } px
room-hint = Namen zo groot dat de achterste rij ze kan lezen (16 boogminuten).
does-not-fit = De hele kaart past niet op het scherm met namen die de achterste rij ({ $m } m, { $inch }"-scherm) kan lezen: hoofdletters nu { $now } px, nodig { $need } px. D: per domein doorlopen · ⏵: langs de bevindingen
action-new = Nieuwe kaart
action-open = Openen…
action-save = Opslaan
action-save-as = Opslaan als…
action-redo = Opnieuw
action-undo = Ongedaan maken
action-delete = Verwijderen
action-find = Zoeken…
action-export = Exporteren (PNG / SVG)…
action-fit = Passend maken
action-relation-kind-dependency = Afhankelijkheid
action-relation-kind-interest = Belang
action-relation-kind-schot = Schot
action-relation-kind-collaboration = Samenwerking
action-connect-mode = Verbindmodus (slepen verbindt)
action-toggle-analysis = Analyse op de kaart
action-zoom-in = Groter
action-zoom-out = Kleiner
action-zoom-reset = Normale grootte
action-toggle-theme = Licht / donker
action-toggle-language = English
action-present = Presenteren
action-full-screen = Presenteren op volledig scherm
action-focus = Focus: 1, 2, 3 stappen, uit
action-next-finding = Volgende bevinding
action-walk-parts = Kaart in delen doorlopen (per domein)
action-prev-finding = Vorige bevinding
action-toggle-kind-dependency = Afhankelijkheden tonen / verbergen
action-toggle-kind-interest = Belangen tonen / verbergen
action-toggle-kind-schot = Schotten tonen / verbergen
action-toggle-kind-collaboration = Samenwerkingen tonen / verbergen
action-zones = Domeinzones
action-tidy = Kaart opruimen (vastgepinde blijven staan)
action-onion = Ui-indeling rond de gekozen partner
action-pin = Vastpinnen / losmaken
action-high-contrast = Hoog contrast
action-help = Sneltoetsen
action-cancel = Annuleren; stap voor stap terug uit rondgang en presentatie
# Between the last two names of a list.
and-word = en
rule-cross-domain = Afhankelijk over een domeingrens, zonder samenwerking
rule-interdependent = Van elkaar afhankelijk, zonder samenwerking
rule-isolated = Zonder relaties
rule-schot-blocks = Schot blokkeert een afhankelijkheid
rule-shared-interest = Gedeeld belang, zonder samenwerking
# $a, $b: the two stakeholders.
finding-schot-blocks = Er staat een schot tussen { $a } en { $b }, terwijl de een afhankelijk is van de ander.
finding-interdependent = { $a } en { $b } zijn van elkaar afhankelijk, maar werken niet samen.
# $via: the ones they both have an interest in.
finding-shared-interest = { $a } en { $b } hebben allebei belang bij { $via }, maar werken niet samen.
# $da, $db: their domains.
finding-cross-domain = Tussen { $a } ({ $da }) en { $b } ({ $db }) loopt een afhankelijkheid over een domeingrens heen, maar ze werken niet samen.
finding-isolated = { $a } heeft nog geen relaties op deze kaart.
# Onion rings: the first ring.
# $n: how many steps out.
ring-n-steps =
    { $n ->
        [one] 1 stap
       *[other] { $n } stappen
    }
ring-not-connected = niet verbonden
# What differs between two maps: $side (only in the file / only in your map), $s stakeholders, $r relations.
diff-line =
    { $side }: { $s ->
        [one] 1 partner
       *[other] { $s } partners
    }, { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    }
diff-only-in-file = Alleen in het bestand
diff-only-in-map = Alleen in jouw kaart
# $n: how many.
diff-in-both = In beide, maar anders: { $n }
diff-title = De titel verschilt
# In the name of a copy: "kaart (kopie).ecomap.json".
copy-word = kopie
# The part of a map without domain.
part-no-domain = zonder domein
# $n: the part's number.
part-n = deel { $n }
# $w: the width chosen (mm).
cli-too-crowded = te vol voor 180 mm met namen van minstens 9 pt: { $w } mm breed getekend (--width-mm 180 dwingt 180 af)
# $w: the width chosen (mm).
width-chosen-mm = gekozen breedte: { $w } mm
# $s, $r: how many stakeholders and relations.
cli-valid-map = geldige kaart ({ $s ->
        [one] 1 partner
       *[other] { $s } partners
    }, { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    })
# A map without a title.
untitled = (zonder titel)
# $s, $r: how many stakeholders and relations.
map-counts =
    { $s ->
        [one] 1 partner
       *[other] { $s } partners
    }, { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    }
# Headings of the analysis report.
report-mutual = Wederzijdse afhankelijkheden
report-loops = Afhankelijkheidslussen
report-missing = Waar integratie ontbreekt
report-brokers = Verbinders (spilpositie)
# $n: how many samples.
report-sampled =
    { $n ->
        [one] (geschat op basis van 1 steekproef)
       *[other] (geschat op basis van { $n } steekproeven)
    }
report-skipped = (overgeslagen: te grote kaart)
report-depended = Waar anderen het meest van afhangen
# Export hints: $w a width in mm. On the command line, naming its flags.
crowd-try-cli = ; probeer --width-mm { $w } of --width-mm auto
crowd-apart-cli = ; uit elkaar zoals getekend bij --width-mm { $w }
# In the editor's export window.
crowd-try-app = ; kies een breedte van { $w } mm of ‘automatisch’
crowd-apart-app = ; uit elkaar zoals getekend bij { $w } mm
# $n: pairs of cards; $width: one of the hints above, or nothing.
crowd-moved =
    { $n ->
        [one] 1 paar kaartjes zou bij deze breedte overlappen en is uit elkaar geschoven, zodat elke naam leesbaar blijft (minstens 9 pt){ $width }
       *[other] { $n } paren kaartjes zouden bij deze breedte overlappen en zijn uit elkaar geschoven, zodat elke naam leesbaar blijft (minstens 9 pt){ $width }
    }
crowd-overlap =
    { $n ->
        [one] 1 paar kaartjes overlapt bij deze breedte: te veel naast elkaar voor namen van minstens 9 pt{ $width }
       *[other] { $n } paren kaartjes overlappen bij deze breedte: te veel naast elkaar voor namen van minstens 9 pt{ $width }
    }
# The title of an exported map without one.
export-default-title = Ecosysteemkaart
# A note whose marker found no room.
export-no-room = {" "}(geen plek op de kaart)
# A note on a relation: $note, from $a to $b.
export-note-relation = { $note } (van { $a } naar { $b })
# Legend marks.
legend-mutual = wederzijds afhankelijk
legend-loop = in een afhankelijkheidslus
legend-missing = samenwerking ontbreekt
legend-blocked = schot blokkeert afhankelijkheid
# Errors in a map (ModelError). $id, $relation, $stakeholder: ids; $field: x, y, from or to; $value: as written.
err-empty-name = partner '{ $id }' heeft een lege naam (alleen spaties of onzichtbare tekens)
err-duplicate-stakeholder = partner-id '{ $id }' komt twee keer voor
err-non-finite = partner '{ $id }' heeft een coördinaat die geen eindig getal is ({ $field } = { $value })
# $max: the largest coordinate.
err-out-of-range = partner '{ $id }' ligt te ver weg ({ $field } = { $value }); coördinaten liggen tussen -{ $max } en { $max }
err-duplicate-relation = relatie-id '{ $id }' komt twee keer voor
err-unknown-stakeholder = relatie '{ $relation }': { $field } '{ $stakeholder }' is geen partner op deze kaart
err-self-relation = relatie '{ $relation }' loopt van partner '{ $stakeholder }' naar zichzelf
err-no-such-stakeholder = geen partner met id '{ $id }'
err-no-such-relation = geen relatie met id '{ $id }'
# Errors reading a map file (LoadError).
load-io = kan { $path } niet lezen: { $source }
load-too-large = het bestand is te groot ({ $size } bytes); ecomap leest kaarten tot { $limit } bytes
load-empty = het bestand is leeg: er staat geen kaart in
load-utf8 = het bestand is geen geldige UTF-8-tekst (ongeldige byte op regel { $line }, kolom { $column })
load-syntax = het bestand is geen geldige JSON: { $message } (regel { $line }, kolom { $column })
# $in: load_shape_in where the field is known, else nothing.
load-shape = het bestand heeft niet de vorm van een ecomap-kaart: { $message }{ $within } (regel { $line }, kolom { $column })
load-shape-in = {" "}in { $field }
load-wrong-format = dit is geen ecomap-kaart: "format" is "{ $found }", verwacht "ecomap"
load-newer = gemaakt met een nieuwere versie van ecomap: versie { $found }; deze versie van ecomap leest bestanden tot en met versie { $supported }
load-bad-version = onbekende bestandsversie { $found }: versies beginnen bij 1
load-stakeholder-kind = partner '{ $id }': onbekende soort '{ $kind }' (bekende soorten: { $known })
load-relation-kind = relatie '{ $id }': onbekende soort '{ $kind }' (bekende soorten: { $known })
load-empty-id = item { $position } van "{ $list }" heeft een lege "id"
# Export errors (ExportError): the editor's, then the command line's (naming its flags).
export-unknown-format = onbekend formaat voor { $path }: kies een bestandsnaam die eindigt op .png, .svg, .pdf, .xlsx, .csv, .gexf of .graphml
export-bad-dpi = de resolutie moet tussen { $min } en { $max } dpi liggen, niet { $value }
export-bad-width = de breedte moet minstens 10 mm zijn, niet { $value }
export-too-large = het beeld zou { $size } pixels worden; de grens is { $max } per zijde (kies een kleinere breedte of resolutie)
export-render = kan het beeld niet tekenen: { $why }
export-write = kan { $path } niet schrijven: { $source }
cli-bad-dpi = --dpi moet een getal van { $min } tot { $max } zijn, niet { $value }
cli-bad-width = --width-mm moet een getal van minstens 10 zijn, niet { $value }
cli-too-large = het beeld zou { $width } × { $height } pixels worden; de grens is { $max } per zijde (verlaag --dpi of --width-mm)
# Why the system's file dialog could not be shown.
dialog-no-bus = geen D-Bus-sessiebus, dus geen desktopportaal dat het bestandsvenster van het systeem kan tonen
dialog-closed-at-once = het bestandsvenster van het systeem sloot meteen: het kon niet worden getoond
dialog-failed = het bestandsvenster van het systeem werkte niet
dialog-scripted = geen desktopportaal (test)
# $id, $field, $value
err-bad-date = '{ $field }' van '{ $id }' is geen datum zoals 2026-11-26: '{ $value }'
err-empty-scenario-name = een scenario heeft een naam nodig
# $name
err-scenario-name-taken = er is al een scenario '{ $name }'
# $name
err-no-such-scenario = geen scenario '{ $name }'
err-last-scenario = het enige scenario kan niet worden verwijderd
# $id
err-duplicate-action = actie-id '{ $id }' komt twee keer voor
# $id
err-no-such-action = geen actie met id '{ $id }'
# $id
err-action-without-finding = actie '{ $id }' noemt geen bevinding (regel en partners)
# $field, $version
load-not-in-version = een bestand van versie { $version } heeft geen "{ $field }"
# $field
load-missing = het bestand mist "{ $field }"
# $id, $field, $value, $known
load-unknown-value = "{ $field }" van '{ $id }' is '{ $value }'; mogelijke waarden: { $known }
# $id
load-in-no-scenario = partner '{ $id }' staat in geen enkel scenario (elk scenario laat hem weg)
# $names, $rule
cmp-resolved-together = { $names } werken nu samen: ‘{ $rule }’ is opgelost.
# $names, $rule, $gone
cmp-resolved-left = ‘{ $rule }’ bij { $names } is weg: { $gone } staat niet meer op de kaart.
# $names, $rule
cmp-resolved-schot = Het schot tussen { $names } is weg: ‘{ $rule }’ is opgelost.
# $names, $rule
cmp-resolved = ‘{ $rule }’ bij { $names } is opgelost.
# $sentence
cmp-new = Nieuw: { $sentence }
# $from, $to
cmp-title = Vergelijking: { $from } → { $to }
cmp-came = Erbij gekomen
cmp-left = Vertrokken
cmp-relations-added = Relaties erbij
cmp-relations-removed = Relaties weg
cmp-relations-changed = Relaties veranderd
cmp-findings-resolved = Opgelost
cmp-findings-new = Nieuw
cmp-findings-remaining = Nog open
cmp-nothing = Geen verschillen.
field-kind = soort
field-direction = richting
field-label = toelichting
field-confidence = zekerheid
conf-certain = zeker
conf-likely = waarschijnlijk
conf-contested = betwist
status-open = open
status-doing = bezig
status-done = klaar
rests-on-contested = rust op betwiste relaties
finding-resolved = bevinding opgelost
legend-contested = betwist (?)
legend-added = nieuw
legend-removed = weg (schim)
legend-changed = veranderd
# $title
pack-findings-title = Bevindingen: { $title }
# $title
pack-actions-title = Acties: { $title }
# $date
pack-made = Gemaakt met ecomap op { $date }.
pack-no-findings = Geen bevindingen.
pack-no-actions = Nog geen acties.
# $names
pack-resolved-in = bevinding opgelost in: { $names }
# $names
pack-open-in = bevinding open in: { $names }
action-word = Actie
finding-word = Bevinding
owner-word = eigenaar
due-word = uiterlijk
status-word = status
csv-scenario = scenario
csv-rule = regel
csv-title = titel
csv-stakeholders = partners
csv-stakeholder = partner
csv-ids = id's
csv-finding = bevinding
csv-contested = betwist
csv-actions = acties
csv-what = wat
csv-owner = eigenaar
csv-due = uiterlijk
csv-status = status
csv-open-in = open in
csv-resolved-in = opgelost in
csv-yes = ja
csv-no = nee
# $path
export-folder-not-empty = de map { $path } bestaat al en is niet leeg: kies een nieuwe map
# $names
cli-scenarios = scenario's: { $names }
# $from, $to
cmp-image-title = van { $from } naar { $to }
action-next-scenario = Volgend scenario
action-prev-scenario = Vorig scenario
action-duplicate-scenario = Scenario dupliceren als…
action-rename-scenario = Scenario hernoemen…
action-delete-scenario = Scenario verwijderen
action-compare = Vergelijken met het vorige scenario
action-report-pack = Rapportpakket…
action-add-action = Actie toevoegen bij deze bevinding
scenario-word = Scenario
scenario-menu = Scenario's
compare-with = Vergelijken met
no-comparison = —
seen-by = Volgens
everyone = iedereen
seen-by-hint = Alleen de relaties die deze bron noemde, en die zonder bron.
# $name
scenario-new-name = Kopie van ‘{ $name }’, met de naam:
# $name
scenario-rename-to = ‘{ $name }’ hernoemen tot:
ok-button = OK
default-next-scenario = Straks
actions-heading = Acties
add-action-button = + actie
what-hint = Wat gaan we doen?
due-hint = JJJJ-MM-DD
nobody = nog niemand
remove-action = Actie verwijderen
no-actions-hint = Nog geen acties. Kies ‘+ actie’ bij een bevinding.
source-label = Bron
source-hint = Wie noemde deze relatie?
confidence-label = Zekerheid
not-said = niet opgegeven
date-label = Datum
contested-relations = Betwiste relaties
# $done, $total
report-running = Rapportpakket maken… { $done } van { $total }
# $dir
report-written = Rapportpakket geschreven in { $dir }
report-failed = Rapportpakket mislukt:
report-suffix = rapport
compare-needs-two = Er is maar één scenario. Dupliceer het eerst (Ctrl+D) om te vergelijken.
add-action-which = Kies eerst een bevinding (→ of in het paneel), dan N voor een actie.
# $from, $to
cmp-heading-app = Vergelijking van { $from } naar { $to }
duplicate-button = Dupliceren…
rename-button = Hernoemen…
delete-button = Verwijderen
live-wrong-secret = Deze sessie bestaat niet (meer). Scan de QR-code opnieuw.
live-wrong-code = Die code klopt niet. Kijk nog eens op het scherm.
live-code-rate = Te veel pogingen. Wacht een minuut en probeer het opnieuw.
live-not-found = Deze pagina bestaat niet.
live-join-first = Vul eerst je naam in.
# $n
live-rate = Even rustig aan: hoogstens { $n } per minuut.
# $n
live-too-large = Dat is te veel tekst (hoogstens { $n } bytes).
live-bad-json = Dit verzoek is niet te lezen.
# $field
live-blank = ‘{ $field }’ is leeg.
# $field, $n
live-too-long = ‘{ $field }’ is te lang (hoogstens { $n } tekens).
# $field
live-markup = ‘{ $field }’ mag geen < of > of stuurtekens bevatten.
# $field, $value, $known
live-unknown-kind = Onbekende waarde voor ‘{ $field }’: ‘{ $value }’ (mogelijk: { $known }).
# $id
live-unknown-stakeholder = Partner ‘{ $id }’ staat niet op de kaart.
live-self-relation = Een relatie moet tussen twee verschillende partners lopen.
# $n
live-devices-full = De sessie is vol ({ $n } telefoons).
live-queue-full = Er wachten al te veel voorstellen. Probeer het straks nog eens.
live-unknown-finding = Die bevinding staat niet (meer) op de kaart.
# $n
live-votes-used =
    { $n ->
        [one] Je hebt je stem al gebruikt. Tik op de gekozen bevinding om hem terug te nemen.
       *[other] Je hebt je { $n } stemmen al gebruikt. Tik op een gekozen bevinding om een stem terug te nemen.
    }
action-room-join = De zaal laten meedoen…
action-show-code = QR-code tonen of verbergen
action-accept-proposal = Voorstel aannemen
action-next-proposal = Volgend voorstel
action-prev-proposal = Vorig voorstel
live-intro = Deelnemers stellen vanaf hun telefoon partners, relaties, stemmen en opmerkingen voor; jij beslist wat op de kaart komt. De telefoons en deze computer moeten op hetzelfde netwerk zitten.
live-pick-network = Op welk netwerk?
live-no-network = Geen netwerk gevonden.
live-this-computer = alleen deze computer
live-exposes = Telefoons met de QR-code zien de namen en soorten van de partners en de bevindingen; niet het bestand, geen notities. Het verkeer is niet versleuteld (gewone HTTP): gebruik een vertrouwd netwerk.
live-start = Starten
live-stop = Stoppen
live-scan = Doe mee: scan met je telefoon
live-code = code
# $n, $p
live-phones =
    { $n ->
        [one] 1 telefoon
       *[other] { $n } telefoons
    } · { $p ->
        [one] 1 voorstel wacht
       *[other] { $p } voorstellen wachten
    }
live-queue = Voorstellen
live-queue-empty = Nog geen voorstellen.
live-keys = Enter: aannemen · Delete: afwijzen · pijl omhoog/omlaag: volgende
live-accept = Aannemen (Enter)
live-decline = Afwijzen (Delete)
live-show-code = QR tonen
live-hide-code = QR verbergen
# $n
live-badge =
    { $n ->
        [one] 1 voorstel
       *[other] { $n } voorstellen
    }
# $url
live-started = De zaal kan meedoen: { $url }
live-stopped = De sessie is gestopt; telefoons kunnen niets meer sturen.
live-start-failed = Kan de sessie niet starten:
live-gone = Dat voorstel kan niet meer: de partner staat niet meer op de kaart.
votes-word = stemmen
live-already-there = Dat staat al op de kaart.
# Shared interest of three or more partners in the same stakeholders, none working together.
finding-shared-interest-all = { $names } hebben allemaal belang bij { $via }, maar werken niet samen.
# The same with residents or informal carers among them (followed by finding_involve).
finding-shared-interest-all-people = { $names } hebben allemaal belang bij { $via }.
# findings.md: the partners who connect others most (highest betweenness).
pack-brokers = Verbinders
# findings.md: the brokers in words.
pack-brokers-sentence = { $names } verbinden de meeste partners met elkaar: zonder hen lopen de kortste wegen tussen anderen langer om.
# findings.md: the opening sentence.
pack-summary-head =
    { $title } telt { $s ->
        [one] 1 partner
       *[other] { $s } partners
    } en { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    }.
# findings.md summary: before the three most important findings.
pack-summary-top = De belangrijkste:
# findings.md summary: how many findings.
pack-summary-count =
    { $n ->
        [one] Er is 1 plek waar integratie ontbreekt.
       *[other] Er zijn { $n } plekken waar integratie ontbreekt.
    }
# findings.md summary: no findings.
pack-summary-none = Er zijn geen plekken gevonden waar integratie ontbreekt.
# findings.md: the head of the between-domains table.
pack-domain-table-head = | Domeinen | Schotten | Afhankelijk zonder samenwerking |
# A dependency one way across a domain boundary.
finding-cross-domain-one = { $from } ({ $df }) is afhankelijk van { $to } ({ $dt }), zonder samenwerking over die domeingrens.
# Dependencies both ways across a domain boundary.
finding-cross-domain-both = { $a } ({ $da }) en { $b } ({ $db }) zijn over een domeingrens heen van elkaar afhankelijk, maar werken niet samen.
# A schot across a one-way dependency.
finding-schot-blocks-one = Er staat een schot tussen { $from } en { $to }, terwijl { $from } afhankelijk is van { $to }.
# A schot across dependencies both ways.
finding-schot-blocks-both = Er staat een schot tussen { $a } en { $b }, terwijl ze van elkaar afhankelijk zijn.
# A finding about residents or informal carers: the sentence, and that they should be involved.
finding-involve = { $sentence } Betrek { $who } erbij.
# Shared interest where one is a resident or informal carer (followed by finding_involve).
finding-shared-interest-people = { $a } en { $b } hebben allebei belang bij { $via }.
# Mutual dependency where one is a resident or informal carer (followed by finding_involve).
finding-interdependent-people = { $a } en { $b } zijn van elkaar afhankelijk.
# The findings panel and report: partners whose absence splits the map.
weak-links-title = Kwetsbare schakels
# One weak link and the partners it alone connects.
weak-link-sentence =
    { $count ->
        [one] Als { $name } wegvalt, raakt { $names } los van de rest.
       *[other] Als { $name } wegvalt, raken { $names } los van de rest.
    }
# In a list of names cut short: how many more.
weak-link-more =
    { $n ->
        [one] één andere partner
       *[other] { $n } andere partners
    }
# The findings panel and report: every schot drawn.
schotten-title = Schotten
# One schot and the partners (and domains) on either side.
schot-line = Schot tussen { $a }{ $da } en { $b }{ $db }
# A schot that a dependency crosses.
schot-crossed = er loopt een afhankelijkheid overheen
# A schot no dependency crosses.
schot-not-crossed = er loopt geen afhankelijkheid overheen
# The report of a map too big to draw.
pack-no-images = De kaart heeft { $n } partners: te veel om leesbaar op één pagina te tekenen (dat kan tot { $max }), dus zonder afbeeldingen. Maak er zelf een met ecomap export --width-mm auto.
# The long list of dependencies: the column of the one depended on.
csv-depends-on = hangt af van
# The report of a map too big for a dependency matrix.
pack-matrix-long = De kaart heeft { $n } partners: de afhankelijkheden staan in dependencies.csv, één regel per afhankelijkheid, in plaats van in een matrix (een spreadsheetprogramma opent een matrix tot ongeveer { $max } × { $max }).
# ecomap check: two stakeholders whose names look the same.
cli-look-alike = let op: „{ $a }” ({ $ida }) en „{ $b }” ({ $idb }) zien er hetzelfde uit (onzichtbare tekens of andere schrijfwijze): dezelfde partner?
# A path that is a folder, pipe or device.
load-not-a-file = { $path } is { $what }, geen kaartbestand: kies een bestand (.ecomap.json).
# A map file with a control or bidi character in a name, id or label.
load-foreign-char = { $field } bevat een teken dat niet in tekst hoort ({ $code }): „{ $value }”. Haal het weg en open het bestand opnieuw.
# A phone has as many proposals waiting as it may.
live-pending-per-phone =
    { $n ->
        [one] Je hebt al 1 voorstel openstaan. Wacht tot de begeleider het heeft bekeken.
       *[other] Je hebt al { $n } voorstellen openstaan. Wacht tot de begeleider ze heeft bekeken.
    }
# The queue: decline every waiting proposal.
live-decline-all = Alles afwijzen
# The queue: decline every waiting proposal of one phone.
live-decline-phone = Alles van deze telefoon afwijzen
# Said after declining several at once.
live-declined-n =
    { $n ->
        [one] 1 voorstel afgewezen.
       *[other] { $n } voorstellen afgewezen.
    }
# Said under the map while editing when no names show.
names-hidden = Namen verborgen: de kaart past op dit scherm niet met leesbare namen. Zoom in (scrollen of Ctrl +), probeer Opruimen (T), of presenteer per domein (F5, dan D).
# $kind: as typed.
entry-unknown-kind = Er is geen soort ‘{ $kind }’: kies er een met Tab, of laat de soort weg.
reconnect-dropped-off = De relatie blijft ongewijzigd: laat het uiteinde los op een kaartje.
action-select-all = Alles selecteren
action-copy = Kopiëren
action-cut = Knippen
action-paste = Plakken (ook een lijst namen)
action-quit = Afsluiten
paste-title = Plakken
# $n: how many.
paste-n = Partners toevoegen: { $n } (één per regel; kolommen naam, soort, domein)
paste-duplicates = Al op de kaart of dubbel, overgeslagen: { $n }
paste-cut = Na de eerste { $max } weggelaten: { $n }
paste-add = Toevoegen
paste-and-more = … en nog { $n }
paste-nothing = Niets te plakken: alle namen staan al op de kaart.
copied-n =
    { $n ->
        [one] Gekopieerd: 1 partner.
       *[other] Gekopieerd: { $n } partners, met hun onderlinge relaties.
    }
select-first-to-copy = Selecteer eerst de partners die je wilt kopiëren.
drop-on-empty = Geen relatie: losgelaten op een lege plek.
drop-new-partner-here = Nieuwe partner hier, verbonden
toolbar-partner = + Partner
toolbar-relation = + Relatie
entry-name-first = Typ eerst een naam, dan Enter.
# The relation line's title before its first partner is known.
entry-relation = Relatie:
entry-from-to-hint = Typ > en dan de andere partner (van > naar), of kies met Tab.
# The quick entry line's title.
entry-partner = Nieuwe partner
entry-partner-hint = naam / soort / domein
entry-relation-hint = de andere partner, of: van > naar
entry-partner-keys = Enter: toevoegen · Tab: soort en domein aanvullen · pijltjes: kiezen · Esc: sluiten
entry-relation-keys = Enter: verbinden · 1–4: soort relatie · Tab: aanvullen · pijltjes: kiezen · Esc: sluiten
entry-type-a-name = typ een naam
entry-as-before = als de vorige
entry-type-a-partner = Typ de eerste letters van de andere partner.
# $name: as typed.
entry-no-partner-named = Er is geen partner met de naam ‘{ $name }’.
# $from, $to: names.
entry-connected = Verbonden: { $from } ➡ { $to }. Typ de volgende, of Esc.
relation-to-itself = Geen relatie: een partner wordt niet met zichzelf verbonden.
relation-exists = Geen relatie: die relatie staat er al.
action-quick-entry = Partners invoeren (naam / soort / domein)
action-relation-line = Relaties invoeren (vanaf de geselecteerde partner, of van > naar)
kind-care-provider = Zorgaanbieder
kind-municipality = Gemeente
kind-financier = Financier (zorgverzekeraar, zorgkantoor)
kind-education = Onderwijs
kind-welfare = Welzijn
kind-housing = Woningcorporatie
kind-citizen = Cliënt, burger, bewoner
kind-informal-carer = Mantelzorger
kind-professional = Professional, team
kind-regulator = Toezicht, beleid
kind-supplier = Leverancier, technologie
kind-facilitator = Procesregisseur
kind-other = Overig
kind-code-care-provider = ZA
kind-code-municipality = GM
kind-code-financier = FI
kind-code-education = OW
kind-code-welfare = WZ
kind-code-housing = WC
kind-code-citizen = BW
kind-code-informal-carer = MZ
kind-code-professional = PR
kind-code-regulator = TZ
kind-code-supplier = LV
kind-code-facilitator = RG
kind-code-other = OV
relation-kind-dependency = Afhankelijkheid
relation-kind-interest = Belang
relation-kind-schot = Schot
relation-kind-collaboration = Samenwerking
mouse-help-0 = Dubbelklik
mouse-help-0-does = nieuwe partner op die plek
mouse-help-1 = Slepen vanaf de rand (of Shift + slepen)
mouse-help-1-does = twee partners verbinden
mouse-help-2 = Slepen
mouse-help-2-does = verplaatsen (op een kaartje) of het beeld verschuiven; met Shift of Ctrl op een lege plek: selecteren met een kader; het uiteinde van een geselecteerde relatie: opnieuw verbinden
mouse-help-3 = Scrollwiel
mouse-help-3-does = in- en uitzoomen
mouse-help-4 = Ctrl + klik, rechtsklik
mouse-help-4-does = meerdere selecteren; wat je hier kunt doen
# A finding's votes, after its dots.
votes-count =
    { $n ->
        [one] 1 stem
       *[other] { $n } stemmen
    }
# A finding's actions.
actions-count =
    { $n ->
        [one] 1 actie
       *[other] { $n } acties
    }
# Schotten between two domains (a zone badge).
schotten-count =
    { $n ->
        [one] 1 schot
       *[other] { $n } schotten
    }
# Dependencies without collaboration between two domains (a zone badge).
dep-without-collaboration-count = { $n } afh. zonder samenwerking

# The phone page (what participants see on their phones).
phone-other = English
phone-welcome = Doe mee met de kaart
phone-welcome-intro = Je naam en organisatie staan bij wat je voorstelt. De begeleider beslist wat op de kaart komt.
phone-your-name = Je naam
phone-your-org = Je organisatie
phone-join = Meedoen
phone-tab-add = Partner
phone-tab-link = Relatie
phone-tab-vote = Stemmen
phone-tab-comment = Opmerking
phone-add-title = Een partner voorstellen
phone-name = Naam
phone-kind = Soort
phone-domain = Domein
phone-link-title = Een relatie voorstellen
phone-from = Van
phone-to = Naar
phone-relation-kind = Soort relatie
phone-label = Toelichting
phone-search = Zoeken…
phone-propose = Voorstellen
phone-vote-title = Wat pakken we eerst aan?
phone-comment-title = Een opmerking bij een partner
phone-stakeholder = Partner
phone-comment = Opmerking
phone-send = Versturen
phone-mine-title = Jouw voorstellen
phone-on-map = Op de kaart
phone-none = Nog niets.
phone-pending = wacht
phone-accepted = overgenomen
phone-declined = niet overgenomen
phone-sent = Verstuurd: de begeleider ziet het nu.
phone-voted = Stem genoteerd.
phone-unvoted = Stem teruggenomen.
phone-pick-both = Kies twee partners.
phone-offline = Geen verbinding met het scherm. We proberen het opnieuw…
phone-votes-left =
    { $n ->
        [one] Je hebt nog 1 stem.
       *[other] Je hebt nog { $n } stemmen.
    }
phone-who = Je doet mee als { $name }.
phone-who-org = Je doet mee als { $name } ({ $organisation }).
phone-join-code = Code van het scherm
phone-join-button = Meedoen

# Keys in the shortcuts (help, menus, tooltips): the names printed on keyboards.
key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-down = Omlaag
key-up = Omhoog
key-left = Links
key-right = Rechts
key-backspace = Backspace
key-delete = Delete
key-enter = Enter
key-escape = Esc
key-insert = Insert
key-page-down = PgDn
key-page-up = PgUp
key-home = Home
key-end = End
key-space = Spatie
key-tab = Tab

# The built-in file chooser (when the system's dialog cannot be shown).
chooser-select-folder = 📁 Map kiezen
chooser-open-file = 📂 Bestand openen
chooser-select-multiple = 🗐 Meerdere kiezen
chooser-save-file = 📥 Bestand opslaan
chooser-cancel = Annuleren
chooser-overwrite = Overschrijven
chooser-reload = ⟲  Vernieuwen
chooser-working-directory = ↗  Naar de werkmap
chooser-select-all = 🗐  Alles selecteren
chooser-show-hidden = Verborgen tonen
chooser-show-system-files = Systeembestanden tonen
chooser-pinned = Vastgezet
chooser-places = Locaties
chooser-devices = Apparaten
chooser-removable-devices = Verwisselbare apparaten
chooser-home = 🏠  Thuismap
chooser-desktop = 🖵  Bureaublad
chooser-documents = 🗐  Documenten
chooser-downloads = 📥  Downloads
chooser-audio = 🎵  Muziek
chooser-pictures = 🖼  Afbeeldingen
chooser-videos = 🎞  Video's
chooser-pin = 📌 Vastzetten
chooser-unpin = ✖ Losmaken
chooser-rename = ✏ Hernoemen
chooser-selected-folder = Gekozen map:
chooser-selected-file = Gekozen bestand:
chooser-selected-items = Gekozen items:
chooser-file-name = Bestandsnaam:
chooser-all-files = Alle bestanden
chooser-any-extension = Elke
chooser-overwrite-question = bestaat al. Wil je het overschrijven?
chooser-empty-folder-name = De naam van de map mag niet leeg zijn
chooser-empty-file-name = De bestandsnaam mag niet leeg zijn
chooser-folder-exists = Er is al een map met die naam
chooser-file-exists = Er is al een bestand met die naam

# The command line's errors.
cli-cannot-write-output = kan het resultaat niet schrijven: { $why }
cli-no-scenario = geen scenario { $name } in deze kaart; die heeft: { $list }
cli-one-scenario = deze kaart heeft één scenario ({ $name }): er is niets om mee te vergelijken; dupliceer het eerst in de editor
cli-cannot-generate = kan de kaart niet maken: { $why }
cli-cannot-save = kan { $path } niet schrijven: { $why }

# Help: what the editor draws with (OpenGL or wgpu), and the choice for the next start.
about-line = ecomap { $version } · tekent met { $renderer }
about-renderer-unknown = nog niet bekend
about-next-start = Bij de volgende start tekenen met:
about-renderer-auto = automatisch

# A save failed because another program holds the file (Windows).
save-held-hint = Een ander programma houdt het bestand open (vaak OneDrive, Word of een virusscanner). Je werk blijft bewaard: sluit het bestand daar of wacht even, en sla dan opnieuw op, of kies Opslaan als.

# Importing a spreadsheet (Kumu's layout: elements and connections).
import-io = kan het bestand niet lezen: { $why }
import-unknown-format = { $name } is geen bestand dat ecomap importeert: gebruik .xlsx, .ods, .csv, .gexf of .graphml
import-too-large = het bestand is te groot ({ $size } bytes); ecomap importeert bestanden tot { $max } bytes
import-inflates = de werkmap zou uitgepakt { $size } bytes worden, meer dan de { $max } die ecomap toestaat (een beschadigd of kwaadaardig bestand?)
import-too-many-rows = te veel rijen ({ $n }); ecomap importeert tot { $max } rijen
crowd-pdf-a3 = { $n ->
        [one] 1 paar kaartjes stond te dicht op elkaar
       *[other] { $n } paren kaartjes stonden te dicht op elkaar
    } op de pagina; --paper a3 geeft ze meer ruimte (of ruim de kaart eerst op)
crowd-pdf = { $n ->
        [one] 1 paar kaartjes stond te dicht op elkaar
       *[other] { $n } paren kaartjes stonden te dicht op elkaar
    } op de pagina (ruim de kaart eerst op)
import-empty = het bestand is leeg
import-not-text = het bestand is geen tekst in UTF-8 (een afbeelding, een werkmap of een andere codering?): GEXF en GraphML zijn XML in UTF-8, zoals Gephi, yEd en networkx ze schrijven
import-grid-too-large = een blad beslaat { $rows } rijen bij { $columns } kolommen, meer dan ecomap leest (tot { $max } cellen en { $maxcols } kolommen)
import-too-many-attributes = het bestand declareert { $n } attributen van knopen of van verbindingen; ecomap leest er tot { $max }
import-workbook = de werkmap kan niet gelezen worden: { $why }
import-csv = regel { $line } van de CSV kan niet gelezen worden: { $why }
import-no-sheets = geen blad heeft de kolomkoppen van partners (Naam of Label) of van relaties (Van en Naar, of From en To)
import-unknown-relation-types = deze relatietypen passen bij geen soort relatie: { $types }. Zeg welke soort elk is, bijvoorbeeld --kinds "{ $example }=dependency" (dependency, interest, schot of collaboration)
import-bad-mapping = ‘{ $part }’ is geen koppeling: schrijf type=soort, bijvoorbeeld Zorg=care_provider of Financiering=dependency
import-skipped-row = { $sheet }, rij { $row }: { $why }
import-skipped-row-named = { $sheet }, rij { $row } (‘{ $name }’): { $why }
import-skip-no-name = geen naam, weggelaten
import-skip-no-ends = een relatie zonder Van of Naar, weggelaten
import-skip-itself = een relatie met zichzelf, weggelaten
import-done = { $path }: { $s ->
        [one] 1 partner
       *[other] { $s } partners
    }, { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    } uit { $file }
import-unknown-types = partnertypen die bij geen soort passen, ‘overig’ geworden (koppel ze met --kinds): { $types }
import-added-ends = { $n ->
        [one] 1 partner toegevoegd die alleen in een relatie voorkwam: { $names }
       *[other] { $n } partners toegevoegd die alleen in relaties voorkwamen: { $names }
    }
import-graph = regel { $line } van het netwerkbestand kan niet gelezen worden: { $why }
import-entity = regel { $line }: het bestand declareert of gebruikt een XML-entiteit; ecomap vult entiteiten nooit in (ze kunnen enorme of externe inhoud verbergen), dus het bestand is geweigerd
import-not-graph = dit is geen { $expected }-bestand (het begint met <{ $found }>)
import-in-rows = { $n } partners zijn te veel om in één keer op te ruimen: ze staan in rijen per domein (Opruimen, T, legt ze neer; dat duurt even)
import-output-exists = { $path } bestaat al: kies een andere naam voor de nieuwe kaart (er is niets geschreven)
action-import = Importeren uit spreadsheet of netwerkbestand…
import-title = { $name } importeren
import-will-add = Dit komt erbij: { $s ->
        [one] 1 partner
       *[other] { $s } partners
    } en { $r ->
        [one] 1 relatie
       *[other] { $r } relaties
    }.
import-pick-relation-kinds = Kies voor elk relatietype welke soort relatie het is:
import-button = Importeren
import-skip-already-there = die naam staat al op de kaart, niet nog eens toegevoegd
