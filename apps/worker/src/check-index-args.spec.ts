import { parseCheckIndexArgs } from './check-index-args';

describe('parseCheckIndexArgs', () => {
  it.each([
    [[], 0],
    [['--wait', '30'], 30],
    [['--wait=2.5'], 2.5],
    [['--wait', '0'], 0],
  ])('reads %j as a wait of %s s', (argv, waitSeconds) => {
    expect(parseCheckIndexArgs(argv)).toEqual({ waitSeconds });
  });

  it.each([
    [['--wait'], '--wait needs a number of seconds'],
    [['--wait', 'soon'], '--wait needs a number of seconds'],
    [['--wait', '-1'], '--wait needs a number of seconds'],
    [['--wait='], '--wait needs a number of seconds'],
    [['--fix'], 'unknown argument --fix'],
  ])('refuses %j with the usage', (argv, message) => {
    expect(() => parseCheckIndexArgs(argv)).toThrow(message);
    expect(() => parseCheckIndexArgs(argv)).toThrow('usage: npm run check:index');
  });
});
