#!/usr/bin/env bash
# Takes the README's screenshot of the Ordos HTML report (docs/ordos-report.png) with the same headless Chromium the browser
# tests use (Debian: apt-get install -y chromium fonts-noto-cjk): runs the demo into a temporary folder with the Release build,
# then photographs the top of its report. Usage: tools/screenshot-report.sh [OUT.png] [HEIGHT]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/ordos-report.png}"
height="${2:-2750}"
chromium="${GHG_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "Chromium is not installed at $chromium: apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }

dotnet build -c Release src/GhgInventory.Cli >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$OLDPWD/src/GhgInventory.Cli/bin/Release/net10.0/ghg" demo --db ghg-demo.db >/dev/null)
mkdir -p "$(dirname "$out")"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1400,"$height" --screenshot="$PWD/$out" "file://$work/ghg-demo.html" 2>/dev/null
echo "wrote $out"
