#!/usr/bin/env bash
# A screenshot of the HTML review (`corpus review`) of a real system output against the real gold, as an
# annotator sees it in a 1366x900 browser window (a laptop screen), one annotation selected through the
# page address (#ID), which also scrolls to it.
#
#   eval/review-screenshot.sh [SYSTEM_DIR [DOCUMENT [ANNOTATION]]]
#
# Defaults: the output of pipelines/numeric-corenlp.yaml on seeds/ (out/numeric-corenlp, annotated first
# if missing), document 004_7c0e0cccafa81f39, its first missed gold annotation. Writes
# eval/results/review-screenshot.png. Needs Debian's chromium and chromium-driver (./test.sh installs
# them), curl and base64; drives headless Chromium through chromedriver's WebDriver HTTP interface.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
system="${1:-out/numeric-corenlp}"
document="${2:-004_7c0e0cccafa81f39}"
review="out/review-screenshot"
target="eval/results/review-screenshot.png"

if [ ! -d "$system" ] && [ "$system" = out/numeric-corenlp ]; then
  ./corpus annotate --pipeline numeric-corenlp --input seeds --output "$system" --quiet
fi
./corpus review --system "$system" --output "$review" || [ $? -eq 1 ]
page="$home/$review/docs/$document.html"
annotation="${3:-$(grep -o 'data-a="g[0-9]*" title="missed' "$page" | head -1 | sed 's/data-a="\(g[0-9]*\)".*/\1/')}"

port=9517
chromedriver --port="$port" --log-level=SEVERE >/dev/null 2>&1 &
driver=$!
trap 'kill "$driver" 2>/dev/null || true' EXIT
api="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -sf "$api/status" >/dev/null && break; sleep 0.1; done

profile="$(mktemp -d)"
session=$(curl -sf -X POST "$api/session" -H 'Content-Type: application/json' -d '{"capabilities":{"alwaysMatch":
  {"goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox","--disable-gpu",
  "--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run",
  "--hide-scrollbars","--window-size=1366,900","--user-data-dir='"$profile"'"]}}}}' \
  | sed -n 's/.*"sessionId":"\([^"]*\)".*/\1/p')
curl -sf -X POST "$api/session/$session/url" -H 'Content-Type: application/json' \
  -d "{\"url\":\"file://$page#$annotation\"}" >/dev/null
curl -sf "$api/session/$session/screenshot" | sed -e 's/^{"value":"//' -e 's/"}$//' | base64 -d > "$target.tmp"
curl -sf -X DELETE "$api/session/$session" >/dev/null
rm -rf "$profile"
mv "$target.tmp" "$target"
echo "wrote $target ($document, $annotation selected; review in $review/)"
