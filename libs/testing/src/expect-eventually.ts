/**
 * Retries an assertion until it passes or the deadline is reached, then rethrows its last failure.
 * Waits are polled, never slept for a fixed time.
 */
export async function expectEventually<T>(
  assertion: () => Promise<T> | T,
  { timeoutMs = 30000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
