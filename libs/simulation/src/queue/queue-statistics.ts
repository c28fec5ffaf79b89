// KPIs of one simulated queue over a measurement window, as the catalog defines them, plus the
// time averages that Little's law and occupancy need. Contacts count in the window in which they
// arrived (whenever they finish); time averages are clipped to the window.
import type { ContactRecord } from './contact-record';
import type { QueueObserver } from './queue-observer';

export interface QueueStatistics {
  /** Measurement window [from, until) in simulated seconds. */
  readonly measuredFrom: number;
  readonly measuredUntil: number;
  /** T of "X % answered within T seconds". */
  readonly serviceLevelThreshold: number;
  /** Contacts that arrived in the window. */
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Answered with a wait ≤ T. */
  readonly answeredWithinThreshold: number;
  /** Abandoned with a wait ≤ T (for the catalog's other service-level variants). */
  readonly abandonedWithinThreshold: number;
  /**
   * answered within T / offered: catalog K01 variant 3, every abandon counts against it. Without
   * abandonment it is P(wait ≤ T) over all contacts, the quantity Erlang C's SL formula gives.
   */
  readonly serviceLevel: number;
  /** Catalog K02: mean wait of the answered contacts, in seconds. */
  readonly averageSpeedOfAnswer: number;
  /** Catalog K03 with every abandon counted (no short-abandon exclusion): abandoned / offered. */
  readonly abandonmentRate: number;
  /** Mean time in queue over all offered contacts, abandoned ones included (W of Little's law). */
  readonly meanWait: number;
  /** Observed arrivals per second in the window (λ of Little's law). */
  readonly arrivalRate: number;
  /** Time-average number of contacts waiting in the window (L of Little's law). */
  readonly meanQueueLength: number;
  /** Time-average share of agents busy in the window. */
  readonly occupancy: number;
}

/** Collects QueueStatistics from a queue model's observer callbacks. */
export class QueueStatisticsCollector implements QueueObserver {
  private offered = 0;
  private answered = 0;
  private abandoned = 0;
  private answeredWithin = 0;
  private abandonedWithin = 0;
  private answeredWaitSum = 0;
  private waitSum = 0;
  private queueArea = 0;
  private busyArea = 0;
  private lastTime = 0;
  private lastWaiting = 0;
  private lastBusy = 0;

  constructor(
    private readonly from: number,
    private readonly until: number,
    private readonly agents: number,
    private readonly threshold: number,
  ) {
    if (!(until > from)) {
      throw new RangeError(`the measurement window must not be empty: [${from}, ${until})`);
    }
  }

  /** Counts a finished contact if it arrived in the window. */
  contactFinished(record: ContactRecord): void {
    if (record.arrivalTime < this.from || record.arrivalTime >= this.until) {
      return;
    }
    this.offered += 1;
    this.waitSum += record.wait;
    const withinThreshold = record.wait <= this.threshold;
    if (record.outcome === 'answered') {
      this.answered += 1;
      this.answeredWaitSum += record.wait;
      if (withinThreshold) {
        this.answeredWithin += 1;
      }
    } else {
      this.abandoned += 1;
      if (withinThreshold) {
        this.abandonedWithin += 1;
      }
    }
  }

  /** Integrates the previous state up to `time`, then takes the new one. */
  stateChanged(time: number, waiting: number, busyAgents: number): void {
    this.integrateTo(time);
    this.lastWaiting = waiting;
    this.lastBusy = busyAgents;
  }

  /** The statistics so far; call after the run has finished every contact that arrived in the window. */
  result(): QueueStatistics {
    this.integrateTo(this.until);
    const length = this.until - this.from;
    return {
      measuredFrom: this.from,
      measuredUntil: this.until,
      serviceLevelThreshold: this.threshold,
      offered: this.offered,
      answered: this.answered,
      abandoned: this.abandoned,
      answeredWithinThreshold: this.answeredWithin,
      abandonedWithinThreshold: this.abandonedWithin,
      serviceLevel: ratio(this.answeredWithin, this.offered),
      averageSpeedOfAnswer: ratio(this.answeredWaitSum, this.answered),
      abandonmentRate: ratio(this.abandoned, this.offered),
      meanWait: ratio(this.waitSum, this.offered),
      arrivalRate: this.offered / length,
      meanQueueLength: this.queueArea / length,
      occupancy: this.busyArea / (length * this.agents),
    };
  }

  // Adds the part of [lastTime, time] that lies in the window; later calls never go back in time.
  private integrateTo(time: number): void {
    if (time <= this.lastTime) {
      return;
    }
    // Plain comparisons rather than Math.min/max: see the note on globals in random/distributions.ts.
    const overlap = (time < this.until ? time : this.until) - (this.lastTime > this.from ? this.lastTime : this.from);
    if (overlap > 0) {
      this.queueArea += this.lastWaiting * overlap;
      this.busyArea += this.lastBusy * overlap;
    }
    this.lastTime = time;
  }
}

// NaN would poison comparisons in callers; an empty denominator gives 0 here and `offered` says why.
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
