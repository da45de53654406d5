//! Windows builds get the icon and the version in the exe (what Explorer and the taskbar
//! show); other targets nothing.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon.ico")
        .set("ProductName", "ecomap")
        .set(
            "FileDescription",
            "ecomap: ecosysteemkaarten tekenen en begrijpen",
        )
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set_language(0x0413); // Nederlands (Nederland)
    // Cross-building on Linux: mingw's windres.
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") && !cfg!(windows) {
        res.set_windres_path("x86_64-w64-mingw32-windres")
            .set_ar_path("x86_64-w64-mingw32-ar");
    }
    if let Err(e) = res.compile() {
        // No icon is no reason to fail a build; say so.
        println!("cargo:warning=the exe gets no icon: {e}");
    }
}
