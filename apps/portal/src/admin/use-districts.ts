import { useCallback } from 'react';
import { AdminDistrictsDocument } from '../api/generated';
import type { SelectOption } from '../ui/labelled-select';
import { useQuery } from '../ui/use-query';

/** The 7 districts, as select options and as a code → name lookup. */
export function useDistricts(): { options: SelectOption[]; nameOf: (code: string) => string } {
  const districts = useQuery(AdminDistrictsDocument, {});
  const list = districts.data?.districts ?? [];
  const nameOf = useCallback((code: string) => list.find((district) => district.code === code)?.name ?? code, [list]);
  return { options: list.map((district) => ({ value: district.code, label: district.name })), nameOf };
}
