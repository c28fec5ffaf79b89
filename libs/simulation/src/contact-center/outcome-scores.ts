// Customer and quality outcomes of a handled contact: survey scores that fall with waiting and
// rise with resolution, and QA evaluations with occasional critical errors.
import { samplePoisson, sampleStandardNormal } from '../random/distributions';
import type { SeededRandom } from '../random/seeded-random';

const { max, min, round } = Math;

export interface SurveyScores {
  readonly csat: number;
  readonly ces: number;
  readonly nps: number;
}

/** Survey answers for a contact with this wait (relative to the service-level threshold) and outcome. */
export function surveyScores(random: SeededRandom, waitSeconds: number, serviceLevelSeconds: number, resolved: boolean): SurveyScores {
  // One latent mood per customer drives all three scales, so they agree as real answers do.
  const mood = (resolved ? 0.7 : -1.1) - min(2, waitSeconds / (4 * serviceLevelSeconds)) + 0.6 * sampleStandardNormal(random);
  return {
    csat: clamp(round(4.1 + mood), 1, 5),
    ces: clamp(round(5.4 + 1.2 * mood), 1, 7),
    nps: clamp(round(7.8 + 1.8 * mood), 0, 10),
  };
}

export interface QaResult {
  readonly score: number;
  readonly customerCriticalErrors: number;
  readonly businessCriticalErrors: number;
  readonly complianceCriticalErrors: number;
  readonly nonCriticalErrors: number;
}

/** A QA evaluation of one contact; unresolved contacts score lower and fail more often. */
export function qaResult(random: SeededRandom, resolved: boolean): QaResult {
  const customerCriticalErrors = random.chance(resolved ? 0.02 : 0.08) ? 1 : 0;
  const businessCriticalErrors = random.chance(0.02) ? 1 : 0;
  const complianceCriticalErrors = random.chance(0.01) ? 1 : 0;
  const nonCriticalErrors = min(100, samplePoisson(random, 0.8));
  const critical = customerCriticalErrors + businessCriticalErrors + complianceCriticalErrors;
  const raw = 93 - 4 * nonCriticalErrors - 20 * critical - (resolved ? 0 : 5) + 4 * sampleStandardNormal(random);
  return {
    score: clamp(round(raw * 10) / 10, 0, 100),
    customerCriticalErrors,
    businessCriticalErrors,
    complianceCriticalErrors,
    nonCriticalErrors,
  };
}

function clamp(value: number, low: number, high: number): number {
  return max(low, min(high, value));
}
