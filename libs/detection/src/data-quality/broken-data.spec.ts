import { watchedMetric } from '../observations/watched-metrics';
import { brokenReasonsFor, isComputedFromBrokenData } from './broken-data';

const metric = (id: string) => {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
};

describe('broken data', () => {
  it('breaks every KPI when events are missing or garbled of unknown type', () => {
    for (const id of ['service_level', 'average_handle_time', 'schedule_adherence', 'first_contact_resolution']) {
      expect(isComputedFromBrokenData(metric(id), ['stream_silent'])).toBe(true);
      expect(isComputedFromBrokenData(metric(id), ['dead_letter_jump'])).toBe(true);
    }
  });

  it('breaks only the KPIs that read the corrupted events', () => {
    // Contacts that never end: handle time and transfers are wrong, waits and offers are not.
    expect(isComputedFromBrokenData(metric('average_handle_time'), ['contacts_never_end'])).toBe(true);
    expect(isComputedFromBrokenData(metric('transfer_rate'), ['contacts_never_end'])).toBe(true);
    expect(isComputedFromBrokenData(metric('service_level'), ['contacts_never_end'])).toBe(false);
    // Surveys pointing nowhere: only survey KPIs.
    expect(brokenReasonsFor(metric('first_contact_resolution'), ['surveys_unknown_contact', 'contacts_never_end'])).toEqual([
      'surveys_unknown_contact',
    ]);
    expect(isComputedFromBrokenData(metric('abandonment_rate'), [])).toBe(false);
  });
});
