import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PersonalDataKind } from './detector';

type Detect = (text: string) => PersonalDataKind[];

const NONE: readonly PersonalDataKind[] = [];
let loading: Promise<Detect> | null = null;

function loadDetector(): Promise<Detect> {
  loading ??= import('./detector').then(
    (module) => module.findPersonalData,
    (error: unknown) => {
      // A failed chunk load is tried again by the next form; the API still refuses on submit.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The kinds of personal data the API would refuse in this text, found while the user types.
 * `pieces` splits a field the API checks piece by piece (the free skill labels), so that the
 * warning appears exactly when the API would refuse.
 */
export function usePersonalDataKinds(text: string, pieces?: (text: string) => string[]): readonly PersonalDataKind[] {
  const [detect, setDetect] = useState<Detect | null>(null);
  useEffect(() => {
    let current = true;
    loadDetector().then(
      (found) => current && setDetect(() => found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  // Typing stays fluid on long notes: React checks the latest text when it has a moment.
  const settled = useDeferredValue(text);
  return useMemo(() => {
    if (!detect || settled.trim() === '') return NONE;
    const found = new Set((pieces ? pieces(settled) : [settled]).flatMap((piece) => detect(piece)));
    return found.size > 0 ? [...found] : NONE;
  }, [detect, settled, pieces]);
}
