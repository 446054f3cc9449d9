/** Matches a path against a pattern such as `/area-riservata/posti/:slotId`; null when it does not fit. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  if (pattern === '/') return path === '/' ? {} : null;
  const wanted = pattern.split('/');
  const actual = path.replace(/\/+$/, '').split('/');
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < wanted.length; index += 1) {
    const part = wanted[index];
    const value = actual[index];
    if (part.startsWith(':')) {
      if (!value) return null;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}
