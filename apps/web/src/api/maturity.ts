import {
  assessmentDetailSchema,
  assessmentListSchema,
  assessmentResultsSchema,
  assessmentSchema,
  comparisonSchema,
  gapActionSchema,
  instrumentListSchema,
  readinessSummarySchema,
  sharingSchema,
  type Assessment,
  type AssessmentDetail,
  type AssessmentResults,
  type Comparison,
  type GapAction,
  type InstrumentSummary,
  type ReadinessSummary,
  type SaveAnswersRequest,
} from '@leerlus/contracts/maturity';
import { API_PREFIX, request, requestVoid } from './client';

const base = (teamId: string) => `/teams/${teamId}/maturity`;

export const listInstruments = async (teamId: string): Promise<InstrumentSummary[]> => (await request(instrumentListSchema, `${base(teamId)}/instruments`)).instruments;
export const listAssessments = async (teamId: string): Promise<Assessment[]> => (await request(assessmentListSchema, `${base(teamId)}/assessments`)).assessments;
export const startAssessment = (teamId: string, body: { instrumentId: string; mode: 'individual' | 'session' }): Promise<Assessment> =>
  request(assessmentSchema, `${base(teamId)}/assessments`, { method: 'POST', body });
export const getAssessment = (teamId: string, id: string): Promise<AssessmentDetail> => request(assessmentDetailSchema, `${base(teamId)}/assessments/${id}`);
export const saveAnswers = (teamId: string, id: string, body: SaveAnswersRequest): Promise<AssessmentDetail> =>
  request(assessmentDetailSchema, `${base(teamId)}/assessments/${id}/answers`, { method: 'PUT', body });
export const submitMyAnswers = (teamId: string, id: string): Promise<void> => requestVoid(`${base(teamId)}/assessments/${id}/respondents/me/submit`, { method: 'POST' });
export const submitAssessment = (teamId: string, id: string): Promise<Assessment> => request(assessmentSchema, `${base(teamId)}/assessments/${id}/submit`, { method: 'POST' });
export const lockAssessment = (teamId: string, id: string): Promise<Assessment> => request(assessmentSchema, `${base(teamId)}/assessments/${id}/lock`, { method: 'POST' });
export const getResults = (teamId: string, id: string): Promise<AssessmentResults> => request(assessmentResultsSchema, `${base(teamId)}/assessments/${id}/results`);
export const makeGapAction = (teamId: string, id: string, itemId: string, locale: 'nl' | 'en'): Promise<GapAction> =>
  request(gapActionSchema, `${base(teamId)}/assessments/${id}/gaps/${encodeURIComponent(itemId)}/action`, { method: 'POST', body: { locale } });
export const getComparison = (teamId: string, instrumentId: string): Promise<Comparison> => request(comparisonSchema, `${base(teamId)}/comparison`, { query: { instrumentId } });
export const getSharing = (teamId: string) => request(sharingSchema, `${base(teamId)}/sharing`);
export const setSharing = (teamId: string, sharesComparison: boolean) => request(sharingSchema, `${base(teamId)}/sharing`, { method: 'PUT', body: { sharesComparison } });
export const getReadiness = (teamId: string): Promise<ReadinessSummary> => request(readinessSummarySchema, `${base(teamId)}/readiness`);
/** Download address of the deck or PDF (a plain link: the browser sends the session cookie). */
export const exportUrl = (teamId: string, id: string, format: 'pptx' | 'pdf', locale: 'nl' | 'en') => `${API_PREFIX}${base(teamId)}/assessments/${id}/export.${format}?locale=${locale}`;

export const maturityKeys = {
  all: (teamId: string) => ['teams', teamId, 'maturity'] as const,
  instruments: (teamId: string) => ['teams', teamId, 'maturity', 'instruments'] as const,
  assessments: (teamId: string) => ['teams', teamId, 'maturity', 'assessments'] as const,
  assessment: (teamId: string, id: string) => ['teams', teamId, 'maturity', 'assessment', id] as const,
  results: (teamId: string, id: string) => ['teams', teamId, 'maturity', 'results', id] as const,
  comparison: (teamId: string, instrumentId: string) => ['teams', teamId, 'maturity', 'comparison', instrumentId] as const,
  sharing: (teamId: string) => ['teams', teamId, 'maturity', 'sharing'] as const,
  readiness: (teamId: string) => ['teams', teamId, 'maturity', 'readiness'] as const,
};
