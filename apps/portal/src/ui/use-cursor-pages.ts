import { useCallback, useState } from 'react';

export interface CursorPages {
  /** The `after` of the page shown; null on the first page. */
  after: string | null;
  page: number;
  next: (endCursor: string) => void;
  previous: () => void;
  reset: () => void;
}

/** Relay cursors only go forward: the cursors of the pages already seen let the user go back. */
export function useCursorPages(): CursorPages {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string) => setStack((pages) => [...pages, endCursor]), []);
  const previous = useCallback(() => setStack((pages) => (pages.length > 1 ? pages.slice(0, -1) : pages)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after: stack[stack.length - 1] ?? null, page: stack.length, next, previous, reset };
}
