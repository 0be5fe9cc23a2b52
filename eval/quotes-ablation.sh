#!/usr/bin/env bash
# Sieve ablation of the quotation extractor: the default pipeline without its quotation extractor runs
# once over the texts; then org.annocorpus.quote.bench.SieveAblation runs QuotationAnnotator on that
# output with every sieve ("all"), and once without each sieve in turn (the others in their default
# order); each run is scored.
#
# Usage: eval/quotes-ablation.sh [--exclude FILE] PATH/TO/polnear-dev
#   PolNeAR articles imported as quotation gold (`corpus gold import --polnear`; --exclude: held-out
#   articles neither imported, annotated nor scored) and the gold's dev split (gold/dev), both scored by
#   `corpus eval`.
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
cp="$home/target/classes:$(cat "$home/target/runtime-classpath.txt")"
for corpus in polnear seeds; do
  input="$work/polnear-text"
  [ "$corpus" = seeds ] && input="$home/gold/dev" # the gold's development split only
  "$home/corpus" annotate --pipeline "$work/pipelines/base.yaml" --input "$input" --output "$work/$corpus-base" --quiet >&2
  # every sieve, then each left out: OUT/CONFIG/xmi
  java ${CORPUS_JAVA_OPTS:--Xmx2g} -cp "$cp" org.annocorpus.quote.bench.SieveAblation "$work/$corpus-base/xmi" \
    "$work/$corpus" > "$work/$corpus-configs.txt"
done
mapfile -t configs < "$work/polnear-configs.txt"

"$home/corpus" gold import --polnear "$data" "${exclude[@]}" --output "$work/polnear-gold" > "$work/gold-import.log" 2>&1 \
  || { cat "$work/gold-import.log" >&2; exit 1; }
score() { # NAME SYSTEM_XMI GOLD: one line of eval/quotes-row.sh
  java ${CORPUS_JAVA_OPTS:--Xmx2g} -Dannocorpus.home="$home" -cp "$cp" org.annocorpus.cli.CorpusCli \
    eval --system "$2" --gold "$3" --layers quotations --samples 0 --json "$work/$1.json" > /dev/null
  "$home/eval/quotes-row.sh" "$1" "$work/$1.json"
}
echo "PolNeAR $(basename "$data") ($(ls "$work/polnear-text" | wc -l) articles): quotations by \`corpus eval\`"
"$home/eval/quotes-row.sh" --header
for c in "${configs[@]}"; do score "$c" "$work/polnear/$c/xmi" "$work/polnear-gold"; done

echo
echo "Gold dev split (gold/dev: the seeds and the PolNeAR articles of the dev split): quotations by \`corpus eval\`"
"$home/eval/quotes-row.sh" --header
for c in "${configs[@]}"; do score "gold-dev-$c" "$work/seeds/$c/xmi" "$home/gold/dev"; done
