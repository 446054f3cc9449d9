import { In, type EntityManager } from 'typeorm';
import { Skill } from '@ipl/skills';

/** The vocabulary's label of each known skill among these ids (documents carry labels for the text match). */
export async function skillLabels(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await manager.findBy(Skill, { id: In(unique) })).map((skill) => [skill.id, skill.label]));
}
