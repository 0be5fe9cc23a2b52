#!/usr/bin/env bash
# The benchmark. Runs every system listed in eval/systems.yaml over the gold texts, scores each against
# gold/ on the layers it produces, writes eval/results/scoreboard.md and scoreboard.json (and a full
# report per system in eval/results/systems/), and prints the scoreboard with documents per second.
#
# Usage: eval/scoreboard.sh [options of `./corpus eval scoreboard`, e.g. --bootstrap 2000 --seed 7]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
exec ./corpus eval scoreboard --systems eval/systems.yaml --gold gold --output eval/results "$@"
