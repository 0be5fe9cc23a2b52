#!/usr/bin/env bash
# Checks that `./corpus eval --conlleval` prints exactly what the original conlleval.pl prints.
# conlleval.pl is not shipped with this project: pass the path of your copy (CoNLL-2000/2003 version
# 2004-01-26). Every FILE (CoNLL format: token ... gold guess) is scored by both; differences are shown.
#
# Usage: eval/conlleval-diff.sh PATH/TO/conlleval.pl FILE...
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 PATH/TO/conlleval.pl FILE..." >&2
  exit 2
fi
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
conlleval="$1"
shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for file in "$@"; do
  perl "$conlleval" < "$file" > "$tmp/perl.txt"
  "$home/corpus" eval --conlleval "$file" > "$tmp/java.txt"
  if diff "$tmp/perl.txt" "$tmp/java.txt"; then
    echo "same: $file ($(head -1 "$tmp/java.txt"))"
  else
    echo "DIFFERENT: $file"
    status=1
  fi
done
exit $status
