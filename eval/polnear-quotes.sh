#!/usr/bin/env bash
# Quotation extractors on real news no one here wrote: PolNeAR attribution files turned into quotation
# gold of the project's scheme (`corpus gold import --polnear`; org.annocorpus.gold.PolnearImporter states
# the conversion), each extractor run over the articles with `corpus annotate`, and scored by the project's
# scorer (`corpus eval --layers quotations`: optimal one-to-one matching, speaker and speaker mention).
#
# Usage: eval/polnear-quotes.sh [--exclude FILE] PATH/TO/polnear-dev [PIPELINE...]
#   --exclude FILE: articles (one a line, first field the file name, as /work/wt/split-test.txt) that are
#                   neither imported, annotated nor scored: held-out test articles.
#   PIPELINE: pipeline names or files (default: default quote-polnear quote-corenlp quote-baseline)
# Output goes to eval/work/polnear-quotes/ (not versioned): text/ (the articles annotated), gold/ (the
# converted gold, with the validator's remarks in gold-import.log), one annotate run per pipeline and its
# report NAME.txt / NAME.json. Prints one line per pipeline.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exclude=()
if [ "${1:-}" = "--exclude" ]; then
  [ -f "${2:-}" ] || { echo "$0: --exclude needs a file" >&2; exit 2; }
  exclude=(--exclude "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
  shift 2
fi
if [ $# -lt 1 ] || [ ! -d "$1/text" ] || [ ! -d "$1/attributions" ]; then
  echo "usage: $0 [--exclude FILE] PATH/TO/polnear-dev [PIPELINE...]  (the folder holds text/ and attributions/)" >&2
  exit 2
fi
data="$(cd "$1" && pwd)"
shift
pipelines=("$@")
[ ${#pipelines[@]} -gt 0 ] || pipelines=(default quote-polnear quote-corenlp quote-baseline)
work="$home/eval/work/polnear-quotes"
mkdir -p "$work"

# the articles to annotate: all, or all but the excluded ones (links, so that excluded texts are not read)
rm -rf "$work/text" "$work/gold"
mkdir -p "$work/text"
for f in "$data"/text/*.txt; do
  id="$(basename "$f" .txt)"
  if [ ${#exclude[@]} -gt 0 ] && cut -f1 "${exclude[1]}" | sed 's/\.txt$//' | grep -qxF "$id"; then
    continue
  fi
  ln -s "$f" "$work/text/$id.txt"
done

# the gold: its validator warns about quoted words PolNeAR does not attribute (kept in the log)
"$home/corpus" gold import --polnear "$data" "${exclude[@]}" --output "$work/gold" > "$work/gold-import.log" 2>&1 \
  || { cat "$work/gold-import.log" >&2; exit 1; }
quotes="$(cat "$work"/gold/*.ann | grep -c $'\tQuotation ' || true)"
sourced="$(cat "$work"/gold/*.ann | grep -c $'\tspeakerMention ' || true)"
echo "PolNeAR $(basename "$data")${exclude:+ minus the articles of ${exclude[1]}}: $(ls "$work/text" | wc -l) articles" \
  "(one annotator each, first alphabetically), $quotes gold quotations ($sourced with a source)"
echo

"$home/eval/quotes-row.sh" --header
for p in "${pipelines[@]}"; do
  name="$(basename "$p" .yaml)"
  rm -rf "${work:?}/$name"
  start=$(date +%s.%N)
  "$home/corpus" annotate --pipeline "$p" --input "$work/text" --output "$work/$name" --quiet 2> "$work/$name.log" >&2 \
    || { tail -20 "$work/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  printf '%-16s annotated %s articles in %.1f s\n' "$name" "$(ls "$work/text" | wc -l)" "$(echo "$end - $start" | bc)" >&2
  "$home/corpus" eval --system "$work/$name" --gold "$work/gold" --layers quotations --samples 0 \
    --json "$work/$name.json" > "$work/$name.txt"
  "$home/eval/quotes-row.sh" "$name" "$work/$name.json"
done
echo
echo "P/R/F1: quotation spans, strict (same boundaries); ovl-F1: overlapping spans (the scorer's type mode);"
echo "both matched one to one, optimally. On the strictly matched quotations: mention= the speaker mention is"
echo "the gold Source span, mention~ it overlaps it (over those whose gold has a source); speaker: the speaker"
echo "string against PolNeAR's Source text (normalised / last name; PolNeAR has no canonical names)."
echo "Full reports: $work/NAME.txt (add --errors to corpus eval for the error list)."
