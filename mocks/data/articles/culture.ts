import { danielWhitcombe, sofiiaMarchenko } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const cultureArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0001',
    title: 'The opera season opens with a defiant “Natalka Poltavka”',
    summary:
      'Odesa’s opera house began its season with Lysenko’s classic, sung to a full hall that spent the second act in the shelter and came back for the finale.',
    content_html: `<p>The curtain rose at six o’clock sharp, as it does at every performance in Odesa’s opera house these days, so that the audience can get home before the curfew. By a quarter to eight, the hall was empty: an air-raid alert had sent singers, musicians and 900 spectators down to the shelter.</p>
<p>Forty minutes later, they were all back in their seats, and the company picked up the second act of Mykola Lysenko’s “Natalka Poltavka” exactly where it had stopped. The applause at the end lasted almost ten minutes.</p>
<figure><img src="images/opera-theatre.svg" alt="The facade of a baroque theatre with a dome and warmly lit arched windows at night" width="1200" height="675"><figcaption>Performances start early so that audiences can get home before the curfew. Illustration: The Odessa Journal</figcaption></figure>
<p>The choice of opera for the season’s opening night was deliberate. Written in the nineteenth century, “Natalka Poltavka” was one of the first operas in Ukrainian and remains a staple of the national repertoire. The theatre’s director said it was “a statement that the house speaks in its own voice.”</p>
<p>The production itself is traditional, with painted backdrops and embroidered costumes made in the theatre’s own workshops. The young soprano Yaryna Hlushko, in the title role, was the evening’s revelation, with a voice that filled the gilded hall without apparent effort.</p>
<p>The season will include eleven operas and six ballets. Tickets for the opening weeks sold out within hours, despite prices that have risen by a third since last year.</p>`,
    image: 'images/opera-theatre.svg',
    date_published: '2026-09-25T19:30:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Opera', 'Theatre', 'Odesa'],
    _journal: { section: 'Culture', views: 9840 },
  },
  {
    id: 'oj-2026-0011',
    title: 'Odesa film festival moves its screenings into shelters',
    summary:
      'Shelters in cinemas and metro-deep basements hosted an autumn edition of the festival, with a programme of Ukrainian documentaries.',
    content_html: `<p>The Odesa film festival usually takes place in summer, under the stars and on the steps of the opera house. This year, for the third time, it held an autumn edition underground: screenings took place in cinema shelters and in a former wine cellar fitted with a projector.</p>
<p>The programme focused on Ukrainian documentaries made since 2022, many by directors who had worked in fiction before the war. Several screenings were followed by discussions with soldiers and medics who appeared in the films.</p>
<p>“The shelter changes how people watch,” said Ostap Vovk, the festival’s programmer. “There is no escape to the foyer, no phone signal, nothing else. The audience is completely with the film.”</p>
<p>The best-attended screening was a documentary about a family of fishermen on the Tylihul estuary, who kept working through two years of drone attacks. It won the audience award.</p>
<p>The festival’s organisers hope to return to the open air next summer, but they say the underground edition will continue. “We have discovered something,” Vovk said. “We are not going to give it up just because the sky becomes quieter.”</p>`,
    date_published: '2026-10-04T13:10:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Film', 'Festival', 'Documentary'],
    _journal: { section: 'Culture', views: 4120 },
  },
  {
    id: 'oj-2026-0018',
    title: 'A new translation brings Odesa stories to English readers',
    summary:
      'A collection of short stories by young Odesa writers, published in London this week, tries to capture the city’s humour under strain.',
    content_html: `<p>“The Stairs and the Sea”, an anthology of fourteen short stories by writers from Odesa, was published in English this week. Most of the authors are under 35, and most of the stories were written since 2022.</p>
<p>The collection’s translator, Zoriana Kit, said the hardest part was the humour. “Odesa jokes depend on rhythm and on a mixture of languages. You translate the words, and the joke disappears,” she said. “So sometimes I had to write a new joke in the same place.”</p>
<p>The stories range widely. One follows a fishmonger at the market who keeps a notebook of everything customers tell her during alerts. Another is narrated by a tram. A third, the most moving, describes a grandmother teaching her grandson to swim on a beach where swimming is forbidden.</p>
<blockquote><p>“In Odesa, a tragedy is just a comedy that has not yet found its ending.”</p></blockquote>
<p>That line, from the anthology’s opening story, has already been quoted in several British reviews. Critics have praised the book’s lightness of touch, and some have compared it to the Odesa stories of a century ago.</p>
<p>The publisher says a second volume is planned, with stories from Kharkiv and Dnipro.</p>`,
    date_published: '2026-10-10T12:30:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Books', 'Translation', 'Literature'],
    _journal: { section: 'Culture', views: 1760 },
  },
  {
    id: 'oj-2026-0021',
    title: 'Street artists repaint the harbour’s grain silos',
    summary:
      'A giant mural of sunflowers and cranes now covers a silo tower at the port, visible from the sea and from the city.',
    content_html: `<p>For most of the past month, five street artists have spent their days hanging from ropes on the side of a concrete grain silo in Odesa’s port. On Monday they finished: the tower is now covered by a mural of sunflowers, gulls and harbour cranes, forty metres high.</p>
<p>The project was commissioned by the port authority and a grain trading company, which wanted to mark the continuation of exports despite attacks on the port. It is the largest mural in the city.</p>
<figure><img src="images/harbour-cranes.svg" alt="Silhouettes of gantry cranes against a sunset, with containers on the quay below" width="1200" height="675"><figcaption>The mural’s cranes echo the real ones along the quay. Illustration: The Odessa Journal</figcaption></figure>
<p>“We wanted something that ships would see from the sea before they see anything else,” said Arsen Poliakov, the lead artist. “A sign that says: people work here, and they are not afraid of colour.”</p>
<p>The artists worked only in daylight and only when there was no alert, which stretched the project from two weeks to four. They used paint designed for ships’ hulls, which should last at least fifteen years in the salt air.</p>
<p>Residents have mostly welcomed the mural, although some said they preferred the old grey concrete. “Grey was honest,” one man wrote on a city forum. Others replied that Odesa had seen enough grey.</p>`,
    image: 'images/harbour-cranes.svg',
    date_published: '2026-10-12T08:05:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Street art', 'Port', 'Murals'],
    _journal: { section: 'Culture', views: 3350 },
  },
  {
    id: 'oj-2026-0029',
    title: 'Museum of Western and Eastern Art reopens two halls',
    summary:
      'Works that spent years in storage are back on the walls, in a selection chosen to show how the museum protected its collection.',
    content_html: `<p>Odesa’s Museum of Western and Eastern Art reopened two of its halls to the public on Monday, for the first time since its collection was moved to storage in 2022.</p>
<p>The new exhibition, titled “Returned”, shows about sixty works, including Dutch still lifes, Italian religious paintings and Chinese porcelain. Each is accompanied by a short text describing where it spent the past four years and how it was protected.</p>
<p>Curators said the idea came from visitors, who kept asking what had happened to the paintings. “People were worried about them like relatives,” said Ivanna Didenko, the museum’s chief curator. “So we decided to tell the story of the protection as well as the story of the art.”</p>
<p>The halls have new climate control and shutters that can be closed quickly during alerts. The rest of the collection remains in storage, and the museum’s main building still needs repairs after a nearby strike shattered its windows.</p>
<p>Entry to the exhibition is free for the first month. On the opening day, a queue stretched along the street, which the curators described as the best review they could have hoped for.</p>`,
    date_published: '2026-10-19T12:10:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Museums', 'Art', 'Heritage'],
    _journal: { section: 'Culture', views: 2860 },
  },
  {
    id: 'oj-2026-0036',
    title: 'Jazz on the stairs: a festival returns to the Potemkin Stairs',
    summary:
      'For one afternoon, the city’s most famous staircase became a 192-step auditorium for a free jazz concert, its first since 2021.',
    content_html: `<p>On Sunday afternoon, about 3,000 people sat on the granite steps of the Potemkin Stairs to listen to jazz. The free concert, organised by a local festival that last used the site in 2021, ran for three hours without a single air-raid alert, which several musicians called a small miracle.</p>
<figure><img src="images/potemkin-stairs.svg" alt="A wide stone staircase seen from below, narrowing towards a colonnaded building at the top" width="1200" height="675"><figcaption>The stairs’ perspective makes them look longer from the bottom than they are. Illustration: The Odessa Journal</figcaption></figure>
<p>The stage stood at the foot of the stairs, facing upwards, so that the audience looked down on the musicians and beyond them to the port. Organisers limited the crowd to the lower landings for safety, with stewards guiding people to a nearby shelter in case of alarm.</p>
<h2>A programme of Odesa jazz</h2>
<p>The programme mixed jazz standards with tunes from Odesa’s own tradition, a cheerful blend of klezmer, Black Sea sailors’ songs and swing. A quartet of students from the music academy opened the afternoon; a veteran big band closed it.</p>
<p>“Odesa had jazz before most of Europe did,” said Stepan Holub, the festival’s director, who plays saxophone in the band. “We are playing the city’s own music in the city’s own living room.”</p>
<p>The festival hopes to make the concert monthly in the warmer months next year, if security allows.</p>`,
    image: 'images/potemkin-stairs.svg',
    date_published: '2026-10-25T08:10:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Jazz', 'Potemkin Stairs', 'Festival'],
    _journal: { section: 'Culture', views: 12100, featured: true },
  },
  {
    id: 'oj-2026-0041',
    title: 'The poets writing Odesa’s war in two languages',
    summary:
      'A generation of Odesa poets is moving between Russian and Ukrainian, sometimes within a single poem. We met three of them.',
    content_html: `<p>Lesia Fedoruk writes her poems by hand, in a notebook with a sea-green cover. The first pages are in Russian, the language she grew up with. Then, around a page dated March 2022, the handwriting changes, and so does the alphabet: the letters і, ї and є begin to appear.</p>
<p>She is one of a number of Odesa poets who have switched to Ukrainian since the full-scale invasion, or who now write in both languages. Their work, published in small magazines and read aloud in bars and bookshops, has become one of the liveliest parts of the city’s literary scene.</p>
<blockquote><p>«Моє місто пам’ятає море, / навіть коли море мовчить.»<br>My city remembers the sea, / even when the sea is silent.</p></blockquote>
<p>Those lines open Fedoruk’s new collection, which has sold out its first print run of 2,000 copies, a remarkable figure for poetry in Ukraine.</p>
<p>Other poets choose to keep writing in Russian, as a way of claiming the language for Odesa rather than for Moscow. Their readings can be tense, and audiences sometimes argue. “That is fine,” said Fedoruk. “Poetry should start arguments. What matters is that we argue here, in Odesa, together.”</p>
<p>A bilingual anthology, with facing pages in Ukrainian and Russian, is due next spring.</p>`,
    date_published: '2026-10-29T20:50:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Poetry', 'Language', 'Literature'],
    _journal: { section: 'Culture', views: 2470 },
  },
  {
    id: 'oj-2026-0047',
    title: 'Conservators race to save a crumbling Art Nouveau facade',
    summary:
      'A house on Olgiivska Street, famous for its stone owls, lost parts of its facade in a summer storm. Restorers have weeks before winter.',
    content_html: `<p>The owls are the first thing people notice about the house on Olgiivska Street: two stone birds above the entrance, carved in 1912 by an architect who, legend says, wanted his building to watch over the street. This summer, one of them lost its head in a storm.</p>
<p>A team of conservators is now working to stabilise the façade before the winter frosts, which could cause more damage to the soft limestone. They have erected scaffolding, removed loose pieces and begun injecting the cracks with lime mortar.</p>
<p>“Odesa is built of shell limestone from its own catacombs,” said Khrystyna Ilnytska, who leads the team. “It is beautiful and easy to carve, but it drinks water. Once the water is inside, the frost breaks it from within.”</p>
<p>The head of the owl was found in the courtyard and will be reattached. Other missing pieces of decoration will be recreated from old photographs, many of them supplied by residents.</p>
<p>Conservation experts say hundreds of historic buildings in Odesa need similar work. Funding from the new heritage agreement with Italy is expected to help, but not before next year.</p>`,
    date_published: '2026-11-04T07:45:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Architecture', 'Heritage', 'Restoration'],
    _journal: { section: 'Culture', views: 1320 },
  },
  {
    id: 'oj-2026-0054',
    title: 'A Ukrainian folk ensemble sells out its tour of Poland and Germany',
    summary:
      'The Bessarabian ensemble Dunai brings songs from the Danube villages to eight cities, with tickets gone weeks in advance.',
    content_html: `<p>Dunai, a folk ensemble from the Danube region of Odesa oblast, begins an eight-city tour of Poland and Germany this week. Every concert has sold out, a first for the group in its thirty-year history.</p>
<p>The ensemble performs songs from the multi-ethnic villages of Bessarabia, where Ukrainian, Bulgarian, Moldovan and Gagauz traditions have mixed for two centuries. Its members play the violin, the accordion and the cimbalom, and sing in four languages.</p>
<p>The tour dates are:</p>
<ul>
<li>Lublin, 12 November</li>
<li>Kraków, 14 November</li>
<li>Wrocław, 16 November</li>
<li>Dresden, 19 November</li>
<li>Leipzig, 21 November</li>
<li>Berlin, 23 and 24 November</li>
<li>Hamburg, 26 November</li>
</ul>
<p>Many of the audience members are expected to be Ukrainians living abroad. “For them, this music is home,” said the ensemble’s leader. “For the Poles and Germans, we hope it is an introduction to a part of Ukraine they have never heard of.”</p>
<p>Part of the proceeds will go to a fund that repairs village cultural centres in the Danube region.</p>`,
    date_published: '2026-11-10T16:00:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Folk music', 'Bessarabia', 'Tour'],
    _journal: { section: 'Culture', views: 3010 },
  },
  {
    id: 'oj-2026-0058',
    title: 'Review: a quiet, furious novel about the summer of 2022',
    summary:
      'Set in a half-empty Odesa, the debut novel by a former journalist follows a woman who stays behind to look after her father’s flat and his memories.',
    content_html: `<p>Very little happens in “The Flat on Uspenska Street”, the debut novel by a former Odesa journalist, and that is its strength. Its heroine, Vira, stays in the city in the summer of 2022 to look after her elderly father. She queues for water, waters his tomatoes and listens to the sirens. The war is everywhere and almost nowhere.</p>
<p>The novel is written in short chapters, some only a paragraph long, as if composed between alerts. Its language is plain, but it gathers force slowly, until a scene in which Vira reads her father’s old letters aloud in the shelter hits with unexpected weight.</p>
<p>The author is at her best with small details: the smell of the courtyard after rain, the neighbour who plays the same record every evening, the cat that refuses to go down to the basement. Odesa, with its humour and its stubbornness, emerges as a character of its own.</p>
<p>There are weaknesses. The father’s backstory is told too directly, and a late subplot about a missing cousin feels unfinished. But these are the flaws of an ambitious first book, and they hardly spoil it.</p>
<p>This is a novel about staying, written with the patience that staying requires. It deserves to be translated, and soon.</p>`,
    date_published: '2026-11-13T08:45:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Books', 'Review', 'Fiction'],
    _journal: { section: 'Culture', views: 980 },
  },
  {
    id: 'oj-2026-0066',
    title: 'Young designers put embroidery back on the city’s streets',
    summary:
      'A pop-up market of Odesa fashion labels shows how the vyshyvanka is being reinvented for everyday wear.',
    content_html: `<p>The pop-up market in a former printing works near Odesa’s railway station opened on Friday afternoon, and within an hour the narrow aisles were full. Twenty-two young fashion labels showed their collections, and almost all of them featured embroidery.</p>
<p>The traditional embroidered shirt, the vyshyvanka, has been a symbol of Ukrainian identity for generations. What is new is the way young designers use it: on denim jackets, on sports tops, on tote bags, sometimes in a single line of stitching on a collar.</p>
<figure><img src="images/market-stalls.svg" alt="Two market stalls with red and green striped awnings over counters of goods" width="1200" height="675"><figcaption>Stalls at the pop-up market sold everything from embroidered jackets to hand-printed scarves. Illustration: The Odessa Journal</figcaption></figure>
<p>“My grandmother embroidered shirts for weddings,” said one designer, who stitches patterns from the Danube villages onto linen shirts. “I want people to wear them on a Tuesday, to the office.”</p>
<p>Many of the designers employ women who lost their jobs or left their homes because of the war. Embroidery can be done at home, by hand, even during blackouts, which makes it one of the few crafts that continues whatever the grid is doing.</p>
<p>The market runs until Sunday. Its organisers plan to make it a monthly event and to open a permanent shop in the spring.</p>`,
    image: 'images/market-stalls.svg',
    date_published: '2026-11-20T16:10:00+02:00',
    authors: [sofiiaMarchenko],
    tags: ['Fashion', 'Embroidery', 'Design'],
    _journal: { section: 'Culture', views: 1 },
  },
];
