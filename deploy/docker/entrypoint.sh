#!/bin/sh
# Starts the application in the image with the settings measured under load (README, "Performance"):
# a fixed heap (PERFEVAL_HEAP, default 320m: resident memory stayed under 768 MB at 32 clients, 722 MB at
# its highest; 384m lays out PDFs and Word files faster at 8-32 clients at once but reached 787-792 MB),
# the Serial collector (on two cores it lays out more
# PDFs than G1 and keeps none of G1's ~55 MB of native bookkeeping), metaspace, code cache, direct
# memory and thread stacks capped, glibc's malloc arenas bounded (MALLOC_ARENA_MAX, set in the image).
# Class data sharing: the first start archives the classes a start-up loads (a training run that
# stops once the context is refreshed; it needs the database, so it cannot run when the image is
# built) into PERFEVAL_CDS_ARCHIVE; every later start of the container maps them (about half the
# start-up time). PERFEVAL_CDS=0 starts without. JAVA_OPTS adds flags of the deployment's own.
set -eu
heap=${PERFEVAL_HEAP:-320m}
archive=${PERFEVAL_CDS_ARCHIVE:-cds/app.jsa}
set -- -Xms"$heap" -Xmx"$heap" -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m \
  -Xss512k -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} "$@"
if [ "${PERFEVAL_CDS:-1}" = 1 ]; then
  if [ ! -s "$archive" ]; then
    mkdir -p "$(dirname "$archive")"
    echo "Class data sharing: training run into $archive" >&2
    # A failed training run (the database not reachable yet) leaves no archive: the start goes on
    # without, and the next start tries again.
    java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh "$@" -jar application.jar >&2 \
      || rm -f "$archive"
  fi
  if [ -s "$archive" ]; then
    set -- -XX:SharedArchiveFile="$archive" "$@"
  fi
fi
exec java "$@" -jar application.jar
