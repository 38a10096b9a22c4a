# shellcheck shell=bash disable=SC2034  # sourced: sahelsim is used by the scripts sourcing it
# Shared by submit-and-merge.sh and calibrate-submit.sh (sourced, not run): the sahelsim command
# the login node runs, from SAHELSIM_CMD (split on spaces; the self-tests' stand-in) or else the
# jar SAHELSIM_JAR (default: sim/target/sahelsim.jar of this checkout) with JAVA_OPTS, exported
# as an absolute path for the array tasks. Sets the array `sahelsim`; calls `usage` (defined by
# the sourcing script) when there is no jar.
resolve_sahelsim() {
    local here jar
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    if [ -n "${SAHELSIM_CMD:-}" ]; then
        read -r -a sahelsim <<< "$SAHELSIM_CMD"
    else
        jar="$(realpath -m "${SAHELSIM_JAR:-$here/../../sim/target/sahelsim.jar}")"
        [ -r "$jar" ] || usage "no jar at $jar: build it (mvn -B -q package -DskipTests) or set SAHELSIM_JAR"
        export SAHELSIM_JAR="$jar"
        read -r -a java_opts <<< "${JAVA_OPTS:-}"
        sahelsim=(java "${java_opts[@]}" -jar "$jar")
    fi
}
