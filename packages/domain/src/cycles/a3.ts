import type { A3Section } from '../improvement/types';

/**
 * The A3 report (seed 000 "Template A3", "A3 met coachingsvragen"): the classic sections in print order,
 * with the coach's questions per section in Dutch and English, and the fishbone categories.
 */
export type Lang = 'nl' | 'en';

export interface A3SectionGuide {
  title: Record<Lang, string>;
  questions: Record<Lang, readonly string[]>;
}

export const A3_GUIDE: Record<A3Section, A3SectionGuide> = {
  background: {
    title: { nl: 'Achtergrond', en: 'Background' },
    questions: {
      nl: [
        'Waarom is dit probleem belangrijk voor de patiënt en het team?',
        'Hoe hangt het samen met de doelen van het team?',
        'Wie is eigenaar van het probleem?',
      ],
      en: [
        'Why does this problem matter to patients and the team?',
        "How does it relate to the team's goals?",
        'Who owns the problem?',
      ],
    },
  },
  'current-condition': {
    title: { nl: 'Huidige situatie', en: 'Current condition' },
    questions: {
      nl: [
        'Wat gebeurt er nu precies? Heb je het zelf gezien (gemba)?',
        'Wat laten de data zien: is de variatie gewoon of bijzonder?',
        'Waar zit het probleem precies (wat, waar, wanneer, hoeveel)?',
      ],
      en: [
        'What exactly happens now? Have you seen it yourself (gemba)?',
        'What do the data show: common or special cause variation?',
        'Where exactly is the problem (what, where, when, how much)?',
      ],
    },
  },
  goal: {
    title: { nl: 'Doel', en: 'Goal' },
    questions: {
      nl: [
        'Is het doel SMART: specifiek, meetbaar, acceptabel, realistisch en tijdgebonden?',
        'Welke indicator laat zien dat het doel bereikt is?',
        'Hoe weet je dat de verbetering een verbetering is voor de patiënt?',
      ],
      en: [
        'Is the goal SMART: specific, measurable, acceptable, realistic and time-bound?',
        'Which indicator shows the goal is reached?',
        'How do you know the change is an improvement for the patient?',
      ],
    },
  },
  'root-cause': {
    title: { nl: 'Oorzaakanalyse', en: 'Root-cause analysis' },
    questions: {
      nl: [
        'Welke oorzaken zie je per categorie van de visgraat?',
        'Heb je vijf keer "waarom?" gevraagd tot de grondoorzaak?',
        'Hoe heb je de oorzaak bevestigd met data of observatie?',
      ],
      en: [
        'Which causes do you see in each category of the fishbone?',
        'Did you ask "why?" five times to reach the root cause?',
        'How did you confirm the cause with data or observation?',
      ],
    },
  },
  countermeasures: {
    title: { nl: 'Tegenmaatregelen', en: 'Countermeasures' },
    questions: {
      nl: [
        'Pakt elke maatregel een grondoorzaak aan?',
        'Welke alternatieven heb je overwogen en waarom gekozen?',
        'Wat verwacht je dat er gebeurt (voorspelling)?',
      ],
      en: [
        'Does each countermeasure address a root cause?',
        'Which alternatives did you consider and why this choice?',
        'What do you expect to happen (prediction)?',
      ],
    },
  },
  plan: {
    title: { nl: 'Plan', en: 'Plan' },
    questions: {
      nl: [
        'Wie doet wat, wanneer en waar?',
        'Hoe test je klein, met een PDSA-cyclus?',
        'Wie moet je betrekken of informeren?',
      ],
      en: [
        'Who does what, when and where?',
        'How will you test small, with a PDSA cycle?',
        'Whom must you involve or inform?',
      ],
    },
  },
  'follow-up': {
    title: { nl: 'Opvolging', en: 'Follow-up' },
    questions: {
      nl: [
        'Hoe en wanneer meet je opnieuw?',
        'Hoe borg je de nieuwe werkwijze (standaard)?',
        'Wat heb je geleerd en met wie deel je het?',
      ],
      en: [
        'How and when will you measure again?',
        'How will you embed the new way of working (standard)?',
        'What did you learn and with whom will you share it?',
      ],
    },
  },
};

/** Fishbone (Ishikawa) categories used in care processes. */
export const FISHBONE_CATEGORIES = [
  'people',
  'methods',
  'materials',
  'equipment',
  'environment',
  'measurement',
] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];
export const FISHBONE_LABELS: Record<FishboneCategory, Record<Lang, string>> = {
  people: { nl: 'Mensen', en: 'People' },
  methods: { nl: 'Methoden', en: 'Methods' },
  materials: { nl: 'Materialen', en: 'Materials' },
  equipment: { nl: 'Middelen', en: 'Equipment' },
  environment: { nl: 'Omgeving', en: 'Environment' },
  measurement: { nl: 'Meting', en: 'Measurement' },
};

/** The structured root-cause part of an A3: causes per fishbone category and a 5-why chain. */
export interface RootCauseData {
  fishbone?: Partial<Record<FishboneCategory, string[]>>;
  whys?: string[];
}
