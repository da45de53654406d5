//! Maps from graph files (issue 27, item 3): GEXF (Gephi; 1.1, 1.2 and 1.3, whatever namespace
//! and `version` a file declares: Gephi's own files disagree with the specification) and GraphML
//! (as yEd, Gephi and networkx write it; yEd's labels and places inside its `y:` graphics).
//!
//! A graph file becomes the same two sheets a spreadsheet gives ([`super::sheets`]): its nodes
//! the elements (ID, Label, their attributes as columns, X and Y), its edges the connections
//! (From, To, their attributes). So the attributes go through the same mapping step: an
//! attribute called `kind`, `type` or `soort` gives the kind, `domain` or `domein` the domain,
//! every other is kept in the partner's notes; an edge's `kind` or `type` its kind of relation.
//!
//! Read as a stream with quick-xml (no tree of the whole file in memory). No document type is
//! ever expanded: a file that declares entities, or uses one other than XML's five, is refused
//! (a "billion laughs" or an external entity never gets anywhere). The limits are the
//! spreadsheets': [`super::sheets::MAX_FILE`] bytes, [`super::sheets::MAX_ROWS`] nodes and
//! edges together.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

use super::sheets::{ImportError, MAX_CELLS, MAX_COLUMNS, MAX_FILE, MAX_ROWS, Sheet};

/// A value's length at most, in characters (as a spreadsheet cell).
const MAX_VALUE: usize = 32_767;

/// Which kind of graph file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Gexf,
    GraphMl,
}

impl GraphFormat {
    /// By a file name's extension (`.gexf`, `.graphml`), any letter case.
    pub fn from_extension(ext: &str) -> Option<GraphFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "gexf" => Some(GraphFormat::Gexf),
            "graphml" => Some(GraphFormat::GraphMl),
            _ => None,
        }
    }
}

/// A declared attribute (GEXF `<attribute>`, GraphML `<key>`): its title and default.
#[derive(Debug, Clone, Default)]
struct Declared {
    title: String,
    default: Option<String>,
}

/// A node or an edge as read.
#[derive(Debug, Default)]
struct Item {
    id: String,
    source: String,
    target: String,
    label: Option<String>,
    /// Declared attribute id → value.
    values: HashMap<String, String>,
    /// Centre, in the map's axes (y down).
    place: Option<(f64, f64)>,
    /// GEXF's `kind` or a non-direction `type` on an edge (networkx writes a `type` attribute
    /// there): the edge's type.
    edge_type: Option<String>,
}

/// What was read from the file.
#[derive(Debug, Default)]
struct Graph {
    node_attrs: Vec<(String, Declared)>,
    edge_attrs: Vec<(String, Declared)>,
    nodes: Vec<Item>,
    edges: Vec<Item>,
}

impl Graph {
    /// An attribute declared for edges or nodes; at most [`MAX_COLUMNS`] of each.
    fn declare(&mut self, edges: bool, id: &str, title: String) -> Result<(), ImportError> {
        let list = if edges {
            &mut self.edge_attrs
        } else {
            &mut self.node_attrs
        };
        if list.len() >= MAX_COLUMNS {
            return Err(ImportError::TooManyAttributes(list.len() + 1));
        }
        list.push((
            id.to_owned(),
            Declared {
                title,
                default: None,
            },
        ));
        Ok(())
    }
}

/// The line (1-based) of byte `at` in `text`.
fn line_of(text: &str, at: u64) -> u64 {
    super::sheets::line_of_byte(text.as_bytes(), usize::try_from(at).unwrap_or(usize::MAX))
}

fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|err| err.to_string())?;
        if a.key.local_name().as_ref() == name {
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| err.to_string())?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

fn number(e: &BytesStart<'_>, name: &str) -> Result<Option<f64>, String> {
    Ok(attr(e, name)?
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|x| x.is_finite()))
}

/// The sheets of a graph file's text: "Nodes" (elements) and "Edges" (connections).
pub fn graph_sheets(text: &str, format: GraphFormat) -> Result<Vec<Sheet>, ImportError> {
    if text.len() as u64 > MAX_FILE {
        return Err(ImportError::TooLarge(text.len() as u64));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let graph = read_graph(text, format)?;
    // Every node a row of every attribute: bounded as a spreadsheet's cells are.
    let width = graph.node_attrs.len() + 4;
    if graph.nodes.len().saturating_mul(width) > MAX_CELLS {
        return Err(ImportError::GridTooLarge {
            rows: graph.nodes.len(),
            columns: width,
        });
    }
    Ok(to_sheets(&graph))
}

/// The file's structure, streamed.
fn read_graph(text: &str, format: GraphFormat) -> Result<Graph, ImportError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut g = Graph::default();
    // Element names (local, lower case) from the root down.
    let mut path: Vec<String> = Vec::new();
    // The node or edge open, and whether it is a node.
    let mut item: Option<(Item, bool)> = None;
    // Text being gathered, and for what: a GraphML `<data key>`, a yEd label, an attribute's
    // default.
    let mut text_buf = String::new();
    let mut gathering: Option<Gather> = None;
    // Attributes being declared: GEXF's `<attributes class>`, GraphML's `<key for>` (whether
    // for edges), and the id of the one open (its `<default>`).
    let mut class_edges = false;
    // `Some(true)`: for edges, `Some(false)`: nodes, `None`: both (GraphML's `for="all"`).
    let mut open_attr: Option<(String, Option<bool>)> = None;
    let mut saw_root = false;
    let fail = |reader: &quick_xml::Reader<&[u8]>, why: String| ImportError::Graph {
        line: line_of(text, reader.error_position().max(reader.buffer_position())),
        why,
    };
    loop {
        let before = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| fail(&reader, e.to_string()))?;
        match event {
            Event::DocType(d) if d.xml10_content().contains("<!ENTITY") => {
                // The line of the first declaration.
                let start = usize::try_from(before).unwrap_or(0).min(text.len());
                let at = text[start..].find("<!ENTITY").unwrap_or(0) + start;
                return Err(ImportError::Entity {
                    line: line_of(text, at as u64),
                });
            }
            Event::GeneralRef(r) => {
                let ch = r
                    .resolve_char_ref()
                    .map_err(|e| fail(&reader, e.to_string()))?;
                let resolved = match ch {
                    Some(c) => Some(c.to_string()),
                    None => {
                        quick_xml::escape::resolve_xml_entity(&r.into_inner()).map(str::to_owned)
                    }
                };
                let Some(s) = resolved else {
                    return Err(ImportError::Entity {
                        line: line_of(text, reader.buffer_position()),
                    });
                };
                if gathering.is_some() {
                    text_buf.push_str(&s);
                }
            }
            Event::Text(t) if gathering.is_some() => text_buf.push_str(&t.xml10_content()),
            Event::CData(t) if gathering.is_some() => text_buf.push_str(&t.xml10_content()),
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name().as_ref().to_lowercase();
                if !saw_root {
                    let expected = match format {
                        GraphFormat::Gexf => "gexf",
                        GraphFormat::GraphMl => "graphml",
                    };
                    if name != expected {
                        return Err(ImportError::NotGraph {
                            expected: expected.to_owned(),
                            found: name,
                        });
                    }
                    saw_root = true;
                }
                if path.len() > 256 {
                    return Err(fail(&reader, "nested too deeply".to_owned()));
                }
                let r = |res: Result<Option<String>, String>| res.map_err(|w| fail(&reader, w));
                match (format, name.as_str()) {
                    (GraphFormat::Gexf, "attributes") => {
                        class_edges = r(attr(e, "class"))?.as_deref() == Some("edge");
                    }
                    (GraphFormat::Gexf, "attribute") => {
                        let id = r(attr(e, "id"))?.unwrap_or_default();
                        let title = r(attr(e, "title"))?.unwrap_or_else(|| id.clone());
                        g.declare(class_edges, &id, title)?;
                        open_attr = Some((id, Some(class_edges)));
                    }
                    (GraphFormat::GraphMl, "key") => {
                        let id = r(attr(e, "id"))?.unwrap_or_default();
                        // Without `for`, a key is for everything (GraphML's default).
                        let of = r(attr(e, "for"))?.unwrap_or_else(|| "all".to_owned());
                        // yEd's graphics keys carry no attribute name: read for what they
                        // hold (labels, places), not listed as columns.
                        if let Some(title) = r(attr(e, "attr.name"))?
                            && matches!(of.as_str(), "node" | "edge" | "all")
                        {
                            for edges in [false, true] {
                                if of == "all" || (of == "edge") == edges {
                                    g.declare(edges, &id, title.clone())?;
                                }
                            }
                            open_attr = Some((id, (of != "all").then_some(of == "edge")));
                        }
                    }
                    (_, "default") if open_attr.is_some() && !empty => {
                        gathering = Some(Gather::Default);
                        text_buf.clear();
                    }
                    (_, "node") => {
                        // A group's nodes inside it (yEd's groups, GEXF's hierarchy): the group
                        // is read by now (its data come first), and is a partner too.
                        if item.as_ref().is_some_and(|(_, is_node)| *is_node) {
                            push_item(&mut g, item.take())?;
                        }
                        let id = r(attr(e, "id"))?.unwrap_or_default();
                        let label = r(attr(e, "label"))?;
                        item = Some((
                            Item {
                                id,
                                label,
                                ..Item::default()
                            },
                            true,
                        ));
                        if empty {
                            push_item(&mut g, item.take())?;
                        }
                    }
                    (_, "edge") if item.as_ref().is_none_or(|(_, is_node)| *is_node) => {
                        // An edge inside a group, before or after its nodes: the group is read.
                        push_item(&mut g, item.take())?;
                        let mut it = Item {
                            id: r(attr(e, "id"))?.unwrap_or_default(),
                            source: r(attr(e, "source"))?.unwrap_or_default(),
                            target: r(attr(e, "target"))?.unwrap_or_default(),
                            label: r(attr(e, "label"))?,
                            ..Item::default()
                        };
                        // GEXF 1.2's `kind`; a `type` that is not a direction (networkx
                        // writes an edge's `type` attribute there).
                        let ty = r(attr(e, "type"))?.filter(|t| {
                            !matches!(
                                t.to_ascii_lowercase().as_str(),
                                "directed" | "undirected" | "mutual"
                            )
                        });
                        it.edge_type = r(attr(e, "kind"))?.filter(|k| !k.is_empty()).or(ty);
                        item = Some((it, false));
                        if empty {
                            push_item(&mut g, item.take())?;
                        }
                    }
                    (GraphFormat::Gexf, "attvalue") => {
                        if let Some((it, _)) = item.as_mut() {
                            // `for` since GEXF 1.2, `id` in 1.1.
                            let key = r(attr(e, "for"))?.or(r(attr(e, "id"))?);
                            if let (Some(key), Some(value)) = (key, r(attr(e, "value"))?) {
                                it.values.insert(key, value);
                            }
                        }
                    }
                    (GraphFormat::Gexf, "position") => {
                        if let Some((it, true)) = item.as_mut()
                            && let (Some(x), Some(y)) = (
                                number(e, "x").map_err(|w| fail(&reader, w))?,
                                number(e, "y").map_err(|w| fail(&reader, w))?,
                            )
                        {
                            // Gephi's y axis points up, the map's down.
                            it.place = Some((x, -y));
                        }
                    }
                    (GraphFormat::GraphMl, "data") if item.is_some() && !empty => {
                        let key = r(attr(e, "key"))?.unwrap_or_default();
                        gathering = Some(Gather::Data(key));
                        text_buf.clear();
                    }
                    (GraphFormat::GraphMl, "geometry") => {
                        // yEd: the shape's top left corner and size; a group's first (open)
                        // shape, not its folded one.
                        if let Some((it, true)) = item.as_mut()
                            && it.place.is_none()
                        {
                            let n = |k| number(e, k).map_err(|w| fail(&reader, w));
                            if let (Some(x), Some(y)) = (n("x")?, n("y")?) {
                                let (w, h) =
                                    (n("width")?.unwrap_or(0.0), n("height")?.unwrap_or(0.0));
                                it.place = Some((x + w / 2.0, y + h / 2.0));
                            }
                        }
                    }
                    // yEd's label: the first that says something.
                    (GraphFormat::GraphMl, "nodelabel" | "edgelabel")
                        if !empty && item.as_ref().is_some_and(|(it, _)| it.label.is_none()) =>
                    {
                        gathering = Some(Gather::Label(path.len()));
                        text_buf.clear();
                    }
                    _ => {}
                }
                if !empty {
                    path.push(name);
                }
            }
            Event::End(_) => {
                let Some(name) = path.pop() else {
                    continue;
                };
                match name.as_str() {
                    "default" => {
                        if matches!(gathering, Some(Gather::Default)) {
                            gathering = None;
                            if let Some((id, edges)) = &open_attr {
                                // A default as long as a spreadsheet cell can be, at most.
                                let default: String =
                                    text_buf.trim().chars().take(MAX_VALUE).collect();
                                let lists = [&mut g.node_attrs, &mut g.edge_attrs];
                                for (k, list) in lists.into_iter().enumerate() {
                                    if edges.is_some_and(|e| e != (k == 1)) {
                                        continue;
                                    }
                                    for (i, d) in list.iter_mut() {
                                        if i == id {
                                            d.default = Some(default.clone());
                                        }
                                    }
                                }
                            }
                        }
                    }
                    "attribute" | "key" => open_attr = None,
                    "data" => {
                        if let Some(Gather::Data(key)) = gathering.take()
                            && let Some((it, _)) = item.as_mut()
                        {
                            let value = text_buf.trim();
                            if !value.is_empty() {
                                it.values.insert(key, value.to_owned());
                            }
                        }
                    }
                    "nodelabel" | "edgelabel" => {
                        if matches!(gathering, Some(Gather::Label(depth)) if depth == path.len()) {
                            gathering = None;
                            let label = text_buf.trim();
                            if let Some((it, _)) = item.as_mut()
                                && !label.is_empty()
                            {
                                it.label = Some(label.to_owned());
                            }
                        }
                    }
                    "node" | "edge" => {
                        let is_node = name == "node";
                        if item.as_ref().is_some_and(|(_, n)| *n == is_node) {
                            push_item(&mut g, item.take())?;
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => {
                if let Some(open) = path.last() {
                    return Err(fail(&reader, format!("the file ends inside <{open}>")));
                }
                break;
            }
            _ => {}
        }
    }
    if !saw_root {
        return Err(ImportError::NotGraph {
            expected: match format {
                GraphFormat::Gexf => "gexf",
                GraphFormat::GraphMl => "graphml",
            }
            .to_owned(),
            found: String::new(),
        });
    }
    Ok(g)
}

/// What text is being gathered for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Gather {
    /// A GraphML `<data key>`'s text (an empty key: yEd's graphics, not kept).
    Data(String),
    /// A yEd label, opened at this depth.
    Label(usize),
    /// An attribute's default.
    Default,
}

fn push_item(g: &mut Graph, item: Option<(Item, bool)>) -> Result<(), ImportError> {
    let Some((it, is_node)) = item else {
        return Ok(());
    };
    if g.nodes.len() + g.edges.len() >= MAX_ROWS {
        return Err(ImportError::TooManyRows(g.nodes.len() + g.edges.len() + 1));
    }
    if is_node {
        g.nodes.push(it);
    } else {
        g.edges.push(it);
    }
    Ok(())
}

/// Attribute columns: the declared ones with a title; a title that would name one of the
/// columns the file gives itself (ID, label, ends, place) kept apart as "title (attribute)".
fn columns(declared: &[(String, Declared)], own: &[&str]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (id, d) in declared {
        let lower = d.title.trim().to_lowercase();
        // How a tool drew it, not something about the partner: not kept.
        let drawing = matches!(
            lower.as_str(),
            "x" | "y"
                | "z"
                | "color"
                | "colour"
                | "r"
                | "g"
                | "b"
                | "size"
                | "width"
                | "height"
                | "shape"
                | "shape_type"
        );
        if lower.is_empty() || drawing || out.iter().any(|(i, _)| i == id) {
            continue;
        }
        let title = if own.contains(&lower.as_str()) {
            format!("{} (attribute)", d.title.trim())
        } else {
            d.title.trim().to_owned()
        };
        out.push((id.clone(), title));
    }
    out
}

fn value<'a>(it: &'a Item, id: &str, declared: &'a [(String, Declared)]) -> &'a str {
    it.values
        .get(id)
        .map(String::as_str)
        .or_else(|| {
            declared
                .iter()
                .find(|(i, _)| i == id)
                .and_then(|(_, d)| d.default.as_deref())
        })
        .unwrap_or("")
}

fn to_sheets(g: &Graph) -> Vec<Sheet> {
    // A node's label: its own, else an attribute named label or name (networkx's GraphML,
    // Gephi's "Label" column), else its id.
    let label_attr = g.node_attrs.iter().find_map(|(id, d)| {
        matches!(
            d.title.trim().to_lowercase().as_str(),
            "label" | "name" | "naam"
        )
        .then(|| id.clone())
    });
    // The label attribute is the label (or says what yEd's label says): not a column too.
    let node_cols: Vec<(String, String)> = columns(
        &g.node_attrs,
        &["id", "label", "name", "naam", "from", "to", "van", "naar"],
    )
    .into_iter()
    .filter(|(id, _)| Some(id) != label_attr.as_ref())
    .collect();
    // Plain `x` and `y` attributes (ecomap's GraphML, Gephi's): the place when the file draws
    // none.
    let axis = |name: &str| {
        g.node_attrs
            .iter()
            .find(|(_, d)| d.title.trim().eq_ignore_ascii_case(name))
            .map(|(id, _)| id.clone())
    };
    let (x_attr, y_attr) = (axis("x"), axis("y"));
    let mut elements = vec![
        ["ID", "Label"]
            .into_iter()
            .map(str::to_owned)
            .chain(node_cols.iter().map(|(_, t)| t.clone()))
            .chain(["X".to_owned(), "Y".to_owned()])
            .collect::<Vec<String>>(),
    ];
    for n in &g.nodes {
        let label = n
            .label
            .clone()
            .filter(|l| !l.trim().is_empty())
            .or_else(|| {
                label_attr
                    .as_deref()
                    .map(|id| value(n, id, &g.node_attrs).to_owned())
                    .filter(|l| !l.trim().is_empty())
            })
            .unwrap_or_else(|| n.id.clone());
        let mut row = vec![n.id.clone(), label];
        row.extend(
            node_cols
                .iter()
                .map(|(id, _)| value(n, id, &g.node_attrs).to_owned()),
        );
        let plain = || {
            let n = |id: &Option<String>| {
                id.as_deref()
                    .and_then(|id| value(n, id, &g.node_attrs).trim().parse::<f64>().ok())
            };
            n(&x_attr).zip(n(&y_attr))
        };
        // The drawing's place (yEd's, Gephi's), unless the plain x and y say the same (ecomap's
        // own file: exact); a drawing moved in yEd keeps its new place.
        let place = match (plain(), n.place) {
            (Some(p), Some(d)) if (p.0 - d.0).abs() < 1.0 && (p.1 - d.1).abs() < 1.0 => Some(p),
            (_, Some(d)) => Some(d),
            (p, None) => p,
        };
        match place {
            Some((x, y)) => row.extend([x.to_string(), y.to_string()]),
            None => row.extend([String::new(), String::new()]),
        }
        elements.push(row);
    }
    let edge_cols = columns(
        &g.edge_attrs,
        &["id", "from", "to", "van", "naar", "source", "target"],
    );
    // The edge's own type (GEXF's `kind`) as Type, unless an attribute gives one.
    let has_type = edge_cols
        .iter()
        .any(|(_, t)| matches!(t.to_lowercase().as_str(), "type" | "soort" | "kind"));
    let own_label = !edge_cols
        .iter()
        .any(|(_, t)| matches!(t.to_lowercase().as_str(), "label" | "toelichting"));
    let mut header: Vec<String> = vec!["From".into(), "To".into()];
    if !has_type {
        header.push("Type".into());
    }
    if own_label {
        header.push("Label".into());
    }
    header.extend(edge_cols.iter().map(|(_, t)| t.clone()));
    let mut connections = vec![header];
    for e in &g.edges {
        let mut row = vec![e.source.clone(), e.target.clone()];
        if !has_type {
            row.push(e.edge_type.clone().unwrap_or_default());
        }
        if own_label {
            row.push(e.label.clone().unwrap_or_default());
        }
        for (id, title) in &edge_cols {
            let v = value(e, id, &g.edge_attrs);
            // The edge's own label (yEd's `y:EdgeLabel`, as edited there) before a label
            // attribute.
            if title.eq_ignore_ascii_case("label")
                && let Some(own) = e.label.as_ref().filter(|l| !l.trim().is_empty())
            {
                row.push(own.clone());
            } else {
                row.push(v.to_owned());
            }
        }
        connections.push(row);
    }
    vec![
        Sheet {
            name: "Nodes".into(),
            rows: elements,
        },
        Sheet {
            name: "Edges".into(),
            rows: connections,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_entities_are_refused() {
        let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<gexf><graph><nodes><node id="a" label="&lol2;"/></nodes></graph></gexf>"#;
        assert!(matches!(
            graph_sheets(laughs, GraphFormat::Gexf),
            Err(ImportError::Entity { line: 2 })
        ));
        // An entity used without being declared (as an external DTD would bring).
        let used =
            "<graphml><graph><node id=\"a\"><data key=\"d\">&xxe;</data></node></graph></graphml>";
        assert!(matches!(
            graph_sheets(used, GraphFormat::GraphMl),
            Err(ImportError::Entity { .. })
        ));
    }

    #[test]
    fn xml_escapes_are_read() {
        let text = r#"<gexf><graph><nodes><node id="a" label="Zorg &amp; Welzijn &#233;"/></nodes></graph></gexf>"#;
        let sheets = graph_sheets(text, GraphFormat::Gexf).unwrap();
        assert_eq!(sheets[0].rows[1][1], "Zorg & Welzijn é");
    }

    #[test]
    fn the_wrong_root_is_named() {
        let err = graph_sheets("<html><body/></html>", GraphFormat::Gexf).unwrap_err();
        assert!(matches!(err, ImportError::NotGraph { ref found, .. } if found == "html"));
        let err = graph_sheets("<graphml><graph>", GraphFormat::GraphMl).unwrap_err();
        assert!(matches!(err, ImportError::Graph { .. }), "{err:?}");
    }
}
