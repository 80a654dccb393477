import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Checkins1795907360946 implements MigrationInterface {
  name = 'Checkins1795907360946';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"checkins\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"partner\" character(1) NOT NULL, \"checkin_date\" date NOT NULL, \"late\" boolean NOT NULL DEFAULT false, \"closeness\" smallint NOT NULL, \"understood\" smallint NOT NULL, \"sharing\" smallint NOT NULL, \"affection\" smallint NOT NULL, \"fun\" smallint NOT NULL, \"conflict\" smallint NOT NULL, \"stress\" smallint NOT NULL, \"note\" text, \"wants_to_talk\" boolean NOT NULL DEFAULT false, \"visibility\" \"public\".\"entry_visibility\" NOT NULL DEFAULT 'PRIVATE', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_checkins_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"ck_checkins_ratings\" CHECK (closeness BETWEEN 1 AND 7 AND understood BETWEEN 1 AND 7 AND sharing BETWEEN 1 AND 7 AND affection BETWEEN 1 AND 7 AND fun BETWEEN 1 AND 7 AND conflict BETWEEN 1 AND 7 AND stress BETWEEN 1 AND 7), CONSTRAINT \"ck_checkins_partner\" CHECK (partner IN ('A', 'B')), CONSTRAINT \"PK_99c62633386398b154840f0708c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_checkins_clinic_couple_date\" ON \"checkins\" (\"clinic_id\", \"couple_id\", \"checkin_date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_checkins_clinic_couple_author_date\" ON \"checkins\" (\"clinic_id\", \"couple_id\", \"author_id\", \"checkin_date\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"measure_instrument\" AS ENUM('CSI4')");
    await queryRunner.query("CREATE TABLE \"measure_results\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"partner\" character(1) NOT NULL, \"instrument\" \"public\".\"measure_instrument\" NOT NULL, \"filed_on\" date NOT NULL, \"answers\" jsonb NOT NULL, \"total\" smallint NOT NULL, \"visibility\" \"public\".\"entry_visibility\" NOT NULL DEFAULT 'PRIVATE', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_measure_results_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"ck_measure_results_private\" CHECK (visibility = 'PRIVATE'), CONSTRAINT \"ck_measure_results_csi4_total\" CHECK (instrument <> 'CSI4' OR total BETWEEN 0 AND 21), CONSTRAINT \"ck_measure_results_partner\" CHECK (partner IN ('A', 'B')), CONSTRAINT \"PK_142dc52a1af39e3bc2d92825de8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_measure_results_clinic_couple_author_instrument_date\" ON \"measure_results\" (\"clinic_id\", \"couple_id\", \"author_id\", \"instrument\", \"filed_on\") ");
    await queryRunner.query("ALTER TABLE \"couples\" ADD \"csi4_every_weeks\" integer NOT NULL DEFAULT '4'");
    await queryRunner.query("ALTER TABLE \"comments\" ADD \"checkin_id\" uuid");
    await queryRunner.query("CREATE INDEX \"ix_comments_clinic_checkin\" ON \"comments\" (\"clinic_id\", \"checkin_id\") ");
    await queryRunner.query("ALTER TABLE \"couples\" ADD CONSTRAINT \"ck_couples_csi4_every_weeks\" CHECK (csi4_every_weeks BETWEEN 1 AND 52)");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"ck_comments_one_entry\" CHECK ((completion_id IS NULL) <> (checkin_id IS NULL))");
    await queryRunner.query("ALTER TABLE \"checkins\" ADD CONSTRAINT \"fk_checkins_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"checkins\" ADD CONSTRAINT \"fk_checkins_author\" FOREIGN KEY (\"clinic_id\", \"author_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"fk_comments_checkin\" FOREIGN KEY (\"clinic_id\", \"checkin_id\") REFERENCES \"checkins\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measure_results\" ADD CONSTRAINT \"fk_measure_results_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"measure_results\" ADD CONSTRAINT \"fk_measure_results_author\" FOREIGN KEY (\"clinic_id\", \"author_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measure_results\" DROP CONSTRAINT \"fk_measure_results_author\"");
    await queryRunner.query("ALTER TABLE \"measure_results\" DROP CONSTRAINT \"fk_measure_results_couple\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"fk_comments_checkin\"");
    await queryRunner.query("ALTER TABLE \"checkins\" DROP CONSTRAINT \"fk_checkins_author\"");
    await queryRunner.query("ALTER TABLE \"checkins\" DROP CONSTRAINT \"fk_checkins_couple\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"ck_comments_one_entry\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP CONSTRAINT \"ck_couples_csi4_every_weeks\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_comments_clinic_checkin\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP COLUMN \"checkin_id\"");
    await queryRunner.query("ALTER TABLE \"couples\" DROP COLUMN \"csi4_every_weeks\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_measure_results_clinic_couple_author_instrument_date\"");
    await queryRunner.query("DROP TABLE \"measure_results\"");
    await queryRunner.query("DROP TYPE \"public\".\"measure_instrument\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_checkins_clinic_couple_author_date\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_checkins_clinic_couple_date\"");
    await queryRunner.query("DROP TABLE \"checkins\"");
  }
}
