// Score interval for a Poisson rate (events per unit of exposure): like Wilson's for proportions it
// stays above 0 and is usable for small counts, where count ± z√count is not (Garwood 1936 is the
// exact one; the score interval is within a few per cent of it from about 5 events up).
import { Z_95 } from './wilson-interval';

/** The 95 % interval of a rate of `events` per `exposure`, or null without exposure. */
export function poissonRateInterval(events: number, exposure: number, z = Z_95): readonly [number, number] | null {
  if (exposure <= 0 || events < 0) {
    return null;
  }
  const z2 = z * z;
  const centre = events + z2 / 2;
  const half = z * Math.sqrt(events + z2 / 4);
  return [Math.max(0, centre - half) / exposure, (centre + half) / exposure];
}
