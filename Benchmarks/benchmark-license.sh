# Sourced by the fleet benchmarks: the release binary with the BenchmarkLicense trait, and a licence for it.
# A fleet beyond evaluation mode (5 repositories) needs a licence, and no release trusts a key whose private
# half is public, so the binary is built with the BenchmarkLicense trait unless GROUNDWORK_BINARY names one.

# Sets `groundwork` to the binary: $GROUNDWORK_BINARY, else a release build with the BenchmarkLicense trait of $1.
benchmark_binary() {
  local root="$1" traits=(--traits BenchmarkLicense)
  if [ -n "${GROUNDWORK_BINARY:-}" ]; then
    groundwork="$GROUNDWORK_BINARY"
    return
  fi
  (cd "$root" && swift build -c release --product groundwork "${traits[@]}" >/dev/null)
  (cd "$root" && swift build -c release --product groundwork-license-issuer "${traits[@]}" >/dev/null)
  groundwork="$(cd "$root" && swift build -c release "${traits[@]}" --show-bin-path)/groundwork"
}

# Signs a benchmark licence for "$3" into $2/benchmark.license, exports GROUNDWORK_LICENSE_FILE, and checks
# that the binary $1 accepts it (exits otherwise).
benchmark_license() {
  local binary="$1" work="$2" licensee="$3" key="$2/benchmark-license-key.pem"
  # The benchmark key's private half is the SHA-256 of this phrase (TrustedKeys.benchmarkKey is its public half).
  python3 - "$key" <<'EOF'
import base64, hashlib, sys
seed = hashlib.sha256(b"groundwork benchmark license key: public on purpose").digest()
der = bytes.fromhex("302e020100300506032b657004220420") + seed   # PKCS#8 Ed25519 (RFC 8410)
open(sys.argv[1], "w").write("-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der).decode() + "\n-----END PRIVATE KEY-----\n")
EOF
  export GROUNDWORK_LICENSE_FILE="$work/benchmark.license"
  "$(dirname "$binary")/groundwork-license-issuer" --private-key "$key" --key-id gw-benchmark --licensee "$licensee" --plan benchmark \
    --expires 2099-12-31 --output "$GROUNDWORK_LICENSE_FILE" 2>/dev/null
  if ! "$binary" license verify >/dev/null 2>&1; then
    echo "$(basename "$0"): $binary does not accept the benchmark licence; build it with" >&2
    echo "  swift build -c release --product groundwork --traits BenchmarkLicense" >&2
    exit 1
  fi
}
