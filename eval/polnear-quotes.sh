#!/usr/bin/env bash
# Quotation extractors on real news no one here wrote: PolNeAR attribution files turned into quotation
# gold of the project's scheme (org.annocorpus.quote.bench.PolnearGold states the conversion), each
# extractor run over the articles with `corpus annotate`, spans and speaker mentions scored.
#
# Usage: eval/polnear-quotes.sh [--exclude FILE] PATH/TO/polnear-dev [PIPELINE...]
#   --exclude FILE: articles (one a line, first field the file name, as /work/wt/split-test.txt) that are
#                   neither annotated nor scored: held-out test articles.
#   PIPELINE: pipeline names or files (default: default quote-corenlp quote-baseline)
# Output goes to eval/work/polnear-quotes/ (not versioned): text/ (the articles annotated), one annotate
# run per pipeline, and gold/ with the converted gold as brat files.
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
[ ${#pipelines[@]} -gt 0 ] || pipelines=(default quote-corenlp quote-baseline)
work="$home/eval/work/polnear-quotes"
mkdir -p "$work"

# the articles to annotate: all, or all but the excluded ones (links, so that excluded texts are not read)
rm -rf "$work/text"
mkdir -p "$work/text"
for f in "$data"/text/*.txt; do
  id="$(basename "$f" .txt)"
  if [ ${#exclude[@]} -gt 0 ] && cut -f1 "${exclude[1]}" | sed 's/\.txt$//' | grep -qxF "$id"; then
    continue
  fi
  ln -s "$f" "$work/text/$id.txt"
done

systems=()
for p in "${pipelines[@]}"; do
  name="$(basename "$p" .yaml)"
  rm -rf "$work/$name"
  start=$(date +%s.%N)
  "$home/corpus" annotate --pipeline "$p" --input "$work/text" --output "$work/$name" --quiet >&2
  end=$(date +%s.%N)
  printf '%-16s annotated %s articles in %.1f s\n' "$name" "$(ls "$work/text" | wc -l)" "$(echo "$end - $start" | bc)" >&2
  systems+=("$name=$work/$name/xmi")
done

exec java ${CORPUS_JAVA_OPTS:--Xmx2g} -cp "$home/target/classes:$(cat "$home/target/runtime-classpath.txt")" \
  org.annocorpus.quote.bench.PolnearQuoteBenchmark "$data" "${systems[@]}" --gold-out "$work/gold" "${exclude[@]}"
