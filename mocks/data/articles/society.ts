import { danielWhitcombe, olenaHrytsenko, yuriiKostiuk } from '../authors.ts';
import type { JsonFeedItem } from '../json-feed.ts';

export const societyArticles: JsonFeedItem[] = [
  {
    id: 'oj-2026-0004',
    title: 'Displaced families find a second home in Odesa’s old courtyards',
    summary:
      'Tens of thousands of people from occupied and front-line towns now live in Odesa. In the city’s shared courtyards, they are slowly becoming neighbours.',
    content_html: `<p>The courtyard behind a three-storey building on Koblevska Street has a fig tree, a clothes line strung between two balconies and a wooden bench that residents say is older than any of them. Since 2022, it has also had four new families.</p>
<p>They came from Kherson, from Mariupol, from a village near Nova Kakhovka. One family lives in a former workshop; another rents a flat whose owner left for Germany. At first, the longtime residents admit, they kept their distance.</p>
<p>“You do not know who people are. You do not know what they went through,” said Raisa, who has lived in the building for 51 years. “Then a child falls off a bicycle, and you are all standing around him, and after that you know each other.”</p>
<p>The families now share a washing machine, a generator and a rota for sweeping the ґанок, the porch at the entrance, a word the newcomers from Kherson use and the Odesa natives have started to borrow.</p>
<p>Odesa has registered more than 100,000 internally displaced people, though the real number is thought to be higher. City social services say housing remains the hardest problem: rents have risen, and many displaced families spend more than half their income on a room.</p>
<p>In the courtyard on Koblevska Street, the newcomers say they feel at home, though not yet at peace. “Home is where the fig tree is,” said Alla, who arrived from Kherson with her two sons. “But I still keep the keys to my old flat in my bag.”</p>`,
    date_published: '2026-09-28T10:10:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Displaced people', 'Housing', 'Odesa'],
    _journal: { section: 'Society', views: 5600 },
  },
  {
    id: 'oj-2026-0008',
    title: 'Teachers adapt their lessons to underground classrooms',
    summary:
      'In Odesa region, one in five schools now teaches at least partly in shelters. Teachers describe what changes when there are no windows.',
    content_html: `<p>When the bell rings at School No. 37 in Odesa, pupils do not go up the stairs but down them. The school moved its primary classes into a renovated basement shelter this year, and its teachers have had to learn a new kind of classroom management.</p>
<p>“There are no windows, so you lose the sense of time. We put a big clock on every wall and we make the breaks longer,” said Nadiia Kulyk, who teaches the third grade. “And we talk a lot about the weather, because the children cannot see it.”</p>
<p>According to the regional education department, about one in five schools in Odesa region now holds at least some lessons underground. The rest combine classroom teaching with moves to the shelter during air-raid alerts, which can interrupt the day several times.</p>
<h2>Light, air, and noise</h2>
<p>Teachers say the main challenges are practical: ventilation, lighting and noise. In a basement, sound carries, and a class of thirty children can be heard three rooms away. Some schools have installed acoustic panels paid for by parents.</p>
<p>Psychologists who work with schools say the shelters can also feel safer than ordinary classrooms for children who have lived through strikes. “For many of them, the basement is not frightening,” one said. “The sirens are.”</p>`,
    date_published: '2026-10-01T12:45:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Education', 'Schools', 'Shelters'],
    _journal: { section: 'Society', views: 3870 },
  },
  {
    id: 'oj-2026-0015',
    title: 'A hotline for veterans’ families answers 3,000 calls a month',
    summary:
      'Run by volunteers and two psychologists, the line started as a way to answer questions about benefits. It became something else.',
    content_html: `<p>The phone rings for the first time each day at around seven in the morning, usually a mother or a wife. By midnight, the eight volunteers of a hotline for veterans’ families in Odesa will have taken about a hundred calls.</p>
<p>The line opened last year to help families understand benefits and paperwork: disability payments, housing grants, the documents needed to register a wounded soldier for rehabilitation. It still does that. But most callers, the volunteers say, now want something less tangible.</p>
<p>“They want somebody to listen to them without hurrying,” said Inna Prykhodko, one of two psychologists who supervise the volunteers. “The husband came home, and he is not the same person. The family is exhausted. There are a lot of calls that begin with ‘I am sorry to bother you’.”</p>
<p>The volunteers receive forty hours of training before taking calls, and meet once a week to discuss difficult conversations. Several are veterans’ wives themselves.</p>
<p>The hotline is funded by donations and a small grant from the city. Its organisers would like to extend its hours overnight, when, they say, the most difficult calls come, but they need more trained people to do so.</p>`,
    date_published: '2026-10-07T17:05:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Veterans', 'Mental health', 'Volunteers'],
    _journal: { section: 'Society', views: 2140 },
  },
  {
    id: 'oj-2026-0024',
    title: 'Ukrainian-language courses fill up in Russian-speaking Odesa',
    summary:
      'Free evening classes in the city have waiting lists. Students say the switch is about more than grammar: it is about memory and belonging.',
    content_html: `<p>It is seven in the evening in a library classroom near the Cathedral Square, and twenty adults are conjugating verbs. The youngest is 19; the oldest, a retired ship’s engineer, is 74. All of them grew up speaking Russian, like most people in Odesa. All of them are learning Ukrainian.</p>
<p>The free courses, run by volunteer teachers and funded by the city, began in 2022 with three groups. This autumn there are 46, and every one of them has a waiting list.</p>
<h2>«Одеса» and «пам’ять»</h2>
<p>The teacher, Kateryna Ostapchuk, starts each term by writing two words on the board: «Одеса» and «пам’ять» (memory). “The first is where we are,” she says. “The second is why many of them came. They want to remember how their grandparents spoke, and they want their children to grow up without having to choose.”</p>
<blockquote><p>“At home my grandmother said «ґанок» and «їжа», and I thought they were village words. Now I understand they were simply her language.”</p></blockquote>
<p>That was Mykola, 41, a logistics manager, who said he now speaks Ukrainian at work and Russian with his mother, “until she corrects me in Ukrainian.”</p>
<p>The students’ hardest letters, they agree, are ї, є and ґ, along with the apostrophe that separates sounds in words such as «пам’ять» and «сім’я». The hardest thing, though, is not grammar but habit. “My brain switches languages when I am tired,” said one student. “I am tired a lot. So I keep practising.”</p>
<p>Sociologists say the shift in Odesa is real but gradual. Surveys show a growing share of residents using Ukrainian in public, while Russian remains common at home and in the street. The city, many say, is becoming bilingual in a new way.</p>`,
    date_published: '2026-10-15T07:20:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Language', 'Identity', 'Education'],
    _journal: { section: 'Society', views: 16420, featured: true },
  },
  {
    id: 'oj-2026-0027',
    title: 'Night trains still carry thousands of returnees home each week',
    summary:
      'The overnight service from the Polish border to Odesa is full most nights. Passengers are returning for good, or for a visit that might become permanent.',
    content_html: `<p>The night train from Przemyśl on the Polish border to Odesa leaves in the late afternoon and arrives the next morning, and this autumn it has been sold out on most days. Many passengers are Ukrainians who spent months or years abroad.</p>
<figure><img src="images/night-train.svg" alt="A lit passenger train travelling through dark countryside under a crescent moon" width="1200" height="675"><figcaption>The overnight service takes about nineteen hours, depending on alerts along the route. Illustration: The Odessa Journal</figcaption></figure>
<p>In a second-class compartment, a woman from Odesa travels with her two daughters and a cat. They have lived in Kraków since 2022. “The girls want to finish school at home,” she said. “I am not sure it is the right time. But I am not sure there will be a right time.”</p>
<p>Official figures suggest that returns slightly outnumber departures this year, although the statistics are incomplete. Railway staff say they see both: families coming home, and young people leaving for work or study.</p>
<p>The train itself has become a kind of meeting place. Conductors serve tea in glass holders, passengers swap news about which cities had blackouts, and the corridor fills with people looking out at the fields when dawn breaks near Podilsk.</p>`,
    image: 'images/night-train.svg',
    date_published: '2026-10-17T17:30:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Returnees', 'Railways', 'Migration'],
    _journal: { section: 'Society', views: 2780 },
  },
  {
    id: 'oj-2026-0034',
    title: 'Survey: most young Ukrainians plan to stay in the country',
    summary:
      'A new poll of people aged 16 to 30 finds that two-thirds want to build their future in Ukraine, though many expect to study or work abroad first.',
    content_html: `<p>Two out of three young Ukrainians intend to build their lives in Ukraine, according to a survey of people aged 16 to 30 published on Friday by a Kyiv research institute. The poll questioned 2,400 respondents in government-controlled areas.</p>
<p>The main findings were:</p>
<ul>
<li>67% said they plan to live in Ukraine in ten years’ time;</li>
<li>41% would like to study or work abroad for a period before returning;</li>
<li>52% said they volunteer regularly, most often online or by donating;</li>
<li>and 74% said they trust volunteers more than any state institution.</li>
</ul>
<p>The researchers noted differences between regions. Young people in the west were the most likely to say they would stay, while those in front-line regions were more likely to say they were undecided.</p>
<p>“The war has made this generation very practical,” said Viktoriia Soroka, a sociologist who led the study. “They do not talk about patriotism in big words. They talk about staying as a decision they will make again every year.”</p>
<p>The institute plans to repeat the survey every six months to track how attitudes change.</p>`,
    date_published: '2026-10-23T13:40:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Youth', 'Survey', 'Migration'],
    _journal: { section: 'Society', views: 4450 },
  },
  {
    id: 'oj-2026-0039',
    title: 'Hospitals in the south train nurses for long-term rehabilitation',
    summary:
      'A new course in Odesa prepares nurses to care for patients with amputations and brain injuries, as demand grows faster than staff.',
    content_html: `<p>Twenty-four nurses graduated this week from a new six-month course in rehabilitation nursing at a medical college in Odesa, the first of its kind in the south of Ukraine.</p>
<p>The course covers care for patients with amputations, spinal injuries and traumatic brain injuries, as well as the psychological support that such patients need during months of recovery. Most of the graduates will work in hospitals and rehabilitation centres in Odesa and Mykolaiv regions.</p>
<p>Doctors say nurses are the backbone of rehabilitation. “A surgeon sees a patient for an hour. A nurse sees him every day for three months,” said Dr Serhii Havryliuk, who heads a rehabilitation department in Odesa. “If the nurse knows what she is doing, the patient walks sooner.”</p>
<p>The course was designed with help from a hospital in Canada, whose staff taught some of the modules online. The college plans to train three more groups next year and to open an evening version for nurses already in work.</p>
<p>Health officials estimate that Ukraine will need tens of thousands more rehabilitation specialists over the next decade. Salaries remain a problem: many nurses earn less than shop assistants.</p>`,
    date_published: '2026-10-28T09:40:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Health', 'Nursing', 'Rehabilitation'],
    _journal: { section: 'Society', views: 1560 },
  },
  {
    id: 'oj-2026-0043',
    title: 'Volunteers map every bomb shelter in Odesa for an open app',
    summary:
      'A team of students and programmers has checked more than 2,000 shelters, rating access, lighting and whether the door is actually open.',
    content_html: `<p>The map shows more than 2,000 dots across Odesa, each one a shelter. Green means the volunteers found it open, lit and accessible. Yellow means there were problems. Red means they found a locked door, a flooded basement or no shelter at all.</p>
<p>The project began in the spring, when a group of students at Odesa’s polytechnic university grew frustrated with official lists that, they said, were often out of date. They set out to visit every shelter themselves.</p>
<p>“We went in pairs, usually after lectures,” said Maksym Bereza, a third-year computer science student who coordinates the project. “We took photos, checked if there was a ramp, if there was water, if the light worked. Then we put everything online.”</p>
<h2>What the volunteers found</h2>
<p>About a third of the shelters on official lists had at least one serious problem. The most common was a locked door, with no sign saying who held the key. The volunteers share their findings with the city, which has fixed several hundred cases.</p>
<p>The app is open source and works offline, which matters during blackouts. Its developers say they have been contacted by volunteers in four other cities who want to do the same.</p>`,
    date_published: '2026-10-31T10:10:00+02:00',
    authors: [danielWhitcombe],
    tags: ['Shelters', 'Volunteers', 'Technology'],
    _journal: { section: 'Society', views: 6930 },
  },
  {
    id: 'oj-2026-0050',
    title: 'A pensioners’ choir turns air-raid waits into rehearsals',
    summary:
      'When the sirens sound, the Golden Autumn choir goes down to the shelter and keeps singing. Their repertoire has grown with every alert.',
    content_html: `<p>The Golden Autumn choir meets on Tuesdays and Fridays in a community centre in Odesa’s Cheryomushky district. It has 31 members, most of them over 70, and one rule: if the sirens sound, the rehearsal continues in the basement.</p>
<p>“At first we sang to calm the children who were down there with their mothers,” said Lidiia, the choir’s director, a former music teacher. “Then we noticed that we were calmer too. Now the neighbours come down to the shelter to listen even when there is no alert.”</p>
<p>The repertoire includes Ukrainian folk songs, old Odesa tunes and, since last year, a few pieces in English learnt from a visiting choir from Wales. The members have recorded an album on a mobile phone, which they sell to raise money for a hospital.</p>
<p>For many of the singers, the choir is their main social life. Several live alone; some have children abroad. “Here I have thirty people who will notice if I do not come,” said Mykhailo, 83, the choir’s only bass.</p>
<p>The choir will give a concert in December, its first in a real concert hall since the full-scale invasion began.</p>`,
    date_published: '2026-11-06T07:10:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Elderly', 'Music', 'Community'],
    _journal: { section: 'Society', views: 2010 },
  },
  {
    id: 'oj-2026-0056',
    title: 'Parents push for more accessible playgrounds',
    summary:
      'As more children grow up with disabilities caused by the war, parents in Odesa are asking the city to rebuild playgrounds for everyone.',
    content_html: `<p>A group of parents in Odesa has presented the city council with a petition signed by more than 6,000 people, asking that every playground rebuilt or repaired from next year be made accessible to children with disabilities.</p>
<p>The campaign was started by Marharyta, whose seven-year-old son was injured by shrapnel in 2023 and uses a wheelchair. “There are more than a thousand playgrounds in Odesa,” she said. “I know of four where my son can actually play with other children.”</p>
<p>Accessible playgrounds include ramps, wide paths, swings with back support and sensory equipment for children with autism. They cost about a fifth more than standard ones, according to a designer who has worked on two such projects in the city.</p>
<p>The council said it supports the idea in principle and would include accessibility standards in next year’s tenders. Parents say they will watch the tenders closely.</p>
<p>“Children who were hurt by the war should not also be excluded by the playground,” Marharyta said. “That part, at least, we can fix.”</p>`,
    date_published: '2026-11-11T14:50:00+02:00',
    authors: [olenaHrytsenko],
    tags: ['Accessibility', 'Children', 'City council'],
    _journal: { section: 'Society', views: 860 },
  },
  {
    id: 'oj-2026-0064',
    title: 'Odesa’s libraries stay open through blackouts with power banks and tea',
    summary:
      'Twenty city libraries now serve as heated, lit “points of invincibility” during power cuts, with charging stations and board games.',
    content_html: `<p>The city library on Pushkinska Street has a sign in its window: “We are open. We have light, heat, internet and tea.” During the power cuts of the past week, up to 200 people a day came in.</p>
<p>Odesa’s libraries are among about twenty public buildings in the city that serve as heating and charging points during blackouts. Each has a generator, a satellite internet terminal and a long table covered in power strips.</p>
<p>Librarians say the visitors are varied: students writing essays, remote workers on calls, pensioners who come to read the newspapers and stay for the warmth. Children play board games in the reading room.</p>
<p>“People come for the socket and discover the books,” said Oksana Sydorenko, the library’s director. “We lent more books last winter than in any year since 2019.”</p>
<p>The library has started a small collection of books in Ukrainian for adult learners, with a shelf labelled «Читаємо разом» (“Reading together”). It is the most popular shelf in the building.</p>`,
    date_published: '2026-11-18T16:00:00+02:00',
    authors: [yuriiKostiuk],
    tags: ['Libraries', 'Blackouts', 'Community'],
    _journal: { section: 'Society', views: 46 },
  },
];
