#!/usr/bin/env bash
# Sieve ablation of the quotation extractor: the default pipeline's preprocessing and named entities run
# once over the texts; then QuotationAnnotator runs on that output with every sieve, and once without
# each sieve in turn (the others in their default order); each run is scored.
#
# Usage: eval/quotes-ablation.sh [--exclude FILE] PATH/TO/polnear-dev
#   PolNeAR articles scored by org.annocorpus.quote.bench.PolnearQuoteBenchmark (--exclude: held-out
#   articles neither annotated nor scored); the seed gold (gold/) scored by `corpus eval`.
# Output goes to eval/work/quotes-ablation/ (not versioned).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exclude=()
if [ "${1:-}" = "--exclude" ]; then
  [ -f "${2:-}" ] || { echo "$0: --exclude needs a file" >&2; exit 2; }
  exclude=(--exclude "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
  shift 2
fi
if [ $# -ne 1 ] || [ ! -d "$1/text" ] || [ ! -d "$1/attributions" ]; then
  echo "usage: $0 [--exclude FILE] PATH/TO/polnear-dev" >&2
  exit 2
fi
data="$(cd "$1" && pwd)"
work="$home/eval/work/quotes-ablation"
rm -rf "$work"
mkdir -p "$work/polnear-text" "$work/pipelines"

for f in "$data"/text/*.txt; do
  id="$(basename "$f" .txt)"
  if [ ${#exclude[@]} -gt 0 ] && cut -f1 "${exclude[1]}" | sed 's/\.txt$//' | grep -qxF "$id"; then
    continue
  fi
  ln -s "$f" "$work/polnear-text/$id.txt"
done

# the default pipeline without its quotation extractor; includes made absolute
awk -v parts="$home/pipelines/" '
  /^  - component: QuotationAnnotator/ { skip = 1; next }
  skip && (/^  - / || /^[a-z]/ || /^$/) { skip = 0 }
  skip { next }
  { sub(/include: /, "include: " parts); print }' "$home/pipelines/default.yaml" > "$work/pipelines/base.yaml"
# the default sieve order, as the default pipeline lists it
mapfile -t sieves < <(awk '/^      sieves:/ { on = 1; next } on && /^        - / { print $2; next } on { exit }' \
  "$home/pipelines/default.yaml")
[ ${#sieves[@]} -gt 0 ] || { echo "$0: no sieves listed in pipelines/default.yaml" >&2; exit 1; }

quotations() { # NAME SIEVE... : a pipeline reading base XMI and running the extractor with these sieves
  local name="$1"; shift
  {
    printf 'name: %s\nreader:\n  component: XmiReader\n  parameters:\n    sourceLocation: ${input}\n' "$name"
    printf '    patterns: ["*.xmi"]\ncomponents:\n  - component: QuotationAnnotator\n    parameters:\n      sieves:\n'
    for s in "$@"; do printf '        - %s\n' "$s"; done
    printf 'writers:\n  - component: XmiCorpusWriter\n    parameters:\n      targetLocation: ${output}/xmi\n'
  } > "$work/pipelines/$name.yaml"
}
quotations all "${sieves[@]}"
configs=(all)
for drop in "${sieves[@]}"; do
  kept=()
  for s in "${sieves[@]}"; do [ "$s" = "$drop" ] || kept+=("$s"); done
  quotations "no-$drop" "${kept[@]}"
  configs+=("no-$drop")
done

for corpus in polnear seeds; do
  input="$work/polnear-text"
  [ "$corpus" = seeds ] && input="$home/gold"
  "$home/corpus" annotate --pipeline "$work/pipelines/base.yaml" --input "$input" --output "$work/$corpus/base" --quiet >&2
  for c in "${configs[@]}"; do
    "$home/corpus" annotate --pipeline "$work/pipelines/$c.yaml" --input "$work/$corpus/base/xmi" \
      --output "$work/$corpus/$c" --quiet >&2
  done
done

systems=()
for c in "${configs[@]}"; do systems+=("$c=$work/polnear/$c/xmi"); done
java ${CORPUS_JAVA_OPTS:--Xmx2g} -cp "$home/target/classes:$(cat "$home/target/runtime-classpath.txt")" \
  org.annocorpus.quote.bench.PolnearQuoteBenchmark "$data" "${systems[@]}" "${exclude[@]}"

echo
echo "Seed gold (gold/): quotations by \`corpus eval\`"
printf '%-28s %8s %10s\n' system span-F1 speaker
for c in "${configs[@]}"; do
  report="$("$home/corpus" eval --system "$work/seeds/$c/xmi" --layers quotations --samples 0)"
  f1="$(echo "$report" | awk '$1 == "strict" { print $9; exit }')"
  speaker="$(echo "$report" | awk '/speaker \(normalised\)/ { print $4 "/" $3; exit }')"
  printf '%-28s %8s %10s\n' "$c" "$f1" "$speaker"
done
