### ecomap's texts in English: the editor, the command line, the reports, the phone page
### and the built-in file chooser. One message per text; `{ $x }` is a value the program fills
### in (a name, a number: numbers choose plurals, `[one]` / `*[other]`).
### A new language: copy this file to assets/i18n/<code>/ecomap.ftl, translate it, and add
### the language to `Lang` (src/lang.rs). `cargo test --test texts` names anything missing.

# $n is the number of stakeholders moved.
moved-n =
    { $n ->
        [one] 1 stakeholder moved (Ctrl+Z undoes it).
       *[other] { $n } stakeholders moved (Ctrl+Z undoes it).
    }
# $n is the number of domain pairs with nothing between them.
quiet-domain-pairs-n =
    { $n ->
        [one] 1 other domain pair: no schotten, nothing missing.
       *[other] { $n } other domain pairs: no schotten, nothing missing.
    }
analysis = Analysis
a-pinned-stakeholder-stays-put = A pinned stakeholder stays put when the map is tidied.
between-domains = Between domains
cancel = Cancel
cannot-open = Cannot open:
could-not-save = Could not save:
dependencies-between-the-domains-without = Dependencies between the domains without a collaboration relation
dependency-loops = Dependency loops
dep-w-o-collab = Dep. w/o collab.
description = Description
discard = Discard
discard-recovery = Discard
dismiss = Dismiss
domain = Domain
double-click-new-stakeholder-shift = Double-click or I: new stakeholder · drag from a card's edge: connect · F1: shortcuts
double-click-the-canvas-to = Press I to type partners (name / kind / domain), or double-click the canvas. R types relations; or drag from a card's edge to another card.
do-you-want-to-save = Do you want to save the changes to this map?
drag-from-one-stakeholder-to = Drag from one stakeholder to another to connect them (or hold Shift).
ecomap-did-not-close-cleanly = ecomap did not close cleanly last time. Do you want to open the recovery copy?
edit = Edit
editing = editing
esc-edit-f1-shortcuts = Esc: edit · F1: shortcuts
export = Export
exported = Exported:
exporting = Exporting…
export-failed = Export failed:
export-stopped = the export stopped unexpectedly
file = File
find = Find
findings = Findings ▶
first-select-the-stakeholder-to = First select the stakeholder to put in the middle.
focus = Focus:
focus-is-on-select-a = Focus is on: select a stakeholder.
help = Help
hidden = hidden:
keyboard-shortcuts = Keyboard shortcuts
kind = Kind
label = Label
laying-out-the-map = Laying out the map…
map = Map
map-the-ecosystem-who-depends = Map the ecosystem: who depends on whom, where do schotten stand, where is collaboration missing?
mutual-dependencies = Mutual dependencies
name = Name
name-hint = name…
new-map = New map
new-map-button = ➕ New map
notes = Notes
nothing-needs-to-move = Nothing needs to move.
not-saved = not saved
no-findings-no-integration-is = No findings: no integration is missing here.
off = off
onion = ◎ Onion
open-a-map = 📂 Open a map…
pgdn-next-pgup-previous-esc = ⏵ / PgDn next · ⏴ / PgUp previous · Esc stop
pin = Pin
present = Present
presenting = presenting
recent = Recent
recently-opened = Recently opened
recovery-copy-failed = Recovery copy failed:
relation-kind-label = Relation:
relations = Relations
relations-lower = relations
relation = Relation
restore = Restore
reverse-direction = Reverse direction
sample-maps = Sample maps
save = Save
saved = Saved:
save-as = Save as…
schotten = Schotten
show = Show:
show-the-analysis = Show the analysis
smallest-text-on-the-map = Smallest text on the map
stakeholder = Stakeholder
stakeholders = stakeholders
start-screen = Start screen
previous-arrow = ◀
the-map-changed-while-it = The map changed while it was being laid out: nothing was moved. Try again.
tidy = ✨ Tidy
title = Title
to = to
transparent-background = Transparent background
pasted-cells = Pasted cells
export-image = Image:
export-data = Data:
export-page = Page (landscape):
export-data-hint = The partners and relations with their kinds, domains, notes and places: Excel and CSV as Kumu imports them (Excel with the findings and figures), GEXF for Gephi, GraphML for yEd and networkx.
unsaved-changes = Unsaved changes
unsaved-work-found = Unsaved work found
view = View
where-integration-is-missing = Where integration is missing
changed-on-disk = The file has changed meanwhile
changed-on-disk-explain = Someone else (or another program) saved the map since you opened it. Saving would overwrite that:
exists-choose-another = Not saved: another file already has that name; choose another name:
open-elsewhere = This map is also open in ecomap elsewhere; saving will first check whether someone else changed it. Open on
process = process
since = since
changed-on-disk-save-will-ask = Someone else saved the map meanwhile; saving will ask what to do:
load-new-version = The file was changed outside ecomap. Load the new version? You had not changed anything here.
load-it = Load the new version
keep-this-one = Keep this one
reload-theirs = Reload theirs
keep-mine-as-copy = Keep mine (save as a copy)…
overwrite = Overwrite
open-button = Open
save-button = Save
chooser-open = Open a map
chooser-save = Save the map as
chooser-export = Export as
builtin-chooser = Always use the built-in file chooser
dialog-unavailable = The system's file dialog could not be shown; the built-in file chooser is open instead. Reason:
auto-width = Automatic: as narrow as it can be without overlapping cards
width-chosen = width chosen:
width-mm = Width (mm)
workshop = Workshop
back-row = Back row
screen = Screen
capitals-n = names: capitals { $n } px
room-hint = Names big enough for the back row to read (16 arcminutes).
does-not-fit = The whole map does not fit at a size the back row ({ $m } m, { $inch }" screen) can read: capitals now { $now } px, { $need } px needed. D: walk through by domain · ⏵: along the findings
action-new = New map
action-open = Open…
action-save = Save
action-save-as = Save as…
action-redo = Redo
action-undo = Undo
action-delete = Delete
action-find = Find…
action-export = Export (PNG / SVG)…
action-fit = Fit to screen
action-relation-kind-dependency = Dependency
action-relation-kind-interest = Interest
action-relation-kind-schot = Schot (wall)
action-relation-kind-collaboration = Collaboration
action-connect-mode = Connect mode (drag connects)
action-toggle-analysis = Analysis on the map
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-reset = Actual size
action-toggle-theme = Light / dark
action-toggle-language = Nederlands
action-present = Present
action-full-screen = Present full screen
action-focus = Focus: 1, 2, 3 steps, off
action-next-finding = Next finding
action-walk-parts = Walk through the map in parts (by domain)
action-prev-finding = Previous finding
action-toggle-kind-dependency = Show / hide dependencies
action-toggle-kind-interest = Show / hide interests
action-toggle-kind-schot = Show / hide schotten
action-toggle-kind-collaboration = Show / hide collaborations
action-zones = Domain zones
action-tidy = Tidy the map (pinned ones stay)
action-onion = Onion layout around the selected stakeholder
action-pin = Pin / unpin
action-high-contrast = High contrast
action-help = Keyboard shortcuts
action-cancel = Cancel; step back out of the walkthrough and the presentation
# Between the last two names of a list.
and-word = and
rule-cross-domain = Dependency across domains, without collaboration
rule-interdependent = Interdependent, without collaboration
rule-isolated = Isolated
rule-schot-blocks = A schot blocks a dependency
rule-shared-interest = Shared interest, without collaboration
# $a, $b: the two stakeholders.
finding-schot-blocks = A schot stands between { $a } and { $b }, while one depends on the other.
finding-interdependent = { $a } and { $b } depend on each other, but do not work together.
# $via: the ones they both have an interest in.
finding-shared-interest = { $a } and { $b } both have an interest in { $via }, but do not work together.
# $da, $db: their domains.
finding-cross-domain = { $a } ({ $da }) and { $b } ({ $db }) depend across a domain boundary, but do not work together.
finding-isolated = { $a } has no relations in this map yet.
# Onion rings: the first ring.
# $n: how many steps out.
ring-n-steps =
    { $n ->
        [one] 1 step
       *[other] { $n } steps
    }
ring-not-connected = not connected
# What differs between two maps: $side (only in the file / only in your map), $s stakeholders, $r relations.
diff-line =
    { $side }: { $s ->
        [one] 1 stakeholder
       *[other] { $s } stakeholders
    }, { $r ->
        [one] 1 relation
       *[other] { $r } relations
    }
diff-only-in-file = Only in the file
diff-only-in-map = Only in your map
# $n: how many.
diff-in-both = In both, but different: { $n }
diff-title = The title differs
# In the name of a copy: "kaart (kopie).ecomap.json".
copy-word = copy
# The part of a map without domain.
part-no-domain = no domain
# $n: the part's number.
part-n = part { $n }
# $w: the width chosen (mm).
cli-too-crowded = too crowded for 180 mm with names of at least 9 pt: drawn { $w } mm wide (--width-mm 180 forces 180)
# $w: the width chosen (mm).
width-chosen-mm = width chosen: { $w } mm
# $s, $r: how many stakeholders and relations.
cli-valid-map = valid map ({ $s ->
        [one] 1 stakeholder
       *[other] { $s } stakeholders
    }, { $r ->
        [one] 1 relation
       *[other] { $r } relations
    })
# A map without a title.
untitled = (untitled)
# $s, $r: how many stakeholders and relations.
map-counts =
    { $s ->
        [one] 1 stakeholder
       *[other] { $s } stakeholders
    }, { $r ->
        [one] 1 relation
       *[other] { $r } relations
    }
# Headings of the analysis report.
report-mutual = Mutual dependencies
report-loops = Dependency loops
report-missing = Where integration is missing
report-brokers = Brokers (betweenness)
# $n: how many samples.
report-sampled = (estimated from { $n } samples)
report-skipped = (skipped: map too large)
report-depended = Most depended upon
# Export hints: $w a width in mm. On the command line, naming its flags.
crowd-try-cli = ; try --width-mm { $w } or --width-mm auto
crowd-apart-cli = ; apart as drawn at --width-mm { $w }
# In the editor's export window.
crowd-try-app = ; choose a width of { $w } mm or ‘automatic’
crowd-apart-app = ; apart as drawn at { $w } mm
# $n: pairs of cards; $width: one of the hints above, or nothing.
crowd-moved =
    { $n ->
        [one] 1 pair of cards would overlap at this width and was moved apart so every name stays readable (at least 9 pt){ $width }
       *[other] { $n } pairs of cards would overlap at this width and were moved apart so every name stays readable (at least 9 pt){ $width }
    }
crowd-overlap =
    { $n ->
        [one] 1 pair of cards overlaps at this width: too many side by side for names of at least 9 pt{ $width }
       *[other] { $n } pairs of cards overlap at this width: too many side by side for names of at least 9 pt{ $width }
    }
# The title of an exported map without one.
export-default-title = Ecosystem map
# A note whose marker found no room.
export-no-room = {" "}(no room on the map)
# A note on a relation: $note, from $a to $b.
export-note-relation = { $note } (from { $a } to { $b })
# Legend marks.
legend-mutual = mutual dependency
legend-loop = in a dependency loop
legend-missing = collaboration missing
legend-blocked = schot blocks a dependency
# Errors in a map (ModelError). $id, $relation, $stakeholder: ids; $field: x, y, from or to; $value: as written.
err-empty-name = stakeholder '{ $id }' has an empty name (only spaces or invisible characters)
err-duplicate-stakeholder = duplicate stakeholder id '{ $id }'
err-non-finite = stakeholder '{ $id }' has a coordinate that is not a finite number ({ $field } = { $value })
# $max: the largest coordinate.
err-out-of-range = stakeholder '{ $id }' lies too far out ({ $field } = { $value }); coordinates must be between -{ $max } and { $max }
err-duplicate-relation = duplicate relation id '{ $id }'
err-unknown-stakeholder = relation '{ $relation }': { $field } '{ $stakeholder }' is not a stakeholder in this map
err-self-relation = relation '{ $relation }' goes from stakeholder '{ $stakeholder }' to itself
err-no-such-stakeholder = no stakeholder with id '{ $id }'
err-no-such-relation = no relation with id '{ $id }'
# Errors reading a map file (LoadError).
load-io = cannot read { $path }: { $source }
load-too-large = the file is too large ({ $size } bytes); ecomap reads map files up to { $limit } bytes
load-empty = the file is empty: it holds no map
load-utf8 = the file is not valid UTF-8 text (invalid byte at line { $line }, column { $column })
load-syntax = the file is not valid JSON: { $message } (line { $line }, column { $column })
# $in: load_shape_in where the field is known, else nothing.
load-shape = the file does not have the shape of an ecomap map: { $message }{ $within } (line { $line }, column { $column })
load-shape-in = {" "}in { $field }
load-wrong-format = this is not an ecomap map: "format" is "{ $found }", expected "ecomap"
load-newer = made by a newer version of ecomap: version { $found }, this build reads { $supported }
load-bad-version = unknown file version { $found }: versions start at 1
load-stakeholder-kind = stakeholder '{ $id }': unknown kind '{ $kind }' (known kinds: { $known })
load-relation-kind = relation '{ $id }': unknown kind '{ $kind }' (known kinds: { $known })
load-empty-id = entry { $position } of "{ $list }" has an empty "id"
# Export errors (ExportError): the editor's, then the command line's (naming its flags).
export-unknown-format = unknown output format for { $path }: use a file name ending in .png, .svg, .pdf, .xlsx, .csv, .gexf or .graphml
export-bad-dpi = the resolution must be from { $min } to { $max } dpi, not { $value }
export-bad-width = the width must be at least 10 mm, not { $value }
export-too-large = the image would be { $size } pixels; the limit is { $max } on a side (choose a smaller width or resolution)
export-render = cannot draw the image: { $why }
export-write = cannot write { $path }: { $source }
cli-bad-dpi = --dpi must be a number from { $min } to { $max }, not { $value }
cli-bad-width = --width-mm must be a number of at least 10, not { $value }
cli-too-large = the image would be { $width } × { $height } pixels; the limit is { $max } on a side (lower --dpi or --width-mm)
# Why the system's file dialog could not be shown.
dialog-no-bus = no D-Bus session bus, so no desktop portal can show the system file dialog
dialog-closed-at-once = the system file dialog closed at once: it could not be shown
dialog-failed = the system file dialog failed
dialog-scripted = no desktop portal (test)
# $id, $field, $value
err-bad-date = '{ $field }' of '{ $id }' is not a date like 2026-11-26: '{ $value }'
err-empty-scenario-name = a scenario needs a name
# $name
err-scenario-name-taken = there is already a scenario '{ $name }'
# $name
err-no-such-scenario = no scenario '{ $name }'
err-last-scenario = the only scenario cannot be deleted
# $id
err-duplicate-action = action id '{ $id }' is used twice
# $id
err-no-such-action = no action with id '{ $id }'
# $id
err-action-without-finding = action '{ $id }' names no finding (rule and stakeholders)
# $field, $version
load-not-in-version = a version { $version } file has no "{ $field }"
# $field
load-missing = the file has no "{ $field }"
# $id, $field, $value, $known
load-unknown-value = "{ $field }" of '{ $id }' is '{ $value }'; known are: { $known }
# $id
load-in-no-scenario = stakeholder '{ $id }' is in no scenario (every scenario leaves it out)
# $names, $rule
cmp-resolved-together = { $names } now work together: ‘{ $rule }’ is resolved.
# $names, $rule, $gone
cmp-resolved-left = ‘{ $rule }’ for { $names } is gone: { $gone } is no longer in the map.
# $names, $rule
cmp-resolved-schot = The schot between { $names } is gone: ‘{ $rule }’ is resolved.
# $names, $rule
cmp-resolved = ‘{ $rule }’ for { $names } is resolved.
# $sentence
cmp-new = New: { $sentence }
# $from, $to
cmp-title = Comparison: { $from } → { $to }
cmp-came = Came
cmp-left = Left
cmp-relations-added = Relations added
cmp-relations-removed = Relations removed
cmp-relations-changed = Relations changed
cmp-findings-resolved = Resolved
cmp-findings-new = New
cmp-findings-remaining = Remaining
cmp-nothing = No differences.
field-kind = kind
field-direction = direction
field-label = label
field-confidence = confidence
conf-certain = certain
conf-likely = likely
conf-contested = contested
status-open = open
status-doing = doing
status-done = done
rests-on-contested = rests on contested relations
finding-resolved = finding resolved
legend-contested = contested (?)
legend-added = new
legend-removed = gone (ghost)
legend-changed = changed
# $title
pack-findings-title = Findings: { $title }
# $title
pack-actions-title = Actions: { $title }
# $date
pack-made = Made with ecomap on { $date }.
pack-no-findings = No findings.
pack-no-actions = No actions yet.
# $names
pack-resolved-in = finding resolved in: { $names }
# $names
pack-open-in = finding open in: { $names }
action-word = Action
finding-word = Finding
owner-word = owner
due-word = due
status-word = status
csv-scenario = scenario
csv-rule = rule
csv-title = title
csv-stakeholders = stakeholders
csv-stakeholder = stakeholder
csv-ids = ids
csv-finding = finding
csv-contested = contested
csv-actions = actions
csv-what = what
csv-owner = owner
csv-due = due
csv-status = status
csv-open-in = open in
csv-resolved-in = resolved in
csv-yes = yes
csv-no = no
# $path
export-folder-not-empty = the folder { $path } exists and is not empty: choose a new folder
# $names
cli-scenarios = scenarios: { $names }
# $from, $to
cmp-image-title = from { $from } to { $to }
action-next-scenario = Next scenario
action-prev-scenario = Previous scenario
action-duplicate-scenario = Duplicate scenario as…
action-rename-scenario = Rename scenario…
action-delete-scenario = Delete scenario
action-compare = Compare with the previous scenario
action-report-pack = Report pack…
action-add-action = Action on this finding
scenario-word = Scenario
scenario-menu = Scenarios
compare-with = Compare with
no-comparison = —
seen-by = As seen by
everyone = everyone
seen-by-hint = Only the relations this source claimed, and those without a source.
# $name
scenario-new-name = A copy of ‘{ $name }’, named:
# $name
scenario-rename-to = Rename ‘{ $name }’ to:
ok-button = OK
default-next-scenario = Straks
actions-heading = Actions
add-action-button = + action
what-hint = What will be done?
due-hint = YYYY-MM-DD
nobody = nobody yet
remove-action = Remove action
no-actions-hint = No actions yet. Choose ‘+ action’ beside a finding.
source-label = Source
source-hint = Who claimed this relation?
confidence-label = Confidence
not-said = not said
date-label = Date
contested-relations = Contested relations
# $done, $total
report-running = Making the report pack… { $done } of { $total }
# $dir
report-written = Report pack written to { $dir }
report-failed = Report pack failed:
report-suffix = report
compare-needs-two = There is one scenario. Duplicate it first (Ctrl+D) to compare.
add-action-which = Pick a finding first (→ or in the panel), then N for an action.
# $from, $to
cmp-heading-app = Comparison from { $from } to { $to }
duplicate-button = Duplicate…
rename-button = Rename…
delete-button = Delete
live-wrong-secret = This session does not exist (any more). Scan the QR code again.
live-wrong-code = That code is not right. Look at the screen again.
live-code-rate = Too many tries. Wait a minute and try again.
live-not-found = There is no such page.
live-join-first = Enter your name first.
# $n
live-rate = Slow down a little: at most { $n } a minute.
# $n
live-too-large = That is too much text (at most { $n } bytes).
live-bad-json = This request cannot be read.
# $field
live-blank = ‘{ $field }’ is empty.
# $field, $n
live-too-long = ‘{ $field }’ is too long (at most { $n } characters).
# $field
live-markup = ‘{ $field }’ may not contain < or > or control characters.
# $field, $value, $known
live-unknown-kind = Unknown ‘{ $field }’: ‘{ $value }’ (known: { $known }).
# $id
live-unknown-stakeholder = Stakeholder ‘{ $id }’ is not on the map.
live-self-relation = A relation is between two different stakeholders.
# $n
live-devices-full = The session is full ({ $n } phones).
live-queue-full = Too many proposals are waiting. Try again in a moment.
live-unknown-finding = That finding is not (or no longer) on the map.
# $n
live-votes-used =
    { $n ->
        [one] You have used your vote. Tap the chosen finding to take it back.
       *[other] You have used your { $n } votes. Tap a chosen finding to take a vote back.
    }
action-room-join = Let the room join…
action-show-code = Show or hide the QR code
action-accept-proposal = Accept the proposal
action-next-proposal = Next proposal
action-prev-proposal = Previous proposal
live-intro = Participants propose partners, relations, votes and comments from their phones; you decide what goes on the map. The phones and this computer must be on the same network.
live-pick-network = On which network?
live-no-network = No network found.
live-this-computer = this computer only
live-exposes = Phones with the QR code see the stakeholders' names and kinds and the findings; not the file, no notes. Traffic is not encrypted (plain HTTP): use a network you trust.
live-start = Start
live-stop = Stop
live-scan = Join: scan with your phone
live-code = code
# $n, $p
live-phones =
    { $n ->
        [one] 1 phone
       *[other] { $n } phones
    } · { $p ->
        [one] 1 proposal waiting
       *[other] { $p } proposals waiting
    }
live-queue = Proposals
live-queue-empty = No proposals yet.
live-keys = Enter: accept · Delete: decline · arrow up/down: next
live-accept = Accept (Enter)
live-decline = Decline (Delete)
live-show-code = Show QR
live-hide-code = Hide QR
# $n
live-badge =
    { $n ->
        [one] 1 proposal
       *[other] { $n } proposals
    }
# $url
live-started = The room can join: { $url }
live-stopped = The session has stopped; phones can no longer send anything.
live-start-failed = Cannot start the session:
live-gone = That proposal no longer fits: the stakeholder is no longer on the map.
votes-word = votes
live-already-there = That is already on the map.
# Shared interest of three or more partners in the same stakeholders, none working together.
finding-shared-interest-all = { $names } all have an interest in { $via }, but do not work together.
# The same with residents or informal carers among them (followed by finding_involve).
finding-shared-interest-all-people = { $names } all have an interest in { $via }.
# findings.md: the partners who connect others most (highest betweenness).
pack-brokers = Brokers
# findings.md: the brokers in words.
pack-brokers-sentence = { $names } connect the most partners with each other: without them the shortest ways between others run longer.
# findings.md: the opening sentence.
pack-summary-head =
    { $title } has { $s ->
        [one] 1 partner
       *[other] { $s } partners
    } and { $r ->
        [one] 1 relation
       *[other] { $r } relations
    }.
# findings.md summary: before the three most important findings.
pack-summary-top = The most important:
# findings.md summary: how many findings.
pack-summary-count =
    { $n ->
        [one] There is 1 place where integration is missing.
       *[other] There are { $n } places where integration is missing.
    }
# findings.md summary: no findings.
pack-summary-none = No places were found where integration is missing.
# findings.md: the head of the between-domains table.
pack-domain-table-head = | Domains | Schotten | Dependent without collaboration |
# A dependency one way across a domain boundary.
finding-cross-domain-one = { $from } ({ $df }) depends on { $to } ({ $dt }), without collaboration across that domain boundary.
# Dependencies both ways across a domain boundary.
finding-cross-domain-both = { $a } ({ $da }) and { $b } ({ $db }) depend on each other across a domain boundary, but do not work together.
# A schot across a one-way dependency.
finding-schot-blocks-one = A schot stands between { $from } and { $to }, while { $from } depends on { $to }.
# A schot across dependencies both ways.
finding-schot-blocks-both = A schot stands between { $a } and { $b }, while they depend on each other.
# A finding about residents or informal carers: the sentence, and that they should be involved.
finding-involve = { $sentence } Involve { $who }.
# Shared interest where one is a resident or informal carer (followed by finding_involve).
finding-shared-interest-people = { $a } and { $b } both have an interest in { $via }.
# Mutual dependency where one is a resident or informal carer (followed by finding_involve).
finding-interdependent-people = { $a } and { $b } depend on each other.
# The findings panel and report: partners whose absence splits the map.
weak-links-title = Weak links
# One weak link and the partners it alone connects.
weak-link-sentence =
    { $count ->
        [one] If { $name } drops out, { $names } loses its link to the rest.
       *[other] If { $name } drops out, { $names } lose their link to the rest.
    }
# In a list of names cut short: how many more.
weak-link-more =
    { $n ->
        [one] one other
       *[other] { $n } others
    }
# The findings panel and report: every schot drawn.
schotten-title = Schotten — walls
# One schot and the partners (and domains) on either side.
schot-line = Schot between { $a }{ $da } and { $b }{ $db }
# A schot that a dependency crosses.
schot-crossed = a dependency crosses it
# A schot no dependency crosses.
schot-not-crossed = no dependency crosses it
# The report of a map too big to draw.
pack-no-images = The map has { $n } partners: too many to draw legibly on a page (up to { $max }), so no images. Make one with ecomap export --width-mm auto.
# The long list of dependencies: the column of the one depended on.
csv-depends-on = depends on
# The report of a map too big for a dependency matrix.
pack-matrix-long = The map has { $n } partners: the dependencies are in dependencies.csv, one row each, instead of a matrix (a spreadsheet opens one up to about { $max } × { $max }).
# ecomap check: two stakeholders whose names look the same.
cli-look-alike = note: “{ $a }” ({ $ida }) and “{ $b }” ({ $idb }) look the same (invisible characters or another form of the letters): the same partner?
# A path that is a folder, pipe or device.
load-not-a-file = { $path } is { $what }, not a map file: choose a file (.ecomap.json).
# A map file with a control or bidi character in a name, id or label.
load-foreign-char = { $field } contains a character that does not belong in text ({ $code }): “{ $value }”. Remove it and open the file again.
# A phone has as many proposals waiting as it may.
live-pending-per-phone = You already have { $n } proposals waiting. Wait until the facilitator has looked at them.
# The queue: decline every waiting proposal.
live-decline-all = Decline all
# The queue: decline every waiting proposal of one phone.
live-decline-phone = Decline all from this phone
# Said after declining several at once.
live-declined-n =
    { $n ->
        [one] 1 proposal declined.
       *[other] { $n } proposals declined.
    }
# Said under the map while editing when no names show.
names-hidden = Names hidden: the map does not fit this screen with readable names. Zoom in (scroll or Ctrl +), try Tidy (T), or present it by domain (F5, then D).
# $kind: as typed.
entry-unknown-kind = No kind is called ‘{ $kind }’: choose one with Tab, or leave the kind out.
reconnect-dropped-off = The relation stays as it was: let go of its end on a card.
action-select-all = Select all
action-copy = Copy
action-cut = Cut
action-paste = Paste (a list of names too)
action-quit = Quit
paste-title = Paste
# $n: how many.
paste-n = Partners to add: { $n } (one per line; columns name, kind, domain)
paste-duplicates = Already on the map or twice, skipped: { $n }
paste-cut = Left out after the first { $max }: { $n }
paste-add = Add
paste-and-more = … and { $n } more
paste-nothing = Nothing to paste: every name is on the map already.
copied-n =
    { $n ->
        [one] Copied: 1 partner.
       *[other] Copied: { $n } partners, with the relations among them.
    }
select-first-to-copy = Select the partners to copy first.
drop-on-empty = No relation: dropped on an empty spot.
drop-new-partner-here = New partner here, connected
toolbar-partner = + Partner
toolbar-relation = + Relation
entry-name-first = Type a name first, then Enter.
# The relation line's title before its first partner is known.
entry-relation = Relation:
entry-from-to-hint = Type > and then the other partner (from > to), or choose with Tab.
# The quick entry line's title.
entry-partner = New partner
entry-partner-hint = name / kind / domain
entry-relation-hint = the other partner, or: from > to
entry-partner-keys = Enter: add · Tab: complete kind and domain · arrow keys: choose · Esc: close
entry-relation-keys = Enter: connect · 1–4: kind of relation · Tab: complete · arrow keys: choose · Esc: close
entry-type-a-name = type a name
entry-as-before = as the last one
entry-type-a-partner = Type the first letters of the other partner.
# $name: as typed.
entry-no-partner-named = No partner is called ‘{ $name }’.
# $from, $to: names.
entry-connected = Connected: { $from } ➡ { $to }. Type the next, or Esc.
relation-to-itself = No relation: a partner is not connected to itself.
relation-exists = No relation: that relation is already there.
action-quick-entry = Enter partners (name / kind / domain)
action-relation-line = Enter relations (from the selected partner, or from > to)
kind-care-provider = Care provider
kind-municipality = Municipality
kind-financier = Financier
kind-education = Education
kind-welfare = Welfare
kind-housing = Housing
kind-citizen = Citizen
kind-informal-carer = Informal carer
kind-professional = Professional
kind-regulator = Regulator
kind-supplier = Supplier
kind-facilitator = Facilitator
kind-other = Other
kind-code-care-provider = CP
kind-code-municipality = MU
kind-code-financier = FI
kind-code-education = ED
kind-code-welfare = WF
kind-code-housing = HO
kind-code-citizen = CI
kind-code-informal-carer = IC
kind-code-professional = PR
kind-code-regulator = RE
kind-code-supplier = SU
kind-code-facilitator = FA
kind-code-other = OT
relation-kind-dependency = Dependency
relation-kind-interest = Interest
relation-kind-schot = Schot (wall)
relation-kind-collaboration = Collaboration
mouse-help-0 = Double-click
mouse-help-0-does = new stakeholder at that spot
mouse-help-1 = Drag from a card's edge (or Shift + drag)
mouse-help-1-does = connect two stakeholders
mouse-help-2 = Drag
mouse-help-2-does = move (on a card) or pan the view; with Shift or Ctrl on an empty spot: select with a box; the end of a selected relation: reconnect it
mouse-help-3 = Mouse wheel
mouse-help-3-does = zoom in and out
mouse-help-4 = Ctrl + click, right-click
mouse-help-4-does = select several; what you can do here
# A finding's votes, after its dots.
votes-count =
    { $n ->
        [one] 1 vote
       *[other] { $n } votes
    }
# A finding's actions.
actions-count =
    { $n ->
        [one] 1 action
       *[other] { $n } actions
    }
# Schotten between two domains (a zone badge).
schotten-count =
    { $n ->
        [one] 1 schot
       *[other] { $n } schotten
    }
# Dependencies without collaboration between two domains (a zone badge).
dep-without-collaboration-count = { $n } dep. without collaboration

# The phone page (what participants see on their phones).
phone-other = Nederlands
phone-welcome = Join the map
phone-welcome-intro = Your name and organisation go with what you propose. The facilitator decides what goes on the map.
phone-your-name = Your name
phone-your-org = Your organisation
phone-join = Join
phone-tab-add = Partner
phone-tab-link = Relation
phone-tab-vote = Vote
phone-tab-comment = Comment
phone-add-title = Propose a partner
phone-name = Name
phone-kind = Kind
phone-domain = Domain
phone-link-title = Propose a relation
phone-from = From
phone-to = To
phone-relation-kind = Kind of relation
phone-label = Label
phone-search = Search…
phone-propose = Propose
phone-vote-title = What should we tackle first?
phone-comment-title = A comment on a partner
phone-stakeholder = Partner
phone-comment = Comment
phone-send = Send
phone-mine-title = Your proposals
phone-on-map = On the map
phone-none = Nothing yet.
phone-pending = waiting
phone-accepted = accepted
phone-declined = not taken
phone-sent = Sent: the facilitator sees it now.
phone-voted = Vote noted.
phone-unvoted = Vote taken back.
phone-pick-both = Pick two partners.
phone-offline = No connection to the screen. Trying again…
phone-votes-left =
    { $n ->
        [one] You have 1 vote left.
       *[other] You have { $n } votes left.
    }
phone-who = You take part as { $name }.
phone-who-org = You take part as { $name } ({ $organisation }).
phone-join-code = Code on the screen
phone-join-button = Join

# Keys in the shortcuts (help, menus, tooltips): the names printed on keyboards.
key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-down = Down
key-up = Up
key-left = Left
key-right = Right
key-backspace = Backspace
key-delete = Delete
key-enter = Enter
key-escape = Esc
key-insert = Insert
key-page-down = PgDn
key-page-up = PgUp
key-home = Home
key-end = End
key-space = Space
key-tab = Tab

# The built-in file chooser (when the system's dialog cannot be shown).
chooser-select-folder = 📁 Select folder
chooser-open-file = 📂 Open file
chooser-select-multiple = 🗐 Select several
chooser-save-file = 📥 Save file
chooser-cancel = Cancel
chooser-overwrite = Overwrite
chooser-reload = ⟲  Reload
chooser-working-directory = ↗  Go to working directory
chooser-select-all = 🗐  Select all
chooser-show-hidden = Show hidden
chooser-show-system-files = Show system files
chooser-pinned = Pinned
chooser-places = Places
chooser-devices = Devices
chooser-removable-devices = Removable devices
chooser-home = 🏠  Home
chooser-desktop = 🖵  Desktop
chooser-documents = 🗐  Documents
chooser-downloads = 📥  Downloads
chooser-audio = 🎵  Audio
chooser-pictures = 🖼  Pictures
chooser-videos = 🎞  Videos
chooser-pin = 📌 Pin
chooser-unpin = ✖ Unpin
chooser-rename = ✏ Rename
chooser-selected-folder = Selected folder:
chooser-selected-file = Selected file:
chooser-selected-items = Selected items:
chooser-file-name = File name:
chooser-all-files = All files
chooser-any-extension = Any
chooser-overwrite-question = already exists. Do you want to overwrite it?
chooser-empty-folder-name = The folder name cannot be empty
chooser-empty-file-name = The file name cannot be empty
chooser-folder-exists = A folder with that name already exists
chooser-file-exists = A file with that name already exists

# The command line's errors.
cli-cannot-write-output = cannot write the result: { $why }
cli-no-scenario = no scenario { $name } in this map; it has: { $list }
cli-one-scenario = this map has one scenario ({ $name }): there is nothing to compare it with; duplicate it in the editor first
cli-cannot-generate = cannot generate the map: { $why }
cli-cannot-save = cannot write { $path }: { $why }

# Help: what the editor draws with (OpenGL or wgpu), and the choice for the next start.
about-line = ecomap { $version } · draws with { $renderer }
about-renderer-unknown = not known yet
about-next-start = At the next start, draw with:
about-renderer-auto = automatic

# A save failed because another program holds the file (Windows).
save-held-hint = Another program holds the file open (often OneDrive, Word or a virus scanner). Your work is kept: close the file there or wait a moment, then save again, or choose Save as.

# Importing a spreadsheet (Kumu's layout: elements and connections).
import-io = cannot read the file: { $why }
import-unknown-format = { $name } is not a file ecomap imports: use .xlsx, .ods, .csv, .gexf or .graphml
import-too-large = the file is too large ({ $size } bytes); ecomap imports files up to { $max } bytes
import-inflates = the workbook would unpack to { $size } bytes, more than the { $max } ecomap allows (a damaged or hostile file?)
import-too-many-rows = too many rows ({ $n }); ecomap imports up to { $max } rows
crowd-pdf-a3 = { $n ->
        [one] 1 pair of cards stood too close
       *[other] { $n } pairs of cards stood too close
    } on the page; --paper a3 gives them more room (or Tidy the map first)
crowd-pdf = { $n ->
        [one] 1 pair of cards stood too close
       *[other] { $n } pairs of cards stood too close
    } on the page (Tidy the map first)
import-empty = the file is empty
import-not-text = the file is not text in UTF-8 (an image, a workbook, or another encoding?): GEXF and GraphML are XML in UTF-8, as Gephi, yEd and networkx write them
import-grid-too-large = a sheet spans { $rows } rows by { $columns } columns, more than ecomap reads (up to { $max } cells and { $maxcols } columns)
import-too-many-attributes = the file declares { $n } attributes of nodes or of edges; ecomap reads up to { $max }
import-workbook = the workbook cannot be read: { $why }
import-csv = line { $line } of the CSV cannot be read: { $why }
import-no-sheets = no sheet has the headers of partners (Label or Naam) or of relations (From and To, or Van and Naar)
import-unknown-relation-types = these relation types match no kind of relation: { $types }. Say which each is, e.g. --kinds "{ $example }=dependency" (dependency, interest, schot or collaboration)
import-bad-mapping = “{ $part }” is not a mapping: write type=kind, e.g. Zorg=care_provider or Financiering=dependency
import-skipped-row = { $sheet }, row { $row }: { $why }
import-skipped-row-named = { $sheet }, row { $row } (“{ $name }”): { $why }
import-skip-no-name = no name, left out
import-skip-no-ends = a relation without From or To, left out
import-skip-itself = a relation to itself, left out
import-done = { $path }: { $s ->
        [one] 1 partner
       *[other] { $s } partners
    }, { $r ->
        [one] 1 relation
       *[other] { $r } relations
    } from { $file }
import-unknown-types = partner types no kind matched, made “other” (map them with --kinds): { $types }
import-added-ends = { $n ->
        [one] 1 partner added that only appeared in a relation: { $names }
       *[other] { $n } partners added that only appeared in relations: { $names }
    }
import-graph = line { $line } of the network file cannot be read: { $why }
import-entity = line { $line }: the file declares or uses an XML entity; ecomap never expands entities (they can hide huge or outside content), so the file is refused
import-not-graph = this is not a { $expected } file (it starts with <{ $found }>)
import-in-rows = { $n } partners are too many to tidy at once: they are put in rows by domain (Tidy, T, lays them out; it takes a while)
import-output-exists = { $path } exists already: choose another name for the new map (nothing was written)
action-import = Import a spreadsheet or network file…
import-title = Import { $name }
import-will-add = This comes in: { $s ->
        [one] 1 partner
       *[other] { $s } partners
    } and { $r ->
        [one] 1 relation
       *[other] { $r } relations
    }.
import-pick-relation-kinds = Choose for each relation type which kind of relation it is:
import-button = Import
import-skip-already-there = that name is on the map already, not added again
