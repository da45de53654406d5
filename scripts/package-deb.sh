#!/usr/bin/env bash
# A Debian/Ubuntu package of ecomap, with its desktop entry, icon and the map files' type.
#
#   scripts/package-deb.sh LINUX_EXE OUT_DIR
#
# LINUX_EXE: `cargo build --profile dist` (release, stripped). Needs dpkg-deb.
set -euo pipefail
exe=$(realpath "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
arch=$(dpkg --print-architecture)
mkdir -p "$out"
out=$(realpath "$out")
pkg=$(mktemp -d)
trap 'rm -rf "$pkg"' EXIT

install -D -m 0755 "$exe" "$pkg/usr/bin/ecomap"
install -D -m 0644 "$root/assets/ecomap.desktop" "$pkg/usr/share/applications/ecomap.desktop"
install -D -m 0644 "$root/assets/icon.png" "$pkg/usr/share/icons/hicolor/256x256/apps/ecomap.png"
install -D -m 0644 "$root/LICENSE" "$pkg/usr/share/doc/ecomap/copyright"
# `.ecomap.json` files as their own type, opening in ecomap.
install -d "$pkg/usr/share/mime/packages"
cat > "$pkg/usr/share/mime/packages/ecomap.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-ecomap+json">
    <sub-class-of type="application/json"/>
    <comment>ecomap map</comment>
    <comment xml:lang="nl">ecomap-kaart</comment>
    <glob pattern="*.ecomap.json" weight="60"/>
  </mime-type>
</mime-info>
XML
sed -i 's|^MimeType=.*|MimeType=application/x-ecomap+json;application/json;|' \
  "$pkg/usr/share/applications/ecomap.desktop"

# The shared libraries the binary links, as Debian packages (dpkg-shlibdeps would need a
# source package; these are the ones a desktop has).
install -d "$pkg/DEBIAN"
size=$(du -sk "$pkg/usr" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: ecomap
Version: $version
Architecture: $arch
Maintainer: ecomap <ecomap@example.org>
Installed-Size: $size
Depends: libc6, libgcc-s1, libx11-6, libxkbcommon0, libgl1 | libvulkan1
Recommends: libvulkan1, mesa-vulkan-drivers
Section: graphics
Priority: optional
Homepage: https://example.org/ecomap
Description: draw and understand stakeholder ecosystem maps
 ecomap draws stakeholder ecosystem maps live on one shared screen: who depends
 on whom, where schotten stand between domains, and where integration is
 missing. Dutch first, English second.
CONTROL
cat > "$pkg/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
POST
chmod 0755 "$pkg/DEBIAN/postinst"
dpkg-deb --root-owner-group --build "$pkg" "$out/ecomap_${version}_${arch}.deb" >/dev/null
echo "ecomap_${version}_${arch}.deb: $(du -k "$out/ecomap_${version}_${arch}.deb" | cut -f1) KiB"
