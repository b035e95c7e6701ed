#!/usr/bin/env bash
# The long soak (docs/reliability.md): poll cycles of random adds, edits and deletes of replies and /rsvp commands
# on three issues of a fake GitHub on loopback, checking after every cycle one summary per issue equal to a
# from-scratch render, and that a cycle with nothing new writes nothing. Reports cycles, requests, writes, heap.
#   scripts/soak.sh                 1,000 cycles, seed 1
#   scripts/soak.sh 5000 42         5,000 cycles, seed 42
set -euo pipefail
cd "$(dirname "$0")/.."
# test-compile writes target/test-classpath.txt (the pom's dependency:build-classpath execution).
mvn -B -q test-compile
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.rsvpbot.bench.SoakBench "$@"
