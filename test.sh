#!/usr/bin/env bash
# The project's tests, as CI runs them (.ci/run): mvn -B verify.
# The browser test of the HTML review (ReviewBrowserTest) needs Debian's chromium and chromium-driver;
# when either is missing and apt-get can install them (we are root, or sudo works without a password),
# the missing ones are installed first (no recommended packages, no upgrades). Without them that test
# is skipped (it says so); every other test runs.
# Extra arguments go to Maven (./test.sh -Dtest=ReviewBrowserTest).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: ${missing[*]} missing and there is no apt-get: the browser test will be skipped" >&2
  else
    if [ "$(id -u)" -eq 0 ]; then
      as_root=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      as_root=(none)
    fi
    if [ "${as_root[0]:-}" = none ]; then
      echo "test.sh: ${missing[*]} missing and installing needs root: the browser test will be skipped" >&2
    else
      # Only the missing packages, without recommended ones, and nothing already installed is upgraded.
      echo "test.sh: installing ${missing[*]} for the browser test (apt-get --no-install-recommends --no-upgrade)" >&2
      if ! { "${as_root[@]}" apt-get update -q \
          && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
               --no-upgrade "${missing[@]}"; } >&2; then
        echo "test.sh: apt-get could not install them: the browser test will be skipped if chromium is missing" >&2
      fi
    fi
  fi
fi

exec mvn -B verify "$@"
