import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Homework1795906835034 implements MigrationInterface {
  name = 'Homework1795906835034';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"catalogue_exercises\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"version\" integer NOT NULL, \"title\" text NOT NULL, \"intimacy_types\" text array NOT NULL, \"estimated_minutes\" integer NOT NULL, \"content\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4d72f3df392172534e16babdec5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_catalogue_exercises_slug_version\" ON \"catalogue_exercises\" (\"slug\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"clinic_exercises\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"exercise_key\" uuid NOT NULL, \"version\" integer NOT NULL, \"title\" text NOT NULL, \"intimacy_types\" text array NOT NULL, \"estimated_minutes\" integer NOT NULL, \"content\" jsonb NOT NULL, \"created_by_id\" uuid NOT NULL, \"archived_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_clinic_exercises_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"PK_b8a435ec893656b7b3859a5bef4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_clinic_exercises_clinic_key_version\" ON \"clinic_exercises\" (\"clinic_id\", \"exercise_key\", \"version\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"assignment_audience\" AS ENUM('EACH', 'TOGETHER', 'ONE')");
    await queryRunner.query("CREATE TYPE \"public\".\"assignment_status\" AS ENUM('ACTIVE', 'PAUSED', 'ENDED')");
    await queryRunner.query("CREATE TABLE \"assignments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"catalogue_exercise_id\" uuid, \"clinic_exercise_id\" uuid, \"audience\" \"public\".\"assignment_audience\" NOT NULL, \"audience_partner\" character(1), \"schedule\" jsonb NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"note\" text NOT NULL DEFAULT '', \"status\" \"public\".\"assignment_status\" NOT NULL DEFAULT 'ACTIVE', \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_assignments_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"ck_assignments_audience_partner\" CHECK ((audience = 'ONE') = (audience_partner IS NOT NULL) AND (audience_partner IS NULL OR audience_partner IN ('A', 'B'))), CONSTRAINT \"ck_assignments_one_exercise\" CHECK ((catalogue_exercise_id IS NULL) <> (clinic_exercise_id IS NULL)), CONSTRAINT \"PK_c54ca359535e0012b04dcbd80ee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_assignments_clinic_couple\" ON \"assignments\" (\"clinic_id\", \"couple_id\") ");
    await queryRunner.query("CREATE TABLE \"tasks\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"assignment_id\" uuid NOT NULL, \"key\" text NOT NULL, \"due_date\" date NOT NULL, \"due_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"partner\" character(1), CONSTRAINT \"ux_tasks_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"ck_tasks_partner\" CHECK (partner IS NULL OR partner IN ('A', 'B')), CONSTRAINT \"PK_8d12ff38fcc62aaba2cab748772\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tasks_clinic_couple_due\" ON \"tasks\" (\"clinic_id\", \"couple_id\", \"due_date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tasks_clinic_assignment_key\" ON \"tasks\" (\"clinic_id\", \"assignment_id\", \"key\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"entry_visibility\" AS ENUM('PRIVATE', 'SHARED')");
    await queryRunner.query("CREATE TABLE \"completions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"task_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"partner\" character(1) NOT NULL, \"completed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"completed_on\" date NOT NULL, \"answers\" jsonb NOT NULL DEFAULT '[]', \"helpfulness\" smallint NOT NULL, \"closeness_before\" smallint NOT NULL, \"closeness_after\" smallint NOT NULL, \"visibility\" \"public\".\"entry_visibility\" NOT NULL DEFAULT 'PRIVATE', \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ux_completions_clinic_id_id\" UNIQUE (\"clinic_id\", \"id\"), CONSTRAINT \"ck_completions_partner\" CHECK (partner IN ('A', 'B')), CONSTRAINT \"ck_completions_closeness\" CHECK (closeness_before BETWEEN 1 AND 7 AND closeness_after BETWEEN 1 AND 7), CONSTRAINT \"ck_completions_helpfulness\" CHECK (helpfulness BETWEEN 1 AND 5), CONSTRAINT \"PK_5beec6fc7e1d963597132268ef2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_completions_clinic_couple_completed\" ON \"completions\" (\"clinic_id\", \"couple_id\", \"completed_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_completions_clinic_task\" ON \"completions\" (\"clinic_id\", \"task_id\") ");
    await queryRunner.query("CREATE TABLE \"comments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"completion_id\" uuid, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8bf68bc960f2b69e818bdb90dcb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_comments_clinic_completion\" ON \"comments\" (\"clinic_id\", \"completion_id\") ");
    await queryRunner.query("ALTER TABLE \"clinic_exercises\" ADD CONSTRAINT \"fk_clinic_exercises_clinic\" FOREIGN KEY (\"clinic_id\") REFERENCES \"clinics\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"clinic_exercises\" ADD CONSTRAINT \"fk_clinic_exercises_created_by\" FOREIGN KEY (\"clinic_id\", \"created_by_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"fk_assignments_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"fk_assignments_catalogue_exercise\" FOREIGN KEY (\"catalogue_exercise_id\") REFERENCES \"catalogue_exercises\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"fk_assignments_clinic_exercise\" FOREIGN KEY (\"clinic_id\", \"clinic_exercise_id\") REFERENCES \"clinic_exercises\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assignments\" ADD CONSTRAINT \"fk_assignments_created_by\" FOREIGN KEY (\"clinic_id\", \"created_by_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"fk_tasks_assignment\" FOREIGN KEY (\"clinic_id\", \"assignment_id\") REFERENCES \"assignments\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"fk_tasks_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"completions\" ADD CONSTRAINT \"fk_completions_task\" FOREIGN KEY (\"clinic_id\", \"task_id\") REFERENCES \"tasks\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"completions\" ADD CONSTRAINT \"fk_completions_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"completions\" ADD CONSTRAINT \"fk_completions_author\" FOREIGN KEY (\"clinic_id\", \"author_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"fk_comments_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"fk_comments_completion\" FOREIGN KEY (\"clinic_id\", \"completion_id\") REFERENCES \"completions\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comments\" ADD CONSTRAINT \"fk_comments_author\" FOREIGN KEY (\"clinic_id\", \"author_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"fk_comments_author\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"fk_comments_completion\"");
    await queryRunner.query("ALTER TABLE \"comments\" DROP CONSTRAINT \"fk_comments_couple\"");
    await queryRunner.query("ALTER TABLE \"completions\" DROP CONSTRAINT \"fk_completions_author\"");
    await queryRunner.query("ALTER TABLE \"completions\" DROP CONSTRAINT \"fk_completions_couple\"");
    await queryRunner.query("ALTER TABLE \"completions\" DROP CONSTRAINT \"fk_completions_task\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"fk_tasks_couple\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"fk_tasks_assignment\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"fk_assignments_created_by\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"fk_assignments_clinic_exercise\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"fk_assignments_catalogue_exercise\"");
    await queryRunner.query("ALTER TABLE \"assignments\" DROP CONSTRAINT \"fk_assignments_couple\"");
    await queryRunner.query("ALTER TABLE \"clinic_exercises\" DROP CONSTRAINT \"fk_clinic_exercises_created_by\"");
    await queryRunner.query("ALTER TABLE \"clinic_exercises\" DROP CONSTRAINT \"fk_clinic_exercises_clinic\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_comments_clinic_completion\"");
    await queryRunner.query("DROP TABLE \"comments\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_completions_clinic_task\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_completions_clinic_couple_completed\"");
    await queryRunner.query("DROP TABLE \"completions\"");
    await queryRunner.query("DROP TYPE \"public\".\"entry_visibility\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tasks_clinic_assignment_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tasks_clinic_couple_due\"");
    await queryRunner.query("DROP TABLE \"tasks\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assignments_clinic_couple\"");
    await queryRunner.query("DROP TABLE \"assignments\"");
    await queryRunner.query("DROP TYPE \"public\".\"assignment_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"assignment_audience\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_clinic_exercises_clinic_key_version\"");
    await queryRunner.query("DROP TABLE \"clinic_exercises\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_catalogue_exercises_slug_version\"");
    await queryRunner.query("DROP TABLE \"catalogue_exercises\"");
  }
}
