/**
 * The illustrations in `public/images/`, with the alt text and caption the generator
 * uses when it places one in an article. Paths are relative so they resolve against
 * the feed's own URL.
 */
export interface Illustration {
  src: string;
  alt: string;
  caption: string;
}

export const illustrations: readonly Illustration[] = [
  {
    src: 'images/harbour-cranes.svg',
    alt: 'Gantry cranes and stacked containers on a quay at dusk',
    caption: 'Cranes at one of the ports of Greater Odesa.',
  },
  {
    src: 'images/potemkin-stairs.svg',
    alt: 'A wide stone staircase rising towards a colonnaded building',
    caption: 'The Potemkin Stairs link the city centre with the port.',
  },
  {
    src: 'images/wheat-field.svg',
    alt: 'A ripe wheat field under a blue sky with a tractor on the horizon',
    caption: 'Farmland in the south of Odesa region.',
  },
  {
    src: 'images/parliament.svg',
    alt: 'A classical colonnaded facade with Ukrainian and European flags',
    caption: 'Much of the work happens in committee rooms, far from the cameras.',
  },
  {
    src: 'images/night-train.svg',
    alt: 'A passenger train with lit windows crossing the steppe at night',
    caption: 'Overnight trains remain the main link between Odesa and the west.',
  },
  {
    src: 'images/opera-theatre.svg',
    alt: 'A baroque theatre facade with warmly lit arched windows in the evening',
    caption: 'Performances start early so that audiences are home before the curfew.',
  },
  {
    src: 'images/lighthouse.svg',
    alt: 'A red and white lighthouse on a breakwater above a calm sea',
    caption: 'The harbour breakwater, closed to walkers since 2022.',
  },
  {
    src: 'images/black-sea-map.svg',
    alt: 'A stylised map of the northern Black Sea coast with Odesa and shipping lanes marked',
    caption: 'Shipping lanes from Odesa run south along the western coast.',
  },
  {
    src: 'images/market-stalls.svg',
    alt: 'Market stalls with striped awnings over counters of fruit, fish and cheese',
    caption: 'Traders have adapted to card payments and generator hours.',
  },
  {
    src: 'images/power-lines.svg',
    alt: 'High-voltage pylons crossing snowy open country at dusk',
    caption: 'Transmission lines can be repaired in hours; transformers take months.',
  },
];
