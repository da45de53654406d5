#!/usr/bin/env bash
# The editor's two back ends under software rendering (Xvfb, Mesa): OpenGL (glow), wgpu
# (Vulkan on llvmpipe), and the fallback when OpenGL cannot start (Mesa made to offer OpenGL 1.1
# only, as Windows does over a remote desktop). Each must draw the same screen; their frame
# times are printed.
#
#   scripts/check-renderers.sh LINUX_EXE
#
# Needs xvfb, openbox, xdotool, imagemagick, libgl1-mesa-dri and mesa-vulkan-drivers.
set -euo pipefail
exe=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "check-renderers: $*" >&2; exit 1; }

export DISPLAY=:78
Xvfb :78 -screen 0 1366x768x24 >/dev/null 2>&1 &
sleep 2
openbox >/dev/null 2>&1 &
sleep 1
map="$root/sample_maps/woonzorg-ontwerplab.ecomap.json"

# Start the editor with `env` settings; a screenshot once its window is there; what it drew
# with; then its frame times over 200 frames.
try() {
  local name=$1; shift
  export HOME="$work/home-$name"
  mkdir -p "$HOME"
  env "$@" "$exe" --lang nl "$map" >"$work/$name.log" 2>&1 &
  local pid=$! window=""
  for _ in $(seq 1 40); do
    sleep 1
    window=$(xdotool search --name "ecomap" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
  done
  [ -n "$window" ] || { cat "$work/$name.log" >&2; fail "$name: no window"; }
  # Away from the cards: no tooltip in the picture.
  xdotool mousemove 1360 760
  sleep 6
  import -window root "$work/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local last
  last=$(cat "$HOME/.local/share/ecomap/last-renderer" 2>/dev/null || echo "?")
  echo "$name: $last"
  env "$@" ECOMAP_FRAME_TIMES=200 timeout 120 "$exe" --lang nl "$map" 2>&1 \
    | grep "frame times" | sed "s/^/$name: /" || echo "$name: no frame times"
  LAST=$last
}

try glow ECOMAP_RENDERER=glow
case $LAST in "OpenGL (glow)"*) ;; *) fail "glow: drew with $LAST" ;; esac
try wgpu ECOMAP_RENDERER=wgpu
case $LAST in wgpu*) ;; *) fail "wgpu: drew with $LAST" ;; esac
try fallback ECOMAP_RENDERER=auto MESA_GL_VERSION_OVERRIDE=1.1 MESA_GLES_VERSION_OVERRIDE=1.1
case $LAST in "wgpu"*"fell back from OpenGL (glow)"*) ;; *) fail "fallback: drew with $LAST" ;; esac

# The same screen from each (anti-aliasing may differ by a few pixels).
total=$((1366 * 768))
for other in wgpu fallback; do
  differ=$(compare -metric AE -fuzz 10% "$work/glow.png" "$work/$other.png" /dev/null 2>&1 || true)
  [ "${differ%%.*}" -le $((total / 200)) ] || fail "$other draws otherwise than glow ($differ pixels)"
  echo "check-renderers: $other draws as glow does ($differ of $total pixels differ)"
done
