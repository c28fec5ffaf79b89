// Any handle-time sampler plugs into the queue: an M/G/c queue with log-normal handle times
// (mean 300 s, coefficient of variation 0.6, a common shape for talk time). No closed form to
// compare with, but two facts hold whatever the distribution: agents are busy A/N of the time,
// and handle times keep their mean. Less variable than exponential (CV 1), the handle times also
// queue less than Erlang C predicts: the Allen–Cunneen approximation scales the M/M/c wait by
// (1 + CV²)/2 = 0.68 here (the simulation gives ≈ 0.70).
import { erlangCMetrics } from '@vahti/queueing';
import { lognormalSampler } from '../random/distributions';
import { runStationaryQueue } from './run-stationary-queue';

const DAY = 86_400;

describe('stationary M/G/c queue with log-normal handle times', () => {
  it('keeps occupancy at A/N and the mean handle time at 300 s, and waits about (1 + CV²)/2 of Erlang C', () => {
    let handleTimeSum = 0;
    let answered = 0;
    const simulated = runStationaryQueue({
      seed: 11,
      arrivalRate: 8.5 / 300,
      agents: 10,
      serviceTime: lognormalSampler(300, 0.6),
      warmUp: DAY,
      duration: 500 * DAY,
      serviceLevelThreshold: 20,
      onContact: (record) => {
        if (record.outcome === 'answered') {
          handleTimeSum += record.serviceEndTime - record.answerTime;
          answered += 1;
        }
      },
    });
    const erlangC = erlangCMetrics({ arrivalRate: 8.5 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20 });
    expect(Math.abs(handleTimeSum / answered / 300 - 1)).toBeLessThan(0.005);
    expect(Math.abs(simulated.occupancy - 0.85)).toBeLessThan(0.005);
    const waitRatio = simulated.averageSpeedOfAnswer / erlangC.averageSpeedOfAnswer;
    expect(waitRatio).toBeGreaterThan(0.6);
    expect(waitRatio).toBeLessThan(0.8);
    expect(simulated.serviceLevel).toBeGreaterThan(erlangC.serviceLevel);
  });
});
