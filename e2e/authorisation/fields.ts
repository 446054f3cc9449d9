import type { World } from './world';

/**
 * How each object type with guarded fields is reached: a root operation, the guarded fields
 * on the way, and the selection around the field (`%`). A role the way in refuses is refused
 * there, before the field's own guard.
 */
export interface Carrier {
  path: string[];
  document: string;
  variables: (world: World) => Record<string, unknown>;
}

const SLOT = (world: World) => ({ id: world.ids.slot });
const COMPANY = (world: World) => ({ id: world.ids.companyA });

export const CARRIERS: Record<string, Carrier> = {
  Slot: { path: ['Query.slot'], document: 'query($id: ID!) { slot(id: $id) { % } }', variables: SLOT },
  Company: { path: ['Query.company'], document: 'query($id: ID!) { company(id: $id) { % } }', variables: COMPANY },
  CompanySite: { path: ['Query.company', 'Company.sites'], document: 'query($id: ID!) { company(id: $id) { sites { % } } }', variables: COMPANY },
  AlboMembership: {
    path: ['Query.alboMembership'],
    document: 'query($id: ID!) { alboMembership(companyId: $id) { % } }',
    variables: (world) => ({ id: world.ids.companyA }),
  },
  Candidate: { path: ['Query.candidate'], document: 'query($id: ID!) { candidate(id: $id) { % } }', variables: (world) => ({ id: world.ids.candidate }) },
  CandidateCoordination: {
    path: ['Query.candidate'],
    document: 'query($id: ID!) { candidate(id: $id) { coordinatedWith { % } } }',
    variables: (world) => ({ id: world.ids.coordinatedCandidate }),
  },
  CandidateCoordinationRequest: {
    path: ['Query.coordinationRequests'],
    document: 'query { coordinationRequests(first: 10) { nodes { % } } }',
    variables: () => ({}),
  },
  Proposal: { path: ['Query.proposal'], document: 'query($id: ID!) { proposal(id: $id) { % } }', variables: (world) => ({ id: world.ids.proposal }) },
  NeedsAnalysis: {
    path: ['Query.needsAnalysis'],
    document: 'query($id: ID!) { needsAnalysis(id: $id) { % } }',
    variables: (world) => ({ id: world.ids.needsAnalysis }),
  },
  NeedsAnalysisLine: {
    path: ['Query.needsAnalysis'],
    document: 'query($id: ID!) { needsAnalysis(id: $id) { lines { % } } }',
    variables: (world) => ({ id: world.ids.needsAnalysis }),
  },
  NeedsReview: {
    path: ['Query.needsAnalysisReviews'],
    document: 'query($id: ID!) { needsAnalysisReviews(analysisId: $id) { % } }',
    variables: (world) => ({ id: world.ids.needsAnalysis }),
  },
  Notification: { path: ['Query.notifications'], document: 'query { notifications(first: 5) { nodes { % } } }', variables: () => ({}) },
  Organisation: {
    path: ['Query.organisation'],
    document: 'query($id: ID!) { organisation(id: $id) { % } }',
    variables: (world) => ({ id: world.ids.organisationA }),
  },
  Invitation: { path: ['Query.invitations'], document: 'query { invitations(first: 5) { nodes { % } } }', variables: () => ({}) },
  Comune: { path: ['Query.comuni'], document: 'query { comuni { % } }', variables: () => ({}) },
  District: { path: ['Query.districts'], document: 'query { districts { % } }', variables: () => ({}) },
  Skill: { path: ['Query.skills'], document: 'query { skills(first: 1) { % } }', variables: () => ({}) },
};
