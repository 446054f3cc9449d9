import { MigrationInterface, QueryRunner } from 'typeorm';

/** The three sections of the Albo named in the source text; the admin manages them from here on. */
const SECTIONS = [
  {
    code: 'INCLUSIONE_LAVORATIVA',
    name: 'Inclusione lavorativa di persone svantaggiate',
    description: 'Aziende che realizzano percorsi di inserimento lavorativo, stage e tirocini per persone in condizione di fragilità e vulnerabilità.',
  },
  {
    code: 'POLITICHE_DI_GENERE',
    name: 'Politiche di genere',
    description: 'Aziende che adottano politiche per le pari opportunità di genere.',
  },
  {
    code: 'POLITICHE_CONCILIATIVE',
    name: 'Politiche conciliative',
    description: 'Aziende che adottano misure di conciliazione dei tempi di vita e di lavoro.',
  },
];

export class AlboSectionsData1795633679200 implements MigrationInterface {
  name = 'AlboSectionsData1795633679200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'INSERT INTO albo_section (code, name, description, position) SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::smallint[])',
      [SECTIONS.map((s) => s.code), SECTIONS.map((s) => s.name), SECTIONS.map((s) => s.description), SECTIONS.map((_, index) => index + 1)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM albo_section WHERE code = ANY($1)', [SECTIONS.map((s) => s.code)]);
  }
}
