import { Injectable } from '@nestjs/common';

/** The figures the reviewer sees at renewal; each is counted by the library that owns the data. */
export type AlboEvidenceKey = 'slotsPublished' | 'pathsStarted' | 'pathsCompleted' | 'hired' | 'proposalsAnsweredShare';

export type AlboEvidenceSource = (companyId: string, since: Date) => Promise<number>;

/**
 * Where other libraries (slots now, proposals later) plug in their counts, so that the Albo
 * reads the platform's evidence without depending on those libraries.
 */
@Injectable()
export class AlboEvidenceRegistry {
  private readonly sources = new Map<AlboEvidenceKey, AlboEvidenceSource>();

  register(key: AlboEvidenceKey, source: AlboEvidenceSource): void {
    this.sources.set(key, source);
  }

  async collect(companyId: string, since: Date): Promise<Record<AlboEvidenceKey, number | null>> {
    const keys: AlboEvidenceKey[] = ['slotsPublished', 'pathsStarted', 'pathsCompleted', 'hired', 'proposalsAnsweredShare'];
    const values = await Promise.all(keys.map((key) => this.sources.get(key)?.(companyId, since) ?? Promise.resolve(null)));
    return Object.fromEntries(keys.map((key, index) => [key, values[index]])) as Record<AlboEvidenceKey, number | null>;
  }
}
