#!/usr/bin/env bash
# The benchmark. Runs every system listed in eval/systems.yaml over the gold texts of each split, scores
# each against that split on the layers it produces, writes eval/results/SPLIT/scoreboard.md and
# scoreboard.json (and a full report per system in eval/results/SPLIT/systems/), and prints both
# scoreboards with documents per second: dev (development figures: the extractors were developed on it)
# and test (held out: the product's quality; never tune anything on it). --split dev|test runs one.
#
# Usage: eval/scoreboard.sh [options of `./corpus eval scoreboard`, e.g. --bootstrap 2000 --seed 7]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
exec ./corpus eval scoreboard --systems eval/systems.yaml --gold gold --output eval/results "$@"
