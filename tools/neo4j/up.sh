#!/usr/bin/env bash
# Start the local Neo4j Community server (see README.md beside this file) and wait until
# Bolt answers. Builds the launcher first when its pom or source changed. Idempotent.
# --keep: start on the store of the previous run instead of a fresh one (crash-recovery tests).
set -euo pipefail

keep=0
for arg in "$@"; do
    case "$arg" in
        --keep) keep=1 ;;
        *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
run="$here/run"
pidfile="$run/neo4j.pid"
log="$run/neo4j.log"
jar="$here/target/conflictkg-neo4j.jar"
port="${CONFLICTKG_NEO4J_PORT:-7687}"
timeout="${CONFLICTKG_NEO4J_START_TIMEOUT:-180}"
heap="${CONFLICTKG_NEO4J_HEAP:-1g}"
export CONFLICTKG_NEO4J_TOOL_DIR="$here"
export CONFLICTKG_NEO4J_IMPORT_DIR="${CONFLICTKG_NEO4J_IMPORT_DIR:-$run/import}"

. "$here/lib.sh"

if pid=$(running_pid); then
    was_port=$(cat "$run/neo4j.port" 2>/dev/null || echo "?")
    if [ "$was_port" != "$port" ]; then
        echo "neo4j: FAILED: already running (pid $pid) on port $was_port, not $port; run down.sh first" >&2
        exit 1
    fi
    echo "neo4j: already running (pid $pid) at bolt://127.0.0.1:$port, log $log"
    exit 0
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_bin" >/dev/null 2>&1; then
    echo "neo4j: FAILED: no java found (need Java 17 or 21; set JAVA_HOME)" >&2
    exit 1
fi
if port_open "$port"; then
    echo "neo4j: FAILED: port $port on 127.0.0.1 is already taken by another process;" \
         "stop it or set CONFLICTKG_NEO4J_PORT" >&2
    exit 1
fi

# Rebuild only when the pom or a source file is newer than the jar (or a previous build
# was cut short and left no jar). Maven keeps downloaded artifacts in ~/.m2.
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]; then
    echo "neo4j: building launcher (first build downloads Neo4j, ~170 MB, into ~/.m2)"
    mkdir -p "$here/target"
    rm -rf "$here/target/lib" "$jar"
    if ! (cd "$here" && mvn -B -q --no-transfer-progress package) >"$here/target/build.log" 2>&1; then
        echo "neo4j: FAILED: launcher build failed; last lines of $here/target/build.log:" >&2
        tail -n 40 "$here/target/build.log" >&2
        exit 1
    fi
fi

# A fresh run directory each start: the tests rely on an empty store and import dir.
# With --keep only the previous run's pid, port and log go; the store in run/home stays.
if [ "$keep" -eq 1 ]; then
    rm -f "$pidfile" "$run/neo4j.port" "$log"
    export CONFLICTKG_NEO4J_KEEP=1
else
    rm -rf "$run"
    export CONFLICTKG_NEO4J_KEEP=0
fi
mkdir -p "$run" "$CONFLICTKG_NEO4J_IMPORT_DIR"
: >"$log"  # exists before the wait loop reads it, whenever the background job opens it

started=$(date +%s)
# The --add-opens flags are the ones Neo4j's own launcher passes; without them the page
# cache falls back to a slower mode.
nohup "$java_bin" \
    -Xms256m "-Xmx$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens=java.base/java.lang=ALL-UNNAMED \
    -jar "$jar" >"$log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pidfile"
echo "$port" >"$run/neo4j.port"

fail() {
    echo "neo4j: FAILED: $1; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    if [ -f "$run/home/logs/debug.log" ]; then
        echo "neo4j: last lines of $run/home/logs/debug.log:" >&2
        tail -n 15 "$run/home/logs/debug.log" >&2
    fi
    "$here/down.sh" >/dev/null 2>&1 || true
    exit 1
}

deadline=$((started + timeout))
while :; do
    kill -0 "$pid" 2>/dev/null || fail "the server process exited during start-up"
    if grep -q 'conflictkg-neo4j: READY' "$log"; then
        rc=0
        how=$(python3 "$here/check_bolt.py") || rc=$?
        [ "$rc" -eq 0 ] && break
        [ "$rc" -eq 2 ] && fail "the server refused user neo4j with CONFLICTKG_NEO4J_PASSWORD"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || fail "Bolt did not answer within ${timeout}s"
    sleep 1
done

echo "neo4j: up in $(($(date +%s) - started))s (pid $pid) at bolt://127.0.0.1:$port" \
     "(user neo4j, checked by $how), import dir $CONFLICTKG_NEO4J_IMPORT_DIR, log $log"
