// Instance ids are derived, not drawn: the same trip (fingerprint + first firing time) always gets
// the same id, so a redelivered signal after a crash re-creates the very row it created before and
// the unique index on open fingerprints sees a duplicate rather than a second alert. Shaped as an
// RFC 9562 version-8 ("custom") UUID so PostgreSQL can store it in a uuid column.
import { sha256Hex } from '../model/stable-hash';

/** The id of the trip of `fingerprint` that started firing at `startsAt` (epoch ms). */
export function instanceIdOf(fingerprint: string, startsAt: number): string {
  const hex = sha256Hex(`${fingerprint}|${startsAt}`).slice(0, 32).split('');
  hex[12] = '8';
  // Variant bits 10xx: keep the low two bits of the nibble.
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
