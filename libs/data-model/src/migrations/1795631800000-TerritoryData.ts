import { MigrationInterface, QueryRunner } from 'typeorm';
import { territoryRows } from '@ipl/territory';

/** Loads the 7 districts, 55 comuni and district neighbours of the reference territory. */
export class TerritoryData1795631800000 implements MigrationInterface {
  name = 'TerritoryData1795631800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { districts, comuni, neighbours } = territoryRows();
    await queryRunner.query(
      'INSERT INTO district (code, name) SELECT * FROM unnest($1::varchar[], $2::varchar[])',
      [districts.map((d) => d.code), districts.map((d) => d.name)],
    );
    await queryRunner.query(
      'INSERT INTO comune (code, name, district_code) SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])',
      [comuni.map((c) => c.code), comuni.map((c) => c.name), comuni.map((c) => c.districtCode)],
    );
    await queryRunner.query(
      'INSERT INTO district_neighbour (district_code, neighbour_code) SELECT * FROM unnest($1::varchar[], $2::varchar[])',
      [neighbours.map((n) => n.districtCode), neighbours.map((n) => n.neighbourCode)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM district_neighbour');
    await queryRunner.query('DELETE FROM comune');
    await queryRunner.query('DELETE FROM district');
  }
}
