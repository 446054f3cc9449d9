import { addPage, emptyReport, formatReports, SAMPLE_SIZE } from './index-check-report';
import { compareDocuments, differingFields, idRangeFilter, IndexDifference } from './index-difference';

const doc = (id: string, fields: Record<string, unknown> = {}) => ({ id, status: 'OPEN', skillIds: ['a', 'b'], ...fields });

describe('compareDocuments', () => {
  it.each<[string, ReturnType<typeof doc>[], Record<string, unknown>[], IndexDifference]>([
    ['both empty', [], [], { missing: [], extra: [], different: [] }],
    ['the same documents, in another order', [doc('1'), doc('2')], [doc('2'), doc('1')], { missing: [], extra: [], different: [] }],
    ['a document the index lost', [doc('1'), doc('2'), doc('3')], [doc('3'), doc('1')], { missing: ['2'], extra: [], different: [] }],
    ['a document no longer searchable', [doc('1')], [doc('1'), doc('9')], { missing: [], extra: ['9'], different: [] }],
    ['a stale field', [doc('1', { status: 'OPEN' })], [doc('1', { status: 'CLOSED' })], { missing: [], extra: [], different: [{ id: '1', fields: ['status'] }] }],
    ['list order matters (ranking reads it)', [doc('1')], [doc('1', { skillIds: ['b', 'a'] })], { missing: [], extra: [], different: [{ id: '1', fields: ['skillIds'] }] }],
    ['a field the index has and PostgreSQL does not', [doc('1')], [doc('1', { legacy: true })], { missing: [], extra: [], different: [{ id: '1', fields: ['legacy'] }] }],
    ['an undefined field is stored as absent', [doc('1', { comuneCode: undefined })], [doc('1')], { missing: [], extra: [], different: [] }],
    ['null is not absent', [doc('1', { comuneCode: null })], [doc('1')], { missing: [], extra: [], different: [{ id: '1', fields: ['comuneCode'] }] }],
    ['nested keys in any order', [doc('1', { at: { a: 1, b: 2 } })], [doc('1', { at: { b: 2, a: 1 } })], { missing: [], extra: [], different: [] }],
    ['a number is not its string', [doc('1', { hoursPerWeek: 20 })], [doc('1', { hoursPerWeek: '20' })], { missing: [], extra: [], different: [{ id: '1', fields: ['hoursPerWeek'] }] }],
    [
      'everything at once, sorted by id',
      [doc('b'), doc('a'), doc('c', { status: 'OPEN' })],
      [doc('z'), doc('c', { status: 'PAUSED' }), doc('y')],
      { missing: ['a', 'b'], extra: ['y', 'z'], different: [{ id: 'c', fields: ['status'] }] },
    ],
  ])('%s', (_name, expected, actual, difference) => {
    expect(compareDocuments(expected, actual)).toEqual(difference);
  });
});

describe('differingFields', () => {
  it('names the fields, both ways, sorted', () => {
    expect(differingFields({ id: '1', b: 1, a: [1] }, { id: '1', a: [2], c: 'x' })).toEqual(['a', 'b', 'c']);
  });
});

describe('idRangeFilter', () => {
  it.each([
    [null, null, undefined],
    [null, 'b', 'id <= "b"'],
    ['a', 'b', 'id > "a" AND id <= "b"'],
    ['a', null, 'id > "a"'],
    ['say "hi"\\', null, 'id > "say \\"hi\\"\\\\"'],
  ])('(%s, %s] is %s', (after, last, filter) => {
    expect(idRangeFilter(after, last)).toBe(filter);
  });
});

describe('the report', () => {
  it('counts every difference and keeps at most SAMPLE_SIZE ids of each kind', () => {
    const report = emptyReport('slots', 'ipl_slots');
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);
    addPage(report, { expected: 8, indexed: 3, difference: { missing: ids('m', 8), extra: [], different: [] } });
    addPage(report, { expected: 5, indexed: 9, difference: { missing: ids('n', 5), extra: ids('x', 2), different: [{ id: 'd', fields: ['status'] }] } });
    expect(report).toMatchObject({ expected: 13, indexed: 12, missing: 13, extra: 2, different: 1 });
    expect(report.samples.missing).toHaveLength(SAMPLE_SIZE);
    expect(formatReports([report], 4).split('\n')).toEqual([
      'slots (ipl_slots): 13 in PostgreSQL, 12 in Meilisearch; 13 missing, 2 extra, 1 different',
      `  missing: ${[...ids('m', 8), 'n00', 'n01'].join(', ')} and 3 more`,
      '  extra: x00, x01',
      '  different: d (status)',
      '4 outbox entries not yet delivered by the worker (their documents may be among the differences)',
      '16 differences between the search indexes and PostgreSQL',
    ]);
  });

  it('says so when the indexes agree', () => {
    expect(formatReports([emptyReport('candidates', 'ipl_candidates')], 0)).toBe(
      'candidates (ipl_candidates): 0 in PostgreSQL, 0 in Meilisearch; 0 missing, 0 extra, 0 different\nthe search indexes hold what PostgreSQL says they should',
    );
  });
});
