//! The map as a graph file (issue 27, item 3): GEXF 1.3 for Gephi, GraphML for yEd, Gephi and
//! networkx.
//!
//! - One edge per relation, so counts match. Every edge is directed (from the relation's
//!   first partner to its second): networkx refuses a GEXF that mixes directed and undirected
//!   edges, and a graph of one kind reads the same in Gephi, yEd and networkx. The relation's
//!   `kind` says which are undirected (collaboration, schot), and a `directed` attribute says
//!   it in so many words.
//! - Partners carry `kind` (the kind's id), `domain` and `notes`; colours and places in GEXF's
//!   viz namespace and in yEd's graphics (yEd shows the cards and labels as they are), and in
//!   GraphML also as `x`, `y` and `color` for tools that read plain attributes (Gephi).
//! - ecomap's own import reads both back with the same ids, kinds, domains, relations, notes
//!   and places ([`crate::io::graphs`]).

use std::fmt::Write as _;

use crate::model::Map;
use crate::style;

/// The GEXF 1.3 file of `map`.
pub fn gexf(map: &Map) -> String {
    let mut s = String::with_capacity(256 + 400 * map.stakeholder_count());
    s.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    ));
    let _ = writeln!(
        s,
        "  <meta lastmodifieddate=\"{}\">\n    <creator>ecomap {}</creator>\n    <description>{}</description>\n  </meta>",
        super::today(),
        env!("CARGO_PKG_VERSION"),
        escape(map.title.as_str())
    );
    s.push_str(concat!(
        "  <graph defaultedgetype=\"directed\" mode=\"static\">\n",
        "    <attributes class=\"node\" mode=\"static\">\n",
        "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n",
        "      <attribute id=\"domain\" title=\"domain\" type=\"string\"/>\n",
        "      <attribute id=\"notes\" title=\"notes\" type=\"string\"/>\n",
        "    </attributes>\n",
        "    <attributes class=\"edge\" mode=\"static\">\n",
        "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n",
        "      <attribute id=\"directed\" title=\"directed\" type=\"boolean\"/>\n",
        "      <attribute id=\"notes\" title=\"notes\" type=\"string\"/>\n",
        "    </attributes>\n",
        "    <nodes>\n",
    ));
    for p in map.all_stakeholders_sorted() {
        let fill = style::kind_fill(p.kind);
        let _ = write!(
            s,
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"{}\"/>\n",
            escape(p.id.as_str()),
            escape(p.name.as_str()),
            p.kind.id()
        );
        for (key, value) in [("domain", &p.domain), ("notes", &p.notes)] {
            if !value.is_empty() {
                let _ = writeln!(
                    s,
                    "          <attvalue for=\"{key}\" value=\"{}\"/>",
                    escape(value.as_str())
                );
            }
        }
        // Gephi's y axis points up, the map's down.
        let _ = write!(
            s,
            "        </attvalues>\n        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n        <viz:position x=\"{}\" y=\"{}\" z=\"0.0\"/>\n        <viz:size value=\"{}\"/>\n      </node>\n",
            fill.0,
            fill.1,
            fill.2,
            p.x,
            -p.y,
            style::CARD_HEIGHT / 2.0
        );
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for r in map.relations_sorted() {
        let line = style::edge_style(r.kind).color;
        let _ = write!(
            s,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\"",
            escape(r.id.as_str()),
            escape(r.from.as_str()),
            escape(r.to.as_str()),
        );
        if !r.label.is_empty() {
            let _ = write!(s, " label=\"{}\"", escape(r.label.as_str()));
        }
        let _ = write!(
            s,
            ">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"{}\"/>\n          <attvalue for=\"directed\" value=\"{}\"/>\n",
            r.kind.id(),
            r.kind.is_directed()
        );
        if !r.notes.is_empty() {
            let _ = writeln!(
                s,
                "          <attvalue for=\"notes\" value=\"{}\"/>",
                escape(r.notes.as_str())
            );
        }
        let _ = write!(
            s,
            "        </attvalues>\n        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n      </edge>\n",
            line.0, line.1, line.2
        );
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

/// The GraphML file of `map`, with yEd's graphics.
pub fn graphml(map: &Map) -> String {
    let mut s = String::with_capacity(512 + 900 * map.stakeholder_count());
    s.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xmlns:y=\"http://www.yworks.com/xml/graphml\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
        "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n",
        "  <key id=\"ng\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"domain\" for=\"node\" attr.name=\"domain\" attr.type=\"string\"/>\n",
        "  <key id=\"notes\" for=\"node\" attr.name=\"notes\" attr.type=\"string\"/>\n",
        "  <key id=\"color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n",
        "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n",
        "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n",
        "  <key id=\"eg\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n",
        "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"edirected\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>\n",
        "  <key id=\"enotes\" for=\"edge\" attr.name=\"notes\" attr.type=\"string\"/>\n",
        "  <graph id=\"G\" edgedefault=\"directed\">\n",
    ));
    let (w, h) = (style::CARD_WIDTH, style::CARD_HEIGHT);
    for p in map.all_stakeholders_sorted() {
        let fill = style::kind_fill(p.kind).hex().to_uppercase();
        let name = escape(p.name.as_str());
        // yEd's graphics first: networkx reads their corner as x and y, and the plain x and y
        // after them win.
        let _ = write!(
            s,
            concat!(
                "    <node id=\"{id}\">\n",
                "      <data key=\"ng\">\n",
                "        <y:ShapeNode>\n",
                "          <y:Geometry height=\"{h}\" width=\"{w}\" x=\"{left}\" y=\"{top}\"/>\n",
                "          <y:Fill color=\"{fill}\" transparent=\"false\"/>\n",
                "          <y:BorderStyle color=\"#333333\" type=\"line\" width=\"1.0\"/>\n",
                "          <y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontSize=\"14\" ",
                "modelName=\"internal\" modelPosition=\"c\" textColor=\"#111111\" ",
                "visible=\"true\">{name}</y:NodeLabel>\n",
                "          <y:Shape type=\"roundrectangle\"/>\n",
                "        </y:ShapeNode>\n",
                "      </data>\n",
                "      <data key=\"label\">{name}</data>\n",
                "      <data key=\"kind\">{kind}</data>\n",
            ),
            id = escape(p.id.as_str()),
            h = h,
            w = w,
            left = p.x - f64::from(w) / 2.0,
            top = p.y - f64::from(h) / 2.0,
            fill = fill,
            name = name,
            kind = p.kind.id(),
        );
        for (key, value) in [("domain", &p.domain), ("notes", &p.notes)] {
            if !value.is_empty() {
                let _ = writeln!(
                    s,
                    "      <data key=\"{key}\">{}</data>",
                    escape(value.as_str())
                );
            }
        }
        let _ = write!(
            s,
            "      <data key=\"color\">{fill}</data>\n      <data key=\"x\">{}</data>\n      <data key=\"y\">{}</data>\n    </node>\n",
            p.x, p.y
        );
    }
    for r in map.relations_sorted() {
        let look = style::edge_style(r.kind);
        let line = match (look.dash, look.bar) {
            (_, true) => "dashed",
            (Some(_), false) => "dotted",
            (None, false) => "line",
        };
        let _ = write!(
            s,
            concat!(
                "    <edge id=\"{id}\" source=\"{from}\" target=\"{to}\">\n",
                "      <data key=\"eg\">\n",
                "        <y:PolyLineEdge>\n",
                "          <y:LineStyle color=\"{color}\" type=\"{line}\" width=\"{width}\"/>\n",
                "          <y:Arrows source=\"none\" target=\"{arrow}\"/>\n",
            ),
            id = escape(r.id.as_str()),
            from = escape(r.from.as_str()),
            to = escape(r.to.as_str()),
            color = look.color.hex().to_uppercase(),
            line = line,
            width = look.width,
            arrow = if look.arrow { "standard" } else { "none" },
        );
        if !r.label.is_empty() {
            let _ = writeln!(
                s,
                "          <y:EdgeLabel fontSize=\"12\" textColor=\"#333333\" visible=\"true\">{}</y:EdgeLabel>",
                escape(r.label.as_str())
            );
        }
        let _ = write!(
            s,
            "        </y:PolyLineEdge>\n      </data>\n      <data key=\"ekind\">{}</data>\n      <data key=\"edirected\">{}</data>\n",
            r.kind.id(),
            r.kind.is_directed()
        );
        for (key, value) in [("elabel", &r.label), ("enotes", &r.notes)] {
            if !value.is_empty() {
                let _ = writeln!(
                    s,
                    "      <data key=\"{key}\">{}</data>",
                    escape(value.as_str())
                );
            }
        }
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// Text for XML: the five characters escaped, characters XML 1.0 cannot carry left out, and
/// line breaks and tabs as character references (an attribute's value keeps them; a reader
/// would turn them into spaces otherwise).
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    let plain = |c: char| {
        !matches!(c, '<' | '>' | '&' | '"' | '\'' | '\n' | '\r' | '\t')
            && !c.is_control()
            && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if text.chars().all(plain) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}
