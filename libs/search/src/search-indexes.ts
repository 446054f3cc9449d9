import { Injectable } from '@nestjs/common';
import { AppConfig } from '@ipl/config';

/** Index uids carry the environment's prefix, so that environments (and test files) share a server safely. */
@Injectable()
export class SearchIndexes {
  private readonly versions = new Map<string, number>();

  constructor(private readonly config: AppConfig) {}

  uid(name: string): string {
    return `${this.config.get('MEILI_INDEX_PREFIX')}_${name}`;
  }

  /**
   * How many times this process has changed the index: what the index answered before may be
   * kept (a brief cache of facet counts) only while this holds. Another process's changes reach
   * such a cache when it expires.
   */
  version(name: string): number {
    return this.versions.get(name) ?? 0;
  }

  changed(name: string): void {
    this.versions.set(name, this.version(name) + 1);
  }
}
