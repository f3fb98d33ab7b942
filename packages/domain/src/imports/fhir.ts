/**
 * FHIR R4 into the import's normalised rows: Patient, Observation and QuestionnaireResponse become
 * patient-level rows, MeasureReport becomes an aggregate row. Input is a Bundle (its entries) or
 * NDJSON (one resource per line, read line by line so a bulk export streams).
 *
 * Pseudonyms: a Patient's logical id is its pseudonym (the source system exports pseudonymised
 * resources), and an Observation's `subject` reference "Patient/<id>" (or subject.identifier.value)
 * points at it. Only the fields Leerlus keeps are read: no names, no BSN, birth year only.
 */
import type { AggregateField, PatientField } from './mapping';
import { checkAggregateRow, checkPatientRow, DuplicateDetector, type ValidationContext } from './rows';
import type { ImportIssue, RowResult } from './types';
import { issue } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
const firstCode = (concept: unknown): string | undefined =>
  isObject(concept) ? str(arr(concept.coding).find(isObject)?.code) : undefined;

export const FHIR_PATIENT_RESOURCES = ['Patient', 'Observation', 'QuestionnaireResponse'] as const;
export const FHIR_AGGREGATE_RESOURCES = ['MeasureReport'] as const;

/** The resources of a parsed JSON document: a Bundle's entries, or the resource itself. */
export function bundleResources(doc: unknown): { resources: unknown[]; issues: ImportIssue[] } {
  if (!isObject(doc)) return { resources: [], issues: [issue(0, null, null, 'invalid-resource')] };
  if (doc.resourceType !== 'Bundle') return { resources: [doc], issues: [] };
  return { resources: arr(doc.entry).map((e) => (isObject(e) ? e.resource : undefined)), issues: [] };
}

/** One NDJSON line: its resource, or an invalid-json issue. */
export function parseNdjsonLine(
  line: string,
  position: number,
): { resource: unknown } | { issue: ImportIssue } {
  try {
    return { resource: JSON.parse(line) as unknown };
  } catch {
    return { issue: issue(position, null, line.slice(0, 200), 'invalid-json') };
  }
}

const timepointOf = (r: Json): string | undefined => {
  const ext = arr(r.extension).find(
    (e) => isObject(e) && typeof e.url === 'string' && /timepoint$/i.test(e.url),
  );
  return isObject(ext) ? str(ext.valueCode ?? ext.valueString) : undefined;
};

const subjectOf = (r: Json): string | undefined => {
  const s = r.subject;
  if (!isObject(s)) return undefined;
  const ref = str(s.reference);
  if (ref !== undefined) return /^Patient\/(.+)$/.exec(ref)?.[1] ?? '';
  return isObject(s.identifier) ? str(s.identifier.value) : undefined;
};

type Fields = Partial<Record<PatientField, { column: string; text: string }>>;

function valueFields(source: Json, prefix: string, into: Fields): void {
  const q = source.valueQuantity;
  const set = (f: PatientField, path: string, v: unknown) => {
    const text = str(v);
    if (text !== undefined) into[f] = { column: `${prefix}.${path}`, text };
  };
  if (isObject(q)) {
    set('value', 'valueQuantity.value', q.value ?? '');
    set('unit', 'valueQuantity.unit', q.unit ?? q.code);
  }
  set('value', 'valueInteger', source.valueInteger);
  set('value', 'valueDecimal', source.valueDecimal);
  set('valueText', 'valueString', source.valueString);
  set('valueText', 'valueBoolean', source.valueBoolean);
  const coded =
    firstCode(source.valueCodeableConcept) ??
    (isObject(source.valueCoding) ? str(source.valueCoding.code) : undefined);
  if (coded !== undefined) into.valueText = { column: `${prefix}.value[x]`, text: coded };
}

/**
 * Normalises one FHIR resource (position: 1-based in the file) into rows. Resources of another kind
 * than the import's are an `unsupported-resource` issue; missing elements are issues named by their
 * FHIR path.
 */
export class FhirNormaliser {
  private readonly duplicates = new DuplicateDetector();
  constructor(private readonly ctx: ValidationContext) {}

  normalise(resource: unknown, position: number): RowResult[] {
    const raw = isObject(resource) ? [str(resource.resourceType) ?? '', str(resource.id) ?? ''] : [''];
    const fail = (issues: ImportIssue[]): RowResult[] => [{ line: position, ok: false, raw, issues }];
    if (!isObject(resource) || typeof resource.resourceType !== 'string')
      return fail([issue(position, 'resourceType', null, 'invalid-resource')]);
    const type = resource.resourceType;
    const allowed: readonly string[] =
      this.ctx.kind === 'patient' ? FHIR_PATIENT_RESOURCES : FHIR_AGGREGATE_RESOURCES;
    if (!allowed.includes(type)) return fail([issue(position, 'resourceType', type, 'unsupported-resource')]);
    switch (type) {
      case 'Patient':
        return [
          this.patient(position, raw, {
            pseudonym: { column: 'Patient.id', text: str(resource.id) ?? '' },
            ...this.demographics(resource),
          }),
        ];
      case 'Observation':
        return [this.observation(resource, position, raw)];
      case 'QuestionnaireResponse':
        return this.questionnaire(resource, position, raw);
      default:
        return [this.measureReport(resource, position, raw)];
    }
  }

  private demographics(r: Json): Fields {
    const out: Fields = {};
    const birth = str(r.birthDate);
    if (birth !== undefined)
      out.birthYear = { column: 'Patient.birthDate', text: /^\d{4}/.exec(birth)?.[0] ?? birth };
    const gender = str(r.gender);
    if (gender !== undefined) out.sex = { column: 'Patient.gender', text: gender };
    return out;
  }

  private patient(position: number, raw: string[], fields: Fields): RowResult {
    const { row, issues } = checkPatientRow(position, (f) => fields[f], this.ctx, this.duplicates);
    return row
      ? { line: position, ok: true, raw, value: { kind: 'patient', row } }
      : { line: position, ok: false, raw, issues };
  }

  private observation(r: Json, position: number, raw: string[]): RowResult {
    const subject = subjectOf(r);
    if (subject === undefined || subject === '')
      return {
        line: position,
        ok: false,
        raw,
        issues: [issue(position, 'Observation.subject', null, 'missing-reference')],
      };
    const fields: Fields = {
      pseudonym: { column: 'Observation.subject', text: subject },
      code: { column: 'Observation.code', text: firstCode(r.code) ?? '' },
      effectiveDate: {
        column: 'Observation.effective[x]',
        text:
          str(r.effectiveDateTime) ??
          (isObject(r.effectivePeriod) ? str(r.effectivePeriod.start) : undefined) ??
          str(r.issued) ??
          '',
      },
    };
    valueFields(r, 'Observation', fields);
    if (!fields.value && !fields.valueText) fields.value = { column: 'Observation.value[x]', text: '' };
    const tp = timepointOf(r);
    if (tp !== undefined) fields.timepoint = { column: 'Observation.extension(timepoint)', text: tp };
    return this.patient(position, raw, fields);
  }

  private questionnaire(r: Json, position: number, raw: string[]): RowResult[] {
    const subject = subjectOf(r);
    if (subject === undefined || subject === '')
      return [
        {
          line: position,
          ok: false,
          raw,
          issues: [issue(position, 'QuestionnaireResponse.subject', null, 'missing-reference')],
        },
      ];
    const date = str(r.authored) ?? '';
    const tp = timepointOf(r);
    const out: RowResult[] = [];
    const walk = (items: unknown[]) => {
      for (const item of items) {
        if (!isObject(item)) continue;
        const answer = arr(item.answer).find(isObject);
        if (answer) {
          const fields: Fields = {
            pseudonym: { column: 'QuestionnaireResponse.subject', text: subject },
            code: { column: 'QuestionnaireResponse.item.linkId', text: str(item.linkId) ?? '' },
            effectiveDate: { column: 'QuestionnaireResponse.authored', text: date },
          };
          valueFields(answer, 'QuestionnaireResponse.item.answer', fields);
          if (!fields.value && !fields.valueText)
            fields.value = { column: 'QuestionnaireResponse.item.answer.value[x]', text: '' };
          if (tp !== undefined)
            fields.timepoint = { column: 'QuestionnaireResponse.extension(timepoint)', text: tp };
          out.push(this.patient(position, raw, fields));
          walk(arr(answer.item));
        }
        walk(arr(item.item));
      }
    };
    walk(arr(r.item));
    if (out.length === 0)
      return [
        {
          line: position,
          ok: false,
          raw,
          issues: [issue(position, 'QuestionnaireResponse.item', null, 'required')],
        },
      ];
    return out;
  }

  private measureReport(r: Json, position: number, raw: string[]): RowResult {
    const measure = str(r.measure) ?? '';
    const code = measure.split('|')[0]!.split('/').pop() ?? '';
    const group = arr(r.group).find(isObject) ?? {};
    const population = (name: string) => {
      const p = arr(group.population).find((x) => isObject(x) && firstCode(x.code) === name);
      return isObject(p) ? str(p.count) : undefined;
    };
    const fields: Partial<Record<AggregateField, { column: string; text: string }>> = {
      indicatorCode: { column: 'MeasureReport.measure', text: code },
      periodStart: {
        column: 'MeasureReport.period.start',
        text: isObject(r.period) ? (str(r.period.start) ?? '') : '',
      },
    };
    const numerator = population('numerator');
    const denominator = population('denominator');
    const score = isObject(group.measureScore) ? str(group.measureScore.value) : undefined;
    if (numerator !== undefined)
      fields.numerator = { column: 'MeasureReport.group.population(numerator).count', text: numerator };
    if (denominator !== undefined)
      fields.denominator = { column: 'MeasureReport.group.population(denominator).count', text: denominator };
    if (score !== undefined) fields.value = { column: 'MeasureReport.group.measureScore.value', text: score };
    const { row, issues } = checkAggregateRow(position, (f) => fields[f], this.ctx, this.duplicates);
    return row
      ? { line: position, ok: true, raw, value: { kind: 'aggregate', row } }
      : { line: position, ok: false, raw, issues };
  }
}
