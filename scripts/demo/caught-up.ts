import { expectEventually, groupLag, type testKafka } from '@vahti/testing';

/** Waits until consumer group `group` has read all of `topic` (`who` names it in the timeout error). */
export async function untilCaughtUp(
  kafka: ReturnType<typeof testKafka>,
  group: string,
  topic: string,
  who: string,
  timeoutMs = 180_000,
): Promise<void> {
  await expectEventually(
    async () => {
      if ((await groupLag(kafka, group, topic)) !== 0) {
        throw new Error(`${who} still reading ${topic}`);
      }
    },
    { timeoutMs, intervalMs: 500 },
  );
}
