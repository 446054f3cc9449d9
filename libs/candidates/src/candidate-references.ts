import { Injectable } from '@nestjs/common';
import { SkillsService } from '@ipl/skills';
import { TerritoryService, type Comune } from '@ipl/territory';
import type { Candidate } from './candidate.entity';
import { ActiveMeasure } from './candidate.enums';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import type { CandidateProfileInput, CreateCandidateInput } from './dto/candidate.inputs';

/** What an import reads once for all its profiles instead of once per profile. */
export interface KnownReferences {
  comuni: Map<string, Comune>;
  skillIds: Set<string>;
}

/** The checks of a profile's references (place, skills, measures) that create, import and update share. */
@Injectable()
export class CandidateReferences {
  constructor(
    private readonly territory: TerritoryService,
    private readonly skills: SkillsService,
  ) {}

  normaliseFreeLabel(label: string): string {
    return this.skills.normaliseFreeLabel(label);
  }

  /** The comuni and skills an import names, read once for all its profiles. */
  async known(inputs: CreateCandidateInput[]): Promise<KnownReferences> {
    const codes = [...new Set(inputs.flatMap((input) => (input.residenceComuneCode ? [input.residenceComuneCode] : [])))];
    return {
      comuni: new Map((codes.length > 0 ? await this.territory.comuniByCodes(codes) : []).map((comune) => [comune.code, comune])),
      skillIds: new Set((await this.skills.findByIds(inputs.flatMap((input) => input.skillIds ?? []))).map((skill) => skill.id)),
    };
  }

  async validate(input: Partial<CandidateProfileInput>, known?: KnownReferences): Promise<void> {
    if (input.activeMeasures?.includes(ActiveMeasure.NONE) && input.activeMeasures.length > 1) {
      throw new CandidateError(CandidateErrorCode.NONE_WITH_OTHER_MEASURES, {}, {
        fields: [{ field: 'input.activeMeasures', messages: { it: 'Nessuna misura esclude le altre', en: 'NONE excludes the others' } }],
      });
    }
    if (input.skillIds?.length && !input.skillIds.every((id) => known?.skillIds.has(id))) await this.skills.assertKnown(input.skillIds, { field: 'input.skillIds' });
  }

  /** District (and comune) of residence: the comune decides the district; by default the organisation's district. */
  async residenceOf(
    comuneCode: string | null,
    districtCode: string | null,
    fallbackDistrict: string,
    known?: KnownReferences,
  ): Promise<Pick<Candidate, 'residenceComuneCode' | 'residenceDistrictCode'>> {
    if (comuneCode) {
      const comune = known?.comuni.get(comuneCode) ?? (await this.territory.comuniByCodes([comuneCode]))[0];
      if (!comune) throw new CandidateError(CandidateErrorCode.UNKNOWN_COMUNE, { comune: comuneCode });
      if (districtCode && districtCode !== comune.districtCode) {
        throw new CandidateError(CandidateErrorCode.COMUNE_NOT_IN_DISTRICT, { comune: comune.name, district: districtCode });
      }
      return { residenceComuneCode: comune.code, residenceDistrictCode: comune.districtCode };
    }
    const district = districtCode ?? fallbackDistrict;
    if (!(await this.territory.findDistrict(district))) throw new CandidateError(CandidateErrorCode.UNKNOWN_DISTRICT, { district });
    return { residenceComuneCode: null, residenceDistrictCode: district };
  }
}
