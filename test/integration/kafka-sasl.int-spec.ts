// Real: a Kafka broker owned by this test with a SASL/PLAIN listener beside its plaintext one,
// PostgreSQL, the compiled ingestor as a child process. Checks that the SASL settings really work.
import { OwnKafkaBroker, expectEventually, makeEvent, produceAll } from '@vahti/testing';
import { createIngestorHarness, waitUntilReady, type IngestorHarness } from './support/ingestor-harness';

describe('ingestor against a SASL/PLAIN listener', () => {
  const port = 31092 + Math.floor(Math.random() * 300) * 3;
  const saslPort = port + 2;
  const broker = new OwnKafkaBroker(
    port,
    port + 1,
    [
      `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1},SASL_PLAINTEXT://127.0.0.1:${saslPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port},SASL_PLAINTEXT://127.0.0.1:${saslPort}`,
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
      'listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN',
      'listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required ' +
        'username="admin" password="admin-secret" user_admin="admin-secret" user_vahti="vahti-secret";',
    ].join('\n'),
  );
  let h: IngestorHarness;

  beforeAll(async () => {
    broker.start();
    // Topics are set up over the plaintext listener; the ingestor uses only the SASL one.
    h = await createIngestorHarness({ partitions: 2, brokers: broker.brokers });
  });

  afterAll(async () => {
    await h?.dispose();
    broker.destroy();
  });

  const sasl = (password: string) => ({
    KAFKA_BROKERS: `127.0.0.1:${saslPort}`,
    KAFKA_SASL_MECHANISM: 'plain',
    KAFKA_SASL_USERNAME: 'vahti',
    KAFKA_SASL_PASSWORD: password,
  });

  it('authenticates with the configured credentials and ingests', async () => {
    const app = h.newIngestor(sasl('vahti-secret'));
    app.start();
    await waitUntilReady(app);
    const event = makeEvent('io.vahti.contact.offered.v1', { tenantid: 'acme', id: 'sasl-1' });
    await produceAll(h.kafka, h.topic, [{ key: 'acme/q', value: JSON.stringify(event) }]);
    await expectEventually(async () => expect(await h.storedCount()).toBe(1));
    await app.stop();
  });

  it('stops with the authentication error when the password is wrong', async () => {
    const app = h.newIngestor(sasl('wrong-password'));
    app.start();
    expect((await app.exited()).code).toBe(1);
    expect(app.output).toMatch(/SASL|[Aa]uthentication/);
  });
});
