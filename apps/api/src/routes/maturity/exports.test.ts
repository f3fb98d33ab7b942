import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentSchema } from '@leerlus/contracts/maturity';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { builtInInstrumentId } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A team with a baseline and a re-measurement of the maturity meter; returns the re-measurement's URL. */
async function measuredTeam() {
  const world = await createWorld(t.db);
  const instrumentId = await builtInInstrumentId(t.db, 'maturity-meter');
  const lead = await loginAs(t.app, world.users.teamLead);
  const base = `/api/v1/teams/${world.teamA.id}/maturity/assessments`;
  let last = '';
  for (const [measuredOn, level] of [['2025-06-01', 2], ['2025-12-01', 3]] as const) {
    const a = assessmentSchema.parse((await lead.request({ method: 'POST', url: base, payload: { instrumentId, mode: 'session', measuredOn } })).json());
    const answers = ['goal-set', 'indicators', 'improvement-meeting', 'meeting-matrix', 'pdca', 'goal-owners', 'learning-culture', 'handover'].map((itemId) => ({ itemId, value: itemId === 'handover' ? 5 : level }));
    await lead.request({ method: 'PUT', url: `${base}/${a.id}/answers`, payload: { answers } });
    await lead.request({ method: 'POST', url: `${base}/${a.id}/submit` });
    last = `${base}/${a.id}`;
  }
  return { world, url: last, viewer: await loginAs(t.app, world.users.viewer) };
}

describe('maturity exports', () => {
  it('the deck has title, radar, trend, findings, gaps and next steps slides, with native charts', async () => {
    const { world, url, viewer } = await measuredTeam();
    const res = await viewer.request({ method: 'GET', url: `${url}/export.pptx?locale=nl` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('presentationml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="maturity-meter-2025-12-01.pptx"');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(6);
    const texts = await Promise.all(slides.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])).map((f) => zip.file(f)!.async('string')));
    const plain = texts.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '));
    expect(plain[0]).toContain('Volwassenheidsmeter verbetersysteem');
    expect(plain[0]).toContain('Team A · Hermeting · 01-12-2025');
    expect(plain[1]).toContain('Radar per thema');
    expect(plain[2]).toContain('Trend per thema');
    expect(plain[3]).toContain('Bevindingen');
    expect(plain[4]).toContain('Verbeterpunten');
    expect(plain[4]).toContain('Er is een minimale set doelen bepaald');
    expect(plain[5]).toContain('Volgende meting: 01-06-2026.');
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(2);
    const chartXml = await Promise.all(charts.map((c) => zip.file(c)!.async('string')));
    expect(chartXml.some((x) => x.includes('<c:radarChart>'))).toBe(true);
    expect(chartXml.join('')).toContain('0-meting 01-06-2025');
    expect((await auditEventsOf(t.db, world.organisation.id, 'maturity.assessment.export')).map((e) => e.details)).toEqual([{ format: 'pptx', locale: 'nl' }]);
  });

  it('the PDF reads back with its title, scores, findings, gaps and next steps, in English', async () => {
    const { url, viewer } = await measuredTeam();
    const res = await viewer.request({ method: 'GET', url: `${url}/export.pdf?locale=en` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Improvement system maturity meter');
    expect(text).toContain('Re-measurement');
    expect(text).toContain('Trend per theme');
    expect(text).toContain('Purpose: 25% -> 50%');
    expect(text).toContain('Improvement points (below target)');
    expect(text).toContain('Next steps');
    expect(text).toContain('Next measurement: 01-06-2026.');
    expect((await viewer.request({ method: 'GET', url: `${url}/export.pdf?locale=de` })).statusCode).toBe(400);
  });
});
