#!/usr/bin/env bash
# Page weight of the public dashboard: every file index.html loads (HTML, CSS, the module graph of js/app.js and
# Chart.js from the WebJar), raw and gzip (level 6, what servers use). The budget is 150 KB gzip in all, 80 KB for
# our own files; PageWeightTest enforces it in the build.
#
# Usage: scripts/bench/page-weight.sh            sizes of the files in frontend/ and the WebJar in ~/.m2
#        scripts/bench/page-weight.sh URL        also the bytes a running server sends (Accept-Encoding: gzip)
set -euo pipefail
cd "$(dirname "$0")/../.."
base="${1:-}"
front=frontend
version="$(sed -n 's:.*<chartjs.version>\(.*\)</chartjs.version>.*:\1:p' pom.xml)"
jar="${HOME}/.m2/repository/org/webjars/npm/chart.js/${version}/chart.js-${version}.jar"

declare -A seen=()
order=()
visit() {                         # follows static and dynamic imports of a module, depth first
  local file="$1"
  [[ -n "${seen[$file]:-}" ]] && return
  seen[$file]=1
  order+=("$file")
  local dir; dir="$(dirname "$file")"
  local dep
  for dep in $(grep -oE "(from|import\()\s*'[^']+'" "$front/$file" | sed -E "s/.*'([^']+)'/\1/"); do
    visit "$(realpath -m --relative-to="$front" "$front/$dir/$dep")"
  done
}

assets=(index.html)
for ref in $(grep -oE '<(script|link)[^>]*(src|href)="[^"]+\.(js|css)"' "$front/index.html" | sed -E 's/.*(src|href)="([^"]+)"/\2/'); do
  case "$ref" in
    /webjars/*) webjar="$ref" ;;
    *.css) assets+=("$ref") ;;
    *.js) visit "$ref" ;;
  esac
done
assets+=("${order[@]}")

printf '%-34s %10s %10s %s\n' "file" "raw" "gzip" "${base:+served}"
ours=0; total=0
row() {                           # name raw gzip [served]
  printf '%-34s %8.1f KB %8.1f KB %s\n' "$1" "$(echo "$2/1024" | bc -l)" "$(echo "$3/1024" | bc -l)" "${4:-}"
}
served() {                        # bytes on the wire for a path of the running server
  [[ -z "$base" ]] && return
  local n; n="$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "${base%/}/$1")"
  printf '%8.1f KB' "$(echo "$n/1024" | bc -l)"
}
for f in "${assets[@]}"; do
  raw=$(wc -c < "$front/$f"); gz=$(gzip -6 -c "$front/$f" | wc -c)
  ours=$((ours + gz)); total=$((total + gz))
  row "$f" "$raw" "$gz" "$(served "$f")"
done
if [[ -n "${webjar:-}" ]]; then
  inner="META-INF/resources/webjars/chart.js/${version}${webjar#/webjars/chart.js}"
  raw=$(unzip -p "$jar" "$inner" | wc -c); gz=$(unzip -p "$jar" "$inner" | gzip -6 | wc -c)
  total=$((total + gz))
  row "chart.js ${version} (WebJar)" "$raw" "$gz" "$(served "${webjar#/}")"
fi
echo "----"
printf '%-34s %10s %8.1f KB   (budget 80 KB)\n' "ours (HTML, CSS, JS)" "" "$(echo "$ours/1024" | bc -l)"
printf '%-34s %10s %8.1f KB   (budget 150 KB)\n' "total" "" "$(echo "$total/1024" | bc -l)"
