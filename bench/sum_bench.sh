#!/usr/bin/env bash
# Benchmark of the general-sum engine (issue 14): bench/SumBench.java on the compiled classes, full JIT.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q compile
[ -f target/bench-classpath.txt ] || mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -XX:+UseSerialGC -cp "target/classes:$(cat target/bench-classpath.txt)" bench/SumBench.java
