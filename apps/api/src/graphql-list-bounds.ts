import { MAX_PAGE_SIZE, type ListBounds } from '@ipl/core';
import { NotificationKind } from '@ipl/notifications';
import { GAP_HISTORY_PERIODS } from '@ipl/reports';
import { MAX_SKILL_SEARCH_SIZE, SKILLS_VOCABULARY } from '@ipl/skills';
import { TERRITORY } from '@ipl/territory';

const districts = TERRITORY.districts;
const skills = SKILLS_VOCABULARY.groups.flatMap((group) => group.skills);
const most = (counts: number[]): number => Math.max(...counts);

/** Reference data shipped with the app: the bounds are its exact sizes. */
const REFERENCE = {
  'Query.districts': districts.length,
  'Query.comuni': districts.reduce((total, district) => total + district.comuni.length, 0),
  'District.comuni': most(districts.map((district) => district.comuni.length)),
  'District.neighbours': most(districts.map((district) => district.neighbours.length)),
  'Query.skillGroups': SKILLS_VOCABULARY.groups.length,
  'Skill.synonyms': most(skills.map((skill) => skill.synonyms.length)),
  'Query.atecoSections': 21,
  'Query.notificationPreferences': Object.values(NotificationKind).length,
  'Mutation.reindexSearch': 2,
};

/** Pages: the largest `first` each paged field accepts (its validation refuses more). */
const PAGES = {
  'Query.albo': MAX_PAGE_SIZE,
  'Query.alboApplications': MAX_PAGE_SIZE,
  'Query.candidates': MAX_PAGE_SIZE,
  'Query.candidatesToReconfirm': MAX_PAGE_SIZE,
  'Query.companies': MAX_PAGE_SIZE,
  'Query.coordinationRequests': MAX_PAGE_SIZE,
  'Query.invitations': MAX_PAGE_SIZE,
  'Query.matchCandidates': MAX_PAGE_SIZE,
  'Query.matchSlots': MAX_PAGE_SIZE,
  'Query.needsAnalyses': MAX_PAGE_SIZE,
  'Query.notifications': MAX_PAGE_SIZE,
  'Query.organisations': MAX_PAGE_SIZE,
  'Query.projects': MAX_PAGE_SIZE,
  'Query.proposals': MAX_PAGE_SIZE,
  'Query.slots': MAX_PAGE_SIZE,
  'Query.skills': MAX_SKILL_SEARCH_SIZE,
};

/** Lists whose inputs are capped (ArrayMaxSize of the create/update inputs) or derived from such lists. */
const INPUT_CAPPED = {
  'AlboEntry.sections': 20,
  'AlboMembership.sectionCodes': 20,
  'AlboMembership.sections': 20,
  'Candidate.skillIds': 50,
  'Candidate.skills': 50,
  'Candidate.freeSkillLabels': 20,
  'Candidate.languages': 10,
  'Candidate.experiences': 20,
  'Candidate.desiredSectors': 21,
  'MatchedCandidate.skillIds': 50,
  'MatchedCandidate.freeSkillLabels': 20,
  'MatchedCandidate.languages': 10,
  'MatchedCandidate.desiredSectors': 21,
  'Company.sites': 50,
  'NeedsAnalysis.lines': 100,
  'NeedsAnalysisLine.skillIds': 20,
  'NeedsAnalysisLine.skills': 20,
  'Project.needs': 20,
  'Slot.requiredSkillIds': 20,
  'Slot.requiredSkills': 20,
  'Slot.niceToHaveSkillIds': 20,
  'Slot.niceToHaveSkills': 20,
  'Slot.freeSkillLabels': 10,
  'Slot.languages': 10,
  // A slot's required and nice-to-have skills, matched or missing.
  'MatchExplanation.skillsMatched': 40,
  'MatchExplanation.skillsMissing': 40,
};

/** Reports: fixed shapes built by libs/reports. */
const REPORTS = {
  'GapReport.gaps': skills.length,
  'SkillGap.previous': GAP_HISTORY_PERIODS,
  // Six measures, then decline reasons, interruption reasons and assessments.
  'OutcomeReport.tables': 9,
  'OutcomeReport.rates': districts.length,
  // Districts, or the codes of the largest reason enum (9).
  'ReportTable.rows': 20,
  // Channels × slot kinds (2 × 3), or channels.
  'ReportTable.columnKeys': 10,
  'ReportTable.columnTotals': 10,
  'ReportRow.cells': 10,
};

/**
 * Grow with use and are not capped by the code: sizes a real deployment will not pass by far.
 * The time and size budgets hold if one ever does.
 */
const GROWING = {
  'AlboMembership.history': 50,
  'BoardOverview.seats': 50,
  'BoardOverview.admittedNotOnBoard': 500,
  'Candidate.coordinatedWith': 20,
  // One request per other organisation following the same person.
  'Candidate.coordinationRequests': 20,
  'Proposal.checkIns': 50,
  'Query.alboSections': 20,
  'Query.colleagues': 100,
  'Query.needsAnalysisReviews': 100,
  'Query.projectOffers': 50,
};

/** The most items of every list field of the schema, for the cost model (`estimateQueryCost`). */
export const GRAPHQL_LIST_BOUNDS: ListBounds = { ...REFERENCE, ...PAGES, ...INPUT_CAPPED, ...REPORTS, ...GROWING };
