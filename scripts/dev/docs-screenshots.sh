#!/usr/bin/env bash
# Copies the dashboard screenshots of the browser tests (target/screenshots, written by DashboardBrowserTest)
# into docs/img/dashboard, cropped and scaled, and squeezed with pngquant when it is installed.
# Run after: ./mvnw test -Dtest=DashboardBrowserTest
set -euo pipefail
cd "$(dirname "$0")/../.."
src=target/screenshots
dst=docs/img/dashboard
mkdir -p "$dst"
# name  width  max-height (of the source, in pixels)
while read -r name width height; do
  [[ -f "$src/$name.png" ]] || { echo "missing $src/$name.png (run DashboardBrowserTest first)" >&2; exit 1; }
  java scripts/dev/DocsScreenshots.java "$src/$name.png" "$dst/$name.png" "$width" "$height"
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --quality=70-90 --output "$dst/$name.png" "$dst/$name.png" || true
  fi
  printf '%-28s %6d bytes\n' "$name.png" "$(wc -c < "$dst/$name.png")"
done <<'LIST'
overview-zh 900 1150
overview-yichun-zh 640 1400
indicator-zh 640 1500
compare-years-en 640 1300
compare-regions-zh 640 1100
revisions-en 640 1300
overview-phone-zh 300 1700
embed-indicator 640 700
method-zh 640 1400
LIST
