import DataLoader from 'dataloader';
import { byKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import { Slot } from './slot.entity';
import type { SlotsService } from './slots.service';

const SLOT_BY_ID = new LoaderKey<string, Slot | null>('slotById');

/** Per-request loaders for slots, for field resolvers of other libraries (proposals, matching). */
export class SlotsLoaders {
  constructor(
    private readonly slots: SlotsService,
    private readonly loaders: RequestLoaders,
  ) {}

  /** Unscoped: the caller's field resolver decides what the user may see. */
  slot(id: string): Promise<Slot | null> {
    return this.loaders.get(SLOT_BY_ID, () => new DataLoader(async (ids) => byKeys(ids, await this.slots.findByIds(ids), (slot) => slot.id))).load(id);
  }
}
