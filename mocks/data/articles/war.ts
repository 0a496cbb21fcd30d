import { blackSeaWire, tarasBondar } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const warArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0005',
    title: 'Drone strike damages a grain silo in Izmail district; no casualties reported',
    summary:
      'The attack on a Danube terminal destroyed about 3,000 tonnes of wheat. Workers had left the site minutes earlier after an air-raid alert.',
    content_html: `<p>A drone strike overnight damaged a grain silo at a Danube river terminal in Izmail district, regional authorities said on Monday. Nobody was injured: the night shift had moved to a shelter about ten minutes before the impact.</p>
<p>The terminal’s operator said about 3,000 tonnes of wheat were destroyed or soaked by firefighting water. Two conveyor belts were also damaged, and loading of barges will be suspended for at least a week while engineers inspect the structure.</p>
<p>The Danube ports have become an important outlet for Ukrainian grain, and they have been attacked repeatedly since 2023. Drones often approach along the river, flying low over the water to avoid radar, before turning inland at the last moment.</p>
<p>“We heard the engine, then the impact, then the fire alarm,” said a shift supervisor who asked to be identified only by his first name, Oleksii. “The first thing I did was count people. Everyone was there.”</p>
<p>Regional officials said air defence units shot down eleven of fourteen drones launched at the region overnight. Firefighters worked until dawn to stop the blaze from spreading to neighbouring warehouses.</p>`,
    image: 'images/black-sea-map.svg',
    date_published: '2026-09-28T18:15:00+02:00',
    authors: [blackSeaWire],
    tags: ['Drones', 'Izmail', 'Danube', 'Grain'],
    _journal: { section: 'War', views: 7420 },
  },
  {
    id: 'oj-2026-0009',
    title: 'Sappers clear 1,200 hectares of farmland in Mykolaiv region',
    summary:
      'Demining teams finished a summer-long sweep of fields near Snihurivka. Farmers can sow winter wheat there for the first time since 2021.',
    content_html: `<p>Demining teams have finished clearing about 1,200 hectares of farmland near Snihurivka in Mykolaiv region, the State Emergency Service said on Friday, allowing farmers to sow winter wheat on fields that have been idle for five seasons.</p>
<p>The sweep took four months. Teams of sappers walked the fields in lines, supported by armoured clearance machines and, for the first time in the region, drones carrying magnetic sensors that map metal in the soil before people walk over it.</p>
<figure><img src="images/wheat-field.svg" alt="Golden wheat field stretching to the horizon under a bright sky" width="1200" height="675"><figcaption>Cleared fields near Snihurivka will be sown with winter wheat this month. Illustration: The Odessa Journal</figcaption></figure>
<p>Over the summer the teams found:</p>
<ul>
<li>214 anti-tank mines,</li>
<li>more than 600 pieces of unexploded artillery ammunition,</li>
<li>and 38 cluster submunitions, the most dangerous items to handle.</li>
</ul>
<p>Petro Kravets, who farms 300 hectares nearby, said he had been waiting for the certificate since spring. “My father worked this land, and I spent two years looking at it from the road,” he said. “Now I can put a tractor on it without praying.”</p>
<p>Officials estimate that about a tenth of Ukraine’s farmland still needs to be surveyed or cleared. At current rates, they say, the work will take well over a decade.</p>`,
    date_published: '2026-10-02T11:05:00+02:00',
    authors: [tarasBondar],
    tags: ['Demining', 'Agriculture', 'Mykolaiv'],
    _journal: { section: 'War', views: 3310 },
  },
  {
    id: 'oj-2026-0017',
    title: 'Air defence crews describe a night of record interceptions over the south',
    summary:
      'Mobile fire groups on pick-up trucks shot down dozens of drones heading for Odesa. Three crews told us how the night unfolded.',
    content_html: `<p>The first drones crossed the coastline shortly after eleven at night. By four in the morning, air defence units in Odesa region had reported their highest number of interceptions since the start of the year: 61 attack drones and three cruise missiles.</p>
<p>Much of the work was done by mobile fire groups: small teams on pick-up trucks carrying heavy machine guns, searchlights and, in some cases, short-range missiles. They drive between positions across the steppe, following directions from radar operators in a command post they never see.</p>
<h2>“You hear them before you see them”</h2>
<p>Serhii, 34, commands one of those teams. Before the war he installed kitchens. “At night you hear them before you see them, like a moped with no lights,” he said. “The searchlight finds it, and then you have maybe fifteen seconds.”</p>
<blockquote><p>“People think we are the last line. We are not. We are one line out of many, and the night works only if everyone does their job.”</p></blockquote>
<p>His team shot down four drones that night. A neighbouring crew, which asked us not to name its location, shot down seven, including two that were flying in tandem towards a substation.</p>
<p>Despite the interceptions, debris damaged a warehouse and several private houses on the outskirts of Odesa. Two people were treated for cuts caused by broken glass.</p>
<p>The crews say the attacks are becoming larger and more complex, with decoy drones mixed among armed ones. “They learn,” Serhii said. “So we learn faster.”</p>`,
    image: 'images/power-lines.svg',
    date_published: '2026-10-09T16:30:00+02:00',
    authors: [tarasBondar],
    tags: ['Air defence', 'Drones', 'Odesa region'],
    _journal: { section: 'War', views: 21430, featured: true },
  },
  {
    id: 'oj-2026-0022',
    title: 'Navy says sea drones have pushed warships further from the coast',
    summary:
      'Ukraine’s naval command says enemy ships now rarely approach within 150 kilometres of Odesa, a change that has made the grain corridor possible.',
    content_html: `<p>Ukraine’s navy said on Tuesday that enemy warships now rarely come within 150 kilometres of Odesa’s coast, crediting uncrewed surface drones with changing the balance in the western Black Sea.</p>
<p>At a briefing in the city, the navy’s spokesman, Captain Dmytro Shevchuk, showed a map comparing the positions of enemy vessels in 2022 with those observed this year. The difference, he said, is the reason that cargo ships can sail to and from Odesa’s ports at all.</p>
<figure><img src="images/black-sea-map.svg" alt="Map of the north-western Black Sea coast showing Odesa and shipping routes to the south" width="1200" height="675"><figcaption>The western shipping lanes now run close to the coasts of Romania and Bulgaria. Illustration: The Odessa Journal</figcaption></figure>
<p>The navy would not say how many sea drones it operates. Shevchuk said only that production has “increased many times over” since 2023 and that several models now carry their own small surveillance drones.</p>
<p>Naval analysts caution that the threat has changed rather than disappeared. Missiles launched from far away, and drones launched from land, still reach the ports. But the fear of a blockade enforced by surface ships, which dominated the first year of the full-scale invasion, has faded.</p>`,
    image: 'images/black-sea-map.svg',
    date_published: '2026-10-13T11:45:00+02:00',
    authors: [tarasBondar],
    tags: ['Navy', 'Sea drones', 'Black Sea'],
    _journal: { section: 'War', views: 11200 },
  },
  {
    id: 'oj-2026-0025',
    title: 'Volunteer medics open a rehabilitation centre near the southern front',
    summary:
      'The centre treats soldiers in the weeks between field hospital and home, a gap that doctors say costs lives and limbs.',
    content_html: `<p>A group of volunteer medics has opened a rehabilitation centre in a former sanatorium in Mykolaiv region, aiming to fill a gap between front-line stabilisation points and the large hospitals in Kyiv and Lviv.</p>
<p>The centre has 40 beds, two physiotherapy halls and a small pool. Most patients arrive a week or two after surgery and stay up to a month, learning to walk again or to use a prosthesis before they travel further.</p>
<p>“Transport is the enemy of recovery,” said Dr Kateryna Zhuk, a surgeon who helped found the centre. “Every long journey in the first weeks after an amputation costs something. We wanted patients to start moving as close to where they were wounded as possible.”</p>
<p>The project was financed by crowdfunding and two Scandinavian charities. Local builders repaired the roof for free, and a bakery in the nearest village delivers bread every morning.</p>
<p>The medics say their biggest problem is not money but staff. Physiotherapists are in short supply across Ukraine, and the centre has so far found only five willing to live close to the front.</p>`,
    date_published: '2026-10-16T17:45:00+02:00',
    authors: [tarasBondar],
    tags: ['Medicine', 'Veterans', 'Mykolaiv'],
    _journal: { section: 'War', views: 2650 },
  },
  {
    id: 'oj-2026-0031',
    title: 'Energy workers restore power to 40,000 homes after an overnight attack',
    summary:
      'Crews worked through the night to reconnect districts of Odesa after missiles hit a substation. Schedules for planned outages remain in place.',
    content_html: `<p>Power was restored to about 40,000 households in Odesa by Wednesday afternoon, the regional energy company said, after an overnight missile attack damaged a high-voltage substation on the city’s northern edge.</p>
<p>Repair crews began work before the all-clear sounded, using mobile transformers that the company has kept in reserve since last winter. By noon, hospitals, water pumping stations and most residential districts had electricity again.</p>
<figure><img src="images/power-lines.svg" alt="High-voltage pylons and power lines stretching across snowy open country at dusk" width="1200" height="675"><figcaption>Damage to transmission lines can often be fixed in hours; transformers take much longer to replace. Illustration: The Odessa Journal</figcaption></figure>
<p>Planned outage schedules, which switch off districts for several hours a day to balance the grid, will remain in place until at least the weekend. The company urged residents to check the schedules for their street on its website each morning.</p>
<p>Engineers say the attacks have grown more precise. “They are not hitting lines anymore, they are hitting the equipment that is hardest to replace,” said Roman Zaiets, a shift engineer who has worked at the company for nineteen years.</p>`,
    image: 'images/power-lines.svg',
    date_published: '2026-10-21T14:00:00+02:00',
    authors: [blackSeaWire],
    tags: ['Energy', 'Blackouts', 'Odesa'],
    _journal: { section: 'War', views: 6870 },
  },
  {
    id: 'oj-2026-0040',
    title: 'How a village school became a shelter, and then a school again',
    summary:
      'In a village on the Dnipro estuary, teachers rebuilt their school underground. Children now study where their parents once hid.',
    content_html: `<p>For the first months of the full-scale invasion, the basement of the school in a small village on the Dnipro estuary was where people slept. Families brought mattresses, a priest brought icons, and a retired electrician rigged up a single light bulb to a car battery.</p>
<p>This autumn, the same basement is full of desks. The village council, with money from a regional programme, has turned it into four classrooms, a corridor with coat hooks and a small library.</p>
<h2>Lessons below ground</h2>
<p>Lessons run in two shifts. The walls are painted in pale yellow and blue, and each classroom has a ventilation system that the headteacher, Svitlana Bilous, describes as “the most expensive thing in the village”.</p>
<p>“The children remember this room as a place of fear,” she said. “We wanted it to become the place where they learned to read. That is a different memory to carry.”</p>
<h2>What remains missing</h2>
<p>The school still lacks a sports hall, and physical education takes place outside only when the alert map for the district is clear. Teachers say attendance is higher than last year, when lessons were entirely online and depended on the mobile signal.</p>
<p>About a third of the pupils’ families left the village and have not returned. Those who stayed, Bilous said, see the school as a sign that the village has a future.</p>`,
    date_published: '2026-10-29T11:40:00+02:00',
    authors: [tarasBondar],
    tags: ['Education', 'Shelters', 'Villages'],
    _journal: { section: 'War', views: 4190 },
  },
  {
    id: 'oj-2026-0048',
    title: 'Missile debris falls on an Odesa suburb; three people injured',
    summary:
      'Fragments of an intercepted missile damaged houses and a kindergarten fence. The injured were treated in hospital and released.',
    content_html: `<p>Debris from a missile shot down over the sea fell on a residential suburb of Odesa on Wednesday evening, injuring three people and damaging at least twelve houses, the regional military administration said.</p>
<p>The injured, two women and a teenage boy, were hit by broken glass and roof tiles. All three were treated in hospital and released before midnight. A fire in a garage was put out within half an hour.</p>
<p>A fragment the size of a car door landed in the yard of a kindergarten, which was closed for the evening. Its fence and a small playground were destroyed. City officials said the kindergarten would remain closed for two days while the site was checked for explosives.</p>
<p>Residents spent the night sweeping glass and covering windows with plastic sheeting supplied by volunteers. “We heard the air defence, then a bang that shook the whole street,” said a neighbour, Tetiana Koval. “Everyone ran outside to check on the old people first.”</p>
<p>Officials said the missile was one of four launched at the region that evening. All were reported intercepted.</p>`,
    date_published: '2026-11-04T20:10:00+02:00',
    authors: [tarasBondar, blackSeaWire],
    tags: ['Missiles', 'Odesa', 'Air defence'],
    _journal: { section: 'War', views: 9560 },
  },
  {
    id: 'oj-2026-0053',
    title: 'Defence ministry expands contract service for recruits aged 18 to 24',
    summary:
      'One-year contracts with guaranteed training and a cash bonus are now available in more brigades. Here is what the scheme offers.',
    content_html: `<p>Ukraine’s defence ministry said on Monday that it is extending its one-year contract scheme for volunteers aged 18 to 24 to fourteen more brigades, after what it described as stronger than expected interest over the summer.</p>
<p>Men in that age group are not subject to mobilisation. The contracts are designed to attract young volunteers with clear terms and a fixed end date, rather than the open-ended service that applies to mobilised soldiers.</p>
<p>The main terms of the scheme are:</p>
<ul>
<li>a one-off payment on signing and a second payment on completion,</li>
<li>at least three months of training, including time with foreign instructors,</li>
<li>the right to choose a brigade and a specialty from a published list,</li>
<li>and, after the contract, a one-year exemption from mobilisation.</li>
</ul>
<p>Recruiters in Odesa say most applicants choose drone units or technical specialties. “They grew up with screens. They want to do something where that helps,” said a recruitment officer at the city’s centre, who gave his name only as Ihor.</p>
<p>Critics say the scheme offers too little to fill the army’s broader shortage of infantry. The ministry has promised to publish data on retention early next year.</p>`,
    date_published: '2026-11-09T09:50:00+02:00',
    authors: [tarasBondar],
    tags: ['Recruitment', 'Army', 'Youth'],
    _journal: { section: 'War', views: 5230 },
  },
  {
    id: 'oj-2026-0055',
    title: 'Frontline bakeries: the volunteers feeding brigades in the south',
    summary:
      'A network of village kitchens bakes bread and pies for soldiers every night. It began with one grandmother and a wood-fired oven.',
    content_html: `<p>Every evening at six, the lights come on in a former collective-farm canteen in a village east of Mykolaiv. By dawn, eleven women and two men will have baked about 900 loaves of bread and several hundred pies filled with cabbage, potato or cherries.</p>
<p>The bakery is one of about thirty kitchens in a volunteer network that supplies brigades along the southern front. It started in 2022, when a retired cook began baking for soldiers stationed in her village, and grew from there.</p>
<p>“Soldiers can get food. What they cannot get is food that tastes like someone’s kitchen,” said Halyna, 71, who still arrives first every night to light the oven. She refuses to say her surname: “Everyone here knows who I am.”</p>
<p>Flour and fuel come from donations, and a farmer nearby provides eggs. Drivers from the brigades collect the bread at five in the morning, before the drone activity picks up after sunrise.</p>
<p>The network has its own rules: nobody is paid, nobody is turned away, and every box of bread carries a note written by a child from the local school.</p>`,
    date_published: '2026-11-11T13:40:00+02:00',
    authors: [tarasBondar],
    tags: ['Volunteers', 'Food', 'Mykolaiv'],
    _journal: { section: 'War', views: 1870 },
  },
  {
    id: 'oj-2026-0065',
    title: 'Overnight drone attack targets port infrastructure in Odesa region',
    summary:
      'Air defence intercepted most of the drones, but a fire broke out at a port warehouse in Chornomorsk. Shipping continued in the morning.',
    content_html: `<p>Port infrastructure in Odesa region was the target of a large drone attack overnight into Thursday, the regional military administration said, with a fire breaking out at a warehouse in the port of Chornomorsk.</p>
<p>Air defence units reported shooting down 38 of 45 drones. Firefighters contained the warehouse blaze by six in the morning. One port worker was treated for smoke inhalation; no other injuries were reported.</p>
<figure><img src="images/harbour-cranes.svg" alt="Port cranes and stacked containers at dusk, with the sun setting behind the quay" width="1200" height="675"><figcaption>The port of Chornomorsk resumed loading in the morning after an overnight attack. Illustration: The Odessa Journal</figcaption></figure>
<p>The port authority said loading resumed at all berths except the one next to the damaged warehouse. Three vessels that were scheduled to leave in the morning convoy sailed on time.</p>
<p>The attack came days after the publication of new rules for Black Sea shipping, and officials in Odesa described it as an attempt to frighten shipowners and insurers. “The message is clear, and so is our answer: the port is working,” the head of the port authority said in a video statement.</p>
<p>Residents of Chornomorsk reported hearing explosions for about two hours. Power in parts of the town was briefly cut as a precaution and restored before dawn.</p>`,
    image: 'images/harbour-cranes.svg',
    date_published: '2026-11-19T08:00:00+02:00',
    authors: [blackSeaWire],
    tags: ['Drones', 'Chornomorsk', 'Ports'],
    _journal: { section: 'War', views: 3120, featured: true },
  },
];
