import { useCallback } from 'react';
import { BoardReferenceDataDocument, type BoardReferenceDataQuery } from '../api/generated';
import type { ApiError } from '../api/api-error';
import { useQuery } from '../ui/use-query';

export interface ReferenceData {
  data: BoardReferenceDataQuery | null;
  error: ApiError | null;
  /** The district's name, or its code until the list has arrived. */
  districtName: (code: string) => string;
  /** "C · Attività manifatturiere", or the letter alone until the list has arrived. */
  sectorLabel: (code: string) => string;
}

/** Districts, skill groups and ATECO sections: the names behind the codes the reports carry. */
export function useReferenceData(): ReferenceData {
  const { data, error } = useQuery(BoardReferenceDataDocument, {});
  const districtName = useCallback((code: string) => data?.districts.find((district) => district.code === code)?.name ?? code, [data]);
  const sectorLabel = useCallback(
    (code: string) => {
      const section = data?.atecoSections.find((candidate) => candidate.code === code);
      return section ? `${section.code} · ${section.label}` : code;
    },
    [data],
  );
  return { data, error, districtName, sectorLabel };
}
