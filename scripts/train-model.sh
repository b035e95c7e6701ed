#!/usr/bin/env bash
# Retrains the models the classifier ships (src/main/resources/dev/rsvpbot/classify/first-look-model.tsv and
# intent-model.tsv) on the real corpus's train and dev splits. Deterministic: the same corpus gives byte-identical files, which
# IntentModelReproducibleTest checks on every build. The test split is never read here.
#   scripts/train-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# test-compile writes target/test-classpath.txt (the pom's dependency:build-classpath execution).
mvn -B -q test-compile
real=src/test/resources/classify/real
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.rsvpbot.classify.IntentModelTrainer \
  src/main/resources/dev/rsvpbot/classify "$real/train.jsonl" "$real/dev.jsonl"
