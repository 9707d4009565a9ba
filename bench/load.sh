#!/usr/bin/env bash
# Load run against the application on PostgreSQL with the generator's 5,000 departments:
#   DB=perfeval_load PORT=8096 SECONDS_PER_ROW=10 bench/load.sh
# ONLY=<regex> runs the rows whose name matches (the ceiling always runs; "batch" the batch .xlsx),
# CLIENTS=1,8,32 the client counts, HEAP=384m the heap; JAR another build than target/'s (e.g. a copy
# of the jar before a change); USER_NAME / USER_PASSWORD the user of the administrator's rows (a 填报人's
# home page: USER_NAME=… ONLY=home); JVM_OPTS flags of the run's own (a profile:
# JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/editor.jfr,settings=profile ONLY=editor CLIENTS=8).
# Creates and fills the database when it has no departments (scripts/generate-departments.sh),
# builds and starts the jar with a fixed heap, runs bench/Load.java (1, 8, 32 clients per row)
# and prints its Markdown table, the start-up time and the resident memory. Kills the app at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-perfeval_load}; PORT=${PORT:-8096}; PASSWORD=${PERFEVAL_ADMIN_PASSWORD:-Admin-Passw0rd!}
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=x
export PERFEVAL_ADMIN_PASSWORD=$PASSWORD
psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$DB" || createdb -h 127.0.0.1 -U postgres "$DB"
n=$(psql -h 127.0.0.1 -U postgres "$DB" -Atc "select count(*) from department where code like 'GEN-%'" 2>/dev/null || echo 0)
[ "$n" -ge 5000 ] || scripts/generate-departments.sh 5000
# The jar (JAR, default the project's), built again when a source is newer than it.
jar=${JAR:-target/perf-eval-0.1.0-SNAPSHOT.jar}
if [ -z "${JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; }; then
  ./mvnw -q -B package -DskipTests -Dspring-javaformat.skip
fi
ids=$(mktemp); log=$(mktemp)
# One line per evaluation of the year: id, department code; the 填报人 of the live-score and save rows
# take the first lines, so drafts come first (each client its own department).
psql -h 127.0.0.1 -U postgres "$DB" -AtF $'\t' -c "select e.id, d.code from evaluation e join department d on d.id = e.department_id
  where e.year = ${YEAR:-2025} order by e.status <> 'DRAFT', e.id" > "$ids"
# A fixed heap (HEAP, default 384m), metaspace, code cache and direct memory capped and 512 KB thread
# stacks, aiming at resident memory < 768 MB. First trial (2026-12-02): VmHWM 742 MB with the heap full
# (375 of 384 MB used) on the administrator's home page of 5,000 departments, which then timed out.
# Class data sharing (CDS=1, the default): the jar unpacked with Boot's jarmode tools, the classes a
# start-up loads archived by one training run against the same database (stopped once the context
# is refreshed), then mapped instead of loaded by each start (about half the start-up time).
if [ "${CDS:-1}" = 1 ]; then
  if [ ! -f target/cds/app.jsa ] || [ "$jar" -nt target/cds/app.jsa ]; then
    rm -rf target/cds && java -Djarmode=tools -jar "$jar" extract --destination target/cds >/dev/null
    java -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh -jar "target/cds/$(basename "$jar")" \
      --server.port="$PORT" > target/cds/training.log 2>&1
  fi
  run=(-XX:SharedArchiveFile=target/cds/app.jsa -jar "target/cds/$(basename "$jar")")
else
  run=(-jar "$jar")
fi
# GC (default Serial: on 2 cores and a 384 MB heap G1 keeps about 55 MB of native bookkeeping (NMT) for
# nothing the load needs; G1, Parallel) and glibc's malloc arenas bounded (MALLOC_ARENA_MAX, default 2:
# the zlib and font buffers of the exports are allocated by many threads).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
java -Xms${HEAP:-384m} -Xmx${HEAP:-384m} -XX:+Use${GC:-Serial}GC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k \
  -XX:MaxDirectMemorySize=64m ${JVM_OPTS:-} "${run[@]}" --server.port="$PORT" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$ids"' EXIT
for _ in $(seq 120); do grep -q "Started PerfEvalApplication" "$log" && break; sleep 1; done
grep -o "Started PerfEvalApplication in [0-9.]* seconds" "$log"
java bench/Load.java --base "http://127.0.0.1:$PORT" --user "${USER_NAME:-admin}" --password "${USER_PASSWORD:-$PASSWORD}" --ids "$ids" \
  --seconds "${SECONDS_PER_ROW:-10}" --warmup "${WARMUP:-3}" --pid "$pid" \
  --year "${YEAR:-2025}" --only "${ONLY:-.}" --clients "${CLIENTS:-1,8,32}"
echo "Heap: $(jcmd $pid GC.heap_info | head -2 | tr -s ' ' | tr '\n' ' ')"
