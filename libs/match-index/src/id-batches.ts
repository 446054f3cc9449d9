import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The ids of the rows of `entity` meeting `where`, in id order and in batches: what a full
 * rebuild walks (keyset pages, so a batch costs the same at the end of the table as at its start).
 */
export async function* idBatches(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  where: string,
  parameters: Record<string, unknown>,
  batchSize: number,
): AsyncIterable<string[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await manager
      .createQueryBuilder(entity, 'row')
      .select('row.id', 'id')
      .where(`${where} AND row.id > :after`, { ...parameters, after })
      .orderBy('row.id', 'ASC')
      .limit(batchSize)
      .getRawMany<{ id: string }>();
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1].id;
  }
}
