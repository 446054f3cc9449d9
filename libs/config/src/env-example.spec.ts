import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { Environment } from './environment';

describe('.env.example', () => {
  it('documents every variable the app reads, and no other', () => {
    const declared = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(Environment, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    const documented = new Set(
      [...readFileSync(resolve(__dirname, '../../../.env.example'), 'utf8').matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
    );
    expect([...documented].sort()).toEqual([...declared].sort());
  });
});
