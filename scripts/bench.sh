#!/usr/bin/env bash
# Runs the JMH benchmarks in src/test/java/dev/rsvpbot/bench (they are not part of the test suite).
#   scripts/bench.sh                      every benchmark, short settings for a 2-core machine
#   scripts/bench.sh ClassifyBenchmark    one benchmark class (a JMH regex)
#   scripts/bench.sh -prof gc Preview     extra JMH options pass through
set -euo pipefail
cd "$(dirname "$0")/.."
# test-compile writes target/test-classpath.txt (the pom's dependency:build-classpath execution).
mvn -B -q test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w 1s -r 2s "$@"
