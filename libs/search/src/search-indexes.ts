import { Injectable } from '@nestjs/common';
import { AppConfig } from '@ipl/config';

/** Index uids carry the environment's prefix, so that environments (and test files) share a server safely. */
@Injectable()
export class SearchIndexes {
  constructor(private readonly config: AppConfig) {}

  uid(name: string): string {
    return `${this.config.get('MEILI_INDEX_PREFIX')}_${name}`;
  }
}
