import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hash of one event: SHA-256 over its previous hash and every column but `hash`, as a
 * JSON array (unambiguous: no separator can be forged inside a value). Used by the insert
 * trigger and by `npm run audit:verify`, so both compute exactly the same thing.
 */
const AUDIT_HASH_FUNCTION = `
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.prev_hash, e.clinic_id, e.seq,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.user_id, e.membership_id, e.role, e.action, e.target_type, e.target_id, e.couple_id,
    e.request_id, e.ip, e.user_agent, e.outcome, e.detail
  )::text, 'UTF8')), 'hex')
$$`;

/**
 * Numbers and chains each clinic's events on insert. The advisory lock serialises inserts per
 * clinic (held to the end of the inserting transaction), so `seq` has no gaps or forks.
 */
const AUDIT_CHAIN_TRIGGER = `
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last audit_events%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_events:' || NEW.clinic_id::text, 0));
  SELECT * INTO last FROM audit_events
   WHERE clinic_id = NEW.clinic_id ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := last.hash;
  NEW.occurred_at := clock_timestamp();
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
CREATE TRIGGER tr_audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`;

/**
 * Append-only: UPDATE and TRUNCATE are always refused, from any connection. DELETE only for
 * the retention purge, which sets hearth.audit_purge_before to a cut-off at least a year in
 * the past in its own transaction (AuditRetention), and only for rows older than that.
 */
const AUDIT_APPEND_ONLY_TRIGGER = `
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cutoff timestamptz := nullif(current_setting('hearth.audit_purge_before', true), '')::timestamptz;
BEGIN
  IF TG_OP = 'DELETE' AND cutoff IS NOT NULL AND cutoff <= now() - interval '1 year' THEN
    IF OLD.occurred_at < cutoff THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER tr_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`;

export class Audit1796355284537 implements MigrationInterface {
  name = 'Audit1796355284537';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"audit_action\" AS ENUM('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'INVITE', 'REASSIGN', 'ROLE_CHANGE', 'SETTINGS_CHANGE', 'CLINIC_SWITCH', 'SECURITY_CHANGE')");
    await queryRunner.query("CREATE TYPE \"public\".\"audit_outcome\" AS ENUM('SUCCESS', 'FAILURE', 'DENIED')");
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"clinic_id\" uuid NOT NULL, \"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"user_id\" uuid, \"membership_id\" uuid, \"role\" text, \"action\" \"public\".\"audit_action\" NOT NULL, \"target_type\" text NOT NULL, \"target_id\" text, \"couple_id\" uuid, \"request_id\" text, \"ip\" text, \"user_agent\" text, \"outcome\" \"public\".\"audit_outcome\" NOT NULL DEFAULT 'SUCCESS', \"detail\" jsonb, \"prev_hash\" text, \"hash\" text NOT NULL, CONSTRAINT \"pk_audit_events\" PRIMARY KEY (\"clinic_id\", \"seq\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_clinic_user_occurred\" ON \"audit_events\" (\"clinic_id\", \"user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_clinic_couple_occurred\" ON \"audit_events\" (\"clinic_id\", \"couple_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_clinic_occurred\" ON \"audit_events\" (\"clinic_id\", \"occurred_at\") ");
    // Hand-written: the chain and append-only rules live in the database, so no code path
    // (the app, a script, a console) can skip them. See docs/security.md, "Audit".
    await queryRunner.query(AUDIT_HASH_FUNCTION);
    await queryRunner.query(AUDIT_CHAIN_TRIGGER);
    await queryRunner.query(AUDIT_APPEND_ONLY_TRIGGER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS tr_audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER IF EXISTS tr_audit_events_append_only ON audit_events');
    await queryRunner.query('DROP TRIGGER IF EXISTS tr_audit_events_chain ON audit_events');
    await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_refuse_change()');
    await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_chain()');
    await queryRunner.query('DROP FUNCTION IF EXISTS audit_event_hash(audit_events)');
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_clinic_occurred\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_clinic_couple_occurred\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_clinic_user_occurred\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_outcome\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_action\"");
  }
}
