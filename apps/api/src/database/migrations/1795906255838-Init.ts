import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795906255838 implements MigrationInterface {
  name = 'Init1795906255838';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"clinics\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"time_zone\" text NOT NULL, \"small_cell_k\" integer NOT NULL DEFAULT '11', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_clinics_small_cell_k\" CHECK (small_cell_k BETWEEN 2 AND 100), CONSTRAINT \"PK_5513b659e4d12b01a8ab3956abc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_users_email_lower\" CHECK (email = lower(email)), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_users_email\" ON \"users\" (\"email\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sessions_clinic_user\" ON \"sessions\" (\"clinic_id\", \"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_sessions_token_hash\" ON \"sessions\" (\"token_hash\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_role\" AS ENUM('CLINIC_ADMIN', 'COACH', 'CLIENT')");
    await queryRunner.query("CREATE TYPE \"public\".\"member_status\" AS ENUM('INVITED', 'ACTIVE', 'DEACTIVATED')");
    await queryRunner.query("CREATE TABLE \"memberships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"membership_role\" NOT NULL, \"status\" \"public\".\"member_status\" NOT NULL DEFAULT 'INVITED', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"deactivated_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ux_memberships_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"PK_25d28bd932097a9e90495ede7b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_memberships_user_id\" ON \"memberships\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_memberships_clinic_user_role\" ON \"memberships\" (\"clinic_id\", \"user_id\", \"role\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"couple_status\" AS ENUM('ACTIVE', 'PAUSED', 'CLOSED')");
    await queryRunner.query("CREATE TABLE \"couples\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"label\" text NOT NULL, \"status\" \"public\".\"couple_status\" NOT NULL DEFAULT 'ACTIVE', \"time_zone\" text NOT NULL, \"intake_date\" date NOT NULL, \"coach_id\" uuid NOT NULL, \"partner_a_id\" uuid NOT NULL, \"partner_b_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_couples_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"PK_bd7364cfee909d0cb1912bb25f0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_couples_clinic_partner_b\" ON \"couples\" (\"clinic_id\", \"partner_b_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_couples_clinic_partner_a\" ON \"couples\" (\"clinic_id\", \"partner_a_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_couples_clinic_coach\" ON \"couples\" (\"clinic_id\", \"coach_id\") ");
    await queryRunner.query("CREATE TABLE \"invitations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"membership_id\" uuid NOT NULL, \"email\" text NOT NULL, \"token_hash\" text NOT NULL, \"invited_by_id\" uuid, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5dec98cfdfd562e4ad3648bbb07\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_invitations_token_hash\" ON \"invitations\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_invitations_clinic_membership\" ON \"invitations\" (\"clinic_id\", \"membership_id\") ");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"fk_sessions_clinic\" FOREIGN KEY (\"clinic_id\") REFERENCES \"clinics\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"fk_sessions_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_clinic\" FOREIGN KEY (\"clinic_id\") REFERENCES \"clinics\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couples\" ADD CONSTRAINT \"fk_couples_clinic\" FOREIGN KEY (\"clinic_id\") REFERENCES \"clinics\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couples\" ADD CONSTRAINT \"fk_couples_coach\" FOREIGN KEY (\"clinic_id\", \"coach_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couples\" ADD CONSTRAINT \"fk_couples_partner_a\" FOREIGN KEY (\"clinic_id\", \"partner_a_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couples\" ADD CONSTRAINT \"fk_couples_partner_b\" FOREIGN KEY (\"clinic_id\", \"partner_b_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"fk_invitations_clinic\" FOREIGN KEY (\"clinic_id\") REFERENCES \"clinics\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"fk_invitations_membership\" FOREIGN KEY (\"clinic_id\", \"membership_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"fk_invitations_membership\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"fk_invitations_clinic\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP CONSTRAINT \"fk_couples_partner_b\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP CONSTRAINT \"fk_couples_partner_a\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP CONSTRAINT \"fk_couples_coach\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP CONSTRAINT \"fk_couples_clinic\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_user\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_clinic\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"fk_sessions_user\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"fk_sessions_clinic\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_invitations_clinic_membership\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_invitations_token_hash\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_couples_clinic_coach\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_couples_clinic_partner_a\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_couples_clinic_partner_b\"");
    await queryRunner.query("DROP TABLE \"couples\"");
    await queryRunner.query("DROP TYPE \"public\".\"couple_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_memberships_clinic_user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_memberships_user_id\"");
    await queryRunner.query("DROP TABLE \"memberships\"");
    await queryRunner.query("DROP TYPE \"public\".\"member_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_sessions_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sessions_clinic_user\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_users_email\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"clinics\"");
  }
}
