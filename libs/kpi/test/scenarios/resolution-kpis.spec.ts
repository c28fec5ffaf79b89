// C. Resolution & handling KPIs on the billing morning. Six handled legs (talk/hold/wrap):
// c1 300/0/60, c2 200/30/40, c3 400/0/100, c4 100/20/30, c5 250/0/50, c6 350/10/90
// → handle times 360, 270, 500, 150, 300, 450 = 2,030 s.
import { valueOf } from '../support/morning-input';

describe('resolution and handling KPIs, billing morning', () => {
  it('AHT = 2,030 s / 6 = 338.33 s', () => {
    expect(valueOf('average_handle_time')).toBeCloseTo(2030 / 6, 10);
  });

  it('hold rate = 3 of 6 legs held (c2, c4, c6)', () => {
    expect(valueOf('hold_rate')).toBeCloseTo(0.5, 10);
  });

  it('ACW share = 370 s wrap-up / 2,030 s handle', () => {
    expect(valueOf('acw_share')).toBeCloseTo(370 / 2030, 10);
  });

  it('transfer rate = 1 transfer / 6 handled; escalation = 1 escalated / 6', () => {
    expect(valueOf('transfer_rate')).toBeCloseTo(1 / 6, 10);
    expect(valueOf('escalation_rate')).toBeCloseTo(1 / 6, 10);
  });

  it('FCR (survey) = 2 yes / 3 answers; agent-reported resolution = 4 / 6', () => {
    expect(valueOf('first_contact_resolution')).toBeCloseTo(2 / 3, 10);
    expect(valueOf('agent_reported_resolution')).toBeCloseTo(4 / 6, 10);
  });

  it('repeat-contact rate = 2 repeats (c5 after c1, c7 after c3) / 10 first offers; contacts per issue = 10 / 8', () => {
    expect(valueOf('repeat_contact_rate')).toBeCloseTo(0.2, 10);
    expect(valueOf('contacts_per_issue')).toBeCloseTo(1.25, 10);
  });
});
