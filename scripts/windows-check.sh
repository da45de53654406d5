#!/usr/bin/env bash
# The Windows build, tried under Wine: the command line gives what the Linux build gives, and
# the editor opens a sample, shows its names, saves with Ctrl+S and quits.
#
#   scripts/windows-check.sh WINDOWS_EXE LINUX_EXE [MSI]
#
# With MSI: it installs without elevation under the user's profile, with its Start-menu entry.
#
# Needs wine64, xvfb, openbox, xdotool, imagemagick, tesseract-ocr and mingw-w64 (for the
# test-only shim below). Exits non-zero, saying what differs, on any failure.
set -euo pipefail
win_exe=$(realpath "$1")
linux_exe=$(realpath "$2")
msi=${3:+$(realpath "$3")}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "windows-check: $*" >&2; exit 1; }

wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
"$wine" wineboot --init >/dev/null 2>&1 || true

# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard library imports; every
# real Windows has it. A test-only stand-in built from advapi32's SystemFunction036.
cat > "$work/shim.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk; len -= chunk;
  }
  return TRUE;
}
EOF
cat > "$work/shim.def" <<'EOF'
LIBRARY bcryptprimitives
EXPORTS
ProcessPrng
EOF
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" "$work/shim.c" "$work/shim.def" -ladvapi32
sys32="$WINEPREFIX/drive_c/windows/system32"
[ -e "$sys32/bcryptprimitives.dll" ] && grep -q ProcessPrng "$sys32/bcryptprimitives.dll" \
  || cp "$work/bcryptprimitives.dll" "$sys32/"

run_win() { "$wine" "$win_exe" "$@"; }

# 1. The command line, on the samples and a generated map: the same output as on Linux.
mkdir -p "$work/maps" "$work/out-linux" "$work/out-win"
cp "$root"/sample_maps/*.ecomap.json "$work/maps/"
"$linux_exe" generate 60 --seed 7 -o "$work/maps/generated-60.ecomap.json" >/dev/null 2>&1
cd "$work/maps"
for map in *.ecomap.json; do
  base=${map%.ecomap.json}
  for cmd in check "analyze --json" analyze; do
    name="$base.${cmd// /_}.txt"
    # shellcheck disable=SC2086
    "$linux_exe" --lang nl $cmd "$map" > "$work/out-linux/$name" 2>&1 || true
    # shellcheck disable=SC2086
    run_win --lang nl $cmd "$map" 2>&1 | tr -d '\r' > "$work/out-win/$name" || true
    cmp -s "$work/out-linux/$name" "$work/out-win/$name" \
      || { diff "$work/out-linux/$name" "$work/out-win/$name" | head -20 >&2; fail "'$cmd $map' differs"; }
  done
  "$linux_exe" export "$map" -o "$work/out-linux/$base.svg" >/dev/null 2>&1
  run_win export "$map" -o "$base.win.svg" >/dev/null 2>&1 || fail "export $map to SVG failed"
  cmp -s "$work/out-linux/$base.svg" "$base.win.svg" || fail "the SVG of $map differs"
  "$linux_exe" export "$map" -o "$work/out-linux/$base.png" --dpi 100 >/dev/null 2>&1
  run_win export "$map" -o "$base.win.png" --dpi 100 >/dev/null 2>&1 || fail "export $map to PNG failed"
  differ=$(compare -metric AE -fuzz 2% "$work/out-linux/$base.png" "$base.win.png" /dev/null 2>&1 || true)
  total=$(identify -format '%[fx:w*h]' "$base.win.png")
  # Within a small tolerance: anti-aliasing may round differently.
  [ "${differ%%.*}" -le $((total / 1000)) ] || fail "the PNG of $map differs in $differ of $total pixels"
done
# Compare and the report pack on a map with scenarios.
"$linux_exe" --lang nl compare woonzorg-ontwerplab.ecomap.json > "$work/out-linux/compare.txt" 2>&1 || true
run_win --lang nl compare woonzorg-ontwerplab.ecomap.json 2>&1 | tr -d '\r' > "$work/out-win/compare.txt" || true
cmp -s "$work/out-linux/compare.txt" "$work/out-win/compare.txt" || fail "compare differs"
"$linux_exe" --lang nl report gezonde-wijk.ecomap.json -o "$work/out-linux/pack" >/dev/null 2>&1
run_win --lang nl report gezonde-wijk.ecomap.json -o pack-win >/dev/null 2>&1 || fail "report failed"
for f in "$work"/out-linux/pack/*.csv "$work"/out-linux/pack/*.md; do
  cmp -s "$f" "pack-win/$(basename "$f")" || fail "the report's $(basename "$f") differs"
done
# Exit codes: a broken map is refused with 2.
echo '{"format": "ecomap", "version": 1, "stakeholders": [' > broken.ecomap.json
set +e; run_win check broken.ecomap.json >/dev/null 2>&1; code=$?; set -e
[ "$code" -eq 2 ] || fail "check of a broken map exited $code, not 2"
echo "windows-check: the command line agrees with Linux on $(ls "$work"/out-win | wc -l) outputs"

# 2. The editor: opens a sample, its names can be read, Ctrl+S saves, it quits.
export DISPLAY=:77
Xvfb :77 -screen 0 1366x768x24 >/dev/null 2>&1 &
sleep 2
openbox >/dev/null 2>&1 &
sleep 1
cp gezonde-wijk.ecomap.json editor.ecomap.json
before=$(sha256sum editor.ecomap.json | cut -d' ' -f1)
run_win --lang nl editor.ecomap.json >"$work/editor.log" 2>&1 &
editor=$!
shown=""
for _ in $(seq 1 60); do
  sleep 2
  shown=$(xdotool search --name "ecomap" 2>/dev/null | head -1 || true)
  [ -n "$shown" ] && break
done
[ -n "$shown" ] || { cat "$work/editor.log" >&2; fail "the editor's window did not appear"; }
sleep 8
import -window root "$work/editor.png"
convert "$work/editor.png" -resize 200% -colorspace Gray -threshold 40% "$work/editor-bw.png"
# Two readings, as one page and as scattered words (tesseract's page segmentation misses a
# card now and then depending on its neighbours: a tooltip, a label near it): a name read by
# either is shown.
tesseract "$work/editor-bw.png" "$work/editor-text" >/dev/null 2>&1
tesseract "$work/editor-bw.png" "$work/editor-sparse" --psm 11 >/dev/null 2>&1
cat "$work/editor-sparse.txt" >>"$work/editor-text.txt"
for name in Gemeente Statushouders Mantelzorgers Zorgverzekeraar; do
  grep -q "$name" "$work/editor-text.txt" || { cp "$work/editor.png" "${ARTIFACTS:-/tmp}/windows-editor.png" 2>/dev/null || true; fail "the editor shows no '$name'"; }
done
# An edit (a partner typed on the quick entry line), then Ctrl+S, then close.
xdotool windowactivate --sync "$shown" 2>/dev/null || true
xdotool key --window "$shown" i; sleep 1
xdotool type --delay 60 "Wijkverpleging"; xdotool key Return; sleep 1; xdotool key Escape; sleep 1
xdotool key ctrl+s; sleep 4
after=$(sha256sum editor.ecomap.json | cut -d' ' -f1)
[ "$before" != "$after" ] || fail "Ctrl+S did not write the map"
grep -q "Wijkverpleging" editor.ecomap.json || fail "the saved map lacks the new partner"
"$linux_exe" check editor.ecomap.json >/dev/null || fail "the map saved on Windows does not load on Linux"
xdotool key ctrl+q; sleep 4
if kill -0 "$editor" 2>/dev/null; then fail "the editor did not quit"; fi
wait "$editor" || fail "the editor exited with an error"
echo "windows-check: the editor opened, showed its names, saved and quit"

# 3. The installer: per user, no administrator, a Start-menu entry.
if [ -n "$msi" ]; then
  "$wine" msiexec /i "$msi" /qn || fail "the msi did not install"
  user_dir=$(ls -d "$WINEPREFIX"/drive_c/users/*/ | grep -v Public | head -1)
  [ -f "$user_dir/AppData/Local/Programs/ecomap/ecomap.exe" ] || fail "the msi put no ecomap.exe under %LOCALAPPDATA%\\Programs"
  ls "$user_dir"/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs/ecomap.lnk >/dev/null \
    || fail "the msi made no Start-menu entry"
  "$wine" "$user_dir/AppData/Local/Programs/ecomap/ecomap.exe" check gezonde-wijk.ecomap.json >/dev/null 2>&1 \
    || fail "the installed ecomap.exe does not run"
  echo "windows-check: the msi installed per user, with its Start-menu entry"
fi
