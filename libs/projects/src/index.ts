export { ProjectNeed } from './project-need.entity';
export { ProjectOffer } from './project-offer.entity';
export { Project } from './project.entity';
export { ProjectNeedKind, ProjectNeedStatus, ProjectOfferStatus, ProjectStage } from './project.enums';
export { canMoveStage, INITIAL_STAGES, STAGE_TRANSITIONS } from './project-stages';
export { ProjectsError, ProjectsErrorCode } from './projects.errors';
export { ProjectsModule } from './projects.module';
export { ProjectsService } from './projects.service';
