import 'reflect-metadata';
import { verifyAuditChain } from '../audit/audit-chain';
import { loadConfig } from '../config/config';
import { createDataSource } from '../data-source';
import { resolveDatabase } from '../database/resolve-database';

/**
 * `npm run audit:verify [-- <clinic id>]`: recomputes the audit hash chains and names the
 * first broken row. Exits 1 when a chain is broken, so it can run from cron or CI.
 */
async function main(): Promise<void> {
  const clinicId = process.argv[2];
  const config = loadConfig();
  const { url, embedded } = await resolveDatabase(config, { reuseRunning: true });
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    const report = await verifyAuditChain(ds, clinicId);
    if (report.broken) {
      const { clinicId: clinic, seq, reason } = report.broken;
      console.error(
        `Audit chain BROKEN at clinic ${clinic}, event #${seq} (${describe(reason)}); ${report.checked} events checked.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`Audit chain intact: ${report.checked} events checked.`);
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

function describe(reason: 'edited' | 'missing-before' | 'relinked'): string {
  switch (reason) {
    case 'edited':
      return 'its contents were changed after it was written';
    case 'missing-before':
      return 'events before it were removed';
    case 'relinked':
      return 'it no longer points at the event before it';
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
