# Sourced by the benchmark drivers: wait_for_quiet DEFAULT_SECONDS waits up to $QUIET_WAIT seconds
# (else DEFAULT_SECONDS; 0: not at all) for a 2-second window in which the machine uses under a
# fifth of a core, since other work (a parallel build) skews every figure. Logs with the caller's
# `log`.
busy_jiffies() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat; }
wait_for_quiet() {
  local wait=${QUIET_WAIT:-$1} deadline before after hz
  deadline=$((SECONDS + wait))
  hz=$(getconf CLK_TCK)
  ((wait > 0)) || return 0
  while :; do
    before=$(busy_jiffies); sleep 2; after=$(busy_jiffies)
    ((100 * (after - before) < 20 * 2 * hz)) && return 0
    ((SECONDS < deadline)) || { log "machine still busy; measuring anyway"; return 0; }
    log "machine busy ($(( (after - before) * 100 / (2 * hz) ))% of a core), waiting"
  done
}
