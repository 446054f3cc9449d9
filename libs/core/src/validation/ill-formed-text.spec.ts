import { illFormedTextPaths } from './ill-formed-text';

describe('illFormedTextPaths', () => {
  it.each([
    ['plain text', 'Magazziniere', []],
    ['emoji, right-to-left and combining marks', '👩‍👩‍👧 مرحبا é', []],
    ['a lone high surrogate', '\uD800', ['input']],
    ['a high surrogate at the end of text', 'ok\uD83D', ['input']],
    ['two low surrogates', '\uDE00\uDE00', ['input']],
    ['a lone low surrogate inside text', 'a\uDC00b@example.org', ['input']],
    ['a NUL', 'a\u0000b', ['input']],
    ['a nested field', { email: 'x\uD800', name: 'ok' }, ['input.email']],
    ['an item of a list of inputs', { lines: [{ note: 'ok' }, { note: '\u0000' }] }, ['input.lines.1.note']],
    ['numbers, booleans and null', { n: 1, b: true, z: null }, []],
    ['an object GraphQL builds without a prototype', Object.assign(Object.create(null) as object, { note: '\uD800' }), ['input.note']],
    ['not input: a class instance, such as a request or an entity', new (class Request { url = '\u0000'; })(), []],
  ])('%s', (_name, value, expected) => {
    expect(illFormedTextPaths(value, 'input')).toEqual(expected);
  });
});
