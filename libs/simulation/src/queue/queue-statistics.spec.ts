import { QueueStatisticsCollector } from './queue-statistics';

describe('QueueStatisticsCollector', () => {
  it('counts contacts that arrived in the window and clips time averages to it', () => {
    // Window [100, 200), 2 agents, T = 20 s.
    const collector = new QueueStatisticsCollector(100, 200, 2, 20);
    collector.stateChanged(50, 1, 2); // 1 waiting, 2 busy from 50: only [100, 150) counts
    collector.contactFinished({ outcome: 'answered', id: 0, arrivalTime: 90, wait: 5, answerTime: 95, serviceEndTime: 120 }); // before the window
    collector.contactFinished({ outcome: 'answered', id: 1, arrivalTime: 100, wait: 10, answerTime: 110, serviceEndTime: 130 });
    collector.contactFinished({ outcome: 'answered', id: 2, arrivalTime: 120, wait: 30, answerTime: 150, serviceEndTime: 160 });
    collector.contactFinished({ outcome: 'abandoned', id: 3, arrivalTime: 130, wait: 15, abandonTime: 145 });
    collector.contactFinished({ outcome: 'abandoned', id: 4, arrivalTime: 140, wait: 45, abandonTime: 185 });
    collector.stateChanged(150, 0, 1); // 0 waiting, 1 busy from 150 to the end
    collector.contactFinished({ outcome: 'answered', id: 5, arrivalTime: 200, wait: 0, answerTime: 200, serviceEndTime: 210 }); // after

    expect(collector.result()).toEqual({
      measuredFrom: 100,
      measuredUntil: 200,
      serviceLevelThreshold: 20,
      offered: 4,
      answered: 2,
      abandoned: 2,
      answeredWithinThreshold: 1,
      abandonedWithinThreshold: 1,
      serviceLevel: 1 / 4,
      averageSpeedOfAnswer: (10 + 30) / 2,
      abandonmentRate: 2 / 4,
      meanWait: (10 + 30 + 15 + 45) / 4,
      arrivalRate: 4 / 100,
      meanQueueLength: (1 * 50) / 100,
      occupancy: (2 * 50 + 1 * 50) / (100 * 2),
    });
  });

  it('reports zeros, not NaN, for an empty window', () => {
    const result = new QueueStatisticsCollector(0, 10, 1, 20).result();
    expect([result.serviceLevel, result.averageSpeedOfAnswer, result.meanWait]).toEqual([0, 0, 0]);
    expect(() => new QueueStatisticsCollector(10, 10, 1, 20)).toThrow(RangeError);
  });
});
