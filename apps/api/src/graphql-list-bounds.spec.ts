import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { estimateQueryCost, listBoundsCoverage } from '@ipl/core';
import { GRAPHQL_LIST_BOUNDS } from './graphql-list-bounds';
import { MAX_QUERY_COST } from './graphql.options';

const ROOT = join(__dirname, '../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema/schema.gql'), 'utf8'));
const OPERATIONS = join(ROOT, 'apps/portal/src/api/operations');
const portal: DocumentNode = parse(
  readdirSync(OPERATIONS)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(OPERATIONS, file), 'utf8'))
    .join('\n'),
);

/** Every Int variable at a value no validation accepts: the cost model then takes each page at its largest. */
function worstVariables(operation: OperationDefinitionNode): Record<string, number> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).filter((definition) => print(definition.type).startsWith('Int')).map((definition) => [definition.variable.name.value, 1_000_000]),
  );
}

describe('GRAPHQL_LIST_BOUNDS', () => {
  it('bounds every list field of the schema, and names no field that is not there', () => {
    expect(listBoundsCoverage(schema, GRAPHQL_LIST_BOUNDS)).toEqual({ missing: [], unknown: [] });
  });

  it("lets every operation of the portal through at its largest pages", () => {
    const operations = portal.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const costs = operations.map((operation) => ({
      name: operation.name?.value ?? '',
      cost: estimateQueryCost({ schema, document: portal, operationName: operation.name?.value, variables: worstVariables(operation), bounds: GRAPHQL_LIST_BOUNDS }),
    }));
    expect(operations.length).toBeGreaterThan(50);
    expect(costs.filter(({ cost }) => cost > MAX_QUERY_COST)).toEqual([]);
  });
});
