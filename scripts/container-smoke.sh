#!/usr/bin/env bash
# Builds the Dockerfile with base images made from Debian packages (no Docker Hub needed), runs the
# image's default command (one `poll`) against WireMock on loopback, and checks that exactly one
# comment was created. Needs root, buildah and debootstrap (installed from Debian if missing).
#
#   sudo scripts/container-smoke.sh                # base images, build, run, then cold-start timings
#   SMOKE_STAGE=run sudo scripts/container-smoke.sh  # stop after the run check (skip the timings)
#   SMOKE_STAGE=build / SMOKE_STAGE=base             # stop after the image / the base images
# Other knobs: SMOKE_WORK (work dir, default /var/tmp/rsvp-bot-smoke), DEBIAN_MIRROR, M2_REPO
# (Maven repository mounted into the build, default ~/.m2), SMOKE_ROUNDS (timed runs per variant, 7).
#
# The debootstrapped base images are kept in buildah's storage and reused by later runs;
# `buildah rmi localhost/rsvp-bot-base-build:bookworm localhost/rsvp-bot-base-runtime:bookworm` forces a rebuild.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${SMOKE_WORK:-/var/tmp/rsvp-bot-smoke}
# The Debian mirror: DEBIAN_MIRROR, else the first one this host's apt uses (no host is written here).
host_mirror() {
    { grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' || true
      grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}' || true
    } | grep -vE 'security|updates' | head -n 1 || true
}
MIRROR=${DEBIAN_MIRROR:-$(host_mirror)}
BUILD_BASE=localhost/rsvp-bot-base-build:bookworm
RUNTIME_BASE=localhost/rsvp-bot-base-runtime:bookworm
IMAGE=localhost/rsvp-bot:smoke
STAGE=${SMOKE_STAGE:-all}

say() { printf '[smoke %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (buildah --isolation chroot needs it)"
[ -n "$MIRROR" ] || die "no Debian mirror found in /etc/apt; set DEBIAN_MIRROR=http://…/debian"
if ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null; then
    say "installing buildah and debootstrap from Debian"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q buildah debootstrap
fi
mkdir -p "$WORK"
START=$SECONDS

image_exists() { buildah inspect --type image "$1" >/dev/null 2>&1; }

# A minimal bookworm root file system, made once and kept as a tarball.
debian_rootfs() {
    local tarball=$WORK/bookworm-minbase.tar
    if [ ! -s "$tarball" ]; then
        say "debootstrap bookworm (minbase) from $MIRROR"
        local dir=$WORK/rootfs
        rm -rf "$dir"
        debootstrap --variant=minbase bookworm "$dir" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
            || { tail -20 "$WORK/debootstrap.log"; die "debootstrap failed (log: $WORK/debootstrap.log)"; }
        rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
        tar -C "$dir" --numeric-owner -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
        rm -rf "$dir"
    fi
    echo "$tarball"
}

# Imports the root file system and installs Debian packages on top: one base image.
make_base() {
    local name=$1; shift
    if image_exists "$name"; then say "reusing $name"; return; fi
    local tarball; tarball=$(debian_rootfs)
    say "making $name with: $*"
    local ctr; ctr=$(buildah from scratch)
    buildah add "$ctr" "$tarball" / >/dev/null || { buildah rm "$ctr" >/dev/null; die "could not import $tarball"; }
    # This machine reaches Maven Central through a TLS proxy whose CA the host trusts; the base images
    # trust the same local CAs (as an organisation's mirrored base images would).
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        buildah copy "$ctr" /usr/local/share/ca-certificates/ /usr/local/share/ca-certificates/ >/dev/null
    fi
    buildah run --isolation chroot "$ctr" -- sh -c "
        set -e
        echo 'deb $MIRROR bookworm main' > /etc/apt/sources.list
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $*
        apt-get clean
        rm -rf /var/lib/apt/lists/*" >"$WORK/$(basename "${name%%:*}").log" 2>&1 \
        || { tail -20 "$WORK/$(basename "${name%%:*}").log"; buildah rm "$ctr" >/dev/null; die "could not install $* into $name"; }
    buildah config --env LANG=C.UTF-8 "$ctr"
    buildah commit --quiet --rm "$ctr" "$name" >/dev/null
}

make_base "$RUNTIME_BASE" openjdk-17-jre-headless ca-certificates
make_base "$BUILD_BASE" openjdk-17-jdk-headless maven ca-certificates
say "base images ready after $((SECONDS - START)) s"
[ "$STAGE" = base ] && exit 0

# The image, built from the Dockerfile with the local base images. The host's Maven repository is
# mounted into the build's RUN steps, so dependencies already downloaded are not fetched again
# (anything missing still comes from Maven Central).
say "building $IMAGE"
BUILD_START=$SECONDS
buildah bud --isolation chroot --layers --force-rm --quiet \
    --build-arg BUILD_IMAGE="$BUILD_BASE" --build-arg RUNTIME_IMAGE="$RUNTIME_BASE" \
    --volume "${M2_REPO:-$HOME/.m2}:/root/.m2" \
    -t "$IMAGE" -f Dockerfile . >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log"; die "image build failed (log: $WORK/build.log)"; }
say "image built in $((SECONDS - BUILD_START)) s; size $(buildah images --format '{{.Size}}' "$IMAGE")"
[ "$STAGE" = build ] && exit 0

# A stand-in GitHub on loopback: WireMock serving src/test/resources/smoke (one seminar issue, two replies).
say "starting WireMock on loopback"
# test-compile also writes target/test-classpath.txt (the pom runs dependency:build-classpath in every
# build, so the plugin is already in the Maven repository that `mvn verify` filled, even a fresh one).
mvn -B -q -o ${MAVEN_ARGS:-} test-compile >"$WORK/test-compile.log" 2>&1 || { tail -20 "$WORK/test-compile.log"; die "test-compile failed"; }
cp target/test-classpath.txt "$WORK/classpath.txt"
rm -f "$WORK/wiremock.port"
java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" dev.rsvpbot.smoke.SmokeGithub \
    "$WORK/wiremock.port" src/test/resources/smoke >"$WORK/wiremock.log" 2>&1 &
WIREMOCK_PID=$!
CTR=""
cleanup() {
    kill "$WIREMOCK_PID" 2>/dev/null || true
    [ -n "$CTR" ] && buildah rm "$CTR" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 1 300); do [ -s "$WORK/wiremock.port" ] && break; sleep 0.1; done
[ -s "$WORK/wiremock.port" ] || { cat "$WORK/wiremock.log"; die "WireMock did not start"; }
PORT=$(cat "$WORK/wiremock.port")
ADMIN=http://127.0.0.1:$PORT/__admin
say "WireMock on port $PORT"

# The club's configuration, pointing at WireMock, mounted over the image's /config; an empty cache volume.
rm -rf "$WORK/config" "$WORK/cache"
mkdir -p "$WORK/config" "$WORK/cache"
chown 10001:10001 "$WORK/cache"
cat >"$WORK/config/rsvp-bot.yml" <<YAML
github:
  api-url: http://127.0.0.1:$PORT
  repos: [smoke/club]
  bot-login: rsvp-smoke-bot
  retries: 0
YAML

# The image's own default command (ENTRYPOINT + CMD), exactly as a container runtime would start it.
mapfile -t DEFAULT_COMMAND < <(buildah inspect --type image \
    --format '{{range .OCIv1.Config.Entrypoint}}{{println .}}{{end}}{{range .OCIv1.Config.Cmd}}{{println .}}{{end}}' "$IMAGE")
CTR=$(buildah from "$IMAGE")
run_in_image() {
    buildah run --isolation chroot -v "$WORK/config:/config:ro" -v "$WORK/cache:/cache" \
        -e GITHUB_TOKEN=smoke-token "$@"
}
count() { curl -s -X POST "$ADMIN/requests/count" -d "$1" | grep -o '"count" *: *[0-9]*' | grep -o '[0-9]*$'; }
# Runs the default command once; fails unless it exits 0 with exactly one POST (the comment) in the journal.
poll_once() {
    say "running the default command ($1): ${DEFAULT_COMMAND[*]}"
    local start; start=$(date +%s%N)
    set +e
    run_in_image "$CTR" -- "${DEFAULT_COMMAND[@]}" >"$WORK/poll.out" 2>"$WORK/poll.err"
    local code=$?
    set -e
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sed 's/^/  | /' "$WORK/poll.err" >&2
    [ "$code" = 0 ] || die "poll exited $code"
    local posts comments unmatched
    posts=$(count '{"method": "POST", "urlPattern": ".*"}')
    comments=$(count '{"method": "POST", "urlPath": "/repos/smoke/club/issues/7/comments"}')
    unmatched=$(curl -s "$ADMIN/requests/unmatched" | grep -o '"url" *: *"[^"]*"' || true)
    [ -z "$unmatched" ] || say "requests WireMock had no mapping for: $unmatched"
    [ "$posts" = 1 ] && [ "$comments" = 1 ] \
        || die "expected exactly one POST creating the comment; saw $posts POSTs, $comments to the issue's comments"
    say "OK ($1): exit 0 in $ms ms; exactly one comment created in all"
}
poll_once "first run"
# The second run finds the bot's comment (and its own state in the /cache volume): it may edit, never post again.
poll_once "second run, same /cache volume"
[ "$STAGE" = run ] && exit 0

# Cold start of one poll (a dry run, so nothing more is written), each a fresh JVM with an empty cache,
# timed inside the container by bash (wall clock, and CPU = user + sys, which suffers less when the
# machine is busy): the image's flags with the AppCDS archive, the same flags without it, a bare `java -jar`.
IMAGE_OPTS=$(buildah inspect --type image --format '{{range .OCIv1.Config.Env}}{{println .}}{{end}}' "$IMAGE" | sed -n 's/^JAVA_OPTS=//p')
NO_APPCDS_OPTS=$(printf '%s' "$IMAGE_OPTS" | sed 's/ *-XX:SharedArchiveFile=[^ ]*//; s/ *-Xshare:auto//')
ROUNDS=${SMOKE_ROUNDS:-7}
time_polls() {
    run_in_image -e JAVA_OPTS="$1" -e ROUNDS="$ROUNDS" "$CTR" -- bash -c '
        TIMEFORMAT="%R %U %S"
        for i in $(seq 1 "$ROUNDS"); do
            { time java $JAVA_OPTS -jar /app/rsvp-bot.jar poll --dry-run --config /config/rsvp-bot.yml \
                --cache-dir /tmp/cold-$i >/dev/null 2>/tmp/poll-$i.err || { cat /tmp/poll-$i.err >&2; exit 1; }; } 2>&1
        done' || die "timed poll failed with JAVA_OPTS=$1"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
summary() {
    local times; times=$(time_polls "$1")
    printf 'wall %s s, cpu %s s (median of %s)' \
        "$(awk '{print $1}' <<<"$times" | median)" "$(awk '{printf "%.2f\n", $2 + $3}' <<<"$times" | median)" "$ROUNDS"
}
say "timing $ROUNDS cold polls per variant"
say "  image flags + AppCDS:   $(summary "$IMAGE_OPTS")"
say "  image flags, no AppCDS: $(summary "$NO_APPCDS_OPTS")"
say "  bare java -jar:         $(summary "")"
say "smoke test passed in $((SECONDS - START)) s"
