//! Which drawing back end the editor runs on: OpenGL through glow (quick to start, the most
//! widely tested), or wgpu (DirectX 12 on Windows, with its software adapter WARP; Vulkan,
//! Metal or OpenGL ES elsewhere). Over a remote desktop and in many virtual machines Windows
//! offers only OpenGL 1.1, where glow cannot start (egui #2573, #2545): then the editor falls
//! back to wgpu by itself. `--renderer`, `ECOMAP_RENDERER` or the choice in the help force one.

use std::path::PathBuf;
use std::sync::Mutex;

/// The user's choice of back end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Choice {
    /// OpenGL first; wgpu when OpenGL cannot start.
    #[default]
    Auto,
    /// OpenGL (glow) only.
    Glow,
    /// wgpu only.
    Wgpu,
}

impl Choice {
    pub fn id(self) -> &'static str {
        match self {
            Choice::Auto => "auto",
            Choice::Glow => "glow",
            Choice::Wgpu => "wgpu",
        }
    }

    pub fn from_id(s: &str) -> Option<Choice> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Choice::Auto),
            "glow" | "opengl" | "gl" => Some(Choice::Glow),
            "wgpu" => Some(Choice::Wgpu),
            _ => None,
        }
    }

    /// The back ends to try, in order.
    pub fn order(self) -> Vec<eframe::Renderer> {
        match self {
            Choice::Auto => vec![eframe::Renderer::Glow, eframe::Renderer::Wgpu],
            Choice::Glow => vec![eframe::Renderer::Glow],
            Choice::Wgpu => vec![eframe::Renderer::Wgpu],
        }
    }
}

/// Where the choice made in the editor is kept (read before the window opens, so not in the
/// editor's own settings).
fn choice_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "ecomap", "ecomap")
        .map(|d| d.config_dir().join("renderer"))
}

/// Where the editor notes which back end it last started on (for `--version --verbose`).
fn last_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "ecomap", "ecomap")
        .map(|d| d.data_local_dir().join("last-renderer"))
}

/// The choice for this start: `--renderer`, else `ECOMAP_RENDERER`, else the one made in the
/// editor, else automatic.
pub fn choice(given: Option<Choice>) -> Choice {
    given
        .or_else(|| {
            std::env::var("ECOMAP_RENDERER")
                .ok()
                .and_then(|v| Choice::from_id(&v))
        })
        .or_else(saved_choice)
        .unwrap_or_default()
}

/// The choice made in the editor, if any.
pub fn saved_choice() -> Option<Choice> {
    let text = std::fs::read_to_string(choice_file()?).ok()?;
    Choice::from_id(&text)
}

/// Keep `choice` for the next start.
pub fn save_choice(choice: Choice) -> std::io::Result<()> {
    let Some(path) = choice_file() else {
        return Ok(());
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, choice.id())
}

/// What runs: the back end, its adapter or OpenGL version, and why it is not the first choice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Running {
    /// "OpenGL (glow)" or "wgpu".
    pub back_end: String,
    /// The graphics driver: "OpenGL 4.5 (Core Profile) Mesa 24.2 · llvmpipe", "Vulkan · llvmpipe".
    pub detail: String,
    /// Whether it draws in software (WARP, llvmpipe, lavapipe).
    pub software: bool,
    /// Back ends that could not start before this one, with why.
    pub failed: Vec<String>,
}

impl Running {
    /// One line: "wgpu · Vulkan · llvmpipe (software), after OpenGL (glow): …".
    pub fn line(&self) -> String {
        let mut s = format!("{} · {}", self.back_end, self.detail);
        if self.software {
            s.push_str(" (software)");
        }
        if !self.failed.is_empty() {
            s.push_str("; fell back from ");
            s.push_str(&self.failed.join("; "));
        }
        s
    }
}

/// What runs in this process (set when the window opens).
pub static RUNNING: Mutex<Option<Running>> = Mutex::new(None);

/// Note what started, for the help and for `--version --verbose`.
pub fn started(cc: &eframe::CreationContext<'_>, failed: &[String]) -> Running {
    let running = if let Some(rs) = &cc.wgpu_render_state {
        let info = rs.adapter.get_info();
        Running {
            back_end: "wgpu".to_owned(),
            detail: format!("{:?} · {}", info.backend, info.name),
            software: info.device_type == eframe::wgpu::DeviceType::Cpu,
            failed: failed.to_vec(),
        }
    } else if let Some(gl) = &cc.gl {
        use eframe::glow::HasContext as _;
        // (The driver's name needs an unsafe OpenGL call; the version and vendor do not.)
        let v = gl.version();
        Running {
            back_end: "OpenGL (glow)".to_owned(),
            software: v.vendor_info.contains("llvmpipe") || v.vendor_info.contains("Software"),
            detail: format!(
                "OpenGL{} {}.{} {}",
                if v.is_embedded { " ES" } else { "" },
                v.major,
                v.minor,
                v.vendor_info
            )
            .trim_end()
            .to_owned(),
            failed: failed.to_vec(),
        }
    } else {
        Running::default()
    };
    if let Ok(mut r) = RUNNING.lock() {
        *r = Some(running.clone());
    }
    if let Some(path) = last_file() {
        let _ = path
            .parent()
            .map(std::fs::create_dir_all)
            .transpose()
            .and_then(|_| std::fs::write(&path, running.line()));
    }
    log::info!("drawing with {}", running.line());
    running
}

/// What the last start of the editor drew with, if noted.
pub fn last_started() -> Option<String> {
    std::fs::read_to_string(last_file()?).ok()
}

/// The wgpu set-up: every back end the platform has, and an adapter that can draw in the
/// window, preferring hardware, else software (WARP on Windows, llvmpipe/lavapipe elsewhere).
pub fn wgpu_options() -> eframe::egui_wgpu::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuSetup, WgpuSetupCreateNew};
    use eframe::wgpu;
    // (The back ends: egui-wgpu's default, DirectX 12 / Vulkan / Metal and OpenGL ES.)
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.native_adapter_selector = Some(std::sync::Arc::new(|adapters, surface| {
        let rank = |a: &wgpu::Adapter| match a.get_info().device_type {
            wgpu::DeviceType::DiscreteGpu | wgpu::DeviceType::IntegratedGpu => 0,
            wgpu::DeviceType::VirtualGpu => 1,
            wgpu::DeviceType::Cpu => 2,
            wgpu::DeviceType::Other => 3,
        };
        adapters
            .iter()
            .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
            .min_by_key(|a| rank(a))
            .cloned()
            .ok_or_else(|| "no graphics adapter can draw in this window".to_owned())
    }));
    eframe::egui_wgpu::WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..Default::default()
    }
}

/// `ECOMAP_FRAME_TIMES=n`: draw `n` frames one after another (after 30 to warm up), print
/// their times on stderr with the back end, and close: how fast each back end draws the
/// same screen (`scripts/check-renderers.sh`).
#[derive(Debug, Default)]
pub struct FrameClock {
    wanted: usize,
    last: Option<std::time::Instant>,
    seen: usize,
    times: Vec<f64>,
}

impl FrameClock {
    pub fn from_env() -> Self {
        FrameClock {
            wanted: std::env::var("ECOMAP_FRAME_TIMES")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            ..FrameClock::default()
        }
    }

    /// Once a frame.
    pub fn tick(&mut self, ctx: &egui::Context) {
        if self.wanted == 0 {
            return;
        }
        let now = std::time::Instant::now();
        if let Some(last) = self.last.replace(now) {
            self.seen += 1;
            if self.seen > 30 {
                self.times.push((now - last).as_secs_f64() * 1000.0);
            }
        }
        if self.times.len() >= self.wanted {
            let mut t = std::mem::take(&mut self.times);
            t.sort_by(f64::total_cmp);
            let at = |q: f64| t[((t.len() - 1) as f64 * q).round() as usize];
            let running = RUNNING
                .lock()
                .ok()
                .and_then(|r| r.clone())
                .map(|r| r.line())
                .unwrap_or_default();
            eprintln!(
                "frame times over {} frames: median {:.1} ms, p90 {:.1} ms, max {:.1} ms ({running})",
                t.len(),
                at(0.5),
                at(0.9),
                at(1.0)
            );
            self.wanted = 0;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}
