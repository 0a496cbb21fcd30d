import { allowedEdits, closestTerm, editDistance } from './search-typos';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('insurance', 'insurance', 2)).toBe(0);
    expect(editDistance('insurence', 'insurance', 2)).toBe(1);
    expect(editDistance('corridr', 'corridor', 2)).toBe(1);
    expect(editDistance('corriddor', 'corridor', 2)).toBe(1);
    expect(editDistance('corirdor', 'corridor', 2)).toBe(1);
    expect(editDistance('одесса', 'одеса', 2)).toBe(1);
  });

  it('stops at the bound', () => {
    expect(editDistance('grain', 'shelters', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closestTerm', () => {
  const vocabulary = new Map([
    ['insurance', 40],
    ['assurance', 3],
    ['corridor', 12],
    ['corridors', 2],
    ['odesa', 90],
  ]);

  it('allows one edit up to eight letters and two from nine', () => {
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(8)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });

  it('finds the closest known word, the most frequent among equals', () => {
    expect(closestTerm('insurence', vocabulary)).toBe('insurance');
    expect(closestTerm('corridro', vocabulary)).toBe('corridor');
    expect(closestTerm('odessa', vocabulary)).toBe('odesa');
  });

  it('gives nothing when no word is close enough', () => {
    expect(closestTerm('zzzqqqxxx', vocabulary)).toBeUndefined();
    expect(closestTerm('odexxa', vocabulary)).toBeUndefined();
  });
});
