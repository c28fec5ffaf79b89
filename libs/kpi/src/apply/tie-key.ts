// A short, stable stand-in for an event's identity, used to order facts that share a timestamp:
// two 32-bit FNV-1a hashes (different offsets) of "source\0id" in base 36, about 13 characters
// instead of a 36-character UUID in every stored timeline entry. Cheap: no BigInt, no crypto.

const PRIME = 0x01000193;

function fnv1a(text: string, offset: number): number {
  let hash = offset;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  }
  return hash >>> 0;
}

/** Stable ~13-character key of an event (CloudEvents identity = source + id). */
export function tieKey(source: string, id: string): string {
  const text = `${source}\u0000${id}`;
  return fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0') + fnv1a(text, 0x050c5d1f).toString(36).padStart(7, '0');
}
