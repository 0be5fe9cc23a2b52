#!/usr/bin/env bash
# Tagging speed (tokens per CPU second, one JVM, loading excluded, after a warm-up pass) of a neural model of
# `corpus train ner-neural` against the shipped perceptron and CoreNLP's CoNLL 4-class CRF, and the dev F1 of the
# two trained taggers on the same file.
#
# Usage: eval/ner/neural-speed.sh CONLL_FILE NEURAL_MODEL [PASSES]   (default: 3 timed passes)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 2 ] || [ ! -f "$1" ] || [ ! -f "$2" ]; then
  echo "usage: $0 CONLL_FILE NEURAL_MODEL [PASSES]" >&2
  exit 2
fi
if [ ! -f "$home/target/runtime-classpath.txt" ]; then
  "$home/corpus" --help >/dev/null # builds the application
fi
nice -n 10 java -Xmx4g -Dannocorpus.home="$home" -cp "$home/target/classes:$(cat "$home/target/runtime-classpath.txt")" \
  "$home/eval/ner/NeuralSpeedBench.java" "$1" "$2" "${3:-3}"
