import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { createDataSource } from '../data-source';
import { resolveDatabase } from '../database/resolve-database';
import { syncBuiltInCatalogue } from '../exercises/exercises.service';
import {
  formatSeedReport,
  SCALE_CLINIC_NAME,
  scaleEmailDomain,
  ScaleSeedError,
  seedScale,
} from './scale-seed';

const USAGE = `usage: npm run seed:scale -- [--couples N] [--seed S] [--replace]

Creates "${SCALE_CLINIC_NAME}" with N couples (default 10000) on DATABASE_URL, or on the
embedded PostgreSQL that \`npm start\` uses. Refuses if the clinic exists, unless --replace.`;

interface CliArgs {
  couples: number;
  seed: number;
  replace: boolean;
}

export function parseSeedArgs(argv: string[]): CliArgs {
  const args: CliArgs = { couples: 10_000, seed: 1, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) throw new ScaleSeedError(`${flag} needs a number`);
      return Number(v);
    };
    if (flag === '--couples') args.couples = value();
    else if (flag === '--seed') args.seed = value();
    else if (flag === '--replace') args.replace = true;
    else throw new ScaleSeedError(`Unknown argument: ${arg}\n\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const args = parseSeedArgs(process.argv.slice(2));
  const config = loadConfig();
  const started = performance.now();
  const { url, embedded } = await resolveDatabase(config, {
    log: (line) => console.log(line),
    reuseRunning: true,
  });
  const ds = createDataSource({ url, poolSize: 2 });
  try {
    await ds.initialize();
    const migrations = await ds.runMigrations({ transaction: 'each' });
    if (migrations.length > 0) console.log(`Applied ${migrations.length} pending migration(s).`);
    await syncBuiltInCatalogue(ds);
    console.log(`Seeding "${SCALE_CLINIC_NAME}" with ${args.couples} couples…`);
    const report = await seedScale(ds, {
      couples: args.couples,
      seed: args.seed,
      replace: args.replace,
      log: (line) => console.log(line),
    });
    console.log(`\n${formatSeedReport(report)}\n`);
    console.log(
      `Done in ${((performance.now() - started) / 1000).toFixed(1)} s (seeding ${(report.totalMs / 1000).toFixed(1)} s). ` +
        `Sign in as admin@${scaleEmailDomain(SCALE_CLINIC_NAME)} or coach-0001@… with the demo password.`,
    );
  } finally {
    await ds.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    if (err instanceof ScaleSeedError || err instanceof ConfigError) {
      console.error(err.message);
    } else {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    }
    process.exit(1);
  });
}
