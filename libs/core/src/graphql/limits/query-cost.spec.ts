import { buildSchema, parse } from 'graphql';
import { estimateQueryCost, UNDECLARED_LIST_BOUND } from './query-cost';
import { listBoundsCoverage } from './list-bounds-coverage';

const schema = buildSchema(`
  type Query {
    districts: [District!]!
    district(code: String!): District
    items(first: Int! = 20, after: String): ItemConnection!
    tags: [Tag!]!
    colours: [Colour!]!
  }
  type Mutation { touch: [Item!]! }
  type District { code: String! neighbours: [District!]! comuni: [Comune!]! }
  type Comune { name: String! district: District! }
  type ItemConnection { nodes: [Item!]! edges: [ItemEdge!]! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
  type Item { id: ID! labels: [String!]! }
  type Tag { name: String! }
  enum Colour { RED GREEN BLUE }
`);

const bounds = { 'Query.districts': 7, 'District.neighbours': 5, 'District.comuni': 15, 'Query.items': 100, 'Item.labels': 10, 'Mutation.touch': 3 };

function cost(query: string, variables?: Record<string, unknown>, operationName?: string): number {
  return estimateQueryCost({ schema, document: parse(query), variables, operationName, bounds });
}

describe('estimateQueryCost', () => {
  it.each<[string, string, Record<string, unknown> | undefined, number]>([
    ['a list of 7 with one field', '{ districts { code } }', undefined, 1 + 7],
    ['a nested list multiplies', '{ districts { neighbours { code } } }', undefined, 1 + 7 * (1 + 5)],
    ['a field that is no list', '{ district(code: "X") { code comuni { name } } }', undefined, 1 + 1 + 1 + 15],
    ['each alias counts', '{ a: districts { code } b: districts { code } }', undefined, 2 * (1 + 7)],
    ['a named fragment counts where it is spread', '{ districts { ...D } } fragment D on District { code neighbours { code } }', undefined, 1 + 7 * (1 + 1 + 5)],
    ['an inline fragment counts', '{ districts { ... on District { code } } }', undefined, 1 + 7],
    ['a connection by its literal first', '{ items(first: 10) { nodes { id } } }', undefined, 1 + 1 + 10],
    ['a connection by its variable first', 'query ($n: Int!) { items(first: $n) { nodes { id } } }', { n: 50 }, 1 + 1 + 50],
    ["a variable's default", 'query ($n: Int! = 30) { items(first: $n) { nodes { id } } }', undefined, 1 + 1 + 30],
    ["the argument's default", '{ items { nodes { id } } }', undefined, 1 + 1 + 20],
    ['a page over the largest counts as the largest', '{ items(first: 5000) { nodes { id } } }', undefined, 1 + 1 + 100],
    ['a page that is no number counts as the largest', 'query ($n: Int!) { items(first: $n) { nodes { id } } }', { n: 'many' }, 1 + 1 + 100],
    ['edges of a connection', '{ items(first: 10) { totalCount edges { cursor node { id } } } }', undefined, 1 + 1 + 1 + 10 * (1 + 1 + 1)],
    ['a fragment on a connection takes its page', 'query { items(first: 4) { ...C } } fragment C on ItemConnection { nodes { id } }', undefined, 1 + 1 + 4],
    ['a list of scalars counts one field per ten items', '{ items(first: 10) { nodes { labels } } }', undefined, 1 + 1 + 10 * (1 + 1)],
    ['a list of an enum is bounded by its values', '{ colours }', undefined, 1 + 1],
    ['an undeclared list counts as the default', '{ tags { name } }', undefined, 1 + UNDECLARED_LIST_BOUND],
    ['introspection counts one', '{ __schema { types { name fields { name } } } __typename }', undefined, 2],
    ['a mutation counts like a query', 'mutation { touch { id } }', undefined, 1 + 3],
  ])('%s', (_name, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it('counts only the operation asked for', () => {
    const document = 'query Small { districts { code } } query Big { districts { neighbours { code } } }';
    expect(cost(document, undefined, 'Small')).toBe(8);
    expect(cost(document, undefined, 'Big')).toBe(43);
  });

  it('grows with the product of the lists of the nested public territory', () => {
    let selection = '{ code }';
    for (let level = 0; level < 6; level += 1) selection = `{ neighbours ${selection} comuni { district ${selection} } }`;
    expect(cost(`{ districts ${selection} }`)).toBeGreaterThan(1e8);
  });

  it('walks fragments that spread each other once each, however often they are spread', () => {
    const fragments = Array.from({ length: 40 }, (_, level) =>
      level === 39 ? `fragment F${level} on District { code }` : `fragment F${level} on District { ...F${level + 1} ...F${level + 1} }`,
    ).join('\n');
    const started = performance.now();
    expect(cost(`{ district(code: "X") { ...F0 } }\n${fragments}`)).toBe(1 + 2 ** 39);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('listBoundsCoverage', () => {
  it('names the lists and paged fields without a bound, and the bounds of no field', () => {
    expect(listBoundsCoverage(schema, { 'Query.districts': 7, 'District.neighbours': 5, 'Query.gone': 3 })).toEqual({
      missing: ['District.comuni', 'Item.labels', 'Mutation.touch', 'Query.items', 'Query.tags'],
      unknown: ['Query.gone'],
    });
  });
});
