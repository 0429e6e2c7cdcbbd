#!/usr/bin/env bash
# Benchmarks the rule-based report extractor on a ~20,000-character report.
# Compiles the extractor and the benchmark with plain javac into a temp dir (no Maven, no target/ writes),
# so it can run next to a Maven build. Usage: scripts/bench/extraction-bench.sh [runs] [warmup] [chars]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d "${TMPDIR:-/tmp}/extraction-bench.XXXXXX")"
trap 'rm -rf "$out"' EXIT
javac -encoding UTF-8 -d "$out" \
  src/main/java/org/indicatortracker/domain/*.java \
  src/main/java/org/indicatortracker/extraction/rules/*.java \
  src/test/java/org/indicatortracker/extraction/rules/Fixtures.java \
  src/test/java/org/indicatortracker/extraction/rules/ExtractionBenchmark.java
cp -r src/test/resources/extraction "$out/"
java -cp "$out" org.indicatortracker.extraction.rules.ExtractionBenchmark "$@"
