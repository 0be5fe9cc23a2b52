#!/usr/bin/env bash
# Value-level benchmark of the numeric-claim extractor on quantity test sets in the CQE JSON format
# (a list of {text, quantities: [{value, normalized_unit}]}, e.g. NewsQuant or ../shared/data/quantities-dev/):
# value P/R/F1, value+unit F1 and unit agreement, matched as the CQE evaluation matches.
# Usage: eval/numeric/quantities.sh FILE.json... [--pipeline FILE] [--errors]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -eq 0 ]; then
  echo "usage: $0 FILE.json... [--pipeline FILE] [--errors]" >&2
  exit 2
fi
exec nice -n 10 "$home/corpus" eval quantities "$@"
