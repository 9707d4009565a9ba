# syntax=docker/dockerfile:1
# The production image: built with the Maven wrapper, unpacked into Boot's layers (dependencies
# first, so a code change rebuilds only the last layer), run as a non-root user.
#   docker build -t perf-eval .
#   docker compose up            (PostgreSQL 15, two instances, nginx in front: docker-compose.yml)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# The wrapper and the POM first: the dependencies are downloaded once and cached with this layer.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -DskipTests
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip \
 && cp target/perf-eval-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 perfeval \
 && useradd --system --uid 10001 --gid perfeval --home-dir /application --shell /usr/sbin/nologin perfeval
WORKDIR /application
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
COPY --chmod=755 deploy/docker/entrypoint.sh /usr/local/bin/perf-eval
# The class data sharing archive is written on the first start (deploy/docker/entrypoint.sh).
RUN mkdir cds && chown perfeval:perfeval cds
USER perfeval:perfeval
# The flags measured under load are set by the entrypoint: a fixed heap of PERFEVAL_HEAP (320m: the
# process stayed under 768 MB resident at 32 clients; 384m for faster documents, ~790 MB; give the
# container 1 GB either way), the Serial collector,
# capped metaspace, code cache, direct memory and stacks, exit on OutOfMemoryError so the orchestrator
# restarts it; malloc arenas bounded for the exports' native buffers.
ENV MALLOC_ARENA_MAX=2 \
    PERFEVAL_HEAP=320m \
    SERVER_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:${SERVER_PORT}/actuator/health | grep -q '"status":"UP"' || exit 1
ENTRYPOINT ["perf-eval"]
