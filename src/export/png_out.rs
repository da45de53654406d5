//! SVG → PNG on the CPU with resvg, with the embedded font and the print resolution recorded.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use super::svg::{FONT_FAMILY, Rendered};
use super::{ExportError, ExportOptions};

/// The font database: `style::FONT`, the same face as on screen. Built once.
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

pub fn rasterise(r: &Rendered, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let data = render_strips(r, !opts.transparent)?;
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
/// return the rows as RGB (`opaque`) or straight-alpha RGBA. Each strip parses and draws only
/// the elements that reach it, so parsing (shaping every name) is shared out too. More strips
/// than cores, taken from a shared counter, so a busy part of the map doesn't leave a core idle.
fn render_strips(r: &Rendered, opaque: bool) -> Result<Vec<u8>, ExportError> {
    let (width, height) = (r.width, r.height);
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let rows = height.div_ceil(threads as u32 * STRIPS_PER_CORE).max(64);
    let strips: Vec<(u32, u32)> = (0..height)
        .step_by(rows as usize)
        .map(|top| (top, rows.min(height - top)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: std::sync::Mutex<Vec<Option<StripResult>>> =
        std::sync::Mutex::new(vec![None; strips.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(strips.len()) {
            scope.spawn(|| {
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(top, h)) = strips.get(k) else {
                        break;
                    };
                    let strip = render_strip(r, top, h, opaque);
                    if let Ok(mut d) = done.lock() {
                        d[k] = Some(strip);
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
        let strip = strip
            .ok_or_else(|| ExportError::Render("a rendering thread failed".to_owned()))?
            .map_err(ExportError::Render)?;
        data.extend_from_slice(&strip);
    }
    Ok(data)
}

/// A strip's pixel rows, or why it could not be drawn.
type StripResult = Result<Vec<u8>, String>;

/// How many strips per core: enough to even out busy and quiet parts of the page, few enough
/// that elements crossing strip edges are not parsed too often.
const STRIPS_PER_CORE: u32 = 1;

/// Rows `top..top + h` of the image.
fn render_strip(r: &Rendered, top: u32, h: u32, opaque: bool) -> Result<Vec<u8>, String> {
    // Anti-aliasing reaches a pixel beyond an element's rows.
    let (y0, y1) = (top as f32 - 2.0, (top + h) as f32 + 2.0);
    let mut svg = String::new();
    svg.push_str(&r.head_px);
    svg.push('\n');
    for e in r.elements.iter().filter(|e| e.bottom >= y0 && e.top <= y1) {
        svg.push_str(&e.svg);
        svg.push('\n');
    }
    svg.push_str("</svg>\n");
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(r.width, h)
        .ok_or_else(|| format!("cannot make a {} × {h} image strip", r.width))?;
    if opaque {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    resvg::render(
        &tree,
        tiny_skia::Transform::from_translate(0.0, -(top as f32)),
        &mut pixmap.as_mut(),
    );
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
    Ok(out)
}
