import type { Slot } from '@ipl/slots';

/** What a workplace offers, as one filterable list (matched against a person's support needs). */
export enum SlotOffer {
  TUTOR = 'TUTOR',
  GRADUAL_START = 'GRADUAL_START',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
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
