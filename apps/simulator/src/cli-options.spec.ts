import { parseCliOptions } from './cli-options';
import { UsageError } from './usage-error';

describe('parseCliOptions', () => {
  it('reads an NDJSON run with overrides', () => {
    expect(
      parseCliOptions(['--scenario', 's.yaml', '--out', 'o.ndjson', '--seed', '7', '--days', '2', '--history-weeks', '3', '--speed', '60']),
    ).toEqual({
      help: false,
      options: { scenarioFile: 's.yaml', output: { kind: 'ndjson', file: 'o.ndjson' }, seed: 7, days: 2, historyWeeks: 3, speed: 60 },
    });
  });

  it('reads a Kafka run', () => {
    const parsed = parseCliOptions(['-s', 's.yaml', '--kafka', '--topic', 't']);
    expect(parsed).toMatchObject({ help: false, options: { output: { kind: 'kafka', topic: 't' } } });
  });

  it('answers --help whatever else is given', () => {
    expect(parseCliOptions(['--help', '--out', 'x'])).toEqual({ help: true });
  });

  it.each([
    [['--scenario', 's.yaml', '--out', 'o', '--bogus'], "Unknown option '--bogus'"],
    [['--out', 'o'], '--scenario <file> is required'],
    [['--scenario', 's.yaml'], 'exactly one output'],
    [['--scenario', 's.yaml', '--out', 'o', '--kafka'], 'exactly one output'],
    [['--scenario', 's.yaml', '--out', 'o', '--topic', 't'], 'only apply with --kafka'],
    [['--scenario', 's.yaml', '--out', 'o', '--seed', '1.5'], '--seed must be a whole number'],
    [['--scenario', 's.yaml', '--out', 'o', '--days', '0'], '--days must be a whole number from 1 to 366'],
    [['--scenario', 's.yaml', '--out', 'o', '--history-weeks', 'x'], '--history-weeks must be a whole number from 0 to 52'],
    [['--scenario', 's.yaml', '--out', 'o', '--speed', '0'], '--speed must be a number above 0'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliOptions(argv)).toThrow(UsageError);
    expect(() => parseCliOptions(argv)).toThrow(message);
  });
});
