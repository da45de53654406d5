//! SVG → PNG on the CPU with resvg, with the embedded font and the print resolution recorded.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use super::svg::{FONT_FAMILY, Rendered};
use super::{ExportError, ExportOptions};

/// The font database: egui's Ubuntu Light, the same face as on screen. Built once.
fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

pub fn rasterise(r: &Rendered, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&r.svg_px, &options)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(r.width, r.height).ok_or_else(|| {
        ExportError::Render(format!("cannot make a {} × {} image", r.width, r.height))
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    // PNG wants straight (not premultiplied) alpha.
    let mut data = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, r.width, r.height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        // Resolution: pixels per metre (300 dpi → 11811).
        let ppm = (opts.dpi / 0.0254).round() as u32;
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: ppm,
            yppu: ppm,
            unit: png::Unit::Meter,
        }));
        let mut w = enc
            .write_header()
            .map_err(|e| ExportError::Render(e.to_string()))?;
        w.write_image_data(&data)
            .map_err(|e| ExportError::Render(e.to_string()))?;
    }
    Ok(out)
}
