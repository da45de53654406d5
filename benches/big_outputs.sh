#!/usr/bin/env bash
# Time and peak memory of the whole process for `ecomap report` and `ecomap export` (SVG, PNG)
# on generated maps of 20,000 and 200,000 stakeholders (GNU time's elapsed seconds and maximum
# resident set). Processes, not criterion: what a user waits for and what the machine must
# hold, allocator and output included. Run from the repository: benches/big_outputs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
bin=target/release/ecomap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
printf '| stakeholders | command | seconds | peak memory |\n|---|---|---|---|\n'
for n in 20000 200000; do
  "$bin" generate "$n" --seed 1 -o "$tmp/m.ecomap.json" >/dev/null
  run() {
    local what=$1; shift
    /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    read -r s kb <"$tmp/t"
    printf '| %s | %s | %s | %s MB |\n' "$n" "$what" "$s" "$((kb / 1024))"
  }
  run report "$bin" report "$tmp/m.ecomap.json" -o "$tmp/pack-$n"
  run "export SVG" "$bin" export "$tmp/m.ecomap.json" -o "$tmp/m.svg"
  run "export PNG" "$bin" export "$tmp/m.ecomap.json" -o "$tmp/m.png"
done
