import { defineInstrument } from '../instrument';
import { levels, t } from './text';

/**
 * Maturity meter of the improvement system (seed 000, "volwassenheidsmeter verbetersysteem"): the
 * team's improvement system on purpose, process and people, against the end state the seed defines
 * ("einddoel verbetersysteem bij een zorgteam"). Level 4 is that end state; level 5 means it sustains
 * itself and keeps learning. Used for the 0-meting (step 1) and the hermeting (step 6).
 */
export const MATURITY_METER = defineInstrument({
  key: 'maturity-meter',
  version: 1,
  kind: 'maturity',
  title: t('Volwassenheidsmeter verbetersysteem', 'Improvement system maturity meter'),
  description: t(
    'Hoe volwassen is het verbetersysteem van het zorgteam op purpose, process en people? Kies per element het niveau dat het best past bij wat u nu ziet, en onderbouw het met bewijs.',
    "How mature is the care team's improvement system on purpose, process and people? For each element choose the level that best matches what you see now, and support it with evidence.",
  ),
  source: 'LUMC, Waardegedreven Zorg – Stappenplan Verbetersysteem (2021)',
  target: 4,
  recurrenceMonths: 6,
  scale: {
    kind: 'levels',
    allowNotApplicable: false,
    options: [
      { value: 1, key: 'level-1', label: t('1 – Afwezig', '1 – Absent') },
      { value: 2, key: 'level-2', label: t('2 – Beginnend', '2 – Initial') },
      { value: 3, key: 'level-3', label: t('3 – In ontwikkeling', '3 – Developing') },
      { value: 4, key: 'level-4', label: t('4 – Ingebed', '4 – Embedded') },
      { value: 5, key: 'level-5', label: t('5 – Geborgd en lerend', '5 – Sustained and learning') },
    ],
  },
  themes: [
    {
      id: 'purpose',
      title: t('Purpose', 'Purpose'),
      description: t('Doelen en indicatoren', 'Goals and indicators'),
      items: [
        {
          id: 'goal-set',
          text: t(
            'Er is een minimale set doelen bepaald t.a.v. DROMs, PROMs, PREMs, kosten, procesmaten en medewerkertevredenheid.',
            'A minimal goal set has been agreed covering clinical outcomes (DROMs), PROMs, PREMs, costs, process measures and staff satisfaction.',
          ),
          levels: levels(
            t('Er zijn geen expliciete teamdoelen.', 'There are no explicit team goals.'),
            t('Er zijn losse doelen, vooral op proces of productie; niet vastgelegd of gedeeld.', 'There are separate goals, mostly on process or production; not recorded or shared.'),
            t('Een doelenset is vastgelegd maar dekt niet alle domeinen (bijv. geen PROMs of MTV).', 'A goal set is recorded but does not cover every domain (e.g. no PROMs or staff satisfaction).'),
            t('De minimale doelenset dekt alle zes domeinen en is SMART vastgelegd en gedeeld.', 'The minimal goal set covers all six domains and is recorded SMART and shared.'),
            t('De doelenset wordt jaarlijks herijkt op basis van resultaten en patiëntinbreng.', 'The goal set is reviewed every year based on results and patient input.'),
          ),
        },
        {
          id: 'indicators',
          text: t(
            'Bij elk doel hoort een indicator met actuele data, zichtbaar in een dashboard of andere weergave.',
            'Every goal has an indicator with current data, visible in a dashboard or another view.',
          ),
          levels: levels(
            t('Er zijn geen indicatoren of data bij de doelen.', 'There are no indicators or data for the goals.'),
            t('Voor enkele doelen zijn data beschikbaar, handmatig en incidenteel verzameld.', 'Data exist for a few goals, collected by hand and occasionally.'),
            t('De meeste doelen hebben een indicator; data komen met vertraging of wisselende kwaliteit.', 'Most goals have an indicator; data arrive late or with varying quality.'),
            t('Alle doelen hebben een indicator met actuele data in een dashboard, als SPC-grafiek.', 'Every goal has an indicator with current data in a dashboard, as an SPC chart.'),
            t('Datakwaliteit wordt bewaakt; het team verfijnt indicatoren en case-mix filters zelf.', 'Data quality is monitored; the team refines indicators and case-mix filters itself.'),
          ),
        },
      ],
    },
    {
      id: 'process',
      title: t('Process', 'Process'),
      description: t('Verbetercyclus en PDCA', 'Improvement cycle and PDCA'),
      items: [
        {
          id: 'improvement-meeting',
          text: t(
            'Doelen en indicatoren worden periodiek (zo kortcyclisch als kan) besproken in een vast verbeteroverleg met een vaste agenda.',
            'Goals and indicators are discussed periodically (as often as possible) in a fixed improvement meeting with a fixed agenda.',
          ),
          levels: levels(
            t('Kwaliteit en verbeteren komen niet structureel in een overleg aan bod.', 'Quality and improvement are not discussed in any meeting on a regular basis.'),
            t('Verbeteren komt ad hoc aan bod, bijv. na een incident.', 'Improvement comes up ad hoc, e.g. after an incident.'),
            t('Er is een verbeteroverleg, maar zonder vaste agenda of frequentie.', 'There is an improvement meeting, but without a fixed agenda or frequency.'),
            t('Een vast verbeteroverleg met vaste agenda bespreekt de doelen in een vaste frequentie.', 'A fixed improvement meeting with a fixed agenda discusses the goals at a fixed frequency.'),
            t('Het overleg is kortcyclisch, goed bezocht en wordt zelf geëvalueerd en verbeterd.', 'The meeting is short-cycle, well attended and evaluated and improved by the team itself.'),
          ),
        },
        {
          id: 'meeting-matrix',
          text: t(
            'Het is vastgelegd welke indicator in welk overleg en met welke frequentie besproken wordt (overleg × indicatoren matrix).',
            'It is recorded which indicator is discussed in which meeting and how often (meeting × indicator matrix).',
          ),
          levels: levels(
            t('Er is geen overzicht van overleggen en indicatoren.', 'There is no overview of meetings and indicators.'),
            t('Overleggen zijn bekend, maar niet welke indicatoren er besproken worden.', 'Meetings are known, but not which indicators they discuss.'),
            t('Een matrix bestaat, maar wordt niet gevolgd of is onvolledig.', 'A matrix exists but is not followed or is incomplete.'),
            t('Elk doel heeft een vast overleg en frequentie; de agenda volgt de matrix.', 'Every goal has a fixed meeting and frequency; the agenda follows the matrix.'),
            t('De matrix wordt periodiek herzien; escalatie tussen overleggen (huddle → MDO → bestuur) werkt.', 'The matrix is reviewed periodically; escalation between meetings (huddle → MDT → board) works.'),
          ),
        },
        {
          id: 'pdca',
          text: t('Het zorgteam past PDCA toe bij verbeterinitiatieven.', 'The care team applies PDCA to improvement initiatives.'),
          levels: levels(
            t('Verbeteringen worden ingevoerd zonder plan of evaluatie.', 'Changes are introduced without a plan or evaluation.'),
            t('Enkele teamleden kennen PDCA; gebruik is incidenteel.', 'Some team members know PDCA; it is used occasionally.'),
            t('PDCA wordt gebruikt, maar de Check- en Act-stap worden vaak overgeslagen.', 'PDCA is used, but the Check and Act steps are often skipped.'),
            t('Verbeterinitiatieven doorlopen PDCA (bijv. met een A3) en worden op data geëvalueerd.', 'Improvement initiatives go through PDCA (e.g. with an A3) and are evaluated on data.'),
            t('Het team draait meerdere PDSA-cycli en deelt wat werkt met andere teams.', 'The team runs several PDSA cycles and shares what works with other teams.'),
          ),
        },
      ],
    },
    {
      id: 'people',
      title: t('People', 'People'),
      description: t('Eigenaarschap, prestatiedialoog en leercultuur', 'Ownership, performance dialogue and learning culture'),
      items: [
        {
          id: 'goal-owners',
          text: t(
            'Per doel is een eigenaar benoemd die in het overleg volgens de prestatiedialoog een statusupdate geeft.',
            'Every goal has a named owner who gives a status update in the meeting following the performance dialogue.',
          ),
          levels: levels(
            t('Doelen hebben geen eigenaar.', 'Goals have no owner.'),
            t('Eigenaren zijn benoemd maar geven geen statusupdate.', 'Owners are named but give no status update.'),
            t('Eigenaren geven een statusupdate, nog niet volgens de prestatiedialoog.', 'Owners give a status update, not yet following the performance dialogue.'),
            t('Eigenaren geven een gestructureerde statusupdate (op/naast koers, verklaring, actie).', 'Owners give a structured status update (on/off track, explanation, action).'),
            t('Eigenaren tonen zichtbaar verantwoordelijkheid en coachen elkaar in de dialoog.', 'Owners visibly take responsibility and coach each other in the dialogue.'),
          ),
        },
        {
          id: 'learning-culture',
          text: t(
            'In het zorgteam wordt geleerd van successen en obstakels; er is een veilige leeromgeving.',
            'The care team learns from successes and obstacles; there is a safe learning environment.',
          ),
          levels: levels(
            t('Fouten en tegenvallers worden niet besproken.', 'Mistakes and setbacks are not discussed.'),
            t('Tegenvallers worden besproken, vooral op zoek naar een schuldige.', 'Setbacks are discussed, mainly looking for someone to blame.'),
            t('Successen en obstakels worden soms besproken; niet iedereen durft zich uit te spreken.', 'Successes and obstacles are sometimes discussed; not everyone dares to speak up.'),
            t('Het team bespreekt successen en obstakels open en leert er structureel van.', 'The team discusses successes and obstacles openly and learns from them as a routine.'),
            t('Psychologische veiligheid is hoog; iedereen, ook de patiënt, brengt ideeën in.', 'Psychological safety is high; everyone, including the patient, brings in ideas.'),
          ),
        },
        {
          id: 'handover',
          text: t(
            'Het verbetersysteem is geborgd: een greenbelt of kwaliteitsadviseur in het team houdt het gaande.',
            'The improvement system is sustained: a green belt or quality advisor within the team keeps it going.',
          ),
          levels: levels(
            t('Het verbetersysteem hangt af van een externe adviseur.', 'The improvement system depends on an external advisor.'),
            t('Iemand in het team is aangewezen, maar zonder tijd of opleiding.', 'Someone in the team has been named, but without time or training.'),
            t('Een teamlid wordt opgeleid en neemt taken over.', 'A team member is being trained and takes over tasks.'),
            t('Een opgeleide greenbelt of kwaliteitsadviseur in het team draagt het systeem.', 'A trained green belt or quality advisor within the team carries the system.'),
            t('Het systeem blijft werken bij wisselingen in het team; kennis wordt doorgegeven.', 'The system keeps working when team members change; knowledge is passed on.'),
          ),
        },
      ],
    },
  ],
});
