import { MigrationInterface, QueryRunner } from 'typeorm';
import { skillsRows } from '@ipl/skills';

/** Loads the shipped skills vocabulary (libs/skills/src/data/skills.json). */
export class SkillsData1795633482200 implements MigrationInterface {
  name = 'SkillsData1795633482200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { groups, skills } = skillsRows();
    await queryRunner.query(
      'INSERT INTO skill_group (code, label) SELECT * FROM unnest($1::varchar[], $2::varchar[])',
      [groups.map((g) => g.code), groups.map((g) => g.label)],
    );
    // unnest would flatten a text[][] into single strings, so synonyms travel as one JSON array per skill.
    await queryRunner.query(
      `INSERT INTO skill (id, label, group_code, synonyms)
       SELECT id, label, group_code, ARRAY(SELECT jsonb_array_elements_text(synonyms))
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::jsonb[]) AS row(id, label, group_code, synonyms)`,
      [skills.map((s) => s.id), skills.map((s) => s.label), skills.map((s) => s.groupCode), skills.map((s) => JSON.stringify(s.synonyms))],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM skill');
    await queryRunner.query('DELETE FROM skill_group');
  }
}
