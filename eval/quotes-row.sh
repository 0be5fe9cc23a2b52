#!/usr/bin/env bash
# One line of the quotation benchmarks (eval/polnear-quotes.sh, eval/quotes-ablation.sh) from a JSON report
# of `corpus eval --layers quotations`: strict P, R, F1; overlap F1 (the type mode); strict matches;
# speaker mention exact and overlapping; speaker normalised and by last name ("-": nothing compared).
# Usage: eval/quotes-row.sh NAME REPORT.json        eval/quotes-row.sh --header
set -euo pipefail
format='%-28s %6s %6s %6s | %6s | %7s | %9s %9s | %8s %8s\n'
if [ "${1:-}" = "--header" ]; then
  # shellcheck disable=SC2059
  printf "$format" system P R F1 ovl-F1 matched mention= mention~ speaker spk-last
  exit 0
fi
[ $# -eq 2 ] && [ -f "$2" ] || { echo "usage: $0 NAME REPORT.json | --header" >&2; exit 2; }
jq -r --arg name "$1" '.layers.quotations as $q
  | def attr(a): ($q.attributes[a].accuracy // "-");
  [$name, $q.modes.strict.micro.precision, $q.modes.strict.micro.recall, $q.modes.strict.micro.f1,
   $q.modes.type.micro.f1, $q.modes.strict.cor,
   attr("mentionExact"), attr("mentionOverlap"), attr("speaker"), attr("speakerLenient")]
  | map(tostring) | join("\t")' "$2" \
  | awk -F'\t' -v format="$format" 'function f(x) { return x == "-" || x == "null" ? "-" : sprintf("%.3f", x) }
    { printf format, $1, f($2), f($3), f($4), f($5), $6, f($7), f($8), f($9), f($10) }'
