#!/usr/bin/env node
// Fails when a generated file in the repository is out of date: the GraphQL schema, the web's
// generated operation types, or the migrations (generating one must produce nothing).
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const generated = ['apps/api/schema.gql', 'apps/web/src/gql'];

run('npx nx run api:schema --outputStyle=static');
run('npx nx run web:codegen --outputStyle=static');
const changed = execSync(`git status --porcelain -- ${generated.join(' ')}`, {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(
    `Generated files are out of date (run npm run schema:emit and npm run codegen):\n${changed}`,
  );
  execSync(`git --no-pager diff --stat -- ${generated.join(' ')}`, { stdio: 'inherit' });
  process.exit(1);
}
run('npx nx run api:migration-check --outputStyle=static');
console.log('No drift: schema.gql, web GraphQL types and migrations are up to date.');
