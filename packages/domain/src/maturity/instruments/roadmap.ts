import { defineInstrument, type RoadmapStage } from '../instrument';
import { t } from './text';

const e = (id: string, stage: RoadmapStage, nl: string, en: string) => ({ id, stage, text: t(nl, en) });

/**
 * The basis–verdieping roadmap (seed 000, "Overzicht basis en verdieping"): per theme the basic
 * elements a team sets up first and the deepening elements that come next, each marked not started /
 * in progress / done. Gaps list what is not done yet, basis first.
 */
export const ROADMAP = defineInstrument({
  key: 'roadmap',
  version: 1,
  kind: 'roadmap',
  title: t('Routekaart basis en verdieping', 'Roadmap: basics and deepening'),
  description: t(
    'Per thema de basiselementen en de verdieping. Markeer elk element als niet gestart, bezig of gereed; zo ziet het team wat er daarna komt.',
    'For each theme the basic elements and the deepening. Mark each element as not started, in progress or done, so the team sees what comes next.',
  ),
  source: 'LUMC, Waardegedreven Zorg – Overzicht basis en verdieping (2021)',
  target: 2,
  recurrenceMonths: 6,
  scale: {
    kind: 'choice',
    allowNotApplicable: true,
    options: [
      { value: 0, key: 'not-started', label: t('Niet gestart', 'Not started') },
      { value: 1, key: 'in-progress', label: t('Bezig', 'In progress') },
      { value: 2, key: 'done', label: t('Gereed', 'Done') },
    ],
  },
  themes: [
    {
      id: 'integrated-team',
      title: t('Geïntegreerd zorgteam', 'Integrated care team'),
      items: [
        e('compose-team', 'basis', 'Zorgteam samenstellen', 'Compose the care team'),
        e('formulate-goals', 'basis', 'Doelen formuleren', 'Formulate goals'),
        e('basic-care-path', 'basis', 'Basiszorgpad ingericht (op basis van best practices)', 'Basic care path set up (from best practices)'),
        e('improve-work-processes', 'basis', 'Werkprocessen verbeteren', 'Improve work processes'),
        e('divide-tasks', 'verdieping', 'Taken verdelen', 'Divide tasks'),
        e('case-manager', 'verdieping', 'Rol van casemanager', 'Case manager role'),
        e('governance', 'verdieping', 'Governance van een aandoeningsgerichte organisatie', 'Governance of a condition-based organisation'),
        e('involve-network', 'verdieping', 'Netwerk (keten) betrekken', 'Involve the network (chain partners)'),
      ],
    },
    {
      id: 'indicators',
      title: t('Doelen en indicatoren', 'Goals and indicators'),
      items: [
        e('define-outcome-set', 'basis', 'Uitkomstenset definiëren', 'Define the outcome set'),
        e('data-process-analysis', 'basis', 'Data- en procesanalyse: uitkomsteninformatie en datakwaliteit', 'Data and process analysis: outcome information and data quality'),
        e('basic-dashboards', 'basis', 'Basisdashboards', 'Basic dashboards'),
        e('deeper-analyses', 'verdieping', 'Verdiepende data-analyses', 'In-depth data analyses'),
        e('additional-dashboards', 'verdieping', 'Aanvullende dashboards', 'Additional dashboards'),
      ],
    },
    {
      id: 'costs',
      title: t('Kosten', 'Costs'),
      items: [
        e('largest-costs', 'basis', 'Grootste kostenposten in beeld', 'Largest cost items known'),
        e('cost-parameters', 'verdieping', 'Kostenparameters verzamelen', 'Collect cost parameters'),
        e('small-large-goals', 'verdieping', 'Kleine en grote doelen bepalen', 'Set small and large goals'),
        e('costs-to-outcomes', 'verdieping', 'Kosten koppelen aan uitkomsten: waarde', 'Link costs to outcomes: value'),
        e('cost-dashboard', 'verdieping', 'Kostendashboard', 'Cost dashboard'),
      ],
    },
    {
      id: 'learning-culture',
      title: t('Lerende cultuur', 'Learning culture'),
      items: [
        e('improvement-routine', 'basis', 'Verbeterroutine inrichten', 'Set up the improvement routine'),
        e('benchmark-existing', 'basis', 'Benchmarken op basis van wat er al is', 'Benchmark with what already exists'),
        e('value-evaluation', 'basis', 'Evalueren of waarde wordt vergroot', 'Evaluate whether value increases'),
        e('network-benchmark', 'verdieping', 'Benchmarken in een netwerk', 'Benchmark in a network'),
        e('team-maturity', 'verdieping', 'Teamvolwassenheid', 'Team maturity'),
        e('safe-leadership', 'verdieping', 'Leiderschap en veilige cultuur', 'Leadership and a safe culture'),
      ],
    },
    {
      id: 'science',
      title: t('Wetenschap', 'Science'),
      items: [
        e('evaluation-strategy', 'basis', 'Evaluatiestrategie: hoe aantonen wat invloed heeft', 'Evaluation strategy: how to show what has an effect'),
        e('legal-ethical-frame', 'basis', 'Juridische en ethische inkadering van datagebruik voor onderzoek', 'Legal and ethical framework for using data in research'),
        e('research-question', 'verdieping', 'Onderzoeksvraag', 'Research question'),
        e('research-design', 'verdieping', 'Onderzoeksdesign', 'Research design'),
        e('baseline-study', 'verdieping', 'Nulmeting', 'Baseline measurement'),
        e('interventions', 'verdieping', 'Interventies', 'Interventions'),
        e('funding', 'verdieping', 'Financiering', 'Funding'),
        e('publications', 'verdieping', 'Publicaties', 'Publications'),
      ],
    },
    {
      id: 'enabling-technology',
      title: t('Ondersteunende technologie', 'Enabling technology'),
      items: [
        e('ehr-setup', 'basis', 'Basisinrichting EPD: patiëntselectie, patiëntkenmerken, uitkomstmaten en procesparameters ingebouwd', 'Basic EHR set-up: patient selection, characteristics, outcome measures and process parameters built in'),
        e('ehr-compliance', 'basis', 'Goed en consistent gebruik van het EPD', 'Good and consistent use of the EHR'),
        e('source-registration', 'verdieping', 'Uitgebreidere registratie aan de bron', 'More extensive registration at the source'),
        e('data-products', 'verdieping', 'Dataproducten en hergebruik van data via het dataplatform', 'Data products and data reuse through the data platform'),
        e('care-path-navigation', 'verdieping', 'Zorgpadnavigatie voor patiënt en professionals', 'Care path navigation for patients and professionals'),
        e('home-monitoring', 'verdieping', 'Thuismonitoring', 'Home monitoring'),
        e('ai', 'verdieping', 'Kunstmatige intelligentie (AI) toepassen', 'Apply artificial intelligence (AI)'),
      ],
    },
    {
      id: 'patient-involvement',
      title: t('Patiëntbetrokkenheid', 'Patient involvement'),
      items: [
        e('patient-participation', 'basis', 'Patiëntparticipatie in waardegedreven zorg', 'Patient participation in value-based healthcare'),
        e('generic-proms', 'basis', 'Generieke PROMs verzamelen en terugkoppelen', 'Collect and feed back generic PROMs'),
        e('shared-decision-making', 'basis', 'Samen beslissen', 'Shared decision making'),
        e('patient-panel', 'verdieping', 'Patiëntenpanel benutten', 'Use a patient panel'),
        e('prems', 'verdieping', 'PREMs verzamelen en evalueren', 'Collect and evaluate PREMs'),
        e('patient-in-team', 'verdieping', 'Patiënt in het zorgteam', 'Patient in the care team'),
        e('specific-proms', 'verdieping', 'Vakspecifieke PROMs verzamelen en terugkoppelen', 'Collect and feed back condition-specific PROMs'),
      ],
    },
  ],
});
