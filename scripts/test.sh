#!/usr/bin/env bash
# Runs every test of Sáu Rõ on a fresh machine: restores, builds, runs the test projects, a smoke run of the
# benchmarks, and ends with one line "N passed, N failed". Exit code 0 only when nothing failed.
#
# Settings (environment):
#   SAURO_FUZZ_CASES   number of fuzz cases (default 300; the nightly run uses 10000)
#   SAURO_SAMPLES      folder of the workplace's sample plans (found automatically at ../shared/samples)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

command -v dotnet >/dev/null || { echo "Thiếu .NET SDK (dotnet) trên máy này."; echo "0 passed, 1 failed"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
status=0

# What the tests need from the machine: Debian's Chromium for the browser tests, PostgreSQL for the integration tests,
# aiosmtpd for the reminder tests, LibreOffice for the report rendering test.
if ! command -v chromium >/dev/null 2>&1; then
  echo "Cài Chromium cho kiểm thử trình duyệt…"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "Không cài được chromium."
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "Không cài được chromium."
  fi
fi
export SAURO_CHROMIUM=${SAURO_CHROMIUM:-$(command -v chromium || true)}

# Debian's aiosmtpd: the reminder tests send e-mail to a real SMTP server on loopback.
if ! /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1; then
  echo "Cài python3-aiosmtpd cho kiểm thử nhắc việc…"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null) || echo "Không cài được python3-aiosmtpd."
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null) || echo "Không cài được python3-aiosmtpd."
  fi
fi

# LibreOffice Writer and Calc, and poppler-utils: a report test converts a generated .docx to PDF and renders its first
# page to PNG (TestResults/report-files); without them that test is skipped. About two minutes on a fresh machine.
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "Cài LibreOffice và poppler-utils cho kiểm thử báo cáo…"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer libreoffice-calc poppler-utils >/dev/null) || echo "Không cài được LibreOffice."
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer libreoffice-calc poppler-utils >/dev/null) || echo "Không cài được LibreOffice."
  fi
fi

pgdir=$(mktemp -d /tmp/sauro-pg.XXXXXX)
trap 'bash "$root/scripts/postgres-test-cluster.sh" stop "$pgdir"' EXIT
if ! SAURO_TEST_PG=$(bash scripts/postgres-test-cluster.sh start "$pgdir"); then
  echo "Không khởi động được PostgreSQL cho kiểm thử."
  echo "0 passed, 1 failed"
  exit 1
fi
export SAURO_TEST_PG
echo "PostgreSQL thử: $SAURO_TEST_PG"

if ! dotnet build SauRo.slnx -c Release -nologo -v quiet; then
  echo "Biên dịch thất bại."
  echo "0 passed, 1 failed"
  exit 1
fi

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# Smoke run of the benchmarks: they must run and give figures; the full runs are in BENCHMARKS.md.
if dotnet run --project bench/SauRo.Bench -c Release --no-build -- parse --seconds 2 --json > "$results/bench-parse.json"; then
  passed=$((passed + 1))
  grep -E '"docsPerSecond"' "$results/bench-parse.json"
else
  failed=$((failed + 1))
  echo "Benchmark parse (smoke) thất bại."
fi

if dotnet run --project bench/SauRo.Bench -c Release --no-build -- web --tasks 100 --requests 50 --json > "$results/bench-web.json"; then
  passed=$((passed + 1))
  grep -E '"p95Ms"|"totalBytes"' "$results/bench-web.json"
else
  failed=$((failed + 1))
  echo "Benchmark web (smoke) thất bại."
fi

# National benchmark at commune size on both databases: load, dashboards, overdue list and reports checked against
# their SQL floors (a mismatch fails), then task updates through the API of the real app for 3 seconds (an error fails).
for db in sqlite postgres; do
  if timeout 120 dotnet run --project bench/SauRo.Bench -c Release --no-build -- --size commune --db "$db" --pg "$SAURO_TEST_PG" \
      --runs 10 --seconds 3 --workers 8 --json > "$results/bench-national-$db.json"; then
    passed=$((passed + 1))
    grep -E '"name"|"p95Ms"|"rps"' "$results/bench-national-$db.json" | tr -d ' \n'; echo
  else
    failed=$((failed + 1))
    echo "Benchmark quốc gia cỡ xã trên $db (smoke) thất bại."
  fi
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed without a result file
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
