//! Every user-facing text of the editor, in Dutch and English, in one place. The action
//! table (`actions.rs`) holds the labels of actions; the analysis holds its finding sentences;
//! kinds name themselves (`model/kinds.rs`).
//!
//! Long: one entry per text, two languages each.

use crate::lang::Lang;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.nl, self.en)
    }
}

/// The Dutch word is used in English too: it is the whitepapers' term.
pub const SCHOT_WORD: Text = Text {
    nl: "schot",
    en: "schot",
};
pub const SCHOTTEN_WORD: Text = Text {
    nl: "schotten",
    en: "schotten",
};

/// `{n}` is the number of stakeholders moved.
pub const MOVED_N: Text = Text {
    nl: "{n} belanghebbenden verplaatst (Ctrl+Z maakt het ongedaan).",
    en: "{n} stakeholders moved (Ctrl+Z undoes it).",
};

/// `{n}` is the number of domain pairs with nothing between them.
pub const QUIET_DOMAIN_PAIRS_N: Text = Text {
    nl: "{n} andere domeinparen: geen schotten, niets ontbreekt.",
    en: "{n} other domain pairs: no schotten, nothing missing.",
};

/// The mouse in the help overlay: what to do, and what it does.
pub const MOUSE_HELP: [(Text, Text); 5] = [
    (
        Text {
            nl: "Dubbelklik",
            en: "Double-click",
        },
        Text {
            nl: "nieuwe belanghebbende op die plek",
            en: "new stakeholder at that spot",
        },
    ),
    (
        Text {
            nl: "Shift + slepen",
            en: "Shift + drag",
        },
        Text {
            nl: "verbind twee belanghebbenden",
            en: "connect two stakeholders",
        },
    ),
    (
        Text {
            nl: "Slepen",
            en: "Drag",
        },
        Text {
            nl: "verplaats (op een kaart) of schuif het beeld",
            en: "move (on a card) or pan the view",
        },
    ),
    (
        Text {
            nl: "Scrollwiel",
            en: "Mouse wheel",
        },
        Text {
            nl: "in- en uitzoomen",
            en: "zoom in and out",
        },
    ),
    (
        Text {
            nl: "Ctrl + klik",
            en: "Ctrl + click",
        },
        Text {
            nl: "meerdere selecteren",
            en: "select several",
        },
    ),
];

pub const ANALYSIS: Text = Text {
    nl: "Analyse",
    en: "Analysis",
};
pub const A_PINNED_STAKEHOLDER_STAYS_PUT: Text = Text {
    nl: "Een vastgepinde belanghebbende blijft staan als de kaart wordt opgeruimd.",
    en: "A pinned stakeholder stays put when the map is tidied.",
};
pub const BETWEEN_DOMAINS: Text = Text {
    nl: "Tussen domeinen",
    en: "Between domains",
};
pub const CANCEL: Text = Text {
    nl: "Annuleren",
    en: "Cancel",
};
pub const CANNOT_OPEN: Text = Text {
    nl: "Kan niet openen:",
    en: "Cannot open:",
};
pub const COULD_NOT_SAVE: Text = Text {
    nl: "Opslaan mislukt:",
    en: "Could not save:",
};
pub const DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT: Text = Text {
    nl: "Afhankelijkheden tussen de domeinen zonder samenwerkingsrelatie",
    en: "Dependencies between the domains without a collaboration relation",
};
pub const DEPENDENCY_LOOPS: Text = Text {
    nl: "Afhankelijkheidslussen",
    en: "Dependency loops",
};
pub const DEP_WITHOUT_COLLABORATION: Text = Text {
    nl: "afh. zonder samenwerking",
    en: "dep. without collaboration",
};
pub const DEP_W_O_COLLAB: Text = Text {
    nl: "Afh. zonder samenw.",
    en: "Dep. w/o collab.",
};
pub const DESCRIPTION: Text = Text {
    nl: "Beschrijving",
    en: "Description",
};
pub const DISCARD: Text = Text {
    nl: "Niet opslaan",
    en: "Discard",
};
pub const DISCARD_RECOVERY: Text = Text {
    nl: "Weggooien",
    en: "Discard",
};
pub const DISMISS: Text = Text {
    nl: "Sluiten",
    en: "Dismiss",
};
pub const DOMAIN: Text = Text {
    nl: "Domein",
    en: "Domain",
};
pub const DOMAINS: Text = Text {
    nl: "Domeinen",
    en: "Domains",
};
pub const DOUBLE_CLICK_NEW_STAKEHOLDER_SHIFT: Text = Text {
    nl: "Dubbelklik: nieuwe belanghebbende · Shift+slepen: verbinden · F1: sneltoetsen",
    en: "Double-click: new stakeholder · Shift+drag: connect · F1: shortcuts",
};
pub const DOUBLE_CLICK_THE_CANVAS_TO: Text = Text {
    nl: "Dubbelklik op het canvas om een belanghebbende toe te voegen. Kies een relatiesoort (1–4) en sleep met Shift van de een naar de ander.",
    en: "Double-click the canvas to add a stakeholder. Pick a relation kind (1–4) and Shift-drag from one to another.",
};
pub const DO_YOU_WANT_TO_SAVE: Text = Text {
    nl: "Wil je de wijzigingen in deze kaart opslaan?",
    en: "Do you want to save the changes to this map?",
};
pub const DRAG_FROM_ONE_STAKEHOLDER_TO: Text = Text {
    nl: "Sleep van de ene naar de andere belanghebbende om te verbinden (of houd Shift ingedrukt).",
    en: "Drag from one stakeholder to another to connect them (or hold Shift).",
};
pub const ECOMAP_DID_NOT_CLOSE_CLEANLY: Text = Text {
    nl: "ecomap werd de vorige keer niet netjes afgesloten. Wil je de herstelkopie openen?",
    en: "ecomap did not close cleanly last time. Do you want to open the recovery copy?",
};
pub const EDIT: Text = Text {
    nl: "Bewerken",
    en: "Edit",
};
pub const EDITING: Text = Text {
    nl: "bewerken",
    en: "editing",
};
pub const ESC_EDIT_F1_SHORTCUTS: Text = Text {
    nl: "Esc: bewerken · F1: sneltoetsen",
    en: "Esc: edit · F1: shortcuts",
};
pub const EXPORT: Text = Text {
    nl: "Exporteren",
    en: "Export",
};
pub const EXPORTED: Text = Text {
    nl: "Geëxporteerd:",
    en: "Exported:",
};
pub const EXPORTING: Text = Text {
    nl: "Bezig met exporteren…",
    en: "Exporting…",
};
pub const EXPORT_FAILED: Text = Text {
    nl: "Exporteren mislukt:",
    en: "Export failed:",
};
pub const EXPORT_STOPPED: Text = Text {
    nl: "het exporteren stopte onverwacht",
    en: "the export stopped unexpectedly",
};
pub const FILE: Text = Text {
    nl: "Bestand",
    en: "File",
};
pub const FIND: Text = Text {
    nl: "Zoeken",
    en: "Find",
};
pub const FINDINGS: Text = Text {
    nl: "Bevindingen ▶",
    en: "Findings ▶",
};
pub const FIRST_SELECT_THE_STAKEHOLDER_TO: Text = Text {
    nl: "Kies eerst de belanghebbende die in het midden komt.",
    en: "First select the stakeholder to put in the middle.",
};
pub const FOCUS: Text = Text {
    nl: "Focus:",
    en: "Focus:",
};
pub const FOCUS_IS_ON_SELECT_A: Text = Text {
    nl: "Focus staat aan: kies een belanghebbende.",
    en: "Focus is on: select a stakeholder.",
};
pub const HELP: Text = Text {
    nl: "Help",
    en: "Help",
};
pub const HIDDEN: Text = Text {
    nl: "verborgen:",
    en: "hidden:",
};
pub const KEYBOARD_SHORTCUTS: Text = Text {
    nl: "Sneltoetsen",
    en: "Keyboard shortcuts",
};
pub const KIND: Text = Text {
    nl: "Soort",
    en: "Kind",
};
pub const LABEL: Text = Text {
    nl: "Label",
    en: "Label",
};
pub const LAYING_OUT_THE_MAP: Text = Text {
    nl: "Bezig met de indeling…",
    en: "Laying out the map…",
};
pub const MAP: Text = Text {
    nl: "Kaart",
    en: "Map",
};
pub const MAP_THE_ECOSYSTEM_WHO_DEPENDS: Text = Text {
    nl: "Breng het ecosysteem in kaart: wie is van wie afhankelijk, waar staan schotten, waar ontbreekt samenwerking?",
    en: "Map the ecosystem: who depends on whom, where do schotten stand, where is collaboration missing?",
};
pub const MUTUAL_DEPENDENCIES: Text = Text {
    nl: "Wederzijds afhankelijk",
    en: "Mutual dependencies",
};
pub const NAME: Text = Text {
    nl: "Naam",
    en: "Name",
};
pub const NAME_HINT: Text = Text {
    nl: "naam…",
    en: "name…",
};
pub const NEW_MAP: Text = Text {
    nl: "Nieuwe kaart",
    en: "New map",
};
pub const NEW_MAP_BUTTON: Text = Text {
    nl: "➕ Nieuwe kaart",
    en: "➕ New map",
};
pub const NOTES: Text = Text {
    nl: "Notities",
    en: "Notes",
};
pub const NOTHING_NEEDS_TO_MOVE: Text = Text {
    nl: "Er hoeft niets te verschuiven.",
    en: "Nothing needs to move.",
};
pub const NOT_SAVED: Text = Text {
    nl: "niet opgeslagen",
    en: "not saved",
};
pub const NO_FINDINGS_NO_INTEGRATION_IS: Text = Text {
    nl: "Geen bevindingen: hier ontbreekt geen integratie.",
    en: "No findings: no integration is missing here.",
};
pub const OFF: Text = Text {
    nl: "uit",
    en: "off",
};
pub const ONION: Text = Text {
    nl: "◎ Ui",
    en: "◎ Onion",
};
pub const OPEN_A_MAP: Text = Text {
    nl: "📂 Kaart openen…",
    en: "📂 Open a map…",
};
pub const PAIRS_OF_STAKEHOLDERS_WITH_A: Text = Text {
    nl: "Paren belanghebbenden met een schot ertussen",
    en: "Pairs of stakeholders with a schot between them",
};
pub const PGDN_NEXT_PGUP_PREVIOUS_ESC: Text = Text {
    nl: "⏵ / PgDn volgende · ⏴ / PgUp vorige · Esc stoppen",
    en: "⏵ / PgDn next · ⏴ / PgUp previous · Esc stop",
};
pub const PIN: Text = Text {
    nl: "Vastpinnen",
    en: "Pin",
};
pub const PRESENT: Text = Text {
    nl: "Presenteren",
    en: "Present",
};
pub const PRESENTING: Text = Text {
    nl: "presenteren",
    en: "presenting",
};
pub const RECENT: Text = Text {
    nl: "Recent",
    en: "Recent",
};
pub const RECENTLY_OPENED: Text = Text {
    nl: "Recent geopend",
    en: "Recently opened",
};
pub const RECOVERY_COPY_FAILED: Text = Text {
    nl: "Herstelkopie mislukt:",
    en: "Recovery copy failed:",
};
pub const RELATION_KIND_LABEL: Text = Text {
    nl: "Relatie:",
    en: "Relation:",
};
pub const RELATIONS: Text = Text {
    nl: "Relaties",
    en: "Relations",
};
pub const RELATIONS_LOWER: Text = Text {
    nl: "relaties",
    en: "relations",
};
pub const RELATION: Text = Text {
    nl: "Relatie",
    en: "Relation",
};
pub const RESTORE: Text = Text {
    nl: "Herstellen",
    en: "Restore",
};
pub const REVERSE_DIRECTION: Text = Text {
    nl: "Richting omdraaien",
    en: "Reverse direction",
};
pub const SAMPLE_MAPS: Text = Text {
    nl: "Voorbeeldkaarten",
    en: "Sample maps",
};
pub const SAVE: Text = Text {
    nl: "Opslaan",
    en: "Save",
};
pub const SAVED: Text = Text {
    nl: "Opgeslagen:",
    en: "Saved:",
};
pub const SAVE_AS: Text = Text {
    nl: "Opslaan als…",
    en: "Save as…",
};
pub const SCHOTTEN: Text = Text {
    nl: "Schotten",
    en: "Schotten",
};
pub const SHOW: Text = Text {
    nl: "Tonen:",
    en: "Show:",
};
pub const SHOW_THE_ANALYSIS: Text = Text {
    nl: "Analyse tonen",
    en: "Show the analysis",
};
pub const SMALLEST_TEXT_ON_THE_MAP: Text = Text {
    nl: "Kleinste tekst op de kaart",
    en: "Smallest text on the map",
};
pub const STAKEHOLDER: Text = Text {
    nl: "Belanghebbende",
    en: "Stakeholder",
};
pub const STAKEHOLDERS: Text = Text {
    nl: "belanghebbenden",
    en: "stakeholders",
};
pub const START_SCREEN: Text = Text {
    nl: "Startscherm",
    en: "Start screen",
};
pub const PREVIOUS_ARROW: Text = Text {
    nl: "◀", en: "◀"
};
pub const THE_MAP_CHANGED_WHILE_IT: Text = Text {
    nl: "De kaart veranderde tijdens de indeling: er is niets verschoven. Probeer het opnieuw.",
    en: "The map changed while it was being laid out: nothing was moved. Try again.",
};
pub const TIDY: Text = Text {
    nl: "✨ Opruimen",
    en: "✨ Tidy",
};
pub const TITLE: Text = Text {
    nl: "Titel",
    en: "Title",
};
pub const TO: Text = Text {
    nl: "naar",
    en: "to",
};
pub const TRANSPARENT_BACKGROUND: Text = Text {
    nl: "Transparante achtergrond",
    en: "Transparent background",
};
pub const UNSAVED_CHANGES: Text = Text {
    nl: "Niet-opgeslagen wijzigingen",
    en: "Unsaved changes",
};
pub const UNSAVED_WORK_FOUND: Text = Text {
    nl: "Niet-opgeslagen werk gevonden",
    en: "Unsaved work found",
};
pub const VIEW: Text = Text {
    nl: "Beeld",
    en: "View",
};
pub const WHERE_INTEGRATION_IS_MISSING: Text = Text {
    nl: "Waar integratie ontbreekt",
    en: "Where integration is missing",
};
pub const CHANGED_ON_DISK: Text = Text {
    nl: "Het bestand is intussen gewijzigd",
    en: "The file has changed meanwhile",
};

pub const CHANGED_ON_DISK_EXPLAIN: Text = Text {
    nl: "Iemand anders (of een ander programma) heeft de kaart opgeslagen sinds u hem opende. Opslaan zou dat overschrijven:",
    en: "Someone else (or another program) saved the map since you opened it. Saving would overwrite that:",
};

pub const EXISTS_CHOOSE_ANOTHER: Text = Text {
    nl: "Niet opgeslagen: er bestaat al een ander bestand met die naam; kies een andere naam:",
    en: "Not saved: another file already has that name; choose another name:",
};

pub const OPEN_ELSEWHERE: Text = Text {
    nl: "Deze kaart is ook elders geopend in ecomap; bij opslaan wordt eerst gecontroleerd of iemand anders iets wijzigde. Geopend op",
    en: "This map is also open in ecomap elsewhere; saving will first check whether someone else changed it. Open on",
};

pub const PROCESS: Text = Text {
    nl: "proces",
    en: "process",
};

pub const SINCE: Text = Text {
    nl: "sinds",
    en: "since",
};

pub const CHANGED_ON_DISK_SAVE_WILL_ASK: Text = Text {
    nl: "Iemand anders heeft de kaart intussen opgeslagen; bij opslaan kiest u wat er gebeurt:",
    en: "Someone else saved the map meanwhile; saving will ask what to do:",
};

pub const LOAD_NEW_VERSION: Text = Text {
    nl: "Het bestand is buiten ecomap gewijzigd. De nieuwe versie laden? U had hier nog niets veranderd.",
    en: "The file was changed outside ecomap. Load the new version? You had not changed anything here.",
};

pub const LOAD_IT: Text = Text {
    nl: "Nieuwe versie laden",
    en: "Load the new version",
};

pub const KEEP_THIS_ONE: Text = Text {
    nl: "Deze houden",
    en: "Keep this one",
};

pub const RELOAD_THEIRS: Text = Text {
    nl: "Hun versie laden",
    en: "Reload theirs",
};

pub const KEEP_MINE_AS_COPY: Text = Text {
    nl: "Mijn versie als kopie opslaan…",
    en: "Keep mine (save as a copy)…",
};

pub const OVERWRITE: Text = Text {
    nl: "Overschrijven",
    en: "Overwrite",
};

pub const OPEN_BUTTON: Text = Text {
    nl: "Openen",
    en: "Open",
};

pub const SAVE_BUTTON: Text = Text {
    nl: "Opslaan",
    en: "Save",
};

pub const CHOOSER_OPEN: Text = Text {
    nl: "Kaart openen",
    en: "Open a map",
};

pub const CHOOSER_SAVE: Text = Text {
    nl: "Kaart opslaan als",
    en: "Save the map as",
};

pub const CHOOSER_EXPORT: Text = Text {
    nl: "Afbeelding opslaan als",
    en: "Save the image as",
};

pub const BUILTIN_CHOOSER: Text = Text {
    nl: "Altijd de ingebouwde bestandskiezer gebruiken",
    en: "Always use the built-in file chooser",
};

pub const DIALOG_UNAVAILABLE: Text = Text {
    nl: "Het bestandsvenster van het systeem kon niet verschijnen; de ingebouwde bestandskiezer is geopend. Reden:",
    en: "The system's file dialog could not be shown; the built-in file chooser is open instead. Reason:",
};

pub const AUTO_WIDTH: Text = Text {
    nl: "Automatisch: zo smal als kan zonder overlappende kaartjes",
    en: "Automatic: as narrow as it can be without overlapping cards",
};

pub const WIDTH_CHOSEN: Text = Text {
    nl: "breedte gekozen:",
    en: "width chosen:",
};

pub const WIDTH_MM: Text = Text {
    nl: "Breedte (mm)",
    en: "Width (mm)",
};
pub const WORKSHOP: Text = Text {
    nl: "Werkplaats",
    en: "Workshop",
};

pub const BACK_ROW: Text = Text {
    nl: "Achterste rij",
    en: "Back row",
};

pub const SCREEN: Text = Text {
    nl: "Scherm",
    en: "Screen",
};

pub const CAPITALS_N: Text = Text {
    nl: "namen: hoofdletters {n} px",
    en: "names: capitals {n} px",
};

pub const ROOM_HINT: Text = Text {
    nl: "Namen zo groot dat de achterste rij ze kan lezen (16 boogminuten).",
    en: "Names big enough for the back row to read (16 arcminutes).",
};

pub const DOES_NOT_FIT: Text = Text {
    nl: "De hele kaart past niet zo groot dat de achterste rij ({m} m, {inch}\"-scherm) hem leest: hoofdletters nu {now} px, nodig {need} px. D: per domein doorlopen · ⏵: langs de bevindingen",
    en: "The whole map does not fit at a size the back row ({m} m, {inch}\" screen) can read: capitals now {now} px, {need} px needed. D: walk through by domain · ⏵: along the findings",
};
