import type { DataSource, EntityManager } from 'typeorm';
import sql, { bulk, empty, join, raw, Sql } from 'sql-template-tag';

/**
 * Every hand-written query is composed with the `sql` tag (sql-template-tag): values become
 * numbered parameters ($1, $2, …) in the order they appear, and a nested `sql` fragment —
 * an access scope, a shared rule such as "overdue" — brings its own values along. Nothing
 * counts placeholders by hand, and nothing is ever concatenated into the text.
 */
export { bulk, empty, join, raw, sql, Sql };

/** Runs a composed query on the data source or inside a transaction's manager. */
export function run<T>(db: DataSource | EntityManager, query: Sql): Promise<T[]> {
  return db.query(query.text, query.values) as Promise<T[]>;
}

/**
 * Runs a composed UPDATE or DELETE: on PostgreSQL, TypeORM answers such a statement with
 * [the rows it returned, the number of rows it changed].
 */
export function runChange<T = unknown>(
  db: DataSource | EntityManager,
  query: Sql,
): Promise<[T[], number]> {
  return db.query(query.text, query.values) as Promise<[T[], number]>;
}
