// The alerter's side of the demo: waits until the alerter has read the whole KPI topic and its
// reviews of the closed intervals have settled, then prints the tenant's alerts (open and resolved)
// and the ranked root-cause candidates of the first one, read from the alerter's REST API.
//   alerts-report.ts <tenant> <day YYYY-MM-DD>   (ALERTER_URL, DEMO_API_KEY, ALERTER_KPI_TOPIC, ALERTER_GROUP_ID, DATABASE_URL from the environment)
import { INTERVAL_MS } from '@vahti/kpi';
import { expectEventually, queryDatabase, testKafka } from '@vahti/testing';
import { apiGet } from './api-get';
import { untilCaughtUp } from './caught-up';
import { table } from './text-table';

const tenant = process.argv[2] ?? 'northwind';
const day = process.argv[3] ?? '';
const base = process.env.ALERTER_URL ?? 'http://127.0.0.1:3003';
const apiKey = process.env.DEMO_API_KEY ?? '';
const topic = process.env.ALERTER_KPI_TOPIC ?? 'vahti.kpi';
const group = process.env.ALERTER_GROUP_ID ?? 'vahti-alerter';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vahti';

interface Alert {
  id: string;
  state: string;
  severity: string;
  labels: Record<string, string>;
  summary: string;
  startsAt: string;
  resolvedAt: string | null;
}
interface Candidate {
  rank: number;
  summary: string;
}

const get = <T>(path: string): Promise<T> => apiGet<T>(base, apiKey, path);

async function reviewed(): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('vahti_alerter_intervals_reviewed_total'));
  return Number(line?.split(' ')[1] ?? 0);
}

async function main(): Promise<void> {
  const kafka = testKafka('vahti-demo-alerter');
  await untilCaughtUp(kafka, group, topic, 'the alerter');
  // Done when the last review has reached the interval before the tenant's watermark (both stored
  // with every review): the intervals after it are not due until the stream moves on. The progress
  // row the demo seeded satisfies that by itself, so at least one review must have written it.
  await expectEventually(
    async () => {
      if ((await reviewed()) === 0) {
        throw new Error('alerter has not reviewed yet');
      }
      const [row] = await queryDatabase<{ state: { lastReviewed?: number; watermark?: number } }>(
        databaseUrl,
        `SELECT state FROM detector_states WHERE tenant_id = $1 AND series_key = '' AND metric = 'review-progress'`,
        [tenant],
      );
      const { lastReviewed, watermark } = row?.state ?? {};
      if (lastReviewed === undefined || watermark === undefined || lastReviewed < watermark - 2 * INTERVAL_MS) {
        throw new Error('alerter still reviewing');
      }
    },
    { timeoutMs: 300000, intervalMs: 1000 },
  );
  const count = await reviewed();
  const { alerts: every } = await get<{ alerts: Alert[] }>(`/api/v1/tenants/${tenant}/alerts?state=all&limit=500`);
  // The reviews run into the next morning (surveys arrive up to a day late), where the simulated
  // stream simply ends: only the alerts that started on the day are shown.
  const alerts = every.filter((a) => a.startsAt.slice(0, 10) === day).reverse();
  console.log(
    `\n== the alerter's alerts of ${tenant} on ${day} (GET /api/v1/tenants/${tenant}/alerts?state=all; ${count} intervals reviewed, ` +
      `${every.length - alerts.length} alerts on other days)\n`,
  );
  if (alerts.length === 0) {
    console.log('No alerts: nothing degraded beyond its target or its own baseline.');
    return;
  }
  console.log(
    table(
      alerts.map((a) => ({
        started: a.startsAt.slice(0, 16).replace('T', ' '),
        state: a.state,
        severity: a.severity,
        where: `${a.labels.queue ?? ''}/${a.labels.channel ?? ''}`,
        summary: a.summary,
      })),
    ),
  );
  const first = alerts[0] as Alert;
  const detail = await get<{ description: string; candidates: Candidate[] }>(`/api/v1/tenants/${tenant}/alerts/${first.id}`);
  console.log(`\n== the day's first alert and its ranked root-cause candidates (GET /api/v1/tenants/${tenant}/alerts/${first.id})\n`);
  console.log(`${first.summary}: ${detail.description}\n`);
  console.log(table(detail.candidates.map((c) => ({ rank: String(c.rank), candidate: c.summary }))));
  console.log(`\nAlert metrics: ${base}/metrics (vahti_alerter_alerts); API document: ${base}/api/docs\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
