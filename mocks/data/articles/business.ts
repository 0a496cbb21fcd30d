import { blackSeaWire, mariiaLysak } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const businessArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0006',
    title: 'Odesa port throughput rises for a third consecutive month',
    summary:
      'The three ports of Greater Odesa handled 9.4 million tonnes of cargo in September, driven by grain and a recovery in container traffic.',
    content_html: `<p>The ports of Odesa, Chornomorsk and Pivdennyi handled 9.4 million tonnes of cargo in September, the third consecutive monthly increase, according to figures published by the port authority on Tuesday.</p>
<p>Grain and oilseeds made up almost two-thirds of the volume, as the harvest reached the coast. But port officials pointed to a less visible change: container traffic, which collapsed in 2022, has returned to about half of its pre-war level.</p>
<ul>
<li>Grain and oilseeds: 6.1 million tonnes</li>
<li>Iron ore and metals: 1.4 million tonnes</li>
<li>Containers: 38,000 units</li>
<li>Vessels handled: 212</li>
</ul>
<p>Container lines began calling at Odesa again in small numbers last year, and two more have added the port to their schedules since the summer. Importers say this has cut the time needed to bring in spare parts and consumer goods, which previously arrived by road from Poland or Romania.</p>
<p>“Containers are a sign of confidence. Grain has to leave, whatever happens. Containers come only if people believe the port will be open next month,” said Anna Rudenko, an analyst at a Kyiv logistics consultancy.</p>
<p>The port authority warned that the winter months would be harder, with storms and the risk of attacks on power supplies slowing cranes and conveyors.</p>`,
    image: 'images/harbour-cranes.svg',
    date_published: '2026-09-29T08:20:00+02:00',
    authors: [mariiaLysak],
    tags: ['Ports', 'Logistics', 'Grain'],
    _journal: { section: 'Business', views: 4820 },
  },
  {
    id: 'oj-2026-0007',
    title: 'Insurers return to Black Sea hull cover as premiums fall',
    summary:
      'War-risk premiums for ships calling at Odesa have dropped below one per cent of hull value for the first time since 2022.',
    content_html: `<p>War-risk insurance premiums for vessels calling at Ukraine’s Black Sea ports have fallen below one per cent of hull value, brokers in London and Istanbul said this week, the lowest level since the start of the full-scale invasion.</p>
<p>At the peak, in 2023, some shipowners were quoted three per cent or more for a single voyage to Odesa, enough to add several hundred thousand dollars to the cost of a trip for a large bulk carrier. Many simply refused to go.</p>
<p>Brokers attribute the fall to two factors: a long record of ships completing voyages without incident, and a government-backed reinsurance scheme that takes part of the risk off private balance sheets.</p>
<p>“Underwriters price history,” said Jonas Berg, a marine insurance broker. “The history of the last eighteen months is a lot of ships going in and out safely. That has finally reached the rate sheets.”</p>
<p>Ukrainian exporters say lower premiums make their grain more competitive in North African and Asian markets, where buyers compare every dollar of freight. The change is fragile, however: a single serious incident could push rates back up within days.</p>`,
    date_published: '2026-09-30T15:45:00+02:00',
    authors: [blackSeaWire],
    tags: ['Insurance', 'Shipping', 'Black Sea'],
    _journal: { section: 'Business', views: 1990 },
  },
  {
    id: 'oj-2026-0013',
    title: 'Tech companies weigh Odesa as a second base',
    summary:
      'Software firms from Kharkiv and Dnipro are opening offices by the sea to spread their risk. The city is courting them with shared generators and fibre.',
    content_html: `<p>Oleksii Moroz’s software company has two offices now. The first is in Kharkiv, where it was founded twelve years ago. The second, opened in August, occupies a renovated warehouse near Odesa’s railway station, with a view of the tracks and a basement that doubles as a shelter.</p>
<p>“We did not leave Kharkiv. We added Odesa,” Moroz said. “When a missile takes out the power in one city, the other keeps shipping code.”</p>
<p>His firm is one of at least fifteen technology companies that have opened secondary offices in Odesa this year, according to the city’s economic development department. Most are small, with teams of twenty to fifty people, and many employ developers who had already moved south on their own.</p>
<h2>Generators and fibre</h2>
<p>The city has tried to help by designating three “resilient business hubs”: buildings with shared generators, backup internet over two separate fibre lines and satellite links, and shelters fitted with desks.</p>
<p>Rents in Odesa remain lower than in Kyiv or Lviv, a point the city stresses in its pitch. Companies interviewed for this article said the sea, the old town and the city’s reputation for humour also help recruit staff, even if few of them put that in writing.</p>`,
    date_published: '2026-10-05T09:45:00+02:00',
    authors: [mariiaLysak],
    tags: ['Technology', 'Relocation', 'Odesa'],
    _journal: { section: 'Business', views: 3640 },
  },
  {
    id: 'oj-2026-0019',
    title: 'Sunflower oil exporters bet on a new crushing plant near Reni',
    summary:
      'A group of southern farmers is building a processing plant on the Danube to sell oil instead of seeds, keeping more value in the region.',
    content_html: `<p>A cooperative of farmers from Odesa and Mykolaiv regions has started building a sunflower crushing plant near the Danube port of Reni, betting that selling oil and meal will earn them more than selling raw seeds to foreign processors.</p>
<p>The plant is designed to process 1,000 tonnes of seeds a day. Its backers say it will employ about 180 people when it opens in 2028 and will be able to load oil directly onto river tankers heading for Romania and the Balkans.</p>
<figure><img src="images/wheat-field.svg" alt="A flat yellow field under a blue sky with a tractor working in the distance" width="1200" height="675"><figcaption>Farms in the Bessarabian south grow sunflower alongside wheat and barley. Illustration: The Odessa Journal</figcaption></figure>
<p>Ukraine is the world’s largest exporter of sunflower oil, but southern farmers have often had to ship seeds to plants further north or abroad. “The value of a field is made in the crushing plant, not in the field,” said Mykola Pylypenko, who chairs the cooperative. “We are tired of giving that value away.”</p>
<p>Financing comes from a Ukrainian bank and a European development lender, with a partial guarantee against war risk. The cooperative’s 46 members have also put in their own money, in amounts proportional to their land.</p>`,
    image: 'images/wheat-field.svg',
    date_published: '2026-10-11T16:45:00+02:00',
    authors: [mariiaLysak],
    tags: ['Agriculture', 'Sunflower oil', 'Reni', 'Investment'],
    _journal: { section: 'Business', views: 2380 },
  },
  {
    id: 'oj-2026-0026',
    title: 'Small business grants: what the new programme offers',
    summary:
      'Grants of up to 800,000 hryvnias are available for equipment, with extra support for veterans and for businesses in front-line regions.',
    content_html: `<p>The government’s new grant programme for small businesses opened for applications on Saturday, offering up to 800,000 hryvnias for companies that buy equipment and create jobs. Here is how it works.</p>
<ol>
<li><strong>Who can apply.</strong> Registered businesses and sole traders that have filed tax returns for at least a year.</li>
<li><strong>What it pays for.</strong> Machinery, tools, vehicles for commercial use, generators and solar installations. Rent and salaries are not covered.</li>
<li><strong>The condition.</strong> Each grant requires the business to create at least two new jobs and keep them for two years.</li>
<li><strong>Extra support.</strong> Veterans and businesses in regions near the front line receive a higher share of the cost and a simpler application.</li>
<li><strong>How to apply.</strong> Through the state services app, with decisions promised within thirty working days.</li>
</ol>
<p>The programme replaces two smaller schemes that ran last year and were criticised for slow payments. Officials say the money will now be paid in a single transfer once the equipment has been bought and registered.</p>
<p>Business associations welcomed the focus on equipment but warned that the job-creation condition could be hard to meet for companies whose staff may be mobilised. The ministry said it would treat such cases individually.</p>
<p>In Odesa, a bakery owner who received a grant under an earlier version of the programme said the money paid for an oven and a generator. “We hired two people,” she said. “One of them is a veteran who now runs the night shift.”</p>`,
    date_published: '2026-10-17T11:40:00+02:00',
    authors: [mariiaLysak],
    tags: ['Small business', 'Grants', 'Veterans'],
    _journal: { section: 'Business', views: 7715 },
  },
  {
    id: 'oj-2026-0032',
    title: 'Rail freight to the Danube ports hits a bottleneck at the border',
    summary:
      'Wagons carrying grain to Izmail and Reni wait days at a single-track section where Ukrainian and European gauges meet.',
    content_html: `<p>Freight trains carrying grain to the Danube ports of Izmail and Reni are waiting up to four days at a single-track section of line near the Moldovan border, according to data from Ukraine’s state railway company.</p>
<p>The line, built in the Soviet era, briefly crosses Moldovan territory and was never designed for today’s volumes. Trains can pass in only one direction at a time, and each must be checked by customs officers from both countries.</p>
<figure><img src="images/night-train.svg" alt="A blue and yellow passenger train with lit windows crossing flat country at night" width="1200" height="675"><figcaption>Passenger and freight trains share the same single-track sections in the far south. Illustration: The Odessa Journal</figcaption></figure>
<p>Exporters say the delay costs them money on demurrage, the fees charged when barges and ships wait in port for cargo. One trader estimated the extra cost at three to four dollars per tonne of grain.</p>
<p>The railway company has proposed building a bypass entirely on Ukrainian territory, about 30 kilometres long. It would take two years to complete. In the meantime, officials hope that the new joint customs posts with Moldova will speed up the checks.</p>`,
    image: 'images/night-train.svg',
    date_published: '2026-10-22T10:20:00+02:00',
    authors: [blackSeaWire],
    tags: ['Railways', 'Danube', 'Logistics'],
    _journal: { section: 'Business', views: 2975 },
  },
  {
    id: 'oj-2026-0038',
    title: 'Hryvnia steady as the central bank holds its key rate',
    summary:
      'The National Bank kept its policy rate unchanged, citing slowing inflation and a stable flow of foreign financing.',
    content_html: `<p>The National Bank of Ukraine left its key policy rate unchanged on Tuesday, saying that inflation was slowing in line with its forecasts and that international financing for the budget was secured for the coming months.</p>
<p>The hryvnia barely moved after the announcement. Traders had widely expected the decision, and the exchange rate has been unusually stable since the summer, helped by strong agricultural exports and regular disbursements from foreign partners.</p>
<p>In its statement, the bank said that consumer prices rose at an annual rate of just under seven per cent in September, down from almost nine per cent at the start of the year. Food prices, which drive much of household spending, have eased after a good harvest.</p>
<p>Economists warned that risks remain. Attacks on energy infrastructure could push up costs for businesses over the winter, and any delay in foreign aid would put pressure on reserves.</p>
<p>“Stability is the message, and stability is what households need,” said Dmytro Lavrenko, an economist at an Odesa business school. “The question is whether it survives February.”</p>`,
    date_published: '2026-10-27T15:20:00+02:00',
    authors: [mariiaLysak],
    tags: ['Central bank', 'Hryvnia', 'Inflation'],
    _journal: { section: 'Business', views: 6040 },
  },
  {
    id: 'oj-2026-0045',
    title: 'Solar panels spread across the roofs of Odesa’s apartment blocks',
    summary:
      'Residents’ associations are installing solar arrays and batteries to keep lifts and water pumps running during blackouts.',
    content_html: `<p>On the roof of a nine-storey building in Odesa’s Tairova district, 60 solar panels now face south towards the sea. In the basement, a cabinet of batteries stores enough power to run the lift, the water pumps and the stairwell lights for most of a night.</p>
<p>The installation was paid for by the residents’ association with a city grant and a low-interest loan. It is one of about 140 such projects completed in Odesa this year, according to the city council, up from a dozen in 2024.</p>
<p>“The lift was the reason,” said Liudmyla Horbach, who chairs the association. “We have old people on the eighth floor. During the blackouts last winter, some of them did not leave their flats for weeks.”</p>
<p>Installers say demand has outpaced supply. Batteries are the bottleneck: most are imported, and prices rose sharply after the attacks on the grid last winter. Some companies now have waiting lists of three months.</p>
<p>The city hopes to double the number of equipped buildings next year. Energy experts say rooftop solar will not replace the grid, but it can keep a building’s essential systems running when the grid fails, which is often what matters most.</p>`,
    image: 'images/power-lines.svg',
    date_published: '2026-11-02T09:15:00+02:00',
    authors: [mariiaLysak],
    tags: ['Energy', 'Solar', 'Housing'],
    _journal: { section: 'Business', views: 3560 },
  },
  {
    id: 'oj-2026-0051',
    title: 'Winemakers of Bessarabia look to Scandinavian shelves',
    summary:
      'Small wineries in the south-west of Odesa region are winning listings with state retailers in Norway and Sweden.',
    content_html: `<p>A dozen small wineries from the Bessarabian south-west of Odesa region have won places on the shelves of state-owned retailers in Norway and Sweden this year, in what exporters describe as the biggest breakthrough for Ukrainian wine abroad.</p>
<p>The Scandinavian monopolies buy through public tenders, choosing wines in blind tastings against a fixed price. Ukrainian producers began entering those tenders three years ago, mostly with indigenous grape varieties such as Odesa Black and Telti-Kuruk.</p>
<p>“Nobody in Stockholm had heard of Telti-Kuruk,” said Tomasz Wrona, a Polish wine consultant who has worked with several of the wineries. “That turned out to be an advantage. Buyers there love a story they have not heard before.”</p>
<p>The volumes are small, a few thousand bottles per winery, but the listings bring credibility. Producers say they are now in talks with importers in the Netherlands and Canada.</p>
<p>The wineries still face practical hurdles: glass bottles, corks and labels are often imported, and shipping by road through Moldova and Romania adds costs. Several producers have formed a joint export company to share those expenses.</p>`,
    date_published: '2026-11-07T13:50:00+02:00',
    authors: [mariiaLysak],
    tags: ['Wine', 'Exports', 'Bessarabia'],
    _journal: { section: 'Business', views: 1410 },
  },
  {
    id: 'oj-2026-0060',
    title: 'A shipyard in Mykolaiv region wins its first order since 2022',
    summary:
      'The yard will build six river barges for a grain trader, bringing back welders who had left for jobs abroad.',
    content_html: `<p>A shipyard on the Southern Bug river in Mykolaiv region has signed its first new construction contract since 2022: six self-propelled barges for a grain trader that ships cargo along the Danube.</p>
<p>The yard’s director, Anatolii Chornyi, said the order would keep about 200 workers busy for eighteen months. Before the full-scale invasion, the yard employed more than 600 people; many welders left for jobs in Poland and Romania.</p>
<p>“We called every one of them,” Chornyi said. “About forty said yes. Some had been waiting for that call.”</p>
<p>The barges will be built to a modern design with low draught, allowing them to operate in the shallower stretches of the Danube during dry summers. The contract is partly financed by an export credit agency in Northern Europe, which required insurance against war damage at the yard.</p>
<p>Shipbuilding was once a pillar of Mykolaiv’s economy. Local officials hope the order will show other buyers that the industry can still deliver, even within range of enemy missiles.</p>`,
    date_published: '2026-11-15T07:15:00+02:00',
    authors: [mariiaLysak],
    tags: ['Shipbuilding', 'Mykolaiv', 'Industry'],
    _journal: { section: 'Business', views: 2290 },
  },
  {
    id: 'oj-2026-0063',
    title: 'Retail sales in the south recover to pre-winter levels',
    summary:
      'Shops and cafés in Odesa and Mykolaiv report autumn takings close to last year’s, as card payments and generator hours become routine.',
    content_html: `<p>Retail sales in southern Ukraine have returned to the levels of last autumn, according to data from a payments processor that handles card transactions for about a third of shops in Odesa and Mykolaiv regions.</p>
<p>Spending on food and household goods was almost unchanged from last year. Spending in cafés and restaurants rose by about eight per cent, which analysts attribute partly to more people working from shared spaces with reliable power.</p>
<p>Shop owners say they have learnt to plan around outages. Most now have a generator or batteries, and card terminals that work over mobile data. At «Привоз», Odesa’s central market, traders who accepted only cash three years ago now display QR codes next to their scales.</p>
<p>“People still buy tomatoes, war or no war,” said Liubov, who sells vegetables at the market. “The difference is they pay with their phone and ask if I have light at home.”</p>
<p>Economists caution that the figures are nominal and do not account for inflation. Still, they say, the stability is a sign of resilience in a region that is frequently attacked.</p>`,
    image: 'images/market-stalls.svg',
    date_published: '2026-11-17T14:10:00+02:00',
    authors: [blackSeaWire],
    tags: ['Retail', 'Consumer spending', 'Odesa'],
    _journal: { section: 'Business', views: 740 },
  },
];
