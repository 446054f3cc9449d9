import { normaliseFreeLabel } from './normalise-label';

/** "Saldatura a filo (MIG/MAG)" → "saldatura-a-filo-mig-mag": the skill's stable, readable id. */
export function skillSlug(label: string): string {
  return normaliseFreeLabel(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
