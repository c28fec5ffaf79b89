import type { DrillDown, ElementChange } from '../drill-down/element-change';
import { changeText, elementClause, movement, percent, signedPercent, signedPoints, unitStyle } from './summaries';

const element = (overrides: Partial<ElementChange>): ElementChange => ({
  value: 'billing',
  baselineWeight: 0.65,
  currentWeight: 0.65,
  baselineRate: 360,
  currentRate: 504,
  mix: 0,
  rate: 93.6,
  total: 93.6,
  explanatoryPower: 1,
  evenPower: 0.67,
  surprise: 0.001,
  ...overrides,
});
const drill = (kind: DrillDown['kind'], baseline: number): DrillDown => ({ kind, baseline, current: 0, change: 0, elements: [] });

describe('summary sentences', () => {
  it('formats shares and changes', () => {
    expect(percent(0.372)).toBe('37 %');
    expect(signedPercent(0.4)).toBe('+40 %');
    expect(signedPercent(-0.2)).toBe('−20 %');
    expect(signedPercent(-0.125)).toBe('−13 %');
    expect(signedPoints(0.0875)).toBe('+8.8 pp');
    expect(changeText(0, 5, false)).toBe('');
    expect(changeText(0.1, 0.05, true)).toBe(' (−5 pp)');
  });

  it('says how a value moved, in points for shares', () => {
    expect(movement('handle time', 360, 504, unitStyle('seconds'))).toBe('Handle time rose from 6 min 0 s to 8 min 24 s (+40 %)');
    expect(movement('service level', 0.8, 0.6, unitStyle('ratio'))).toBe('Service level fell from 80 % to 60 % (−20 pp)');
    expect(movement('occupancy', 0.8, 0.8, unitStyle('ratio'))).toBe('Occupancy stayed at 80 %');
  });

  it('localises a rate change, a mix change and a new element', () => {
    const seconds = unitStyle('seconds');
    expect(elementClause('reason', element({}), drill('ratio', 349.5), seconds, 'handled contacts')).toBe(
      ', mostly because contact reason billing took longer: 6 min 0 s → 8 min 24 s (+40 %), while its share of handled contacts stayed at 65 % (100 % of it)',
    );
    const grew = element({ baselineWeight: 0.5, currentWeight: 0.8, currentRate: 360, mix: 3, rate: 0, explanatoryPower: 0.9 });
    expect(elementClause('reason', grew, drill('ratio', 349.5), seconds, 'handled contacts')).toBe(
      ', mostly because contact reason billing grew from 50 % to 80 % of handled contacts at 6 min 0 s against 5 min 50 s overall (90 % of it)',
    );
    const fresh = element({
      value: 'tech',
      baselineWeight: 0,
      currentWeight: 0.088,
      baselineRate: null,
      currentRate: 1,
      mix: 0.087,
      rate: 0,
    });
    expect(elementClause('reason', fresh, drill('ratio', 0.006), unitStyle('ratio'), 'handled contacts')).toBe(
      ', mostly because contact reason tech, absent from the baseline, made up 9 % of handled contacts at 100 % against 0.6 % overall (100 % of it)',
    );
  });
});
