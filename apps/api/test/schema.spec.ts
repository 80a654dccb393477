import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSortedSchema } from '../src/graphql/print-schema';
import { startTestApp, type TestApp } from './support/test-app';

describe('the committed GraphQL contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it('apps/api/schema.gql equals the schema the running API serves', () => {
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    expect(served).toBe(committed);
  });

  it('keeps the stable login/logout/me contract', () => {
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    // Two-step when two-factor is on: the password step answers a viewer or a challenge.
    expect(committed).toMatch(/login\(email: String!, password: String!\): SignInResult!/);
    expect(committed).toMatch(/logout: Boolean!/);
    expect(committed).toMatch(/me: Viewer\n/);
  });
});
