# syntax=docker/dockerfile:1
#
# Papyri sample web app (`papyri serve`) as a container image.
#
# The build context is the REPOSITORY ROOT (the build stage needs every module's pom.xml and the
# sources of papyri-examples and the modules it depends on). From the repository root:
#
#   docker build -f deploy/docker/web.Dockerfile -t papyri-web .
#   docker run --rm -p 8080:8080 -v papyri-data:/data papyri-web
#
# Kept in step with deploy/k8s/web-deployment.yaml (user 10001, port 8080, /health/live) by
# papyri-examples/src/test/java/io/papyri/examples/deploy/DeploymentFilesTest.java.

# ---------------------------------------------------------------------------------------------
# Build stage: Maven + JDK 17. Poms first, so the dependency download is a cached layer that is
# only rebuilt when a pom changes; sources afterwards.
# ---------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Every module listed in the parent pom must be present for Maven to read the reactor,
# papyri-bench included, even though only papyri-examples (and what it needs) is built.
COPY pom.xml ./
COPY papyri-api/pom.xml      papyri-api/
COPY papyri-core/pom.xml     papyri-core/
COPY papyri-local/pom.xml    papyri-local/
COPY papyri-aws/pom.xml      papyri-aws/
COPY papyri-examples/pom.xml papyri-examples/
COPY papyri-bench/pom.xml    papyri-bench/

# Resolve third-party dependencies and plugins into the image's local repository. Reactor
# modules (io.papyri:*) are skipped by go-offline, so this works before any source is copied.
# go-offline does not see every plugin dependency the real build needs (e.g. surefire
# providers), so the package step below still runs online.
RUN mvn -B -ntp -pl papyri-examples -am dependency:go-offline

COPY papyri-api/src      papyri-api/src
COPY papyri-core/src     papyri-core/src
COPY papyri-local/src    papyri-local/src
COPY papyri-aws/src      papyri-aws/src
COPY papyri-examples/src papyri-examples/src

RUN mvn -B -ntp -pl papyri-examples -am -DskipTests package \
 && cp papyri-examples/target/papyri-cli.jar /src/papyri-cli.jar

# ---------------------------------------------------------------------------------------------
# Runtime stage: JRE only.
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Fixed numeric UID/GID so Kubernetes can check runAsNonRoot and set runAsUser/fsGroup to the
# same ids (10001 is clear of the image's own users, e.g. "ubuntu" = 1000).
RUN groupadd --system --gid 10001 papyri \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin papyri \
 && mkdir -p /data \
 && chown 10001:10001 /data

WORKDIR /app
# The jar stays owned by root: the app user can read it but not change it.
COPY --from=build /src/papyri-cli.jar /app/papyri-cli.jar

# The store (artifacts, papyri.db, indexes) is the only state; keep it on a volume.
ENV PAPYRI_STORE_DIR=/data
VOLUME ["/data"]

USER 10001:10001
EXPOSE 8080

# Health check tool: the eclipse-temurin:17-jre (Ubuntu) image installs curl and wget itself
# (its Dockerfile keeps curl "for historical reasons", adoptium/containers#255), so curl is
# used rather than a JVM-based check, which would start a second JVM every interval.
# The alpine/ubi variants of the image are not covered by this; change the check if you switch.
# Docker only treats exit code 1 as unhealthy, hence "|| exit 1".
# Kubernetes ignores HEALTHCHECK; it uses the probes in deploy/k8s/web-deployment.yaml.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/live || exit 1

# Container-aware JVM sizing: heap as a share of the container's memory limit, and exit (so the
# orchestrator restarts the container) rather than limp on after an OutOfMemoryError.
# More JVM options: set JAVA_TOOL_OPTIONS (read by the JVM itself). PAPYRI_JAVA_OPTS is read by
# the ./papyri launcher script, which this image does not use.
# This replaces the base image's CA-certificate entrypoint (only needed with USE_SYSTEM_CA_CERTS).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:InitialRAMPercentage=25.0", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", "-jar", "/app/papyri-cli.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
