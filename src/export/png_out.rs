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
    let data = render_strips(&tree, r.width, r.height, !opts.transparent)?;
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, r.width, r.height);
        // An opaque image needs no alpha channel: a quarter less to filter and compress.
        enc.set_color(if opts.transparent {
            png::ColorType::Rgba
        } else {
            png::ColorType::Rgb
        });
        enc.set_depth(png::BitDepth::Eight);
        // fdeflate's PNG-tuned compressor with the Up filter: several times faster than the
        // default level for files a little larger; maps are flat colour and compress well.
        enc.set_compression(png::Compression::Fast);
        enc.set_filter(png::Filter::Up);
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

/// Rasterise in horizontal strips on all cores (a 300-dpi page is millions of pixels), and
/// return the rows as RGB (`opaque`) or straight-alpha RGBA. More strips than cores, taken
/// from a shared counter, so a busy part of the map doesn't leave a core idle.
fn render_strips(
    tree: &usvg::Tree,
    width: u32,
    height: u32,
    opaque: bool,
) -> Result<Vec<u8>, ExportError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let rows = height.div_ceil(threads as u32 * 4).max(64);
    let strips: Vec<(u32, u32)> = (0..height)
        .step_by(rows as usize)
        .map(|top| (top, rows.min(height - top)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: std::sync::Mutex<Vec<Option<Vec<u8>>>> =
        std::sync::Mutex::new(vec![None; strips.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(strips.len()) {
            scope.spawn(|| {
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(top, h)) = strips.get(k) else {
                        break;
                    };
                    let strip = render_strip(tree, width, top, h, opaque);
                    if let Ok(mut d) = done.lock() {
                        d[k] = strip;
                    }
                }
            });
        }
    });
    let done = done
        .into_inner()
        .map_err(|_| ExportError::Render("a rendering thread failed".to_owned()))?;
    let channels = if opaque { 3 } else { 4 };
    let mut data = Vec::with_capacity(width as usize * height as usize * channels);
    for strip in done {
        let strip = strip.ok_or_else(|| {
            ExportError::Render(format!("cannot make a {width} × {height} image"))
        })?;
        data.extend_from_slice(&strip);
    }
    Ok(data)
}

/// Rows `top..top + h` of the image.
fn render_strip(tree: &usvg::Tree, width: u32, top: u32, h: u32, opaque: bool) -> Option<Vec<u8>> {
    let mut pixmap = tiny_skia::Pixmap::new(width, h)?;
    if opaque {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    // Only what reaches into this strip: strokes and dashes are not worked out for every
    // strip again.
    let (y0, y1) = (top as f32, (top + h) as f32);
    for node in tree.root().children() {
        let Some(b) = node.abs_layer_bounding_box() else {
            continue;
        };
        if b.bottom() < y0 || b.top() > y1 {
            continue;
        }
        // `render_node` draws a node at its box's corner; put it back in place.
        resvg::render_node(
            node,
            tiny_skia::Transform::from_translate(b.x(), b.y() - y0),
            &mut pixmap.as_mut(),
        );
    }
    let channels = if opaque { 3 } else { 4 };
    let mut out = Vec::with_capacity(pixmap.pixels().len() * channels);
    if opaque {
        // An opaque page: premultiplied equals straight.
        for p in pixmap.pixels() {
            out.extend_from_slice(&[p.red(), p.green(), p.blue()]);
        }
    } else {
        // PNG wants straight (not premultiplied) alpha.
        for p in pixmap.pixels() {
            let c = p.demultiply();
            out.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
    Some(out)
}
