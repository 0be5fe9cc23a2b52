#!/usr/bin/env bash
# Speed and memory of `./corpus validate` on a large gold folder: COPIES copies of gold/ (5 documents
# each) in a temporary folder. Prints documents, wall time, documents per second (JVM start included)
# and the peak resident memory. Usage: eval/validate-speed.sh [COPIES]   (default 200 = 1000 documents)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-200}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for i in $(seq -w 1 "$copies"); do
  for f in "$home"/gold/*.txt "$home"/gold/*.ann; do
    cp "$f" "$tmp/c${i}_$(basename "$f")"
  done
done
docs=$(ls "$tmp"/*.ann | wc -l)

"$home/corpus" --version >/dev/null   # build first, so the build is not timed
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$tmp/.rss" "$home/corpus" validate --no-warnings "$tmp" | tail -1
end=$(date +%s.%N)
awk -v d="$docs" -v s="$start" -v e="$end" -v rss="$(cat "$tmp/.rss")" 'BEGIN {
  t = e - s; printf "documents: %d  wall: %.2f s  documents/s: %.1f  peak RSS: %.0f MB\n", d, t, d / t, rss / 1024 }'
