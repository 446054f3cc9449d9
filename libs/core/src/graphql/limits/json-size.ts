/**
 * About how many bytes a resolved value adds to the JSON answer, without serialising it:
 * scalars by their text, lists by their scalar items; an object adds its braces only, as its
 * own fields are counted when they resolve.
 */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
    case 'bigint':
      return 12;
    case 'boolean':
      return 5;
    case 'object':
      if (value instanceof Date) return 26;
      if (Array.isArray(value)) return value.reduce((size: number, item: unknown) => size + 1 + jsonSize(item), 2);
      return 2;
    default:
      return 4;
  }
}
