# Shared by up.sh and down.sh (sourced, not run). Expects $pidfile to be set.

# Prints the pid from $pidfile when that process is alive and is our launcher; a stale pid
# file (the pid reused by some other program after a reboot or crash) never counts.
running_pid() {
    local pid
    [ -f "$pidfile" ] || return 1
    pid=$(cat "$pidfile" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'conflictkg-neo4j\.jar' || return 1
    echo "$pid"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
