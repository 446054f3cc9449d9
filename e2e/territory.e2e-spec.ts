import { graphqlOk, TestApp } from '@ipl/testing';
import { startApi } from './app';

describe('territory (public)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lists the 7 districts with their 55 comuni, without a login', async () => {
    const data = await graphqlOk<{ districts: { code: string; comuni: { name: string }[] }[] }>(
      api.server,
      '{ districts { code comuni { name } } }',
    );
    expect(data.districts).toHaveLength(7);
    expect(data.districts.flatMap((district) => district.comuni)).toHaveLength(55);
    const reno = data.districts.find((district) => district.code === 'RENO_LAVINO_SAMOGGIA');
    expect(reno?.comuni.map((comune) => comune.name)).toEqual(
      ['Casalecchio di Reno', 'Monte San Pietro', 'Sasso Marconi', 'Valsamoggia', 'Zola Predosa'],
    );
  });

  it('answers one district with its neighbours, and the comuni of a district', async () => {
    const data = await graphqlOk<{
      district: { name: string; neighbours: { code: string }[] };
      comuni: { code: string; district: { code: string } }[];
    }>(api.server, '{ district(code: "IMOLA") { name neighbours { code } } comuni(districtCode: "SAVENA_IDICE") { code district { code } } }');
    expect(data.district.name).toBe('Imola (Nuovo Circondario Imolese)');
    expect(data.district.neighbours.map((n) => n.code).sort()).toEqual(['PIANURA_EST', 'SAVENA_IDICE']);
    expect(data.comuni).toHaveLength(6);
    expect(data.comuni.every((comune) => comune.district.code === 'SAVENA_IDICE')).toBe(true);
  });

  it('answers null for an unknown district', async () => {
    const data = await graphqlOk<{ district: null }>(api.server, '{ district(code: "ATLANTIDE") { name } }');
    expect(data.district).toBeNull();
  });
});
