#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/dev/rsvpbot/bench (they are not part of the test suite).
#   scripts/bench.sh                      every benchmark, short settings for a 2-core machine
#   scripts/bench.sh ClassifyBenchmark    one benchmark class (a JMH regex)
#   scripts/bench.sh -prof gc Preview     extra JMH options pass through
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w 1s -r 2s "$@"
