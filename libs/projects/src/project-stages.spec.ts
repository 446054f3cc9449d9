import { ProjectStage } from './project.enums';
import { canMoveStage, INITIAL_STAGES, STAGE_TRANSITIONS } from './project-stages';

const { IDEA, PLANNING, STARTING, RUNNING, CLOSED } = ProjectStage;

describe('the project stage table', () => {
  it.each([
    [IDEA, PLANNING],
    [PLANNING, STARTING],
    [STARTING, RUNNING],
    [PLANNING, IDEA],
    [STARTING, PLANNING],
    [IDEA, CLOSED],
    [RUNNING, CLOSED],
  ])('%s → %s is allowed', (from, to) => {
    expect(canMoveStage(from, to)).toBe(true);
  });

  it.each([
    [IDEA, STARTING],
    [IDEA, RUNNING],
    [PLANNING, RUNNING],
    [RUNNING, STARTING],
    [RUNNING, IDEA],
    [PLANNING, PLANNING],
  ])('%s → %s is refused', (from, to) => {
    expect(canMoveStage(from, to)).toBe(false);
  });

  it('closes from every stage, and nothing leaves CLOSED', () => {
    for (const stage of Object.values(ProjectStage)) {
      expect(canMoveStage(stage, CLOSED)).toBe(stage !== CLOSED);
      expect(canMoveStage(CLOSED, stage)).toBe(false);
    }
  });

  it('names every stage, never moves a project to where it is, and records none CLOSED', () => {
    expect(Object.keys(STAGE_TRANSITIONS).sort()).toEqual(Object.values(ProjectStage).sort());
    for (const [from, targets] of Object.entries(STAGE_TRANSITIONS)) expect(targets).not.toContain(from);
    expect(INITIAL_STAGES).not.toContain(CLOSED);
  });
});
