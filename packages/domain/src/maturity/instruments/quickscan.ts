import { defineInstrument } from '../instrument';
import { t, YES_PARTLY_NO } from './text';

const q = (id: string, nl: string, en: string) => ({ id, text: t(nl, en) });

/**
 * QuickScan "Hoe waardegedreven werkt ons team?" (seed 003, Linnean handreiking): the seven strategic
 * themes of value-based healthcare, each with its closed tactical questions, answered yes / partly /
 * no / not applicable, and repeated every six months within the team.
 */
export const QUICKSCAN = defineInstrument({
  key: 'quickscan',
  version: 1,
  kind: 'quickscan',
  title: t('QuickScan: Hoe waardegedreven werkt ons team?', 'Quick scan: how value-based does our team work?'),
  description: t(
    'De zeven strategische thema’s van waardegedreven zorg, elk met tactische vragen. Vul de scan iedere zes maanden in met het team.',
    'The seven strategic themes of value-based healthcare, each with tactical questions. Fill in the scan with the team every six months.',
  ),
  source: 'Linnean Initiatief, Handreiking Waardegedreven Zorg',
  target: 2,
  recurrenceMonths: 6,
  scale: YES_PARTLY_NO,
  themes: [
    {
      id: 'integrated-team',
      title: t('Vorm een geïntegreerd multidisciplinair team of centrum', 'Form an integrated multidisciplinary team or centre'),
      items: [
        q('condition-defined', 'Is de patiëntengroep en de bijbehorende ‘medische conditie’ helder gedefinieerd?', "Are the patient group and its 'medical condition' clearly defined?"),
        q(
          'team-complete',
          'Zijn alle relevante zorgprofessionals, medische en operationele ondersteuners en een patiënt in het multidisciplinaire team vertegenwoordigd?',
          'Are all relevant care professionals, medical and operational support staff and a patient represented in the multidisciplinary team?',
        ),
        q('leadership', 'Is het leiderschap van het multidisciplinaire team geborgd?', 'Is the leadership of the multidisciplinary team secured?'),
        q('meetings', 'Zijn structurele voortgangs- en verbeteroverleggen opgezet?', 'Have regular progress and improvement meetings been set up?'),
      ],
    },
    {
      id: 'outcomes-care-paths',
      title: t('Meet & bespreek uitkomsten, definieer zorgpaden', 'Measure and discuss outcomes, define care paths'),
      items: [
        q(
          'outcome-set',
          'Is er een (inter)nationaal ontwikkelde uitkomstenset beschikbaar voor de gekozen ‘medische conditie’, of is deze door het team bepaald?',
          "Is a (inter)nationally developed outcome set available for the chosen 'medical condition', or has the team defined one?",
        ),
        q(
          'care-path-mapped',
          'Zijn de activiteiten binnen de zorgpaden van de ‘medische conditie’ in kaart gebracht, inclusief meetmomenten en meetinstrumenten?',
          "Have the activities in the care paths of the 'medical condition' been mapped, including measurement moments and instruments?",
        ),
        q('outcomes-in-consult', 'Worden de individuele scores op uitkomsten teruggekoppeld en besproken in de spreekkamer?', "Are individual outcome scores fed back and discussed in the consultation room?"),
      ],
    },
    {
      id: 'costs-payment',
      title: t('Meet kosten, maak afspraken voor betaling per zorgpad of zorgcyclus', 'Measure costs, agree on payment per care path or care cycle'),
      items: [
        q('cost-insight', 'Zijn de zorgactiviteiten vertaald naar inzicht in werkelijke kosten of kostendrijvers?', 'Have the care activities been translated into insight into actual costs or cost drivers?'),
        q('cost-reimbursement', 'Zijn de verhoudingen tussen de kosten en vergoedingen voor de ‘medische conditie’ bekend?', "Is the relation between costs and reimbursements for the 'medical condition' known?"),
        q('cost-steering', 'Is het MDT in staat om zelf te sturen op kosten en opbrengsten?', 'Is the MDT able to steer on costs and revenues itself?'),
        q(
          'payer-agreements',
          'Zijn afspraken gemaakt met de preferente zorgverzekeraar over waardegedreven bekostiging voor deze ‘medische conditie’?',
          "Have agreements been made with the preferred health insurer about value-based payment for this 'medical condition'?",
        ),
      ],
    },
    {
      id: 'integrate-care',
      title: t('Organiseer & integreer zorg over verschillende (keten)partijen', 'Organise and integrate care across (chain) partners'),
      items: [
        q('whole-chain', 'Organiseren en leveren jullie als MDT alle ketenbrede zorg voor de ‘medische conditie’?', "Does the MDT organise and deliver all care across the chain for the 'medical condition'?"),
        q(
          'related-mdts',
          'Werkt het MDT samen met andere MDT’s die zich richten op aanverwante ‘medische condities’ of veelvoorkomende comorbiditeiten?',
          "Does the MDT work with other MDTs for related 'medical conditions' or common comorbidities?",
        ),
        q('suppliers', 'Zijn toeleveranciers aangehaakt?', 'Are suppliers involved?'),
      ],
    },
    {
      id: 'learn-share',
      title: t('Leer en deel informatie over uitkomsten, processen en kosten', 'Learn and share information on outcomes, processes and costs'),
      items: [
        q('proms-shared-decisions', 'Gebruiken zorgverleners de PROMs-resultaten van individuele patiënten om samen met de patiënt te beslissen?', "Do clinicians use individual patients' PROM results to decide together with the patient?"),
        q('mdt-reviews', 'Kijkt het MDT regelmatig naar verzamelde uitkomsten, processen en kosten?', 'Does the MDT regularly review collected outcomes, processes and costs?'),
        q(
          'transparent-benchmark',
          'Worden geaggregeerde en geanonimiseerde gezondheidsuitkomsten transparant gedeeld met interne en externe stakeholders, ter informatie en als benchmark?',
          'Are aggregated and anonymised health outcomes shared transparently with internal and external stakeholders, for information and as a benchmark?',
        ),
      ],
    },
    {
      id: 'it-environment',
      title: t('Organiseer een ondersteunende IT-omgeving', 'Organise a supporting IT environment'),
      items: [
        q(
          'data-recorded',
          'Wordt de meest relevante data (uitkomsten, procesdata, patiëntkenmerken en kosten) digitaal en eenduidig vastgelegd?',
          'Are the most relevant data (outcomes, process data, patient characteristics and costs) recorded digitally and unambiguously?',
        ),
        q('data-available', 'Worden data beschikbaar gemaakt voor (visueel) inzicht, analyses/studies en rapportages?', 'Are data made available for (visual) insight, analyses/studies and reports?'),
        q('data-shared-safely', 'Kunnen data veilig gedeeld en gekoppeld worden met andere data, o.a. voor benchmarking?', 'Can data be shared and linked safely with other data, e.g. for benchmarking?'),
      ],
    },
    {
      id: 'culture-leadership',
      title: t('Stimuleer cultuur en leiderschap', 'Foster culture and leadership'),
      items: [
        q('dual-leadership', 'Is het duale leiderschapsteam inspirerend, communicatief vaardig en gemandateerd?', 'Is the dual leadership team inspiring, a good communicator and mandated?'),
        q('shared-responsibility', 'Voelen de leden van het MDT gezamenlijke verantwoordelijkheid voor de zorgactiviteiten, uitkomsten en kosten?', 'Do MDT members feel shared responsibility for care activities, outcomes and costs?'),
        q('trust-culture', 'Heerst er binnen het team een cultuur van enthousiasme en vertrouwen, van veilig samen leren en verbeteren?', 'Does the team have a culture of enthusiasm and trust, of learning and improving together safely?'),
        q('room-for-innovation', 'Krijgt innovatie met de potentie waarde toe te voegen voldoende ruimte in het MDT?', 'Does innovation that could add value get enough room in the MDT?'),
      ],
    },
  ],
});
