import { blackSeaWire, yuriiKostiuk } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const odesaArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0003',
    title: 'Pryvoz at dawn: a day in the life of Odesa’s great market',
    summary:
      'Fishmongers, pickle sellers and a woman who has sold parsley in the same spot for forty years: the city’s most famous market, hour by hour.',
    content_html: `<p>At five in the morning, before the trams start running, the first vans pull up behind «Привоз» (Pryvoz), the sprawling market that has fed Odesa since the nineteenth century. Crates of tomatoes, buckets of live crayfish and sacks of potatoes are carried in by hand, as they always have been.</p>
<figure><img src="images/market-stalls.svg" alt="Two market stalls under striped awnings, with tomatoes, oranges, fish and cheese on the counters" width="1200" height="675"><figcaption>Stallholders at the market have their own sections: fish, dairy, vegetables, meat. Illustration: The Odessa Journal</figcaption></figure>
<h2>Six o’clock: the fish hall</h2>
<p>The fish hall opens first. Zinaida, who has sold fish here for 22 years, lays out flounder, gobies and Black Sea mullet on ice. She knows which fishermen took their boats out overnight, and which stayed in port because of the drones. “If there is no fish, I sell herring and stories,” she says.</p>
<h2>Nine o’clock: the regulars</h2>
<p>By nine the aisles are crowded. The regulars have their own sellers and their own rituals: tasting a slice of cheese, arguing about the price of honey, asking after a grandson in the army. An elderly woman sells bunches of parsley and dill from the same spot she has occupied since 1986.</p>
<blockquote><p>“The war changed everything and nothing. People still come to Pryvoz to argue. Arguing is how Odesa says it is alive.”</p></blockquote>
<p>When an air-raid alert sounds, most traders stay. Some cover their produce with cloths; a few go to the nearest shelter. Customers mostly continue shopping, phones in hand, watching the alert map.</p>
<h2>Three o’clock: closing time</h2>
<p>By mid-afternoon the market empties. The pickle sellers pack up their jars, the fishmongers hose down their counters, and the stray cats that live under the stalls come out to inspect what is left. Tomorrow the vans will be back before dawn.</p>`,
    image: 'images/market-stalls.svg',
    date_published: '2026-09-27T12:20:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Pryvoz', 'Markets', 'City life'],
    _journal: { section: 'Odesa', views: 24870, featured: true },
  },
  {
    id: 'oj-2026-0010',
    title: 'City hall approves a plan to restore Derybasivska Street’s paving',
    summary:
      'The city’s most famous street will get new granite paving and restored lamps, in a project planned to finish before next summer.',
    content_html: `<p>Odesa’s city council voted on Friday to restore the paving of Derybasivska Street («Дерибасівська»), the pedestrian heart of the old town, where cobbles and granite slabs have cracked and sunk after years of heavy use.</p>
<p>The work will be done in stages, closing one block at a time, so that the street’s cafés and shops can remain open. The council says the project will cost about 90 million hryvnias and should be finished by June.</p>
<p>Historians welcomed the decision to use granite similar to the original, rather than the concrete tiles that were laid on some side streets in recent years. The restoration will also include replicas of nineteenth-century cast-iron street lamps.</p>
<p>Café owners were more cautious. “Every spring we hear about repairs, and every spring we lose customers,” said one, who runs a terrace near the City Garden. “If they finish on time, I will buy the workers coffee myself.”</p>
<p>The council also promised new ramps at the street’s intersections, which disability groups have requested for years.</p>`,
    date_published: '2026-10-03T08:50:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Derybasivska', 'City council', 'Old town'],
    _journal: { section: 'Odesa', views: 3020 },
  },
  {
    id: 'oj-2026-0014',
    title: 'Beaches reopen in part as mine-clearing teams finish their sweeps',
    summary:
      'Four beaches in Odesa have been declared safe for swimming at set hours, with lifeguards and marked zones.',
    content_html: `<p>Four of Odesa’s beaches have reopened for swimming, the city’s military administration announced on Tuesday, after divers and sappers finished checking the water and sand for mines and unexploded ordnance.</p>
<p>Swimming is allowed only in marked zones, between nine in the morning and six in the evening, and only when no air-raid alert is in force. Lifeguards will close the water immediately when the sirens sound.</p>
<figure><img src="images/lighthouse.svg" alt="A red and white striped lighthouse on a breakwater, with a small sailing boat on calm blue water" width="1200" height="675"><figcaption>Swimming zones are marked with buoys and watched by lifeguards. Illustration: The Odessa Journal</figcaption></figure>
<p>The reopened beaches are in Arcadia, Lanzheron, Otrada and Luzanivka. Others remain closed, and officials warned that swimming outside the marked zones remains dangerous and will be fined.</p>
<p>The news came late in the season, but the weather has stayed warm, and on the first afternoon hundreds of people went into the water. “It is not about swimming,” said one woman standing at the water’s edge in Arcadia. “It is about the sea being ours again.”</p>`,
    image: 'images/lighthouse.svg',
    date_published: '2026-10-06T13:00:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Beaches', 'Demining', 'Summer'],
    _journal: { section: 'Odesa', views: 11840 },
  },
  {
    id: 'oj-2026-0020',
    title: 'Trams return to the Arcadia line after a two-year pause',
    summary:
      'Route 5 runs again between the railway station and Arcadia, using restored cars that can run on battery power during outages.',
    content_html: `<p>Tram route 5, which links Odesa’s main railway station with the seaside district of Arcadia, returned to service on Sunday after a pause of almost two years caused by damage to the overhead lines and power substations.</p>
<p>The city has restored twelve of its older Czech-built trams for the route, fitting them with batteries that allow them to travel several kilometres without power from the overhead wires. That should keep trams moving during short outages.</p>
<p>On the first morning, passengers took photographs of the trams as they rolled past the stop on French Boulevard. Several older riders said they had missed the route more than they expected.</p>
<p>“The bus is faster, maybe,” said Borys, a retired teacher who rides the tram to the sea every morning. “But the tram is Odesa. It rings its bell at you as if you were an old friend.”</p>
<p>The city’s transport company says it plans to restore two more tram routes next year, depending on funding.</p>`,
    date_published: '2026-10-11T17:25:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Trams', 'Transport', 'Arcadia'],
    _journal: { section: 'Odesa', views: 2650 },
  },
  {
    id: 'oj-2026-0028',
    title: 'The Vorontsov lighthouse gets a new lamp',
    summary:
      'The harbour’s white lighthouse, a symbol of the city, has a modern LED lamp that will shine only when the military allows.',
    content_html: `<p>The Vorontsov lighthouse, the slim white tower at the end of Odesa’s harbour breakwater, has been fitted with a new LED lamp, the port authority said on Sunday. It is the first major repair to the lighthouse in more than a decade.</p>
<p>The old lamp had been switched off since 2022, as part of wartime rules that keep coastal lights dark at night. The new one will also stay dark for now, but the port authority wanted it ready for the day it can be switched on.</p>
<figure><img src="images/lighthouse.svg" alt="A striped lighthouse casting a beam across a calm sea on a sunny day" width="1200" height="675"><figcaption>The lighthouse was rebuilt in its current form in the 1950s. Illustration: The Odessa Journal</figcaption></figure>
<p>“A lighthouse that does not shine is still a lighthouse,” said Valerii, the engineer who supervised the work. “It tells ships where home is, even in the daytime.”</p>
<p>The lighthouse is one of the most photographed places in Odesa. Newlyweds used to walk to it along the breakwater; that path is now closed to the public, but the tower remains visible from the hills above the port.</p>`,
    image: 'images/lighthouse.svg',
    date_published: '2026-10-18T07:45:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Lighthouse', 'Port', 'Landmarks'],
    _journal: { section: 'Odesa', views: 1980 },
  },
  {
    id: 'oj-2026-0035',
    title: 'Odesa’s courtyard cats get a census',
    summary:
      'Volunteers counted, fed and vaccinated the cats of the old town. They found more than 4,000, and a lot of very opinionated neighbours.',
    content_html: `<p>Every Odesa courtyard has its cats, and every cat has its people. This autumn, a group of volunteers set out to count them: in six weeks, they visited 800 courtyards in the old town and registered 4,126 cats.</p>
<p>The census was organised by an animal charity that wanted to plan a sterilisation and vaccination campaign. Volunteers photographed each cat, noted its condition and asked residents who fed it. Most cats, they found, had several feeders who did not always know about each other.</p>
<p>“In one courtyard, three grandmothers were each feeding the same ginger cat twice a day,” said a volunteer, Yana. “He was the fattest cat in Odesa. They were very offended when we told them.”</p>
<p>The charity has vaccinated about 1,500 cats so far. It has also given out insulated shelters for the winter, made from polystyrene boxes that once carried fish from the market.</p>
<p>The census results are published on an online map, where each cat has a name, usually given by its neighbours. The most common names, the volunteers report, are Murchyk, Ryzhyk and, more recently, a surprising number of cats called Patron.</p>`,
    date_published: '2026-10-24T20:45:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Animals', 'Volunteers', 'Old town'],
    _journal: { section: 'Odesa', views: 7350 },
  },
  {
    id: 'oj-2026-0037',
    title: 'Water supply schedule: what residents need to know this week',
    summary:
      'Repairs on a main pipeline will cut water to several districts for up to twelve hours. Here are the dates, the areas and where to find drinking water.',
    content_html: `<p>The city water company will carry out repairs on a main pipeline this week, and several districts of Odesa will be without running water for up to twelve hours at a time. The company published the following schedule on Monday.</p>
<ul>
<li><strong>Tuesday:</strong> Kyivskyi district, from 8:00 to 20:00.</li>
<li><strong>Wednesday:</strong> Prymorskyi district, central streets only, from 9:00 to 18:00.</li>
<li><strong>Thursday:</strong> Khadzhybeiskyi district, from 8:00 to 16:00.</li>
<li><strong>Friday:</strong> Cheryomushky, from 10:00 to 22:00.</li>
</ul>
<p>Water tanks will be placed at schools and district council buildings in the affected areas. Residents are advised to store water in advance and to keep taps closed during the outage to avoid flooding when the supply returns.</p>
<p>The company warned that the schedule may change if there are air-raid alerts or power cuts, since the pumping stations need electricity to restart the network. Updates will be posted on the company’s website and its channel in the state services app.</p>
<p>The pipeline being repaired dates from the 1970s. The company says it is one of several that will be replaced over the next three years with funding from international partners.</p>`,
    date_published: '2026-10-26T14:40:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Utilities', 'Water', 'City services'],
    _journal: { section: 'Odesa', views: 5120 },
  },
  {
    id: 'oj-2026-0044',
    title: 'Moldavanka bets on small galleries and coffee',
    summary:
      'The old working-class district, famous from Odesa’s gangster stories, is filling up with studios, bakeries and a new generation of residents.',
    content_html: `<p>Moldavanka has always been the part of Odesa that tourists were warned about. The district of low houses and crowded courtyards, west of the centre, was home to the city’s workers, smugglers and storytellers, and it gave its name to a whole genre of Odesa legends.</p>
<p>Today, its side streets are home to something quieter: a dozen small galleries, a ceramics studio, three bakeries and more coffee counters than anyone has counted. Many are run by young people who moved from other parts of Ukraine since 2022 and found the rents affordable.</p>
<p>“Moldavanka has character,” said Zlata, who opened a gallery in a former stable last year. “You open your door and the neighbours come in to tell you what used to be there. Then they tell you what is wrong with the art.”</p>
<p>Longtime residents have mixed feelings. Some welcome the new life; others worry about rising rents and about losing the district’s rough charm. The city has no plan for the neighbourhood, and the changes are happening courtyard by courtyard.</p>
<p>On Saturday evenings, the galleries stay open late, and a walking route links them through the courtyards. Last month, about 600 people came.</p>`,
    date_published: '2026-11-01T08:10:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Moldavanka', 'Art', 'Neighbourhoods'],
    _journal: { section: 'Odesa', views: 2240 },
  },
  {
    id: 'oj-2026-0049',
    title: 'Autumn storm floods the Lanzheron promenade',
    summary:
      'Waves up to four metres high damaged the seafront walkway and several cafés. The city says repairs will take the whole winter.',
    content_html: `<p>A strong autumn storm struck Odesa’s coast overnight into Thursday, flooding the Lanzheron promenade and damaging several seafront cafés. Waves up to four metres high were recorded near the harbour breakwater.</p>
<p>Nobody was injured, but the storm tore up sections of the walkway, overturned benches and carried away a wooden pier used by fishermen. Emergency services closed the promenade to pedestrians until further notice.</p>
<p>City engineers said the storm had hit a stretch of coast already weakened by years of erosion. The sea walls along the promenade were last reinforced more than a decade ago, and repairs had been postponed since the full-scale invasion.</p>
<p>Café owners spent the morning clearing sand and broken glass. “We lost the terrace, we kept the coffee machine,” said one, whose café sits a few metres from the water. “In Odesa, that counts as a good day.”</p>
<p>Forecasters warned that more storms are likely in November, and urged residents to stay away from the seafront in strong winds.</p>`,
    image: 'images/lighthouse.svg',
    date_published: '2026-11-05T11:20:00+02:00',
    authors: [blackSeaWire],
    tags: ['Weather', 'Seafront', 'Lanzheron'],
    _journal: { section: 'Odesa', views: 4630 },
  },
  {
    id: 'oj-2026-0057',
    title: 'Potemkin Stairs to close for six weeks of repairs',
    summary:
      'The granite steps and the funicular beside them will be closed from December while engineers fix drainage and replace worn stones.',
    content_html: `<p>The Potemkin Stairs, Odesa’s most famous landmark, will close to the public from the first week of December for six weeks of repairs, the city council said on Thursday.</p>
<p>Engineers will replace about 300 worn granite slabs, repair the drainage system that runs under the stairs and restore the side walls, which have cracked in several places. The funicular that runs alongside the stairs will also close for maintenance.</p>
<figure><img src="images/potemkin-stairs.svg" alt="A long staircase rising in perspective towards a white building, with a few people climbing" width="1200" height="675"><figcaption>The stairs have 192 steps, divided by ten landings. Illustration: The Odessa Journal</figcaption></figure>
<p>The stairs were built in the 1830s and connect the city centre with the port. Their unusual design, narrower at the top than at the bottom, creates an optical illusion that makes them appear longer from below.</p>
<p>The city said the repairs were urgent after water leaking through the stairs was found to be weakening the foundations. Residents will be able to reach the port by a detour through the Istanbul Park during the closure.</p>`,
    image: 'images/potemkin-stairs.svg',
    date_published: '2026-11-12T13:40:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Potemkin Stairs', 'Repairs', 'Landmarks'],
    _journal: { section: 'Odesa', views: 6310 },
  },
  {
    id: 'oj-2026-0062',
    title: 'City launches a night bus network for shift workers',
    summary:
      'Three routes will run after the curfew ends at five in the morning and before it starts at midnight, linking the port and hospitals with residential districts.',
    content_html: `<p>Odesa will launch three night bus routes next week, aimed at shift workers who start before dawn or finish late in the evening, the city’s transport department announced on Tuesday.</p>
<p>The routes will link residential districts such as Cheryomushky, Tairova and Pivnichnyi with the port, the main hospitals and the railway station. Buses will run every thirty minutes in the last hours before the curfew and from the moment it ends in the morning.</p>
<p>Until now, many workers relied on expensive taxis or walked long distances. “My shift starts at six. For two years I have been walking forty minutes in the dark,” said Olha, a nurse at a city hospital. “A bus at five fifteen will change my life, honestly.”</p>
<p>The buses will carry passengers free of charge for the first month. The department will then decide whether to keep the routes, based on passenger numbers.</p>
<p>Transport officials said they were also studying whether to extend the service to the town of Chornomorsk, where many port workers live.</p>`,
    date_published: '2026-11-17T08:30:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Transport', 'Night buses', 'City services'],
    _journal: { section: 'Odesa', views: 1150 },
  },
];
