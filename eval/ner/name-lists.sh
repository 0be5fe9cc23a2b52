#!/usr/bin/env bash
# Unpacks the English name lists the tagger's `wiki` feature group is trained with: Ratinov and Roth's
# (2009) Wikipedia lists by category and their lists of known names, as shipped in the Maven artifact
# de.mpg.mpi-inf.ambiversenlu:knowner-models:1.0 (Apache-2.0, 836 MB; fetched once from Maven Central
# into the local repository; only the 4 MB of English lists are kept). The trained model carries the
# phrases it uses, so nothing here is needed at annotation time.
#
# Usage: eval/ner/name-lists.sh [OUTDIR]   (default eval/work/ner-name-lists; prints the directory)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$home/eval/work/ner-name-lists}"
artifact=de.mpg.mpi-inf.ambiversenlu:knowner-models:1.0
jar="${MAVEN_REPO:-$HOME/.m2/repository}/de/mpg/mpi-inf/ambiversenlu/knowner-models/1.0/knowner-models-1.0.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q dependency:get -Dartifact="$artifact" -Dtransitive=false >&2
fi
mkdir -p "$out"
unzip -o -q -j "$jar" 'mpi/ner/*/generated_configurations/en/gazeteers/*' -d "$out"
echo "$out"
