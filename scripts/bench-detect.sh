#!/usr/bin/env bash
# npm run bench:detect — the detection benchmark (pure libs: no Kafka or PostgreSQL needed).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --max-old-space-size=8192 -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/detect/detect-bench.ts
