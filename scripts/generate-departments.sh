#!/usr/bin/env bash
# Fills the database of SPRING_DATASOURCE_URL (SPRING_DATASOURCE_USERNAME, _PASSWORD) with N generated
# departments (default 5,000), each with complete evaluations of 2023–2025, reproducibly from a seed:
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/perfeval_demo SPRING_DATASOURCE_USERNAME=postgres \
#   SPRING_DATASOURCE_PASSWORD=x PERFEVAL_ADMIN_PASSWORD='…' scripts/generate-departments.sh 5000 20261201
# Use a database of its own (createdb perfeval_demo): the data are for looking and load tests.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL to the database to fill}"
./mvnw -q -B test-compile -Dspring-javaformat.skip
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/generator.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/generator.classpath)" \
  io.github.perfeval.support.GenerateDepartments "$@"
