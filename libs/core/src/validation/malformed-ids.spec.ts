import { buildSchema, parse } from 'graphql';
import { malformedIds } from './malformed-ids';

const schema = buildSchema(`
  input Inner { companyId: ID, name: String }
  input Outer { ids: [ID!], inner: Inner, inners: [Inner!] }
  type Query { one(id: ID!): Int, many(input: Outer, code: String): Int, plain(id: String): Int }
`);

const GOOD = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';

describe('malformedIds', () => {
  it.each([
    ['a literal id', `{ one(id: "x") }`, {}, ['id']],
    ['an integer literal for an ID', `{ one(id: 1) }`, {}, ['id']],
    ['a well-formed literal', `{ one(id: "${GOOD}") }`, {}, []],
    ['an id variable', `query($id: ID!) { one(id: $id) }`, { id: 'nope' }, ['id']],
    ['an upper-case UUID', `query($id: ID!) { one(id: $id) }`, { id: GOOD.toUpperCase() }, []],
    ['a variable default', `query($id: ID! = "bad") { one(id: $id) }`, {}, ['id']],
    ['an id in a list of an input', `query($o: Outer) { many(input: $o) }`, { o: { ids: [GOOD, 'x'] } }, ['input.ids.1']],
    ['a single value for a list', `query($o: Outer) { many(input: $o) }`, { o: { ids: 'x' } }, ['input.ids']],
    ['a nested input field', `query($o: Outer) { many(input: $o) }`, { o: { inner: { companyId: '1' } } }, ['input.inner.companyId']],
    ['a list of inputs', `query($o: Outer) { many(input: $o) }`, { o: { inners: [{ companyId: GOOD }, { companyId: 'x' }] } }, ['input.inners.1.companyId']],
    ['a variable inside a literal object', `query($c: ID) { many(input: { inner: { companyId: $c } }) }`, { c: 'x' }, ['input.inner.companyId']],
    ['a null id', `{ many(input: { inner: { companyId: null } }) }`, {}, []],
    ['a String argument, not an ID', `{ plain(id: "x") many(code: "x") }`, {}, []],
    ['an aliased field', `{ a: one(id: "x") b: one(id: "${GOOD}") }`, {}, ['id']],
    ['a directive argument', `query($f: Boolean!) { one(id: "${GOOD}") @include(if: $f) }`, { f: true }, []],
  ])('%s', (_name, query, variables, expected) => {
    expect(malformedIds(schema, parse(query), variables)).toEqual(expected);
  });
});
