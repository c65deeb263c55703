#!/usr/bin/env bash
# Open GEXF files with Gephi's own importer (Gephi toolkit, headless) and print what it saw:
# one "issue LEVEL message" line per importer issue, then a "file ..." summary line per file.
# Exit 1 when an issue is at WARNING or above. Builds the checker first when its pom or source
# changed (the first build downloads the Gephi toolkit, ~90 MB, from Maven Central into ~/.m2).
# Usage: check.sh FILE.gexf...     check.sh --build (build only)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar="$here/target/conflictkg-gephi.jar"

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_bin" >/dev/null 2>&1; then
    echo "gephi: FAILED: no java found (need Java 17 or later; set JAVA_HOME)" >&2
    exit 2
fi
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]; then
    if ! command -v mvn >/dev/null 2>&1; then
        echo "gephi: FAILED: no mvn found to build the checker (Debian package maven)" >&2
        exit 2
    fi
    echo "gephi: building the checker (Gephi toolkit $(sed -n 's:.*<gephi.version>\(.*\)</gephi.version>.*:\1:p' "$here/pom.xml"))" >&2
    mkdir -p "$here/target"
    rm -rf "$here/target/lib" "$jar"
    if ! (cd "$here" && mvn -B -q --no-transfer-progress package) >"$here/target/build.log" 2>&1; then
        echo "gephi: FAILED: build failed; last lines of $here/target/build.log:" >&2
        tail -n 40 "$here/target/build.log" >&2
        rm -f "$jar"
        exit 2
    fi
fi
[ "${1:-}" = "--build" ] && exit 0
# Gephi logs through java.util.logging to stderr (one INFO line per load): keep stdout for results
exec "$java_bin" -Djava.awt.headless=true -Xmx1g -jar "$jar" "$@"
