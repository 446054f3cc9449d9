import { ProjectStage } from './project.enums';

const { IDEA, PLANNING, STARTING, RUNNING, CLOSED } = ProjectStage;

/**
 * Where a project may go from each stage: the one place the stage lifecycle is written. One step
 * forward at a time, so the board's picture of progress is never a jump nobody recorded; one
 * step back while it is not yet running (premises fall through, the plan is redone); CLOSED
 * from any stage, and for good: a closed project takes no offers, so reopening would hide
 * needs from the board without telling it.
 */
export const STAGE_TRANSITIONS: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  [IDEA]: [PLANNING, CLOSED],
  [PLANNING]: [STARTING, IDEA, CLOSED],
  [STARTING]: [RUNNING, PLANNING, CLOSED],
  [RUNNING]: [CLOSED],
  [CLOSED]: [],
};

/** A project is recorded in any stage but CLOSED: recording a closed one would serve no one. */
export const INITIAL_STAGES: readonly ProjectStage[] = [IDEA, PLANNING, STARTING, RUNNING];

export function canMoveStage(from: ProjectStage, to: ProjectStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}
