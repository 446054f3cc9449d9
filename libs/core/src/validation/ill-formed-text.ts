/** A NUL, or a surrogate without its pair (the pattern reads UTF-16 code units: no `u` flag). */
const NOT_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** GraphQL hands arguments over as plain objects; anything else (a request, an entity) is not input. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Paths of the strings in an argument that no text field can hold: a lone UTF-16 surrogate
 * (validators such as IsEmail call encodeURI on it and throw, and PostgreSQL would store a
 * replacement character instead of what was sent) or a NUL (PostgreSQL text refuses it).
 */
export function illFormedTextPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => illFormedTextPaths(item, `${path}.${index}`));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => illFormedTextPaths(item, path ? `${path}.${key}` : key));
  return [];
}
