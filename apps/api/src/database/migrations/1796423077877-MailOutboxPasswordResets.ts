import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxPasswordResets1796423077877 implements MigrationInterface {
  name = 'MailOutboxPasswordResets1796423077877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid, \"kind\" text NOT NULL, \"to_email\" text NOT NULL, \"from_name\" text NOT NULL, \"subject\" text NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text NOT NULL, \"dedupe_key\" text, \"status\" text NOT NULL DEFAULT 'QUEUED', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_mail_outbox_status\" CHECK (status IN ('QUEUED', 'SENT', 'FAILED')), CONSTRAINT \"PK_fecc63c96385bc35a39ccf2a72e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_mail_outbox_clinic_created\" ON \"mail_outbox\" (\"clinic_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_mail_outbox_dedupe_key\" ON \"mail_outbox\" (\"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"password_resets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4816377aa98211c1de34469e742\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_password_resets_user_created\" ON \"password_resets\" (\"user_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_password_resets_token_hash\" ON \"password_resets\" (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"password_resets\" ADD CONSTRAINT \"fk_password_resets_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"password_resets\" DROP CONSTRAINT \"fk_password_resets_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_password_resets_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_password_resets_user_created\"");
    await queryRunner.query("DROP TABLE \"password_resets\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_mail_outbox_dedupe_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_mail_outbox_clinic_created\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
  }
}
