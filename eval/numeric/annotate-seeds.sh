#!/usr/bin/env bash
# Annotates the seed articles with both numeric-claim extractors, for scoring against gold/:
#   eval/work/numeric/rules/xmi    the default pipeline (NumericClaimAnnotator)
#   eval/work/numeric/corenlp/xmi  pipelines/numeric-corenlp.yaml (CoreNLP NUMBER, PERCENT, MONEY)
# Usage: eval/numeric/annotate-seeds.sh [SEEDS_DIR]   (default: seeds/)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seeds="${1:-$home/seeds}"
out="$home/eval/work/numeric"
"$home/corpus" annotate --quiet --pipeline default --input "$seeds" --output "$out/rules"
"$home/corpus" annotate --quiet --pipeline numeric-corenlp --input "$seeds" --output "$out/corenlp"
echo "numeric claims written to $out/rules/xmi and $out/corenlp/xmi"
