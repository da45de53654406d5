#!/usr/bin/env bash
# The Windows download: a portable zip and a per-user .msi (no administrator needed), from the
# cross-built, stripped exe.
#
#   scripts/package-windows.sh WINDOWS_EXE OUT_DIR
#
# Needs zip and wixl (Debian's msitools' installer builder).
set -euo pipefail
exe=$(realpath "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
mkdir -p "$out"
out=$(realpath "$out")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/ecomap-$version"
cp "$exe" "$stage/ecomap-$version/ecomap.exe"
sed 's/$/\r/' "$root/LICENSE" > "$stage/ecomap-$version/LICENSE.txt"
sed 's/$/\r/' "$root/packaging/LEESMIJ-README.txt" > "$stage/ecomap-$version/LEESMIJ-README.txt"
rm -f "$out/ecomap-$version-windows-x64.zip"
(cd "$stage" && zip -q -r -9 "$out/ecomap-$version-windows-x64.zip" "ecomap-$version")

# (wixl wants the sources' paths relative to where it runs.)
cp "$root/assets/icon.ico" "$root/packaging/ecomap.wxs" "$stage/"
(cd "$stage" && wixl --arch x64 -o "$out/ecomap-$version-windows-x64.msi" \
  -D Version="$version" \
  -D Exe="ecomap-$version/ecomap.exe" \
  -D License="ecomap-$version/LICENSE.txt" \
  -D Readme="ecomap-$version/LEESMIJ-README.txt" \
  -D Icon="icon.ico" \
  ecomap.wxs)

for f in "$out"/ecomap-"$version"-windows-x64.*; do
  echo "$(basename "$f"): $(du -k "$f" | cut -f1) KiB"
done
echo "ecomap.exe: $(du -k "$exe" | cut -f1) KiB"
