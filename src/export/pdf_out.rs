//! The map as a PDF (issue 27, item 5): the same SVG drawing as the PNG and the SVG, put on an
//! A4 or A3 landscape page and converted by svg2pdf: vector, with the names as selectable text
//! in the embedded font.

use std::sync::{Arc, OnceLock};

use svg2pdf::usvg::{self, fontdb};

use super::svg::{FONT_FAMILY, Rendered};
use super::{ExportError, ExportOptions};

/// A page size, landscape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    A3,
}

impl Paper {
    /// Width and height in millimetres, landscape.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Paper::A4 => (297.0, 210.0),
            Paper::A3 => (420.0, 297.0),
        }
    }

    /// The width the drawing gets: the page less its margins.
    pub fn drawing_width_mm(self) -> f64 {
        self.size_mm().0 - 2.0 * MARGIN_MM
    }

    pub fn parse(text: &str) -> Option<Paper> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "a3" => Some(Paper::A3),
            _ => None,
        }
    }
}

/// The white border around the drawing.
pub const MARGIN_MM: f64 = 10.0;

fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(crate::style::FONT.to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// The page's SVG: the drawing scaled to fit within the margins (never enlarged), centred.
pub fn page_svg(r: &Rendered, opts: &ExportOptions, paper: Paper) -> String {
    let px_per_mm = opts.dpi / 25.4;
    let (w_mm, h_mm) = paper.size_mm();
    let (page_w, page_h) = (w_mm * px_per_mm, h_mm * px_per_mm);
    let margin = MARGIN_MM * px_per_mm;
    let (w, h) = (f64::from(r.width.max(1)), f64::from(r.height.max(1)));
    let s = ((page_w - 2.0 * margin) / w)
        .min((page_h - 2.0 * margin) / h)
        .min(1.0);
    let (dx, dy) = ((page_w - w * s) / 2.0, (page_h - h * s) / 2.0);
    // The drawing's elements: what is inside its `<svg>` element.
    let body = r
        .svg
        .find("<svg")
        .and_then(|at| r.svg[at..].find('>').map(|end| at + end + 1))
        .and_then(|start| r.svg.rfind("</svg>").map(|end| &r.svg[start..end]))
        .unwrap_or("");
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{pw:.2}\" height=\"{ph:.2}\" ",
            "viewBox=\"0 0 {pw:.2} {ph:.2}\" font-family=\"{font}\">\n",
            "<rect x=\"0\" y=\"0\" width=\"{pw:.2}\" height=\"{ph:.2}\" fill=\"#ffffff\"/>\n",
            "<g transform=\"translate({dx:.3} {dy:.3}) scale({s:.6})\">{body}</g>\n</svg>\n"
        ),
        pw = page_w,
        ph = page_h,
        font = FONT_FAMILY,
        dx = dx,
        dy = dy,
        s = s,
        body = body,
    )
}

/// The PDF's bytes.
pub fn pdf(r: &Rendered, opts: &ExportOptions, paper: Paper) -> Result<Vec<u8>, ExportError> {
    let svg = page_svg(r, opts, paper);
    let options = usvg::Options {
        fontdb: fonts(),
        font_family: FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(&svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions {
            dpi: opts.dpi as f32,
        },
    )
    .map_err(|e| ExportError::Render(e.to_string()))
}
