import type { Channel } from '@ipl/organisations';

const CHANNEL_PREFIX: Record<Channel, string> = { SOCIAL_SERVICES: 'SST', CARITAS: 'CAR' };

/**
 * The readable code operators and companies use instead of any identity:
 * channel-district-year-sequence, e.g. `CAR-SAVENA_IDICE-2026-0042`.
 */
export function formatPublicCode(channel: Channel, districtCode: string, year: number, sequence: number): string {
  return `${CHANNEL_PREFIX[channel]}-${districtCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export const PUBLIC_CODE_PATTERN = /^(SST|CAR)-[A-Z_]+-\d{4}-\d{4,}$/;
