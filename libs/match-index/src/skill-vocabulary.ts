import type { Skill } from '@ipl/skills';

/**
 * The vocabulary as the matching compares skills, by the rule of explain(): a skill is met by
 * having it, by having another skill that shares one of its names (label or synonym), or by a
 * free label equal to one of its names, all compared in normalised form.
 */
export class SkillVocabulary {
  private readonly skills: ReadonlyMap<string, Skill>;
  private readonly names = new Map<string, string[]>();
  private readonly named = new Map<string, string[]>();
  private readonly normalised = new Map<string, string>();

  constructor(
    skills: Iterable<Skill>,
    private readonly normaliseLabel: (label: string) => string,
  ) {
    this.skills = new Map([...skills].map((skill) => [skill.id, skill]));
    for (const skill of this.skills.values()) {
      const names = [...new Set([skill.label, ...skill.synonyms].map(this.normalise).filter(Boolean))];
      this.names.set(skill.id, names);
      for (const name of names) this.named.set(name, [...(this.named.get(name) ?? []), skill.id]);
    }
  }

  /**
   * The comparable form of a label. explain() compares every name of every skill of a pool of
   * 200 profiles: the vocabulary's names are normalised once, anything else each time.
   */
  readonly normalise = (label: string): string => {
    const known = this.normalised.get(label);
    if (known !== undefined) return known;
    const form = this.normaliseLabel(label);
    if (this.normalised.size < this.skills.size * 8) this.normalised.set(label, form);
    return form;
  };

  get(id: string): Skill | undefined {
    return this.skills.get(id);
  }

  has(id: string): boolean {
    return this.skills.has(id);
  }

  get ids(): string[] {
    return [...this.skills.keys()];
  }

  asMap(): ReadonlyMap<string, Skill> {
    return this.skills;
  }

  /** Label and synonyms of a skill, normalised. */
  namesOf(id: string): string[] {
    return this.names.get(id) ?? [];
  }

  /** Skills one of whose names is this (normalised) label. */
  skillsNamed(label: string): string[] {
    return this.named.get(label) ?? [];
  }

  /** The skill and every skill sharing a name with it: having any of them meets it. */
  equivalents(id: string): string[] {
    return [...new Set([id, ...this.namesOf(id).flatMap((name) => this.skillsNamed(name))])];
  }
}
