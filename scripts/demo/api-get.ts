/** A GET on one of the apps' REST APIs with the demo key; throws with the status and the start of the body. */
export async function apiGet<T>(base: string, apiKey: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${apiKey}` } });
  if (!res.ok) {
    throw new Error(`GET ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  }
  return (await res.json()) as T;
}
