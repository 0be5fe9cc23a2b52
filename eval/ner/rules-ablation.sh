#!/usr/bin/env bash
# Rule-layer ablation over the trained tagger: each configuration on CoNLL-2003 dev (conlleval FB1) and
# on the gold dev split (strict entity F1 of `./corpus eval`, micro over the gold files in gold/).
#
# Usage: eval/ner/rules-ablation.sh CONLL_DEV [OUTDIR] [PIPELINE...]
#   CONLL_DEV  CoNLL-2003 eng.testa, or - to skip CoNLL-2003
#   OUTDIR     work files (default: eval/work/ner-rules)
#   PIPELINE   pipeline files (default: pipelines/ner-trained.yaml and eval/ner/pipelines/*.yaml)
# Environment: GOLD, a gold folder to score instead of the dev split (the test split is refused).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 1 ] || { [ "$1" != - ] && [ ! -f "$1" ]; }; then
  echo "usage: $0 CONLL_DEV|- [OUTDIR] [PIPELINE...]" >&2
  exit 2
fi
dev=-
[ "$1" = - ] || dev="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
gold=()
if [ -n "${GOLD:-}" ]; then
  case "$(cd "$GOLD" && pwd)" in
    */test|*/test/*) echo "$0: the gold test split is for reporting only" >&2; exit 2 ;;
  esac
  gold=(--gold "$(cd "$GOLD" && pwd)")
fi
outdir="${2:-$home/eval/work/ner-rules}"
shift $(( $# >= 2 ? 2 : 1 ))
pipelines=("$@")
if [ ${#pipelines[@]} -eq 0 ]; then
  pipelines=("$home/pipelines/ner-trained.yaml" "$home"/eval/ner/pipelines/*.yaml)
fi
mkdir -p "$outdir"
cd "$home"
for p in "${pipelines[@]}"; do
  name="$(basename "$p" .yaml)"
  conll="skipped"
  if [ "$dev" != - ]; then
    nice -n 10 ./corpus ner-conll --input "$dev" --pipeline "$p" --output "$outdir/$name.conll.txt" >"$outdir/$name.conll.log" 2>&1
    conll="$(./corpus eval --conlleval "$outdir/$name.conll.txt" | grep -o 'FB1: *[0-9.]*' | head -1 | tr -s ' ')"
  fi
  nice -n 10 ./corpus eval --pipeline "$p" "${gold[@]}" --layers entities --work "$outdir/$name.gold" \
    --markdown "$outdir/$name.gold.md" >"$outdir/$name.gold.txt" 2>&1 || true
  printf '%s\tCoNLL dev %s\tgold: %s\n' "$name" "$conll" "$(grep -m1 -E '^ +strict ' "$outdir/$name.gold.txt" || echo '?')"
done
