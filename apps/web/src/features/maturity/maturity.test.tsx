import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { ReadinessBlock } from './readiness-block';
import { ResultsPage } from './results-page';
import { ASSESSMENT_ID, readinessMissing, results } from './testing';

const base = `/api/v1/teams/${TEAM_ID}/maturity`;

describe('ReadinessBlock', () => {
  it('says clearly which must-have is missing and which re-measurement is overdue', async () => {
    stubFetch(on('GET', `${base}/readiness`, () => json(200, readinessMissing)));
    renderRoutes({ routes: [{ path: '/', element: <ReadinessBlock teamId={TEAM_ID} /> }], session });
    expect(await screen.findByText('Start pas als deze must-haves aanwezig zijn:')).toBeTruthy();
    expect(screen.getByText('Er is voldoende IT-ondersteuning.')).toBeTruthy();
    expect(screen.getByText('Hermeting is over tijd')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Volwassenheid en metingen' }).getAttribute('href')).toBe(`/teams/${TEAM_ID}/maturity`);
  });
});

describe('ResultsPage', () => {
  it('shows scores with the change, findings, the distribution and downloads; a gap becomes an action with one click', async () => {
    let current = results;
    const calls = stubFetch(
      on('GET', `${base}/assessments/${ASSESSMENT_ID}/results`, () => json(200, current)),
      on('POST', `${base}/assessments/${ASSESSMENT_ID}/gaps/leadership/action`, () => {
        current = { ...results, gaps: [{ ...results.gaps[0]!, actionId: '9c1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }] };
        return json(201, { actionId: '9c1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', assessmentId: ASSESSMENT_ID, itemId: 'leadership', title: 'Is het leiderschap geborgd?' });
      }),
    );
    renderRoutes({ routes: [{ path: '/teams/:teamId/maturity/assessments/:assessmentId/results', element: <ResultsPage /> }], path: `/teams/${TEAM_ID}/maturity/assessments/${ASSESSMENT_ID}/results`, session });
    expect(await screen.findByRole('heading', { level: 1, name: 'Resultaten: QuickScan' })).toBeTruthy();
    const scores = screen.getByRole('table', { name: 'Scores per thema' });
    expect(within(scores).getByRole('columnheader', { name: '0-meting 01-09-2025' })).toBeTruthy();
    expect(within(within(scores).getByRole('row', { name: /Teamvorming/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['25%', '50%', '+25']);
    expect(screen.getByText('1 onderdeel ligt onder het streefniveau.')).toBeTruthy();
    const distribution = screen.getByRole('table', { name: 'Verdeling van de antwoorden' });
    expect(within(within(distribution).getByRole('row', { name: /leiderschap/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '1', '0', '1.0', 'Oneens']);
    expect(screen.getByRole('link', { name: 'Download presentatie (PowerPoint)' }).getAttribute('href')).toBe(`${base}/assessments/${ASSESSMENT_ID}/export.pptx?locale=nl`);

    await userEvent.click(screen.getByRole('button', { name: 'Maak actie: Is het leiderschap geborgd?' }));
    await waitFor(() => expect(screen.getAllByText('Actie op het verbeterbord').length).toBeGreaterThan(0));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ locale: 'nl' });
    expect(post.headers['x-csrf-token']).toBe(session.csrfToken);
  });
});
