// How values read in sentences: ratios as percentages, durations in s or min, points as points.
import type { KpiUnit } from '../kpis/kpi-definition';

/** A value in its unit, for people. */
export function formatValue(unit: KpiUnit, value: number): string {
  switch (unit) {
    case 'ratio':
      return `${round(value * 100, 1)} %`;
    case 'seconds':
      return value < 120 ? `${round(value, 1)} s` : `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`;
    case 'points':
      return `${round(value, 1)} points`;
    case 'contacts':
      return `${round(value, 2)} contacts`;
  }
}

/** A difference in the unit's natural step: percentage points for ratios. */
export function formatDifference(unit: KpiUnit, difference: number): string {
  const size = Math.abs(difference);
  switch (unit) {
    case 'ratio':
      return `${round(size * 100, 1)} pp`;
    case 'seconds':
      return `${round(size, 1)} s`;
    case 'points':
      return `${round(size, 1)} points`;
    case 'contacts':
      return `${round(size, 2)} contacts`;
  }
}

function round(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.0+$/, '');
}
