import type { ImportDto, ImportPreview } from '@leerlus/contracts/imports';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session, TEAM_ID, teamDetail } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { ImportPage } from './import-page';

const IMPORT_ID = '3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f';
const base = `/api/v1/teams/${TEAM_ID}/imports`;

const anImport = (over: Partial<ImportDto> = {}): ImportDto => ({
  id: IMPORT_ID,
  teamId: TEAM_ID,
  kind: 'patient',
  format: 'csv',
  fileName: 'proms.csv',
  fileSha256: 'a'.repeat(64),
  fileSize: 120,
  encoding: 'windows-1252',
  delimiter: ';',
  mapping: null,
  mode: 'all-or-nothing',
  status: 'uploaded',
  totalRows: 0,
  validRows: 0,
  invalidRows: 0,
  insertedRows: 0,
  existingRows: 0,
  progress: 0,
  errorSummary: null,
  hasSkippedRows: false,
  previousImportId: null,
  createdBy: { id: session.user.id, name: 'Tessa Leider' },
  createdAt: '2026-03-02T09:30:00.000Z',
  finishedAt: null,
  ...over,
});

const preview: ImportPreview = {
  import: anImport(),
  headers: ['Pseudoniem', 'Code', 'Waarde', 'Datum', 'Opmerking'],
  rows: [
    ['ps-1', 'eq5d', '0,75', '15-04-2024', ''],
    ['ps-2', 'eq5d', 'x', '16-04-2024', ''],
  ],
  suggestedMapping: { pseudonym: 'Pseudoniem', code: 'Code', value: 'Waarde' },
  needsMapping: true,
  fields: [
    'pseudonym',
    'birthYear',
    'sex',
    'carePath',
    'startDate',
    'code',
    'value',
    'valueText',
    'unit',
    'effectiveDate',
    'timepoint',
  ],
};

function renderPage(...handlers: Parameters<typeof stubFetch>) {
  const calls = stubFetch(
    on('GET', `/api/v1/teams/${TEAM_ID}`, () => json(200, teamDetail)),
    on('GET', `/api/v1/teams/${TEAM_ID}/import-profiles`, () => json(200, { profiles: [] })),
    ...handlers,
  );
  renderRoutes({
    routes: [{ path: '/teams/:teamId/import', element: <ImportPage /> }],
    path: `/teams/${TEAM_ID}/import`,
    session,
  });
  return calls;
}

const chooseFile = async (user: ReturnType<typeof userEvent.setup>, content = 'a;b\n1;2') =>
  user.upload(screen.getByLabelText('Bestand'), new File([content], 'proms.csv', { type: 'text/csv' }));

describe('import page', () => {
  it('shows why a file is refused at upload, with row, column and reason', async () => {
    const user = userEvent.setup();
    renderPage(
      on('GET', base, () => json(200, { imports: [] })),
      on('POST', `${base}?fileName=proms.csv&kind=patient`, () =>
        json(400, {
          code: 'VALIDATION_FAILED',
          message: 'x',
          details: {
            issues: [
              {
                row: 0,
                column: null,
                value: null,
                reason: 'unsupported-encoding',
                message: 'Tekencodering niet ondersteund (gebruik UTF-8 of Windows-1252)',
              },
            ],
          },
        }),
      ),
    );
    expect(await screen.findByText('Nog geen imports.')).toBeTruthy();
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Uploaden en voorbeeld tonen' }));
    expect(await screen.findByText('Dit bestand kan niet worden geïmporteerd')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Problemen in het bestand' });
    expect(
      within(table).getByText('Tekencodering niet ondersteund (gebruik UTF-8 of Windows-1252)'),
    ).toBeTruthy();
    expect(within(table).getByText('bestand')).toBeTruthy();
  });

  it('uploads, previews, maps with dropdowns, validates (error report), imports and refreshes the history', async () => {
    const user = userEvent.setup();
    let history: ImportDto[] = [];
    const calls = renderPage(
      on('GET', base, () => json(200, { imports: history })),
      on('POST', `${base}?fileName=proms.csv&kind=patient`, () => json(201, preview)),
      on('POST', `${base}/${IMPORT_ID}/validate`, () =>
        json(200, {
          totalRows: 2,
          validRows: 1,
          invalidRows: 1,
          issueCount: 1,
          issues: [
            {
              row: 3,
              column: 'Waarde',
              value: 'x',
              reason: 'invalid-number',
              message: 'Geen geldig getal (gebruik bijv. 12,5 of 12.5)',
            },
          ],
        }),
      ),
      on('POST', `${base}/${IMPORT_ID}/commit`, () => {
        const done = anImport({
          status: 'succeeded',
          mode: 'skip-invalid',
          totalRows: 2,
          validRows: 1,
          invalidRows: 1,
          insertedRows: 1,
          progress: 1,
          hasSkippedRows: true,
        });
        history = [done];
        return json(200, { import: done, validation: null });
      }),
    );
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Uploaden en voorbeeld tonen' }));
    expect(
      await screen.findByText('Herkend: CSV, tekencodering windows-1252, scheidingsteken ;'),
    ).toBeTruthy();
    const previewTable = screen.getByRole('table', { name: 'Eerste rijen van het bestand' });
    expect(within(previewTable).getAllByRole('row')).toHaveLength(3);
    const upload = calls.find((c) => c.method === 'POST' && c.path.startsWith(base))!;
    expect(upload.headers['content-type']).toBe('application/octet-stream');

    // Suggested mapping preselected; map the date column by keyboard-accessible select.
    expect(screen.getByLabelText<HTMLSelectElement>('Pseudoniem patiënt').value).toBe('Pseudoniem');
    await user.selectOptions(screen.getByLabelText('Meetdatum'), 'Datum');

    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText(/1 problemen gevonden in 2 rijen/)).toBeTruthy();
    const validateCall = calls.find((c) => c.path === `${base}/${IMPORT_ID}/validate`)!;
    expect(validateCall.body).toEqual({
      mapping: { pseudonym: 'Pseudoniem', code: 'Code', value: 'Waarde', effectiveDate: 'Datum' },
    });
    const report = screen.getByRole('table', { name: 'Problemen in het bestand' });
    expect(within(report).getByText('Geen geldig getal (gebruik bijv. 12,5 of 12.5)')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /Geldige rijen importeren/ }));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText(/Import geslaagd: 1 nieuwe rijen/)).toBeTruthy();
    expect(calls.find((c) => c.path === `${base}/${IMPORT_ID}/commit`)!.body).toMatchObject({
      mode: 'skip-invalid',
    });
    expect(
      screen.getByRole('link', { name: 'Overgeslagen rijen downloaden (CSV)' }).getAttribute('href'),
    ).toBe(`${base}/${IMPORT_ID}/skipped.csv`);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Imports van dit team' })).getByText('proms.csv'),
      ).toBeTruthy(),
    );
  });

  it('follows a background import with a progress bar and cancels it', async () => {
    const user = userEvent.setup();
    renderPage(
      on('GET', base, () => json(200, { imports: [] })),
      on('POST', `${base}?fileName=proms.csv&kind=patient`, () => json(201, preview)),
      on('POST', `${base}/${IMPORT_ID}/commit`, () =>
        json(202, { import: anImport({ status: 'running' }), validation: null }),
      ),
      on('GET', `${base}/${IMPORT_ID}`, () => json(200, anImport({ status: 'running', progress: 0.42 }))),
      on('POST', `${base}/${IMPORT_ID}/cancel`, () => json(200, anImport({ status: 'cancelled' }))),
    );
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Uploaden en voorbeeld tonen' }));
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));
    const bar = await screen.findByRole('progressbar', { name: 'Voortgang van de import' });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('42'));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await screen.findByText('Import geannuleerd; er is niets opgeslagen.')).toBeTruthy();
  });
});
