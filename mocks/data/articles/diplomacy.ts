import { blackSeaWire, danielWhitcombe, olenaHrytsenko } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const diplomacyArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0002',
    title: 'Brussels opens the first accession cluster on public procurement',
    summary:
      'Negotiators say the talks on tenders and state contracts will test whether Ukraine’s anti-corruption bodies can keep pace with the money flowing into reconstruction.',
    content_html: `<p>The European Union formally opened the first negotiating cluster of Ukraine’s accession talks on Friday, choosing public procurement as the area where Kyiv must prove its rules work before the largest reconstruction contracts are signed.</p>
<p>The cluster covers how ministries, regional councils and state companies buy goods and services. Officials in Brussels described it as the natural place to start: every euro of reconstruction aid passes through a tender at some point, and every tender is a chance for money to leak.</p>
<h2>A test of institutions, not laws</h2>
<p>Most of the legislation is already in place. Ukraine’s electronic procurement system, launched a decade ago, is widely admired by European auditors. What negotiators want to see now is enforcement: fines that are collected, contracts that are cancelled when bidders collude, and court cases that end in verdicts.</p>
<p>“The paperwork is good. We are asking for a track record,” said one EU diplomat involved in the talks, who asked not to be named because the sessions are closed.</p>
<p>Ukrainian negotiators, led by a deputy prime minister’s office that now employs more than forty lawyers, hope to close the cluster within eighteen months. Diplomats in Brussels consider two years more realistic, given the pace of court reform.</p>
<p>For regional authorities in the south, the stakes are practical. Odesa’s city council alone plans to tender more than 300 repair projects next year, from school roofs to water mains, and each will now be watched by two sets of auditors instead of one.</p>`,
    image: 'images/parliament.svg',
    date_published: '2026-09-26T14:45:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['EU accession', 'Brussels', 'Reconstruction'],
    _journal: { section: 'Diplomacy', views: 6120 },
  },
  {
    id: 'oj-2026-0012',
    title: 'Moldova and Ukraine agree joint customs checks at the Danube crossings',
    summary:
      'A single inspection for lorries at Reni and Giurgiulești should cut waiting times that regularly stretch beyond two days.',
    content_html: `<p>Ukraine and Moldova signed an agreement on Sunday to carry out joint customs inspections at three crossings near the Danube, a move that transport companies have requested since the first grain convoys began queueing at the border in 2022.</p>
<p>Under the deal, officers from both countries will inspect a vehicle once, in a shared hall, instead of twice on either side of the line. The first joint post will open at the Reni–Giurgiulești crossing in December, with two more to follow in the spring.</p>
<p>Hauliers welcomed the news with some caution. Queues at Reni have reached 1,800 lorries on busy days, and drivers routinely wait more than 48 hours in fields without toilets or running water.</p>
<blockquote><p>“Every hour a truck stands still costs the driver money and costs the farmer a buyer. If this works, it is the best thing to happen to the southern route in years.”</p></blockquote>
<p>The words came from Vasyl Hnatiuk, who runs a fleet of 60 trucks out of Izmail and has lobbied for joint controls for three years. He said he would believe the promised timetable “when the first barrier goes up on time”.</p>
<p>Moldovan officials said the agreement also fits their own ambition to join the European Union, since the shared posts follow EU border management rules. Brussels has offered to pay for the scanners.</p>`,
    date_published: '2026-10-04T19:30:00+02:00',
    authors: [blackSeaWire],
    tags: ['Moldova', 'Danube', 'Trade'],
    _journal: { section: 'Diplomacy', views: 2214 },
  },
  {
    id: 'oj-2026-0016',
    title: 'Black Sea security forum ends with a pledge on mine clearance',
    summary:
      'Twelve governments promised ships, divers and money to clear drifting mines from shipping lanes by the end of next year, but the plan depends on insurers.',
    content_html: `<p>Delegates from twelve countries closed a two-day security forum in Odesa on Thursday with a joint pledge to clear drifting and seabed mines from the main commercial lanes of the western Black Sea by the end of 2027.</p>
<p>The pledge commits navies and civilian contractors to a shared map of cleared water, updated weekly and available to shipping companies. Romania, Bulgaria and Türkiye will coordinate sweeps in their own waters; Ukraine will lead in the approaches to its ports, with divers trained in Britain and the Netherlands.</p>
<figure><img src="images/black-sea-map.svg" alt="Stylised map of the northern Black Sea coast with Odesa marked and two dashed shipping lanes leading south" width="1200" height="675"><figcaption>The two corridors the forum wants cleared first run south-west towards the Bosphorus and south along the Romanian coast. Illustration: The Odessa Journal</figcaption></figure>
<h2>The insurers’ question</h2>
<p>Diplomats were frank that mines are as much a financial problem as a military one. Every vessel bound for Odesa carries a war-risk premium, and underwriters in London have said those premiums will fall only when they can see independent records of cleared water.</p>
<p>“A minesweeper is a ship. A record that an insurer believes is a system,” said Elif Demir, a maritime law specialist who advised the Turkish delegation. “This forum, for the first time, talked about the system.”</p>
<p>The plan still lacks a price tag. Officials estimated the first year at around 400 million euros, most of it for vessels and training, and said a donors’ conference would be held in the spring.</p>`,
    image: 'images/black-sea-map.svg',
    date_published: '2026-10-08T19:50:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Black Sea', 'Shipping', 'Demining'],
    _journal: { section: 'Diplomacy', views: 14870, featured: true },
  },
  {
    id: 'oj-2026-0023',
    title: 'Why Kyiv is courting Gulf mediators on prisoner exchanges',
    summary:
      'Quiet talks through two Gulf capitals have returned more than 400 Ukrainians this year. Officials explain why they prefer small, frequent deals to grand bargains.',
    content_html: `<p>When a bus carrying 46 released Ukrainian prisoners crossed into Sumy region last month, the first people to greet them were not ministers but a handful of negotiators who had spent the summer flying between Kyiv and two Gulf capitals.</p>
<p>Ukraine has now completed seven exchanges this year with mediation from Gulf states, returning more than 400 soldiers and civilians. The approach is deliberately modest: small groups, agreed one at a time, without the political weight of a ceasefire negotiation.</p>
<h2>Small deals, kept quiet</h2>
<p>Officials familiar with the process say the secrecy is the point. A list of names that leaks before a swap is a list that can be withdrawn. Mediators therefore carry proposals by hand, and the Ukrainian side confirms exchanges only when the buses have crossed.</p>
<blockquote><p>“Every family asks why their son was not on the last bus. The honest answer is that we do not control the other list. What we control is how often we come back to the table.”</p></blockquote>
<p>That was how Natalia Verbytska, who works with families of the missing at a coordination centre in Kyiv, described the rhythm of the talks. Her office receives about 200 new inquiries a week.</p>
<p>Critics argue that the Gulf channel lets the other side set the pace and choose whom to release. Supporters answer that there is no other channel that has worked as consistently. For now, diplomats say, Kyiv intends to keep both the channel and the silence.</p>`,
    date_published: '2026-10-14T18:05:00+02:00',
    authors: [olenaHrytsenko, danielWhitcombe],
    tags: ['Prisoner exchange', 'Mediation', 'Gulf'],
    _journal: { section: 'Diplomacy', views: 8032 },
  },
  {
    id: 'oj-2026-0030',
    title: 'Japan pledges reconstruction credit for southern water networks',
    summary:
      'A long-term loan will replace pumping stations and pipes in Mykolaiv and Odesa regions, where tap water has been unreliable since 2022.',
    content_html: `<p>Japan will lend Ukraine the equivalent of 650 million dollars over thirty years to rebuild water networks in Mykolaiv and Odesa regions, the two governments announced on Tuesday after a meeting of their reconstruction working group.</p>
<p>The credit is aimed at the south’s most persistent problem. Mykolaiv lost its main freshwater pipeline in the first months of the full-scale invasion, and for more than two years residents relied on salty, treated water that corroded pipes and household appliances alike.</p>
<p>Japanese engineers will help design new pumping stations that can run on backup generators during blackouts. Officials said the contracts will be tendered openly and that local firms are expected to win a large share of the civil works.</p>
<ul>
<li>Four pumping stations in Mykolaiv region will be replaced.</li>
<li>About 120 kilometres of mains in Odesa region will be renewed.</li>
<li>Two laboratories will test water quality daily and publish results online.</li>
</ul>
<p>For Hiroshi Tanaka, an engineer who has worked on the project since its first survey, the numbers matter less than the timetable. “People have been patient for a long time,” he said. “The first station must open before next summer.”</p>`,
    image: 'images/black-sea-map.svg',
    date_published: '2026-10-20T16:05:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Japan', 'Reconstruction', 'Water'],
    _journal: { section: 'Diplomacy', views: 1234 },
  },
  {
    id: 'oj-2026-0033',
    title: 'Polish and Ukrainian farm ministers draft a truce on grain transit',
    summary:
      'A licensing system for sensitive crops would end border blockades by Polish farmers, if both parliaments accept it before the spring harvest season.',
    content_html: `<p>Agriculture ministers from Poland and Ukraine agreed on Friday to a draft system of export licences for grain, sugar and a handful of other sensitive products, in an attempt to end the protests that have repeatedly closed border crossings since 2023.</p>
<p>Under the draft, Ukrainian exporters would apply for licences to sell into Poland, while goods passing through to ports such as Gdańsk would travel in sealed convoys that are not counted against any limit. Both ministers presented the plan as a compromise rather than a victory.</p>
<figure><img src="images/wheat-field.svg" alt="A ripe yellow wheat field under a blue sky, with a tractor on the horizon" width="1200" height="675"><figcaption>Ukrainian farmers harvested more wheat this year than forecast, adding to pressure on the western routes. Illustration: The Odessa Journal</figcaption></figure>
<p>Polish farm unions, whose tractors blocked the Dorohusk crossing for weeks last winter, said they would study the text. Their main worry is that transit grain is quietly sold inside Poland; the sealed convoys are meant to answer exactly that fear.</p>
<p>In Ukraine, exporters were relieved but wary. “We do not need a perfect deal, we need a predictable one,” said Bohdan Tkachuk, who manages a grain terminal near Odesa. Most Ukrainian grain still leaves through the Black Sea, but the western routes remain an insurance policy that farmers are unwilling to lose.</p>`,
    image: 'images/wheat-field.svg',
    date_published: '2026-10-23T09:15:00+02:00',
    authors: [blackSeaWire],
    tags: ['Poland', 'Grain', 'Trade'],
    _journal: { section: 'Diplomacy', views: 5410 },
  },
  {
    id: 'oj-2026-0042',
    title: 'Parliament ratifies a cultural heritage pact with Italy',
    summary:
      'The agreement funds restoration work in Odesa’s historic centre and trains Ukrainian conservators in Italian workshops.',
    content_html: `<p>The Verkhovna Rada ratified an agreement with Italy on Thursday that will fund the restoration of damaged buildings in Odesa’s historic centre, which UNESCO added to its list of World Heritage in Danger in 2023.</p>
<p>The pact sets aside 24 million euros over four years. Most of it will go to façades, roofs and staircases of nineteenth-century buildings along the streets around the Opera House, some of which were damaged by blast waves from missile strikes on the port.</p>
<p>Italy will also host forty Ukrainian conservators a year for training in stonework, stucco and historic paint, a skill that Odesa’s restorers say has almost disappeared from the city. In return, Italian students will join summer projects in Odesa once security allows.</p>
<p>Deputies voted 312 to 9 in favour. Several speakers pointed out that many of the buildings in question were designed by Italian architects in the first place, when Odesa was a port where Italian was heard as often as Russian or Ukrainian.</p>
<p>“This is not charity,” said Larysa Oliinyk, a member of the Rada’s culture committee. “It is two cities’ shared memory, and a shared obligation to keep it standing.”</p>`,
    date_published: '2026-10-30T12:40:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Italy', 'Heritage', 'Verkhovna Rada'],
    _journal: { section: 'Diplomacy', views: 932 },
  },
  {
    id: 'oj-2026-0046',
    title: 'Five things to know about the new Black Sea grain arrangement',
    summary:
      'Convoys, inspections, insurance and the role of Türkiye: a guide to the deal that sets the rules for shipping from Odesa’s ports this winter.',
    content_html: `<p>After weeks of talks, Ukraine, Türkiye and a group of European coastal states have published the rules that will govern commercial shipping from Odesa, Chornomorsk and Pivdennyi over the winter. The text is long and technical. Here is what matters.</p>
<ol>
<li><strong>Ships sail in daylight convoys.</strong> Vessels leaving the three ports will gather at assembly points and move in groups, escorted for the first part of the route.</li>
<li><strong>Inspections move to Istanbul.</strong> Cargo checks that used to happen at sea will be carried out by a joint team in Istanbul, which shipping lines say will save a day per voyage.</li>
<li><strong>A public insurance backstop.</strong> A fund supported by several governments will cover part of the war risk, aiming to keep premiums below one per cent of hull value.</li>
<li><strong>Mine clearance comes first.</strong> Convoys will use only lanes certified as cleared in the previous seven days.</li>
<li><strong>It is temporary.</strong> The arrangement runs until the end of April and must be renewed.</li>
</ol>
<figure><img src="images/harbour-cranes.svg" alt="Container cranes silhouetted against an orange dusk sky above a quay, with a ship in the foreground" width="1200" height="675"><figcaption>Port operators expect the convoy system to add roughly a tenth to the number of ships calling at Odesa this winter. Illustration: The Odessa Journal</figcaption></figure>
<p>The arrangement does not replace the corridor that Ukraine’s navy has kept open since 2023; it builds on it. Ships that prefer to sail outside the convoys may still do so, but they will not be covered by the insurance backstop.</p>
<p>Port officials in Odesa said they were ready for the first convoys within days. Exporters were more cautious, noting that the insurance fund has yet to publish its rates.</p>
<p>For the grain farmers of the south, the biggest change may be psychological. A written, multilateral framework, however temporary, is easier to plan around than a corridor that exists mainly because the navy keeps it open.</p>`,
    image: 'images/harbour-cranes.svg',
    date_published: '2026-11-03T17:15:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Grain', 'Black Sea', 'Shipping', 'Türkiye'],
    _journal: { section: 'Diplomacy', views: 19850, featured: true },
  },
  {
    id: 'oj-2026-0052',
    title: 'Baltic foreign ministers tour Odesa’s port during an air-raid alert',
    summary:
      'The visit, interrupted by sirens, ended with promises of air defence components and support for the city’s candidate status as a European Capital of Culture.',
    content_html: `<p>The foreign ministers of Estonia, Latvia and Lithuania spent forty minutes of their visit to Odesa on Sunday in a port shelter, after air-raid sirens sounded across the city shortly before noon.</p>
<p>The ministers had come to see the grain terminals and the damage left by a missile strike in September. When the alert ended, they continued the tour on foot, walking along a pier where two of the four cranes still stand twisted and unusable.</p>
<p>At a press conference afterwards, the three announced a joint package of spare parts for short-range air defence systems, along with funding for two mobile repair teams for the port’s power supply. None of them gave figures.</p>
<p>The Baltic ministers also said they would support Odesa’s bid to become a European Capital of Culture, an idea that the city council first raised last spring and that many residents treat with a mixture of pride and disbelief.</p>
<p>“You come here and you understand why these people are still working,” the Latvian minister told reporters, gesturing at the dock workers who had returned to their shifts minutes after the all-clear. “It is not stubbornness. It is a kind of professionalism.”</p>`,
    image: 'images/lighthouse.svg',
    date_published: '2026-11-08T12:30:00+02:00',
    authors: [blackSeaWire],
    tags: ['Baltic states', 'Air defence', 'Odesa port'],
    _journal: { section: 'Diplomacy', views: 4377 },
  },
  {
    id: 'oj-2026-0059',
    title: 'Geneva talks on protecting energy infrastructure stall over inspections',
    summary:
      'A proposal to monitor power plants and substations ran into disagreements about who would inspect what, and how often.',
    content_html: `<p>Talks in Geneva on a possible agreement to spare energy infrastructure from attack ended on Saturday without a text, after four days in which delegations could not agree on who would verify compliance.</p>
<p>The proposal, drafted by a group of neutral states, would commit both sides to refrain from striking power plants, substations and high-voltage lines, with independent inspectors visiting sites to confirm they are used only for civilian purposes.</p>
<p>Ukrainian negotiators accepted the principle of inspections but insisted they must be unannounced and cover sites on both sides of the front line. Diplomats present said the other delegation wanted notice of at least a week and a list of sites fixed in advance.</p>
<p>For people in southern Ukraine, the stakes are concrete. Scheduled blackouts in Odesa region lasted up to twelve hours a day last winter, and energy companies warn that the grid has fewer spare transformers this year.</p>
<p>Mediators said they would circulate a revised draft in December. “Nobody walked out,” one of them noted. “In this process, that counts as progress.”</p>`,
    image: 'images/power-lines.svg',
    date_published: '2026-11-14T17:40:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Energy', 'Geneva', 'Negotiations'],
    _journal: { section: 'Diplomacy', views: 2790 },
  },
  {
    id: 'oj-2026-0061',
    title: 'Ukraine’s new envoy to Ankara sets out a shipping-first agenda',
    summary:
      'In her first interview since arriving, the ambassador says the Bosphorus, insurance and ship repair will shape relations with Türkiye more than summits.',
    content_html: `<p>Ukraine’s newly appointed ambassador to Türkiye says her first priority is not a summit but a shipyard. In an interview in Ankara, Iryna Sokil said she wants Turkish yards to repair Ukrainian merchant vessels at cost during the winter months.</p>
<p>“Our ships are old, they are working hard, and they cannot wait six months for a dock,” she said. “Türkiye has the capacity and the proximity. We are asking for priority, not for a gift.”</p>
<p>Sokil, a career diplomat who previously worked on maritime law at the foreign ministry, listed three other goals: keeping the Bosphorus open to Ukrainian grain convoys, expanding a shared insurance scheme for Black Sea cargo, and opening a Ukrainian trade office in İzmir.</p>
<p>She was careful when asked about Türkiye’s relations with Moscow. “Ankara talks to everybody. Sometimes that is frustrating, sometimes it has brought our people home,” she said, referring to exchanges of prisoners brokered in Istanbul.</p>
<p>Her agenda reflects a shift in Ukrainian diplomacy in the Black Sea, where practical arrangements on shipping have often achieved more than high-level declarations.</p>`,
    date_published: '2026-11-16T08:15:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Türkiye', 'Shipping', 'Interview'],
    _journal: { section: 'Diplomacy', views: 1608 },
  },
];
