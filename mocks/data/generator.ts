import { buildFeedPages, DEFAULT_PAGE_SIZE, publication, type FeedPageFile } from './feed-pages.ts';
import { illustrations } from './images.ts';
import type { JsonFeedAuthor, JsonFeedItem } from './json-feed.ts';

/**
 * Seeded generator of a plausible Odessa Journal feed of any size, for load tests and
 * for checking the reader against many shapes of article. The same seed always gives
 * the same items, and a shorter run is a prefix of a longer one with the same seed.
 */

export interface GenerateItemsOptions {
  seed: number;
  count: number;
  /** Publication date of the newest item; older items step back from it. */
  startDate?: string | Date;
}

export interface GenerateFeedPagesOptions {
  seed: number;
  count: number;
  pageSize?: number;
  startDate?: string | Date;
}

const DEFAULT_START = '2026-11-20T18:00:00+02:00';
const KYIV_WINTER_OFFSET_MS = 2 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export function generateItems({
  seed,
  count,
  startDate = DEFAULT_START,
}: GenerateItemsOptions): JsonFeedItem[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number, got ${count}`);
  }
  const start = typeof startDate === 'string' ? Date.parse(startDate) : startDate.getTime();
  if (Number.isNaN(start)) throw new RangeError(`startDate is not a date: ${String(startDate)}`);

  const random = createRandom(seed);
  const items: JsonFeedItem[] = new Array<JsonFeedItem>(count);
  let time = start;
  for (let index = 0; index < count; index += 1) {
    items[index] = generateItem(random, `oj-g${seed}-${String(index + 1).padStart(6, '0')}`, time);
    // Roughly five articles a day, so a few hundred items span several months.
    time -= random.int(20, 600) * MINUTE_MS;
  }
  return items;
}

/** Generated items, paged exactly as the fixtures are (same code path). */
export function generateFeedPages({
  seed,
  count,
  pageSize = DEFAULT_PAGE_SIZE,
  startDate,
}: GenerateFeedPagesOptions): FeedPageFile[] {
  return buildFeedPages(generateItems({ seed, count, startDate }), pageSize);
}

/** mulberry32: tiny, fast and good enough for fixtures; not for anything secret. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  pickSome: <T>(list: readonly T[], howMany: number) => T[];
}

function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    pickSome: <T>(list: readonly T[], howMany: number) => {
      const pool = [...list];
      const chosen: T[] = [];
      while (chosen.length < howMany && pool.length > 0) {
        chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      }
      return chosen;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Word banks

/** A headline subject and whether it takes a plural verb. */
type Subject = readonly [text: string, plural: boolean];

interface Person {
  name: string;
  surname: string;
  role: string;
}

interface Context {
  /** Subject + predicate, e.g. "Odesa port extends grain corridor talks". */
  clause: string;
  place: string;
  weekday: string;
  number: number;
  person: Person;
  /** A second voice, so one article does not introduce the same person twice. */
  expert: Person;
}

type Template = (c: Context) => string;

interface SectionBank {
  subjects: readonly Subject[];
  /** Predicates in the plural form; the singular is derived. */
  predicates: readonly string[];
  tags: readonly string[];
  context: readonly string[];
  paragraphs: readonly Template[];
  listIntro: string;
  listItems: readonly Template[];
}

const banks: Record<string, SectionBank> = {
  Diplomacy: {
    subjects: [
      ['Kyiv', false],
      ['The foreign ministry', false],
      ['Brussels', false],
      ['Ukraine and Moldova', true],
      ['Baltic ministers', true],
      ['Ankara', false],
      ['Black Sea states', true],
      ['Parliament', false],
      ['Warsaw and Kyiv', true],
      ['Odesa port', false],
    ],
    predicates: [
      'extend grain corridor talks',
      'open a new round of accession talks',
      'revive a deal on Danube shipping',
      'weigh a pact on mine clearance',
      'resume talks on prisoner exchanges',
      'back a reconstruction fund for the south',
      'sign joint customs rules',
      'postpone a vote on the heritage agreement',
      'push for inspections of energy sites',
      'seek insurance guarantees for Black Sea cargo',
    ],
    tags: ['EU accession', 'Black Sea', 'Trade', 'Negotiations', 'Moldova', 'Türkiye', 'Grain'],
    context: [
      'Diplomats described the talks as difficult but constructive.',
      'The text still has to be approved by several parliaments.',
      'Exporters in the south have waited for the decision for months.',
    ],
    paragraphs: [
      (c) =>
        `Negotiators met behind closed doors for most of ${c.weekday}. Officials who attended said the sessions focused on practical details rather than declarations, a change that several delegations had asked for.`,
      (c) =>
        `For businesses in ${c.place}, the details matter more than the headlines. Shipping companies, farmers and hauliers have all asked for rules that stay the same for longer than a season.`,
      (c) =>
        `The agreement, if signed, would run for ${c.number} months before it has to be renewed. Critics say that is too short to plan investments around.`,
    ],
    listIntro: 'The draft, seen by the Journal, includes:',
    listItems: [
      (c) => `A review of the arrangement every ${c.number} weeks`,
      () => 'A joint commission to settle disputes',
      () => 'Published data on cargo volumes and inspections',
      (c) => `A liaison office in ${c.place}`,
      () => 'A clause allowing either side to suspend it at short notice',
    ],
  },
  War: {
    subjects: [
      ['Air defence crews', true],
      ['The navy', false],
      ['Sappers', true],
      ['Odesa region', false],
      ['Energy workers', true],
      ['Volunteer medics', true],
      ['The defence ministry', false],
      ['Mykolaiv region', false],
      ['Regional authorities', true],
    ],
    predicates: [
      'report a night of heavy drone attacks',
      'brace for a winter of strikes on the grid',
      'count the damage after an overnight attack',
      'expand shelters near the coast',
      'step up patrols against sea drones',
      'clear mined fields before the sowing season',
      'restore power to southern districts',
      'open new rehabilitation places',
      'warn of more attacks on port infrastructure',
    ],
    tags: ['Air defence', 'Drones', 'Demining', 'Energy', 'Navy', 'Shelters', 'Veterans'],
    context: [
      'Nobody was killed, officials said, though several people were treated for injuries.',
      'The attacks have grown larger and more complex since the summer.',
      'Residents spent part of the night in shelters.',
    ],
    paragraphs: [
      (c) =>
        `The alert sounded shortly after midnight and lasted almost ${smallNumberWord(c.number)} hours. Residents of ${c.place} reported hearing explosions and the sound of heavy machine guns from mobile fire groups.`,
      (c) =>
        `Officials said ${c.number} drones were launched at the region overnight, most of them intercepted over the sea or the steppe. Debris damaged several houses and a warehouse.`,
      () =>
        `Repair crews began work before the all-clear, using equipment kept in reserve since last winter. By the afternoon, hospitals and water pumping stations had power again.`,
    ],
    listIntro: 'According to the regional administration:',
    listItems: [
      (c) => `${c.number} drones were shot down`,
      () => 'Two substations were damaged',
      () => 'Emergency services answered calls across three districts',
      () => 'Schools will open as planned, with lessons in shelters',
      (c) => `Repairs in ${c.place} are expected to take several days`,
    ],
  },
  Business: {
    subjects: [
      ['Odesa port', false],
      ['Grain exporters', true],
      ['Danube terminals', true],
      ['Solar installers', true],
      ['Bessarabian wineries', true],
      ['A Mykolaiv shipyard', false],
      ['The central bank', false],
      ['Tech firms in Odesa', true],
      ['Market traders', true],
    ],
    predicates: [
      'raise forecasts for the winter',
      'report a third month of growth',
      'bet on new processing capacity',
      'struggle with a rail bottleneck',
      'win new orders abroad',
      'cut costs as insurance premiums fall',
      'hire again after a long pause',
      'adapt to blackout schedules',
      'look for investors in Northern Europe',
    ],
    tags: ['Ports', 'Logistics', 'Exports', 'Investment', 'Energy', 'Small business', 'Hryvnia'],
    context: [
      'The figures were published by the port authority on Monday.',
      'Economists warned that the recovery remains fragile.',
      'Lenders have become more willing to finance projects in the south.',
    ],
    paragraphs: [
      (c) =>
        `Cargo volumes rose by ${c.number} per cent compared with the same period last year, driven by grain, oilseeds and a slow recovery in container traffic.`,
      (c) =>
        `Companies in ${c.place} say the biggest costs are no longer freight rates but generators, fuel and insurance. Several have installed their own solar panels and batteries.`,
      () =>
        `Bankers say demand for credit has returned, especially from farmers and logistics firms. A partial state guarantee against war damage has made lending less risky.`,
    ],
    listIntro: 'The main figures for the quarter were:',
    listItems: [
      (c) => `Exports up ${c.number} per cent`,
      () => 'Container traffic at about half of its pre-war level',
      (c) => `${c.number * 12} new jobs registered in the region`,
      () => 'Average waiting times at the border down to a day',
      () => 'Insurance premiums below one per cent of hull value',
    ],
  },
  Society: {
    subjects: [
      ['Displaced families', true],
      ['Teachers in the south', true],
      ['Odesa’s libraries', true],
      ['A veterans’ hotline', false],
      ['Young Ukrainians', true],
      ['Nurses', true],
      ['Pensioners', true],
      ['Volunteers', true],
      ['Parents', true],
    ],
    predicates: [
      'find new ways to cope with blackouts',
      'push for accessible public spaces',
      'fill evening language classes',
      'map shelters across the city',
      'train for long-term rehabilitation',
      'share flats and generators',
      'return home in growing numbers',
      'ask the city for more support',
      'turn waiting into community',
    ],
    tags: ['Community', 'Education', 'Volunteers', 'Health', 'Housing', 'Language', 'Youth'],
    context: [
      'Social workers say the need has grown since last winter.',
      'The initiative began with a handful of volunteers.',
      'The city has promised to study the proposals.',
    ],
    paragraphs: [
      (c) =>
        `About ${c.number * 10} people have taken part so far, according to the organisers. Most heard about it from neighbours or from posts in local chat groups.`,
      (c) =>
        `In the courtyards of ${c.place}, the changes are easy to see: a shared generator, a rota on the door, children doing homework by the light of a power bank.`,
      () =>
        `Sociologists say such initiatives have become one of the main ways Ukrainians support each other, often trusted more than any institution.`,
    ],
    listIntro: 'Those involved say the main needs are:',
    listItems: [
      () => 'Reliable power for lifts and water pumps',
      () => 'Psychologists who can see families quickly',
      () => 'Affordable rooms for displaced people',
      () => 'More places in evening classes',
      (c) => `A permanent meeting place in ${c.place}`,
    ],
  },
  Culture: {
    subjects: [
      ['The opera house', false],
      ['Odesa poets', true],
      ['A folk ensemble', false],
      ['Street artists', true],
      ['The film festival', false],
      ['Museum curators', true],
      ['Young designers', true],
      ['A jazz quartet', false],
      ['Translators', true],
    ],
    predicates: [
      'play to full halls despite the alerts',
      'move performances into shelters',
      'bring Odesa stories to new readers',
      'restore works kept in storage for years',
      'sell out a tour abroad',
      'put embroidery back on the streets',
      'revive a forgotten repertoire',
      'repaint the city’s blank walls',
      'open a season of new work',
    ],
    tags: ['Theatre', 'Music', 'Literature', 'Art', 'Film', 'Heritage', 'Festival'],
    context: [
      'Tickets sold out within hours.',
      'Critics have praised the work’s lightness of touch.',
      'Organisers plan to repeat the event next year.',
    ],
    paragraphs: [
      (c) =>
        `The audience of about ${c.number * 20} people stayed through an air-raid alert, moving to the shelter and back without complaint.`,
      (c) =>
        `Much of the work was made in ${c.place} in the past two years, by artists who stayed in the city or returned to it.`,
      () =>
        `The programme mixes the classics with new work, a combination that the organisers say reflects the city itself: old, stubborn, and always arguing with itself.`,
    ],
    listIntro: 'Highlights of the programme include:',
    listItems: [
      () => 'An evening of Odesa songs from the 1920s',
      () => 'A new piece for choir and cimbalom',
      (c) => `A photography exhibition from ${c.place}`,
      () => 'A reading by poets writing in two languages',
      () => 'A family concert on Sunday morning',
    ],
  },
  Odesa: {
    subjects: [
      ['City hall', false],
      ['Pryvoz traders', true],
      ['The tram company', false],
      ['Residents of Moldavanka', true],
      ['The water company', false],
      ['Lifeguards', true],
      ['The port authority', false],
      ['Café owners on Derybasivska', true],
      ['Volunteers', true],
    ],
    predicates: [
      'announce a new repair schedule',
      'prepare for the winter storms',
      'reopen a line closed for years',
      'count the city’s courtyard cats',
      'restore the old paving',
      'launch night services for shift workers',
      'ask for clearer outage timetables',
      'reopen part of the seafront',
      'celebrate the city’s birthday quietly',
    ],
    tags: ['City life', 'Transport', 'Old town', 'Utilities', 'Seafront', 'Pryvoz', 'City council'],
    context: [
      'The city council approved the plan on Friday.',
      'Residents have been asking for the change for years.',
      'Work will be done in stages to keep the street open.',
    ],
    paragraphs: [
      (c) =>
        `The work will begin in ${c.place} and continue district by district. The city says it will publish a timetable each week on its website.`,
      (c) =>
        `About ${c.number * 100} households will be affected, according to the council. Water tanks and charging points will be set up at schools in the areas concerned.`,
      () =>
        `Odesa’s old town, listed by UNESCO, brings its own complications: every repair has to respect the original materials, from granite slabs to cast-iron railings.`,
    ],
    listIntro: 'What residents need to know:',
    listItems: [
      () => 'Work starts at eight in the morning',
      () => 'Detours will be signposted',
      (c) => `The office in ${c.place} will answer questions by phone`,
      () => 'The schedule may change during air-raid alerts',
      () => 'Public transport will run on a reduced timetable',
    ],
  },
};

const headlineSuffixes = [
  '',
  '',
  '',
  ' as winter nears',
  ' despite blackouts',
  ' after an overnight attack',
  ' amid a labour shortage',
  ' for the first time since 2022',
  ' ahead of the holidays',
];

const attributions = [
  'officials said on {weekday}',
  'according to figures published this week',
  'in a move welcomed by residents',
  'a local official confirmed on {weekday}',
  'people familiar with the plans said',
];

const places = [
  'Odesa',
  'Izmail',
  'Reni',
  'Chornomorsk',
  'Mykolaiv',
  'Bilhorod-Dnistrovskyi',
  'Vylkove',
  'Arcadia',
  'Moldavanka',
  'Kherson',
  'Kyiv',
  'Pivdennyi',
];

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const firstNames = [
  'Oksana',
  'Andrii',
  'Halyna',
  'Maksym',
  'Yuliia',
  'Bohdan',
  'Iryna',
  'Vitalii',
  'Daryna',
  'Oleh',
  'Sophie',
  'Marek',
  'Ilona',
  'Rostyslav',
];

const lastNames = [
  'Kovalchuk',
  'Hrytsai',
  'Pasichnyk',
  'Levytska',
  'Savchuk',
  'Ostrovska',
  'Tymoshchuk',
  'Berezovska',
  'Yatsenko',
  'Marston',
  'Nowicki',
  'Demchenko',
];

const roles = [
  'a spokesperson for the regional administration',
  'an economist at an Odesa business school',
  'a port engineer',
  'a volunteer coordinator',
  'a schoolteacher',
  'a shop owner near the city centre',
  'a researcher at a Kyiv institute',
  'a retired sailor',
  'a doctor at a city hospital',
  'a member of the city council',
];

const authors: readonly JsonFeedAuthor[] = [
  { name: 'Iryna Levytska', url: 'https://odessa-journal.example/staff/iryna-levytska' },
  { name: 'Bohdan Savchuk', url: 'https://odessa-journal.example/staff/bohdan-savchuk' },
  { name: 'Marta Kovalchuk' },
  { name: 'Dmytro Hrytsai', url: 'https://odessa-journal.example/staff/dmytro-hrytsai' },
  { name: 'Alina Demchenko' },
  { name: 'Oleh Pasichnyk' },
  { name: 'Chloe Marston', url: 'https://odessa-journal.example/contributors/chloe-marston' },
  { name: 'Pieter van Dijk' },
  { name: 'Nadiia Ostrovska', url: 'https://odessa-journal.example/staff/nadiia-ostrovska' },
  { name: 'Black Sea Wire', url: 'https://black-sea-wire.example/' },
];

const quotes = [
  'We do not need a perfect plan. We need one that still works next month',
  'People here are tired, but they are not giving up',
  'Every week without an incident makes the next decision easier',
  'We learnt to work around the sirens. That is not the same as getting used to them',
  'The city keeps going because ordinary people keep turning up',
  'Nobody promised it would be simple, only that it would be worth it',
  'If it works in Odesa, it will work anywhere',
  'We count progress in small things: a light in the stairwell, a bus on time',
];

const subheads = [
  'What happens next',
  'A long winter ahead',
  'The view from the port',
  'The numbers behind the story',
  'What residents say',
  'An old problem, a new approach',
];

const closings: readonly Template[] = [
  (c) =>
    `Officials said they would review the situation again in ${smallNumberWord(c.number)} weeks.`,
  () => 'For now, most people interviewed said they would wait and see.',
  (c) => `In ${c.place}, the first results are expected before the end of the year.`,
  () => 'The Journal will follow the story as it develops.',
  () => 'Whatever happens, few expect the coming months to be easy.',
];

const leads: readonly Template[] = [
  (c) => `${c.clause}, officials in ${c.place} confirmed on ${c.weekday}.`,
  (c) =>
    `${c.clause}. The decision, announced on ${c.weekday}, follows months of discussion in ${c.place} and beyond.`,
  (c) =>
    `${c.clause}. ${capitalise(c.person.role)} in ${c.place} said the news had been expected for weeks.`,
  (c) => `${c.clause}, a change that will be felt first in ${c.place}.`,
];

const middles: readonly Template[] = [
  (c) =>
    `“${capitalise(pickFrom(quotes, c.number))},” said ${c.person.name}, ${c.person.role}. “That is what people ask us about every day.”`,
  (c) =>
    `The plan has its critics. Some in ${c.place} say it comes too late; others, that it does not go far enough. Supporters reply that it is the first plan in years that has a budget attached.`,
  () =>
    'Much depends on the weeks ahead. Attacks on the power grid, storms at sea and the pace of foreign funding could all change the timetable.',
  (c) =>
    `${c.expert.name}, ${c.expert.role}, has followed the issue for years. “What is different now,” ${c.expert.surname} said, “is that people expect answers, not promises.”`,
];

const cyrillicNotes = [
  'On the new signs the city’s name is written in Ukrainian, «Одеса».',
  'Older residents still use the word «ґанок» for the porch where neighbours gather in the evening.',
  'A banner on the building read «Пам’ять сильніша за страх», memory is stronger than fear.',
  'Volunteers had written «Ми тут» (“we are here”) on the shelter door.',
  'At «Привоз», the central market, the news spread faster than any announcement.',
  'Posters in the station read «Київ, Одеса, Ізмаїл: разом», Kyiv, Odesa, Izmail: together.',
  'Children had written «Дякуємо», thank you, on the boxes in coloured pencil.',
  'The street’s old name, «Дерибасівська», is painted by hand on a tile at the corner.',
];

// ---------------------------------------------------------------------------------------
// Assembly

function generateItem(random: Random, id: string, time: number): JsonFeedItem {
  const section = random.pick(publication.sections).name;
  const bank = banks[section] as SectionBank;
  const [subject, plural] = random.pick(bank.subjects);
  const predicate = random.pick(bank.predicates);
  const verbPhrase = plural ? predicate : singularise(predicate);
  const clause = `${subject} ${verbPhrase}`;
  const title = capitalise(`${clause}${random.pick(headlineSuffixes)}`);

  const context: Context = {
    clause,
    place: random.pick(places),
    weekday: weekdays[new Date(time + KYIV_WINTER_OFFSET_MS).getUTCDay()] as string,
    number: random.int(3, 48),
    person: randomPerson(random),
    expert: randomPerson(random),
  };

  const attribution = random.pick(attributions).replace('{weekday}', context.weekday);
  const summary = `${clause}, ${attribution}. ${random.pick(bank.context)}`;

  const image = random.chance(0.45) ? random.pick(illustrations) : undefined;
  const featured = random.chance(0.06);
  const authorCount = random.chance(0.08) ? 2 : 1;

  return {
    id,
    title,
    summary,
    content_html: buildBody(random, bank, context),
    ...(image ? { image: image.src } : {}),
    date_published: toKyivIso(time),
    authors: random.pickSome(authors, authorCount),
    tags: random.pickSome(bank.tags, random.int(2, 4)),
    _journal: { section, views: randomViews(random), ...(featured ? { featured: true } : {}) },
  };
}

function buildBody(random: Random, bank: SectionBank, context: Context): string {
  const middleCount = random.int(1, 5);
  const middlePool = [...middles, ...bank.paragraphs];
  const middleParagraphs = random.pickSome(middlePool, middleCount).map((t) => t(context));
  if (random.chance(0.4)) {
    const index = random.int(0, middleParagraphs.length - 1);
    middleParagraphs[index] = `${middleParagraphs[index]} ${random.pick(cyrillicNotes)}`;
  }

  const parts = [paragraph(random.pick(leads)(context))];
  if (random.chance(0.3)) {
    const figure = random.pick(illustrations);
    parts.push(
      `<figure><img src="${figure.src}" alt="${figure.alt}" width="1200" height="675"><figcaption>${figure.caption} Illustration: The Odessa Journal</figcaption></figure>`,
    );
  }
  const subheadAt = random.chance(0.3) ? random.int(0, middleParagraphs.length - 1) : -1;
  middleParagraphs.forEach((text, index) => {
    if (index === subheadAt) parts.push(`<h2>${random.pick(subheads)}</h2>`);
    parts.push(paragraph(text));
  });
  if (random.chance(0.25)) {
    parts.push(`<blockquote><p>“${random.pick(quotes)}.”</p></blockquote>`);
  }
  if (random.chance(0.3)) {
    const items = random.pickSome(bank.listItems, random.int(3, 4)).map((t) => t(context));
    const list = random.chance(0.5) ? 'ul' : 'ol';
    parts.push(paragraph(bank.listIntro));
    parts.push(`<${list}>${items.map((item) => `<li>${item}</li>`).join('')}</${list}>`);
  }
  parts.push(paragraph(random.pick(closings)(context)));
  return parts.join('\n');
}

function randomPerson(random: Random): Person {
  const surname = random.pick(lastNames);
  return { name: `${random.pick(firstNames)} ${surname}`, surname, role: random.pick(roles) };
}

function paragraph(text: string): string {
  return `<p>${text}</p>`;
}

function randomViews(random: Random): number {
  // Mostly a long-tailed spread between 40 and 25,000, with a few barely read pieces.
  if (random.chance(0.03)) return random.int(0, 39);
  return Math.round(Math.exp(Math.log(40) + random.next() * (Math.log(25000) - Math.log(40))));
}

/** "extend grain talks" → "extends grain talks": inflects the first word only. */
function singularise(predicate: string): string {
  const space = predicate.indexOf(' ');
  const verb = space === -1 ? predicate : predicate.slice(0, space);
  const rest = space === -1 ? '' : predicate.slice(space);
  return `${inflect(verb)}${rest}`;
}

function inflect(verb: string): string {
  if (verb === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two to six, spelt out as house style wants for small numbers. */
function smallNumberWord(seedNumber: number): string {
  return ['two', 'three', 'four', 'five', 'six'][seedNumber % 5] as string;
}

function pickFrom<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

function toKyivIso(time: number): string {
  return `${new Date(time + KYIV_WINTER_OFFSET_MS).toISOString().slice(0, 19)}+02:00`;
}
