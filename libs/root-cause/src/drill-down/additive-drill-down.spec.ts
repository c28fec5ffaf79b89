import { additiveDrillDown } from './additive-drill-down';

describe('additive drill-down', () => {
  it('gives each element its own change, and its baseline share as the even-spread power', () => {
    // Offers: chat 100 → 160, voice 300 → 310; Δ = 70; chat 60/70 = 0.857, voice 10/70 = 0.143.
    const drill = additiveDrillDown([
      { value: 'chat', baseline: 100, current: 160 },
      { value: 'voice', baseline: 300, current: 310 },
    ]);
    expect(drill?.change).toBe(70);
    const [chat, voice] = drill?.elements ?? [];
    expect(chat?.explanatoryPower).toBeCloseTo(60 / 70, 12);
    expect(voice?.explanatoryPower).toBeCloseTo(10 / 70, 12);
    expect(chat?.mix).toBe(0);
    expect(chat?.evenPower).toBeCloseTo(0.25, 12);
  });

  it('is null when both windows are empty, and has no power when nothing changed', () => {
    expect(additiveDrillDown([{ value: 'a', baseline: 0, current: 0 }])).toBeNull();
    expect(additiveDrillDown([{ value: 'a', baseline: 5, current: 5 }])?.elements[0]?.explanatoryPower).toBeNull();
  });
});
