#!/usr/bin/env bash
# Renders a sample fleet report (five runs of a fleet over three clients, stored in SQLite by a test) in
# headless Chromium and saves a screenshot, so that a person can look at the dashboard.
#
#   scripts/screenshot-fleet-report.sh [OUTPUT.png]     (default: .build/fleet-report.png)
#   scripts/screenshot-fleet-report.sh OUTPUT.png REPORT.html   an existing report instead of the sample
#                                                       (e.g. Benchmarks/work/fleet-report.html, 200 repositories)
#   GROUNDWORK_FLEET_REPORT_EVALUATION=1 ...            the newest run in evaluation mode (banner)
#   SCREENSHOT_HEIGHT=16000 ...                         a taller window, to see past the first screens
#
# The sample store is filled by FleetReportSampleTests; when the built binary has `fleet report`, the HTML
# comes from it (the CLI end to end), otherwise from the test. Needs Debian's `chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."

output="${1:-.build/fleet-report.png}"
report="${2:-}"
height="${SCREENSHOT_HEIGHT:-2200}"
sample="$(mktemp -d "${TMPDIR:-/tmp}/groundwork-fleet-sample.XXXXXX")"
trap 'rm -rf "$sample"' EXIT

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
    echo "screenshot-fleet-report: no chromium found; install Debian's 'chromium'" >&2
    exit 1
fi

if [[ -n "$report" ]]; then
    html="$(realpath "$report")"
else
    swift build --build-tests >&2
    GROUNDWORK_FLEET_REPORT_SAMPLE="$sample" swift test --skip-build --filter FleetReportSampleTests >&2

    html="$sample/fleet-report.html"
    binary="$(swift build --show-bin-path)/groundwork"
    if [[ -x "$binary" ]] && "$binary" fleet report --help >/dev/null 2>&1; then
        GROUNDWORK_NOW=2026-06-02T20:26:40Z "$binary" fleet report --store "$sample/fleet.db" --format html --output "$sample/cli.html"
        html="$sample/cli.html"
    fi
fi

mkdir -p "$(dirname "$output")"
# --no-sandbox: containers and CI runners as root have no user namespaces for Chromium's sandbox.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,"$height" \
    --screenshot="$(realpath -m "$output")" "file://$html" >&2 2>/dev/null
echo "wrote $output (from $html)"
