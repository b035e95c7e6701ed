# rsvp-bot image. The default command polls once and exits (for cron, a Kubernetes CronJob);
# `serve` keeps it running on a schedule:
#
#   docker build -t rsvp-bot .
#   docker run --rm -e GITHUB_TOKEN -v rsvp-cache:/cache rsvp-bot
#   docker run -d -e GITHUB_TOKEN -v rsvp-cache:/cache -v "$PWD/config:/config:ro" -p 8080:8080 rsvp-bot \
#       serve --config /config/rsvp-bot.yml --cache-dir /cache --health-port 8080 --health-bind 0.0.0.0
#
# Both base images can come from a mirror: --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=...
# (scripts/container-smoke.sh builds this file with base images made from Debian packages).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Extra Maven flags, e.g. -o when a pre-filled repository is mounted at /root/.m2.
ARG MAVEN_FLAGS=""
# Dependencies and plugins first, in their own layer: editing the sources does not download them again.
# Packaging the pom alone (no sources yet) resolves exactly what `package` needs. (dependency:go-offline
# would fail here: it also fetches github-api's optional dependencies, from a repository outside Maven Central.)
COPY pom.xml .
RUN mvn -B -ntp ${MAVEN_FLAGS} package -Dmaven.test.skip=true && rm -rf target
COPY src src
# The tests run in CI; the image only needs the jar.
RUN mvn -B -ntp -o ${MAVEN_FLAGS} package -Dmaven.test.skip=true

FROM ${RUNTIME_IMAGE}
RUN groupadd --gid 10001 rsvp \
    && useradd --uid 10001 --gid rsvp --home-dir /home/rsvp --create-home --shell /usr/sbin/nologin rsvp \
    && mkdir -p /app /cache /config \
    && chown rsvp:rsvp /cache
COPY --from=build /src/target/rsvp-bot.jar /app/rsvp-bot.jar
COPY config/rsvp-bot.yml /config/rsvp-bot.yml

# Sized for a small container and a short-lived JVM (a poll is mostly waiting on HTTP):
# the serial collector, C1 only, and the class-data archive made below for a faster start.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:SharedArchiveFile=/app/rsvp-bot.jsa -Xshare:auto"

# AppCDS: one training run records the classes a poll loads into /app/rsvp-bot.jsa. It polls a closed
# port with no retries, so it loads the HTTP, GitHub and config classes and fails fast (that failure is
# expected); the archive is checked to exist.
RUN printf 'github:\n  bot-login: cds-training\n  retries: 0\n  cache-dir: /tmp/cds-cache\n' > /tmp/cds.yml \
    && GITHUB_TOKEN=cds-training-only java -XX:ArchiveClassesAtExit=/app/rsvp-bot.jsa \
        -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k \
        -jar /app/rsvp-bot.jar poll --config /tmp/cds.yml --api-url http://127.0.0.1:9 --repo cds/training \
        >/tmp/cds.log 2>&1 || true; \
    test -s /app/rsvp-bot.jsa || { cat /tmp/cds.log; exit 1; }; \
    rm -rf /tmp/cds.yml /tmp/cds.log /tmp/cds-cache

USER rsvp:rsvp
WORKDIR /home/rsvp
VOLUME ["/cache"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/rsvp-bot.jar \"$@\"", "rsvp-bot"]
CMD ["poll", "--config", "/config/rsvp-bot.yml", "--cache-dir", "/cache"]
