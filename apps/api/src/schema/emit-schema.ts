import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSortedSchema } from '../graphql/print-schema';
import { RESOLVERS } from './resolvers';

/** Writes apps/api/schema.gql from the code-first resolvers, without a database. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  const path = resolve(process.cwd(), 'apps/api/schema.gql');
  writeFileSync(path, printSortedSchema(schema));
  await app.close();
  console.log(`Wrote ${path}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
