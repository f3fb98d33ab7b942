import { defineInstrument } from '../instrument';
import { t, YES_PARTLY_NO } from './text';

const q = (id: string, nl: string, en: string) => ({ id, text: t(nl, en) });

/**
 * Must-haves and nice-to-haves (seed 003, "Een goede voorbereiding"): the must-haves must be in place
 * before a team starts ("zijn deze niet aanwezig, dan is de kans op een succesvol WGZ traject (erg)
 * gering"); the nice-to-haves speed up the start. The must-have theme is `required`.
 */
export const READINESS = defineInstrument({
  key: 'readiness',
  version: 1,
  kind: 'readiness',
  title: t('Klaar voor de start? Must-haves en nice-to-haves', 'Ready to start? Must-haves and nice-to-haves'),
  description: t(
    'Start pas met waardegedreven zorg als de must-haves aanwezig zijn; de nice-to-haves versnellen de start.',
    'Start value-based healthcare only when the must-haves are in place; the nice-to-haves speed up the start.',
  ),
  source: 'Linnean Initiatief, Handreiking Waardegedreven Zorg – Een goede voorbereiding',
  target: 2,
  recurrenceMonths: null,
  scale: { ...YES_PARTLY_NO, allowNotApplicable: false },
  themes: [
    {
      id: 'must-haves',
      title: t('Must-haves', 'Must-haves'),
      required: true,
      items: [
        q('clear-goals', 'De doelen zijn helder en haalbaar en worden gedeeld door de teamleden.', 'The goals are clear and achievable and shared by the team members.'),
        q('condition-defined', 'De ‘medische conditie’ en daarmee de patiëntendoelgroep is bepaald.', "The 'medical condition', and so the patient group, has been defined."),
        q('mdt-involved', 'Het multidisciplinaire team is betrokken.', 'The multidisciplinary team is involved.'),
        q('urgency', 'Er is een gevoel van urgentie: de status quo is niet langer wenselijk.', 'There is a sense of urgency: the status quo is no longer acceptable.'),
        q('it-support', 'Er is voldoende IT-ondersteuning.', 'There is sufficient IT support.'),
      ],
    },
    {
      id: 'nice-to-haves',
      title: t('Nice-to-haves', 'Nice-to-haves'),
      items: [
        q('resources', 'Er zijn middelen toegezegd en beschikbaar.', 'Resources have been committed and are available.'),
        q('outcome-set', 'Voor de patiëntenpopulatie bestaat al een uitkomstenset met de bijbehorende meetinstrumenten.', 'An outcome set with its measurement instruments already exists for the patient population.'),
        q('room-to-experiment', 'Er is ruimte om te experimenteren en te verbeteren.', 'There is room to experiment and improve.'),
        q('it-data-facilities', 'Waardegedreven IT- en datafaciliteiten zijn al beschikbaar.', 'Value-based IT and data facilities are already available.'),
        q('stakeholders', 'Interne stakeholders (bestuur, management, medische staf) zijn positief en toegewijd.', 'Internal stakeholders (board, management, medical staff) are positive and committed.'),
      ],
    },
  ],
});
