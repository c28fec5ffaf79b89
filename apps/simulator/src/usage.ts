/** The --help text. */
export const USAGE = `Usage: npm run simulate -- --scenario <file> (--out <file.ndjson> | --kafka) [options]

Simulates contact-centre tenants from a scenario file and writes their contract-v1 events, in time
order, to an NDJSON file or to Kafka (keyed <tenant>/<queue>, as the ingestor expects). The same
scenario and seed always give byte-identical events. A summary per tenant and queue is printed at
the end; progress goes to stderr every ~2 s.

Options:
  -s, --scenario <file>       Scenario file, .yaml/.yml or .json: one tenant, or "tenants: [...]".
  -o, --out <file.ndjson>     Write one event per line; the ground truth (injected faults) goes to
                              <file.ndjson>.ground-truth.json.
      --kafka                 Publish to Kafka instead. Brokers, TLS and SASL come from KAFKA_BROKERS
                              and the other KAFKA_* variables; the topic is created when missing
                              (SIM_TOPIC_PARTITIONS partitions, default 4).
      --topic <name>          Topic for --kafka (default: SIM_TOPIC, else cc.events).
      --ground-truth <file>   Ground-truth file for --kafka
                              (default: ./.cache/simulator/<tenants>-<seed>.ground-truth.json).
      --seed <n>              Override the file's seed (0..4294967295); with several tenants, tenant
                              i gets n + i.
      --days <n>              Simulate only the first n days (faults starting later are dropped).
      --history-weeks <n>     Simulate n fault-free weeks before them (the detectors' seasonal baseline).
      --speed <factor>        Pace against the wall clock: no event is sent before its simulated
                              time (counted from the first event) divided by <factor> has passed.
                              60 = one simulated hour per real minute. Default: as fast as possible.
  -h, --help                  Show this text.

Exit codes: 0 done, 1 runtime failure (e.g. Kafka unreachable), 2 bad options or scenario file.

Examples:
  npm run simulate -- --scenario libs/simulation/scenarios/baseline-midsize.yaml --out /tmp/nw.ndjson
  npm run simulate -- -s libs/simulation/scenarios/baseline-midsize.yaml -o /tmp/nw.ndjson --seed 7 --days 1
  KAFKA_BROKERS=127.0.0.1:9092 npm run simulate -- \\
      --scenario libs/simulation/scenarios/fault-kb-outage.yaml --kafka --speed 60
  npm run simulate -- -s libs/simulation/scenarios/baseline-multi-tenant.yaml --kafka --topic cc.events.demo
`;
