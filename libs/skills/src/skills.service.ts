import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { RequestLoaders } from '@ipl/core';
import { normaliseFreeLabel } from './normalise-label';
import { SkillGroup } from './skill-group.entity';
import { SKILL_SEARCH_SQL } from './skill-search.sql';
import { Skill } from './skill.entity';
import { SkillError, SkillErrorCode } from './skills.errors';
import { SkillsLoaders } from './skills.loaders';

export const DEFAULT_SKILL_SEARCH_SIZE = 20;
export const MAX_SKILL_SEARCH_SIZE = 50;

export interface SkillSearchOptions {
  groupCode?: string;
  /** How many, 1 to 50 (default 20). */
  first?: number;
}

export interface AssertKnownOptions {
  /** The input field the ids came from, e.g. `input.requiredSkillIds`, named in the error. */
  field?: string;
}

/**
 * The shipped skills vocabulary. Slots and candidate profiles store vocabulary ids (checked
 * with assertKnown) plus free labels (stored normalised), and never write these tables.
 */
@Injectable()
export class SkillsService {
  constructor(
    @InjectRepository(Skill) private readonly skills: Repository<Skill>,
    @InjectRepository(SkillGroup) private readonly skillGroups: Repository<SkillGroup>,
  ) {}

  /** Batched lookups bound to one request's loaders. */
  loaders(requestLoaders: RequestLoaders): SkillsLoaders {
    return new SkillsLoaders(this, requestLoaders);
  }

  /**
   * Autocomplete: case- and accent-insensitive over labels and synonyms, best matches first.
   * An empty text lists the vocabulary (or one group) alphabetically.
   */
  async search(text: string, options: SkillSearchOptions = {}): Promise<Skill[]> {
    const first = Math.min(Math.max(Math.trunc(options.first ?? DEFAULT_SKILL_SEARCH_SIZE), 1), MAX_SKILL_SEARCH_SIZE);
    const folded = normaliseFreeLabel(text);
    if (!folded) {
      return this.skills.find({
        where: options.groupCode ? { groupCode: options.groupCode } : {},
        order: { label: 'ASC', id: 'ASC' },
        take: first,
      });
    }
    const words = folded.replace(/[^a-z0-9]+/g, ' ').trim();
    const rows = (await this.skills.query(SKILL_SEARCH_SQL, [folded, words ? ` ${words}` : null, options.groupCode ?? null, first])) as Skill[];
    return rows.map((row) => this.skills.create(row));
  }

  /** The known skills among these ids, in the ids' order; unknown ids are left out. */
  async findByIds(ids: readonly string[]): Promise<Skill[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = new Map((await this.skills.findBy({ id: In(unique) })).map((skill) => [skill.id, skill]));
    return unique.flatMap((id) => found.get(id) ?? []);
  }

  /** Refuses ids outside the vocabulary with BAD_USER_INPUT / UNKNOWN_SKILL naming them. */
  async assertKnown(ids: readonly string[], options: AssertKnownOptions = {}): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const known = new Set((await this.skills.find({ select: { id: true }, where: { id: In(unique) } })).map((skill) => skill.id));
    const unknown = unique.filter((id) => !known.has(id));
    if (unknown.length === 0) return;
    const values = { ids: unknown.join(', ') };
    const error = new SkillError(SkillErrorCode.UNKNOWN_SKILL, values, { unknownSkillIds: unknown });
    if (options.field) error.details.fields = [{ field: options.field, messages: error.messages }];
    throw error;
  }

  /** The form free skill labels are stored in, beside vocabulary ids. */
  normaliseFreeLabel(label: string): string {
    return normaliseFreeLabel(label);
  }

  /** Each skill's label and synonyms, one list per skill: the synonyms of the search indexes. */
  async synonymGroups(): Promise<string[][]> {
    const skills = await this.skills.find({ order: { id: 'ASC' } });
    return skills.map((skill) => [skill.label, ...skill.synonyms]);
  }

  groups(): Promise<SkillGroup[]> {
    return this.skillGroups.find({ order: { label: 'ASC' } });
  }

  groupsByCodes(codes: readonly string[]): Promise<SkillGroup[]> {
    return this.skillGroups.findBy({ code: In([...codes]) });
  }
}
