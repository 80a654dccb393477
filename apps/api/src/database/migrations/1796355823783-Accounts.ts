import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796355823783 implements MigrationInterface {
  name = 'Accounts1796355823783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rate_limits\" (\"key\" character varying(255) NOT NULL, \"points\" integer NOT NULL DEFAULT '0', \"expire\" bigint, CONSTRAINT \"pk_rate_limits\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TABLE \"two_factor_credentials\" (\"user_id\" uuid NOT NULL, \"secret_ciphertext\" text NOT NULL, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, \"last_used_step\" bigint, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_two_factor_credentials\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"recovery_codes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" text NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_recovery_codes\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_recovery_codes_user_code\" ON \"recovery_codes\" (\"user_id\", \"code_hash\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_challenges\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"consumed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_sign_in_challenges\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sign_in_challenges_user\" ON \"sign_in_challenges\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_sign_in_challenges_token_hash\" ON \"sign_in_challenges\" (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"clinics\" ADD \"require_two_factor\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD \"user_agent\" text");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
    await queryRunner.query("CREATE INDEX \"ix_sessions_user\" ON \"sessions\" (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"two_factor_credentials\" ADD CONSTRAINT \"fk_two_factor_credentials_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recovery_codes\" ADD CONSTRAINT \"fk_recovery_codes_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sign_in_challenges\" ADD CONSTRAINT \"fk_sign_in_challenges_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sign_in_challenges\" DROP CONSTRAINT \"fk_sign_in_challenges_user\"");
    await queryRunner.query("ALTER TABLE \"recovery_codes\" DROP CONSTRAINT \"fk_recovery_codes_user\"");
    await queryRunner.query("ALTER TABLE \"two_factor_credentials\" DROP CONSTRAINT \"fk_two_factor_credentials_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sessions_user\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP COLUMN \"last_seen_at\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP COLUMN \"user_agent\"");
    await queryRunner.query("ALTER TABLE \"clinics\" DROP COLUMN \"require_two_factor\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_sign_in_challenges_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sign_in_challenges_user\"");
    await queryRunner.query("DROP TABLE \"sign_in_challenges\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_recovery_codes_user_code\"");
    await queryRunner.query("DROP TABLE \"recovery_codes\"");
    await queryRunner.query("DROP TABLE \"two_factor_credentials\"");
    await queryRunner.query("DROP TABLE \"rate_limits\"");
  }
}
