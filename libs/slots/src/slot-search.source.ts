import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { meiliSynonyms, type SearchDocument, type SearchDocumentSource } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import type { Slot } from './slot.entity';
import { SLOTS_INDEX, SlotsService } from './slots.service';

/** What a workplace offers, as one filterable list (matched against a person's support needs). */
export enum SlotOffer {
  TUTOR = 'TUTOR',
  GRADUAL_START = 'GRADUAL_START',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
}

/** A day as a number (20261231), so that Meilisearch can compare it in a filter. */
export function dayNumber(day: string | null): number {
  return day ? Number(day.replaceAll('-', '')) : 0;
}

/**
 * The first day (as a day number) the slot takes operators' proposals again after reaching its
 * monthly cap: the first of the month after the counted one; 0 when the cap is not reached.
 * Matching compares it with today, so the month turning needs no job and no reindex.
 */
export function monthlyCapReopensDay(slot: Pick<Slot, 'monthlyProposalCap' | 'intakeMonth' | 'intakeCount'>): number {
  if (slot.monthlyProposalCap === null || slot.intakeMonth === null || slot.intakeCount < slot.monthlyProposalCap) return 0;
  const [year, month] = slot.intakeMonth.split('-').map(Number);
  return month === 12 ? (year + 1) * 10_000 + 101 : year * 10_000 + (month + 1) * 100 + 1;
}

export function slotOffers(
  slot: Pick<Slot, 'offersTutor' | 'offersGradualStart' | 'stepFreeAccess' | 'reachableByPublicTransport' | 'offersLanguageSupport'>,
): SlotOffer[] {
  const offers: SlotOffer[] = [];
  if (slot.offersTutor) offers.push(SlotOffer.TUTOR);
  if (slot.offersGradualStart) offers.push(SlotOffer.GRADUAL_START);
  if (slot.stepFreeAccess) offers.push(SlotOffer.STEP_FREE_ACCESS);
  if (slot.reachableByPublicTransport) offers.push(SlotOffer.PUBLIC_TRANSPORT);
  if (slot.offersLanguageSupport) offers.push(SlotOffer.LANGUAGE_SUPPORT);
  return offers;
}

/**
 * The search document of an OPEN slot, from an allow-list. The description is left out: it is
 * HR's free text, written for people who read the slot, and may carry names or contacts that
 * ranking does not need. The title is short and shown with every published slot, so it may
 * help the text match. Skills go in as labels, required apart from nice-to-have, so that the
 * `attribute` ranking rule puts a required skill above a nice-to-have one.
 */
export function slotDocument(slot: Slot, labelOf: (skillId: string) => string | undefined): SearchDocument {
  const labels = (ids: string[]) => ids.map(labelOf).filter((label): label is string => Boolean(label));
  return {
    id: slot.id,
    companyId: slot.companyId,
    kind: slot.kind,
    status: slot.status,
    title: slot.title,
    districtCode: slot.districtCode,
    comuneCode: slot.comuneCode,
    requiredSkillIds: slot.requiredSkillIds,
    niceToHaveSkillIds: slot.niceToHaveSkillIds,
    requiredSkillLabels: labels(slot.requiredSkillIds),
    niceToHaveSkillLabels: labels(slot.niceToHaveSkillIds),
    freeSkillLabels: slot.freeSkillLabels,
    hoursPerWeek: slot.hoursPerWeek,
    shifts: slot.shifts,
    /** `code:minLevel`, the form the candidates' index uses for what a person speaks. */
    languageRequirements: slot.languages.map((language) => `${language.code}:${language.minLevel}`),
    languageCodes: slot.languages.map((language) => language.code),
    drivingLicenceRequired: slot.drivingLicenceRequired,
    offers: slotOffers(slot),
    startDay: dayNumber(slot.startDate),
    pausedUntilDay: dayNumber(slot.pausedUntil),
    monthlyCapReopensDay: monthlyCapReopensDay(slot),
    openingsLeft: slot.openings - slot.openingsTaken,
  };
}

@Injectable()
export class SlotSearchSource implements SearchDocumentSource {
  readonly indexName = SLOTS_INDEX;
  /** Settings, with the vocabulary's Italian synonyms read when the index is prepared. */
  readonly settings = async (): Promise<Settings> => ({
    searchableAttributes: ['requiredSkillLabels', 'niceToHaveSkillLabels', 'freeSkillLabels', 'title'],
    synonyms: meiliSynonyms(await this.skills.synonymGroups()),
    filterableAttributes: [
      // 'id': matching leaves out the slots a candidate was already proposed to.
      'id',
      'companyId',
      'kind',
      'status',
      'districtCode',
      'comuneCode',
      'requiredSkillIds',
      'niceToHaveSkillIds',
      // Matching meets a slot's free label by a person's skill or free label of that name.
      'freeSkillLabels',
      'hoursPerWeek',
      'shifts',
      'languageRequirements',
      'languageCodes',
      'drivingLicenceRequired',
      'offers',
      'startDay',
      'pausedUntilDay',
      'monthlyCapReopensDay',
      'openingsLeft',
    ],
    sortableAttributes: ['startDay', 'hoursPerWeek'],
  });

  constructor(
    private readonly slots: SlotsService,
    private readonly skills: SkillsService,
  ) {}

  async documents(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const slots = await this.slots.searchable(ids);
    const skillIds = slots.flatMap((slot) => [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds]);
    const labels = new Map((await this.skills.findByIds(skillIds)).map((skill) => [skill.id, skill.label]));
    return slots.map((slot) => slotDocument(slot, (id) => labels.get(id)));
  }

  allIds(batchSize: number): AsyncIterable<string[]> {
    return this.slots.searchableIds(batchSize);
  }
}
