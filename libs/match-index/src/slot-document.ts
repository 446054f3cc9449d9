import type { EntityManager } from 'typeorm';
import { Slot, SlotStatus } from '@ipl/slots';
import type { SearchDocument } from '@ipl/search';
import { idBatches } from './id-batches';
import { skillLabels } from './skill-labels';
import { slotOffers } from './slot-offer';

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

/**
 * The slots the slots' index holds among these ids: OPEN ones only, and not paused for the
 * company's standing. Drafts, filled and closed slots, and those of a company that may not act
 * on candidates, are left out, so the outbox deletes their documents and no operator is offered
 * them. A slot HR paused stays, with its pause day as a filter, so the day passing needs no reindex.
 */
export function searchableSlots(manager: EntityManager, ids: readonly string[]) {
  return manager
    .createQueryBuilder(Slot, 'slot')
    .where('slot.id = ANY(:ids)', { ids: [...ids] })
    .andWhere('slot.status = :open', { open: SlotStatus.OPEN })
    .andWhere('slot.paused_for_standing_at IS NULL');
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

/**
 * The documents the slots' index should hold for these ids, from PostgreSQL; an id left out is
 * not searchable and its document goes. The outbox, the reindex and any comparison of the index
 * with PostgreSQL build documents here and nowhere else.
 */
export async function slotDocuments(manager: EntityManager, ids: readonly string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const slots = await searchableSlots(manager, ids).getMany();
  const labels = await skillLabels(manager, slots.flatMap((slot) => [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds]));
  return slots.map((slot) => slotDocument(slot, (id) => labels.get(id)));
}

/** Ids a full rebuild considers, in batches (slotDocuments() then decides each one). */
export function searchableSlotIds(manager: EntityManager, batchSize: number): AsyncIterable<string[]> {
  return idBatches(manager, Slot, 'row.status = :open AND row.paused_for_standing_at IS NULL', { open: SlotStatus.OPEN }, batchSize);
}
