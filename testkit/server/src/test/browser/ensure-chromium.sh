#!/usr/bin/env bash
# Checks that the Chromium run.mjs drives is there, and installs Debian's/Ubuntu's `chromium` package when
# it is missing and this runs as root with apt-get (browser downloads by npm packages are not used: the page
# runs in the system's browser through puppeteer-core). Otherwise it says how to get one and exits 1.
#
#   bash ensure-chromium.sh        # CHROMIUM=/path/to/chrome names another Chromium or Chrome
set -euo pipefail

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
  echo "browser: using $chromium"
  exit 0
fi
if [[ -n "${CHROMIUM:-}" ]]; then
  echo "browser: CHROMIUM=$CHROMIUM is not an executable file" >&2
  exit 1
fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  echo "browser: $chromium is missing; installing the chromium package (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
  [[ -x "$chromium" ]] && exit 0
  echo "browser: apt-get installed chromium, but $chromium is still missing" >&2
  exit 1
fi
echo "browser: no Chromium at $chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium)," \
  "or set CHROMIUM to a Chromium or Chrome executable." >&2
exit 1
