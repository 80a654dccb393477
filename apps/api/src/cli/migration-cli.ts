import 'reflect-metadata';
import { writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded';

/**
 * `generate <Name>`: writes a migration with what the entities need beyond the committed
 * migrations. `check`: exits non-zero when that would not be empty (schema drift).
 * Both work on a scratch database that is dropped afterwards.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'generate' && command !== 'check') {
    throw new Error('usage: migration-cli generate <Name> | check');
  }
  if (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
    throw new Error('generate needs a PascalCase name, e.g. `generate AddAssignments`');
  }
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: join(mkdtempSync(join(tmpdir(), 'hearth-migrations-')), 'pg'),
      port: 5400 + Math.floor(Math.random() * 400),
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  const scratch = `hearth_migrations_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2 });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    const up = sql.upQueries.map((q) => q.query);
    const down = sql.downQueries.map((q) => q.query).reverse();
    if (command === 'check') {
      if (up.length > 0) {
        console.error('Schema drift: the entities need a migration that is not committed:');
        for (const q of up) console.error(`  ${q};`);
        console.error('Run `npm run migration:generate -- <Name>` and commit the result.');
        process.exitCode = 1;
      } else {
        console.log('Migrations match the entities.');
      }
      return;
    }
    if (up.length === 0) {
      console.log('No changes: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const dir = resolve(process.cwd(), 'apps/api/src/database/migrations');
    const file = `${timestamp}-${name}`;
    const lines = (qs: string[]) =>
      qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    await writeFile(
      join(dir, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
    );
    const indexPath = join(dir, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    const imports = [...index.matchAll(/^import .*$/gm)].map((m) => m[0]);
    const names = [...index.matchAll(/^import \{ (\w+) \}/gm)].map((m) => m[1]);
    imports.push(`import { ${className} } from './${file}';`);
    names.push(className);
    await writeFile(
      indexPath,
      `${imports.join('\n')}

/** Committed migrations, oldest first. \`npm run migration:generate -- <Name>\` adds to this list. */
export const MIGRATIONS: Function[] = [${names.join(', ')}];
`,
    );
    console.log(`Wrote apps/api/src/database/migrations/${file}.ts (${up.length} statements).`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
