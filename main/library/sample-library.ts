// The first-run sample library: two real reports (shipped with the app, never read from elsewhere at run time)
// and short summaries written for the sample library, each labelled as such. The summaries restate reported facts
// in our own words; they are not the outlets' text.
import type { NewArticle } from './articles';

export const SAMPLE_STORY = 'Deraa, June 2018';

const FRENCH_REPORT =
  'Le site Al-Masdar affirme avoir obtenu les détails de l’offre du cessez-le-feu russe aux terroristes d’al-Qaïda retranchés à Deraa dans le sud-ouest de la Syrie.\nSelon une source militaire, le Centre russe pour la réconciliation des parties en conflit en Syrie aurait proposé aux groupes armés un accord de réconciliation qui mettrait immédiatement fin aux combats et établirait des organes chargés d’administrer ces groupes à Deraa.\nToujours selon la source, le centre russe aurait offert un cessez-le-feu si les terroristes acceptaient de remettre leurs armes lourdes et semi-lourdes à l’armée syrienne et de rejoindre une « police militaire neutre ».\nLe centre russe a proposé de transporter tous les terroristes qui refuseraient de se désarmer vers le nord, dans les gouvernorats d’Idlib et d’Alep. En outre, tous les hommes armés étant disposés à négocier avec le gouvernement seront autorisés à le faire.\nLa source a ajouté que le cessez-le-feu de 12 heures qui est entré en vigueur ce vendredi 29 juin implique seulement les forces russes et les terroristes, l’armée syrienne ne participant pas à cette initiative.\nCela intervient alors que les autorités russes ont exprimé leur doute quant au retrait américain du sud de la Syrie à l’approche d’une rencontre imminente entre les dirigeants russe et américain.\nLa question syrienne sera largement discutée lors de la rencontre du 16 juillet entre le président russe Vladimir Poutine et son homologue américain Donald Trump à Helsinki, a déclaré le porte-parole du président russe Dmitri Peskov aux médias vendredi.\nCNN a déclaré jeudi que Trump espérait conclure un accord avec Poutine à Helsinki qui permettrait un retrait rapide des troupes américaines de Syrie.\n« Je n’ai aucune idée sur quoi se fonde le rapport de CNN, s’il y a quelque chose de réel derrière ce rapport. Nous ne savons rien et ne pouvons qu’être surpris », a déclaré Peskov.\n« Ils disent que Trump va discuter de ce problème. Nous ne savons rien de ce dont Trump va parler. Cependant, il ne fait aucun doute que la question syrienne sera largement discutée au sommet. Une discussion détaillée sur la Syrie est attendue », a-t-il ajouté.';

const VOA_EXCERPT =
  "Thousands of civilians have fled rebel-held regions in and around Syria’s southern city of Daraa, as government forces intensify their offensive to regain territory with heavy shelling and powerful airstrikes. Daraa is the city where Syria's bloody and protracted civil war began in March 2011.\nArab media showed amateur video of powerful airstrikes by Syrian government warplanes and Russian fighter jets during the past 24 hours in the Daraa region in the south of the country. The nearby rebel-held town of Busra al Harir was pounded heavily, according to rebel sources.\nSyrian state TV claimed the Syrian Army was intensifying its offensive against the areas around Daraa in order to restore control over the region and stop rebel shelling of government-held areas.\nThe BBC Arabic service and Saudi-owned Al Arabiya TV claimed that more than 14,000 civilians have fled government attacks during the past four days. Amateur video showed civilians pitching tents and cooking on open fires. VOA could not independently confirm the figures.\nSyrian government TV also accused rebel groups, including the al-Qaida affiliated Jabhat al Nusra of targeting government mediation efforts to bring about reconciliation with rebel-held towns in the Daraa area.\nAnalyst Mahmoud Abdel Salam claimed rebel groups had “harassed or killed a number of tribal mediators, in order to hamper reconciliation efforts.”\nAmerican University of Beirut Political Science Professor Hilal Khashan tells VOA he thinks one of the chief objectives of the government offensive is to reopen Syria’s main border crossing with Jordan, which has been closed for several years:\n“One of the objectives of the offensive is to head directly to the Jordanian border and reopen the (main) border crossing, with the understanding that the Syrian Army will not come close to the (1973) ceasefire line on the Golan (Heights),” said Khashan.";

/**
 * The sample story's own names and framing, in the sample library's lexicon (not the engine's data): the Russian
 * reconciliation centre under its French and English names, Al-Masdar with and without "News", and the French
 * relays' "terroristes d'al-Qaïda" for the fighters others call rebels.
 */
export const SAMPLE_LEXICON: readonly { kind: 'alias' | 'label'; terms: string[] }[] = [
  {
    kind: 'alias',
    terms: [
      'Centre russe pour la réconciliation des parties en conflit',
      'Russian reconciliation centre',
      'centre russe',
    ],
  },
  { kind: 'alias', terms: ['Al-Masdar', 'Al-Masdar News', 'AMN'] },
  { kind: 'label', terms: ["terroristes d'al-Qaïda", 'rebels'] },
];

export const SAMPLE_ARTICLES: readonly NewArticle[] = [
  {
    title: "Cessez-le-feu russe à Deraa et sommet d'Helsinki",
    text: FRENCH_REPORT,
    outlet: null,
    publishedAt: '2018-06-29',
    language: 'fr',
    provenance:
      'French-language report of 29 June 2018 relaying Al-Masdar News and CNN; provided by the person Parallax is built for. The outlet is not named in the text.',
    stories: [SAMPLE_STORY],
  },
  {
    title: 'Thousands flee as Syrian government presses Daraa offensive (excerpt)',
    text: VOA_EXCERPT,
    outlet: 'Voice of America',
    publishedAt: '2018-06-24',
    language: 'en',
    provenance:
      'Voice of America report, about 22-24 June 2018; public domain (work of the US federal government). Excerpt: the end of the original is missing.',
    stories: [SAMPLE_STORY],
  },
  {
    title: 'CNN report on a possible US withdrawal from Syria (summary written for the sample library)',
    text: [
      "Summary written for the Parallax sample library; these are not CNN's words.",
      "On 28 June 2018 CNN reported, citing two diplomatic sources, that Trump told Jordan's King Abdullah II earlier this week that he hoped to strike a deal with Putin on southwest Syria at their Helsinki summit on 16 July.",
      'Such a deal would allow US troops to leave Syria quickly.',
      'Under the plan described, Russia would help the Syrian government retake the area along the Jordanian border.',
      'US-backed rebels would be kept safe and allowed to leave, and Iran-backed forces would be kept away from the border.',
      'US officials said Syria was on the summit agenda.',
    ].join('\n'),
    outlet: 'CNN',
    publishedAt: '2018-06-28',
    language: 'en',
    isSummary: true,
    provenance:
      "Summary written for the Parallax sample library from public reporting of 28 June 2018. Not the outlet's text.",
    stories: [SAMPLE_STORY],
  },
  {
    title: 'Al-Masdar on the Russian ceasefire offer in Deraa (summary written for the sample library)',
    text: [
      "Summary written for the Parallax sample library; these are not Al-Masdar's words.",
      'According to a military source, the Russian reconciliation centre offered the armed groups in Deraa a ceasefire on 29 June 2018.',
      'The groups would hand their heavy and semi-heavy weapons to the Syrian army and join a neutral military police.',
      'Fighters who refuse will be taken north to Idlib and Aleppo.',
      'The 12-hour truce that began on Friday involves only Russian forces and the armed groups; the Syrian army is not taking part.',
    ].join('\n'),
    outlet: 'Al-Masdar News',
    publishedAt: '2018-06-29',
    language: 'en',
    isSummary: true,
    provenance:
      "Summary written for the Parallax sample library from public reporting of 29 June 2018. Not the outlet's text.",
    stories: [SAMPLE_STORY],
  },
  {
    title: 'The New Arab on the Russian ultimatum in Deraa (summary written for the sample library)',
    text: [
      "Summary written for the Parallax sample library; these are not The New Arab's words.",
      'Russia gave the rebels in Deraa a 12-hour ultimatum on 29 June 2018, and the bombing would resume at noon.',
      'Citing Al-Masdar, the report says that the rebels in Deraa themselves proposed the 29 June truce.',
      'The rebels would hand their heavy and semi-heavy weapons to the Syrian army.',
      'Rebels who refuse will be taken north to Idlib.',
      'The government offensive began on 19 June.',
    ].join('\n'),
    outlet: 'The New Arab',
    publishedAt: '2018-06-29',
    language: 'en',
    isSummary: true,
    provenance:
      "Summary written for the Parallax sample library from public reporting of 29 June 2018. Not the outlet's text.",
    stories: [SAMPLE_STORY],
  },
];
