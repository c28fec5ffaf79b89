// A detector's signal as the alerting lib takes it: Alertmanager-style labels (kpi, area and
// process of the process model, queue, channel, detector, severity), the detector's sentence, the
// value against its yardstick, and the ranked root-cause candidates. The candidate's factor and
// element go into its evidence too, so a receiver can act on them without parsing the sentence.
import type { AlertSignal, RootCause } from '@vahti/alerting';
import { REASON_TEXT, watchedMetric, type DataQualityReason, type Signal } from '@vahti/detection';
import { formatValue, homeProcess, INTERVAL_MS } from '@vahti/kpi';
import type { Candidate } from '@vahti/root-cause';
import type { SeriesRef } from '../series/interval-series';

const ALERT_NAMES = { breach: 'KpiBreach', shift: 'KpiShift', data_quality: 'BrokenData' } as const;

/** The alert signal of a firing or resolved detector signal (pending ones are not alerts), or null. */
export function alertSignalOf(tenantId: string, series: SeriesRef, signal: Signal, candidates: readonly Candidate[]): AlertSignal | null {
  if (signal.status === 'pending') {
    return null;
  }
  const metric = watchedMetric(signal.metric);
  const home = signal.detector === 'data_quality' ? DATA_INTEGRITY : homeProcess(homeKpiOf(signal), series.channel);
  const label = metric?.label ?? signal.metric;
  const where = `${series.queueId}/${series.channel}`;
  const text = (v: number): string => (metric === undefined ? String(v) : formatValue(metric.unit, v));
  const line = signal.threshold ?? signal.expected;
  return {
    tenantId,
    labels: {
      alertname: ALERT_NAMES[signal.detector],
      kpi: signal.metric,
      area: home?.area ?? 'H',
      process: home?.process ?? 'H4',
      queue: series.queueId,
      channel: series.channel,
      detector: signal.detector,
      severity: signal.severity,
    },
    status: signal.status === 'firing' ? 'firing' : 'resolved',
    at: signal.intervalStart + INTERVAL_MS,
    summary: summaryOf(signal, label, where),
    description: signal.reason,
    ...(signal.value !== null && {
      value: {
        observed: signal.value,
        text: text(signal.value),
        ...(line !== null && {
          yardstick: { name: signal.threshold !== null ? 'target' : 'seasonal baseline', value: line, text: text(line) },
        }),
      },
    }),
    candidates: candidates.map(rootCauseOf),
  };
}

function rootCauseOf(candidate: Candidate): RootCause {
  return {
    rank: candidate.rank,
    summary: candidate.summary,
    contribution: candidate.contribution,
    evidence: {
      factor: candidate.factor,
      effect: candidate.effect,
      ...(candidate.dimension !== undefined && { dimension: candidate.dimension }),
      ...(candidate.value !== undefined && { element: candidate.value }),
      ...candidate.evidence,
    },
  };
}

/** Broken data is filed under the process model's data-integrity process. */
const DATA_INTEGRITY = { area: 'H', process: 'H4' } as const;

// The KPI whose process an alert is filed under: offered volume (no KPI of its own) under
// forecasting, whose job is to see it coming.
function homeKpiOf(signal: Signal): string {
  return signal.metric === 'offered_volume' ? 'volume_forecast_accuracy' : signal.metric;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function summaryOf(signal: Signal, label: string, where: string): string {
  if (signal.detector === 'data_quality') {
    const text = REASON_TEXT[signal.metric as DataQualityReason] as string | undefined;
    return `Broken data: ${text ?? signal.metric}`;
  }
  return `${capitalised(label)} ${signal.detector === 'breach' ? 'beyond its line' : 'shifted'} in ${where}`;
}
