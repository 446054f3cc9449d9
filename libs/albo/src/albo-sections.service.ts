import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { AlboSection } from './albo-section.entity';
import { AlboError, AlboErrorCode } from './albo.errors';
import { CreateAlboSectionInput, UpdateAlboSectionInput } from './dto/albo-section.input';

/** The Albo's sections: data the admin manages. */
@Injectable()
export class AlboSectionsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(AlboSection) private readonly sections: Repository<AlboSection>,
    private readonly audit: AuditService,
  ) {}

  list(includeInactive: boolean): Promise<AlboSection[]> {
    return this.sections.find({ where: includeInactive ? {} : { active: true }, order: { position: 'ASC', code: 'ASC' } });
  }

  byCodes(codes: readonly string[]): Promise<AlboSection[]> {
    return this.sections.find({ where: { code: In([...codes]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  /** Refuses codes that are unknown or inactive (new applications only go to active sections). */
  async assertActive(codes: string[]): Promise<void> {
    const active = new Set((await this.sections.findBy({ code: In(codes), active: true })).map((section) => section.code));
    const unknown = codes.find((code) => !active.has(code));
    if (unknown) throw new AlboError(AlboErrorCode.UNKNOWN_SECTION, { section: unknown });
  }

  async create(input: CreateAlboSectionInput, actor: AuthUser): Promise<AlboSection> {
    if (await this.sections.existsBy({ code: input.code })) throw new AlboError(AlboErrorCode.SECTION_EXISTS, { section: input.code });
    return this.dataSource.transaction(async (manager) => {
      const section = await manager.save(AlboSection, {
        code: input.code,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        position: input.position ?? 0,
        active: true,
      });
      await this.audit.record({ actor, action: 'albo.section_created', subjectType: 'albo_section', subjectId: section.code }, manager);
      return section;
    });
  }

  async update(code: string, input: UpdateAlboSectionInput, actor: AuthUser): Promise<AlboSection> {
    const section = await this.sections.findOneBy({ code });
    if (!section) throw new AlboError(AlboErrorCode.SECTION_NOT_FOUND);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<AlboSection> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.description !== undefined) changes.description = input.description.trim() || null;
      if (input.active !== undefined) changes.active = input.active;
      if (input.position !== undefined) changes.position = input.position;
      if (Object.keys(changes).length > 0) await manager.update(AlboSection, { code }, changes);
      await this.audit.record(
        { actor, action: 'albo.section_updated', subjectType: 'albo_section', subjectId: code, details: { fields: Object.keys(changes) } },
        manager,
      );
      return manager.findOneByOrFail(AlboSection, { code });
    });
  }
}
