#!/usr/bin/env bash
# Throughput and memory of a pipeline as the corpus grows.
#
# Usage: [HEAP=1g] eval/throughput.sh [PIPELINE] [SIZES...]     (default: default 50 1000)
#
# For each size N it annotates N documents (the seed articles repeated, each copy under its own id)
# with `./corpus annotate` in a JVM whose heap is capped at HEAP, and prints documents per second and
# the peak resident memory. Pipelines stream one document at a time, so every size must finish within
# the same heap cap: a pipeline that kept documents would run out of memory at the larger sizes. The
# first figures include model loading. Record the output in eval/results/throughput.md.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pipeline="${1:-default}"
shift || true
sizes=("$@")
[ $# -eq 0 ] && sizes=(50 1000)
heap="${HEAP:-1g}"
export CORPUS_JAVA_OPTS="-Xmx$heap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$home/corpus" --help >/dev/null   # build first, so the timings are of the run only

echo "pipeline: $pipeline, heap cap: $heap"
printf '| documents | seconds | documents/s | peak RSS (MB) |\n|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  in="$work/in-$n"
  mkdir -p "$in"
  seeds=("$home"/seeds/*.txt)
  for ((i = 0; i < n; i++)); do
    src="${seeds[$((i % ${#seeds[@]}))]}"
    cp "$src" "$in/$(printf 'doc%06d' "$i")_$(basename "$src")"
  done
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$home/corpus" annotate --quiet --input "$in" --output "$work/out-$n" \
    --pipeline "$pipeline" >/dev/null
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v kb="$(tail -1 "$work/rss")" \
    'BEGIN { t = e - s; printf "| %d | %.1f | %.2f | %.0f |\n", n, t, n / t, kb / 1024 }'
  rm -rf "$in" "$work/out-$n"
done
