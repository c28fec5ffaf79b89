// Durations in configuration are written as Prometheus/Alertmanager write them ("30s", "5m", "4h",
// "1h30m"): units w d h m s ms, largest first, integers only (the syntax of prometheus/common
// model.ParseDuration, minus `y`, which no alert timer needs).

/** JSON-schema pattern of a duration string. */
export const DURATION_PATTERN = '^(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?$';
const DURATION = new RegExp(DURATION_PATTERN);

const UNIT_MS = [7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1] as const;

/** Milliseconds of a duration string, or null when it is not one ("" is not one). */
export function parseDuration(text: string): number | null {
  if (text === '') {
    return null;
  }
  const match = DURATION.exec(text);
  if (match === null) {
    return null;
  }
  let total = 0;
  UNIT_MS.forEach((unit, index) => {
    const part = match[index + 1];
    if (part !== undefined) {
      total += Number(part) * unit;
    }
  });
  return Number.isSafeInteger(total) ? total : null;
}
