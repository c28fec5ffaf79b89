// The evaluator's side of the demo: waits until the evaluator has applied everything on the topic,
// then prints the 8×4 scorecard of the newest simulated day (every process rated on the 5-level
// scale, with its sentence) and the day's headline KPIs, read from the evaluator's REST API.
//   scorecard-report.ts <tenant> [<day YYYY-MM-DD>, default the newest with data]   (EVALUATOR_URL, DEMO_API_KEY, DATABASE_URL from the environment)
import { DAY_MS } from '@vahti/kpi';
import { queryDatabase, testKafka } from '@vahti/testing';
import { apiGet } from './api-get';
import { untilCaughtUp } from './caught-up';
import { table } from './text-table';

const tenant = process.argv[2] ?? 'northwind';
const base = process.env.EVALUATOR_URL ?? 'http://127.0.0.1:3002';
const apiKey = process.env.DEMO_API_KEY ?? '';
const topic = process.env.EVALUATOR_INPUT_TOPIC ?? 'cc.events';
const group = process.env.EVALUATOR_GROUP_ID ?? 'vahti-evaluator';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vahti';
const HEADLINE = ['service_level', 'abandonment_rate', 'average_handle_time', 'first_contact_resolution', 'csat', 'tnps', 'occupancy'];

interface Rating {
  status: string;
  level?: number;
}
interface ProcessScore {
  id: string;
  name: string;
  rating: Rating;
  sentence: string;
}
interface AreaScore {
  id: string;
  name: string;
  rating: Rating;
  processes: ProcessScore[];
}
interface Kpi {
  kpi: string;
  name: string;
  value: number | null;
  rating: Rating;
  sentence: string;
}

const get = <T>(path: string): Promise<T> => apiGet<T>(base, apiKey, path);

const level = (r: Rating): string => (r.status === 'rated' ? `${r.level}/5` : r.status.replace(/_/g, ' '));

async function main(): Promise<void> {
  const kafka = testKafka('vahti-demo-evaluator');
  await untilCaughtUp(kafka, group, topic, 'the evaluator');
  const [newest] = await queryDatabase<{ day: Date | null }>(
    databaseUrl,
    `SELECT max(period_start) AS day FROM kpi_aggregates WHERE tenant_id = $1 AND granularity = 'day'`,
    [tenant],
  );
  const requested = process.argv[3] ? Date.parse(`${process.argv[3]}T00:00:00Z`) : (newest?.day?.getTime() ?? Number.NaN);
  if (Number.isNaN(requested)) {
    console.log(`The evaluator has no KPIs for ${tenant} yet.`);
    return;
  }
  const at = new Date(requested + DAY_MS / 2).toISOString();
  const day = at.slice(0, 10);
  const card = await get<{ areas: AreaScore[] }>(`/api/v1/tenants/${tenant}/scorecard?window=today&at=${at}`);
  console.log(`\n== the evaluator's 8×4 scorecard of ${tenant} for ${day} (GET /api/v1/tenants/${tenant}/scorecard?window=today)\n`);
  console.log(
    table(
      card.areas.flatMap((a) =>
        a.processes.map((p) => ({ area: `${a.id} ${a.name}`, process: `${p.id} ${p.name}`, rating: level(p.rating), why: p.sentence })),
      ),
    ),
  );
  const kpis = await get<{ kpis: Kpi[] }>(`/api/v1/tenants/${tenant}/kpis?window=today&at=${at}`);
  console.log(`\n== headline KPIs of ${day} (GET /api/v1/tenants/${tenant}/kpis?window=today; all ${kpis.kpis.length} are there)\n`);
  console.log(
    table(kpis.kpis.filter((k) => HEADLINE.includes(k.kpi)).map((k) => ({ kpi: k.name, rating: level(k.rating), sentence: k.sentence }))),
  );
  console.log(`\nLive gauges: ${base}/metrics (vahti_kpi_value, vahti_kpi_rating); API document: ${base}/api/docs\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
