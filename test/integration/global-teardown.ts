// Drops this run's template database; suites drop their own databases as they finish.
import 'tsconfig-paths/register';
import { adminQuery, testEnvironment } from '@vahti/testing';

export default async function globalTeardown(): Promise<void> {
  if (process.env.VAHTI_TEST_TEMPLATE_DB) {
    await adminQuery(`DROP DATABASE IF EXISTS ${testEnvironment.templateDatabase} WITH (FORCE)`);
  }
}
