import {
  excerptAround,
  foldText,
  foldWord,
  highlightParts,
  searchTerms,
  splitWords,
  textMatches,
} from './search-text';

describe('foldText', () => {
  it('folds case and Latin diacritics', () => {
    expect(foldText('Türkiye ÉCOLE Łódź Straße')).toBe('turkiye ecole lodz strasse');
  });

  it('folds the Ukrainian letters that readers type in a plainer form', () => {
    expect(foldText('Одеса')).toBe(foldText('одеса'));
    expect(foldText('ґанок')).toBe('ганок');
    expect(foldText('їжа')).toBe('іжа');
    expect(foldText('Європа')).toBe('европа');
    expect(foldText('Читаємо')).toBe('читаемо');
  });

  it('keeps й, a letter of its own, and folds ё', () => {
    expect(foldText('Київ')).toBe('киів');
    expect(foldText('район')).toBe('район');
    expect(foldText('ЙОГО')).toBe('його');
    // Written decomposed (и + combining breve), it is still й.
    expect(foldText('и\u0306')).toBe('й');
    expect(foldText('ёлка')).toBe('елка');
  });

  it('drops every kind of apostrophe', () => {
    const forms = ["пам'ять", 'пам’ять', 'памʼять', 'пам‘ять'];
    for (const form of forms) expect(foldText(form)).toBe('память');
  });
});

describe('foldWord', () => {
  it('makes each spelling of a word the same term', () => {
    expect(foldWord("Пам'ять")).toBe(foldWord('пам’ять'));
    expect(foldWord('ОДЕСА')).toBe('одеса');
  });

  it('drops an English possessive', () => {
    expect(foldWord('Odesa’s')).toBe('odesa');
    expect(foldWord("ODESA'S")).toBe('odesa');
  });
});

describe('splitWords and searchTerms', () => {
  it('keeps apostrophes inside words and splits on everything else', () => {
    expect(splitWords('«Пам’ять сильніша за страх», Odesa’s port—and x-ray 2026')).toEqual([
      'Пам’ять',
      'сильніша',
      'за',
      'страх',
      'Odesa’s',
      'port',
      'and',
      'x',
      'ray',
      '2026',
    ]);
  });

  it('leaves out English stop words', () => {
    expect(searchTerms('The port of Odesa and the grain')).toEqual(['port', 'odesa', 'grain']);
  });
});

describe('highlightParts', () => {
  it('marks the words that start with a searched term, keeping the text as written', () => {
    expect(highlightParts('Ukrainian grain leaves Odesa’s port', ['ukrain', 'odesa'])).toEqual([
      { text: 'Ukrainian', match: true },
      { text: ' grain leaves ', match: false },
      { text: 'Odesa’s', match: true },
      { text: ' port', match: false },
    ]);
  });

  it('marks Cyrillic words typed with another apostrophe or in another case', () => {
    const parts = highlightParts('Слова «Одеса» і «пам’ять»', [foldWord("пам'ять"), 'одеса']);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual([
      'Одеса',
      'пам’ять',
    ]);
  });

  it('returns markup as plain text parts, never as anything else', () => {
    const title = 'Exploit <img src=x onerror=alert(1)> in title';
    const parts = highlightParts(title, ['img', 'onerror']);
    expect(parts.map((part) => part.text).join('')).toBe(title);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['img', 'onerror']);
  });

  it('gives the text unchanged without terms', () => {
    expect(highlightParts('Odesa', [])).toEqual([{ text: 'Odesa', match: false }]);
  });
});

describe('textMatches and excerptAround', () => {
  const body = `${'Opening words of a long article. '.repeat(12)}Then the ferry to Istanbul sailed at dawn. ${'Closing words. '.repeat(12)}`;

  it('tells whether a text holds a matched word', () => {
    expect(textMatches(body, ['ferry'])).toBe(true);
    expect(textMatches(body, ['tram'])).toBe(false);
  });

  it('cuts a long text around the first matched word, at spaces', () => {
    const excerpt = excerptAround(body, ['ferry'], 120);
    expect(excerpt).toContain('ferry to Istanbul');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(122);
    // Whole words at both ends.
    expect(body).toContain(` ${excerpt.slice(1, -1)} `);
  });

  it('keeps the opening when nothing matches, and short texts whole', () => {
    expect(excerptAround(body, ['tram'], 60)).toMatch(/^Opening words.*…$/);
    expect(excerptAround('Short text', ['short'], 60)).toBe('Short text');
  });
});
