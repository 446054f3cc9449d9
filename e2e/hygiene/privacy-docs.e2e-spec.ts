import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * docs/privacy is evidence for a data-protection officer: every statement points at the code or
 * test that enforces it. A link to a file that was moved, or to a function that was renamed, would
 * turn evidence into a claim, so each relative link must name an existing path and each
 * `path#symbol` a symbol written in that file (for a markdown file, one of its headings).
 */
const ROOT = resolve(__dirname, '../..');
const DOCS = join(ROOT, 'docs/privacy');
const EXPECTED = ['README.md', 'record-of-processing.md', 'dpia.md', 'retention.md', 'how-it-works.md'];

interface Link {
  line: number;
  target: string;
}

/** Inline markdown links `[text](target)`, outside code spans and fences. */
function linksOf(markdown: string): Link[] {
  const links: Link[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (text.trimStart().startsWith('```')) fenced = !fenced;
    if (fenced) return;
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) links.push({ line: index + 1, target: match[1] });
  });
  return links;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function headingSlugs(markdown: string): Set<string> {
  return new Set(
    markdown
      .split('\n')
      .filter((line) => /^#{1,6}\s/.test(line))
      .map((line) => line.replace(/^#+\s+/, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-')),
  );
}

/** What is wrong with one link of `file`, or null when it holds. */
function brokenLink(file: string, { line, target }: Link): string | null {
  if (/^[a-z]+:/i.test(target)) return null;
  const [path, anchor] = target.split('#');
  const where = `${relative(ROOT, file)}:${line} → ${target}`;
  const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
  if (!existsSync(resolved)) return `${where}: no such path`;
  if (anchor === undefined || anchor === '') return null;
  if (statSync(resolved).isDirectory()) return `${where}: an anchor on a directory`;
  const text = readFileSync(resolved, 'utf8');
  if (resolved.endsWith('.md')) return headingSlugs(text).has(anchor) ? null : `${where}: no heading "${anchor}"`;
  const symbol = decodeURIComponent(anchor);
  return text.includes(symbol) ? null : `${where}: "${symbol}" is not in the file`;
}

describe('docs/privacy: every statement points at code that exists', () => {
  const files = existsSync(DOCS) ? readdirSync(DOCS).filter((name) => name.endsWith('.md')) : [];

  it('has the record of processing, the DPIA outline, the retention table, how it works and an index', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(EXPECTED));
  });

  it('links only to paths that exist and to symbols (path#symbol) found in those files', () => {
    const broken = files.flatMap((name) => {
      const file = join(DOCS, name);
      return linksOf(readFileSync(file, 'utf8')).map((link) => brokenLink(file, link));
    });
    expect(broken.filter((problem) => problem !== null)).toEqual([]);
  });

  it('backs its statements with links: each document points at code, and at tests', () => {
    for (const name of EXPECTED) {
      const targets = linksOf(readFileSync(join(DOCS, name), 'utf8')).map((link) => link.target);
      expect({ name, code: targets.some((target) => /\/(libs|apps)\//.test(target)) }).toEqual({ name, code: true });
      if (name !== 'README.md') expect({ name, tests: targets.some((target) => /(spec\.ts|\/e2e\/)/.test(target)) }).toEqual({ name, tests: true });
    }
  });

  it('catches a link to a missing file, a missing symbol and a missing heading', () => {
    const file = join(DOCS, 'README.md');
    const check = (target: string) => brokenLink(file, { line: 1, target });
    expect(check('../../libs/candidates/src/person-key.ts#PersonKeys')).toBeNull();
    expect(check('../../libs/candidates/src/person-key.ts#NoSuchSymbol')).toMatch(/NoSuchSymbol" is not in the file/);
    expect(check('../../libs/candidates/src/no-such-file.ts')).toMatch(/no such path/);
    expect(check('retention.md#no-such-heading')).toMatch(/no heading/);
    expect(linksOf('see [a](x.ts) and `[b](y.ts)`\n```\n[c](z.ts)\n```').map((link) => link.target)).toEqual(['x.ts']);
  });
});
