#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/**/*Benchmark.java; no test runs them) on the test
# classpath. Arguments go to JMH: a benchmark regex first, then options, e.g.
#   bench/jmh.sh ScoringEngineBenchmark                 # the scoring engine, ~1 min
#   bench/jmh.sh ExportBenchmark                        # PDF / .xlsx / .docx: app against raw, ~5 min;
#                                                       # needs SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (the app starts on it)
#   bench/jmh.sh ScoringEngineBenchmark -prof gc        # with allocation per operation
#   bench/jmh.sh ScoringEngineBenchmark -prof jfr:dir=target/jfr  # a flight recording per benchmark, under target/jfr
#   bench/jmh.sh -h                                     # JMH's options
# Give a quiet machine: the figures are for one thread and change with other load.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile -Dspring-javaformat.skip
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.excludeArtifactIds=poi-ooxml-lite \
  -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
