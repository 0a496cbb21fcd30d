import fc from 'fast-check';
import { shortHash, slugify } from './slug';

describe('slugify', () => {
  it('lowercases and joins words with single hyphens', () => {
    expect(slugify('  Grain Corridor: What Changes?  ')).toBe('grain-corridor-what-changes');
  });

  it('drops apostrophes instead of splitting words', () => {
    expect(slugify("Odesa's port doesn’t sleep")).toBe('odesas-port-doesnt-sleep');
  });

  it('keeps Cyrillic, Chinese and Japanese letters', () => {
    expect(slugify('Партия "Демократы"')).toBe('партия-демократы');
    expect(slugify('Jekyll 的文章搜尋功能')).toBe('jekyll-的文章搜尋功能');
    expect(slugify('ECテックカンファレンスの前と後')).toBe('ecテックカンファレンスの前と後');
  });

  it('normalises compatibility forms (NFKC)', () => {
    expect(slugify('Ｆｕｌｌｗｉｄｔｈ ①')).toBe('fullwidth-1');
  });

  it('drops emoji and punctuation', () => {
    expect(slugify('[User Portal] 🧑‍🏫 Membership Booking Is Here')).toBe(
      'user-portal-membership-booking-is-here',
    );
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!! — ???')).toBe('');
  });

  it('cuts long slugs at a hyphen, within the limit', () => {
    const slug = slugify(
      'Sappers clear twelve hundred hectares of farmland in Mykolaiv region after four months',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('sappers-clear-twelve-hundred-hectares-of-farmland-in');
  });
});

describe('slugify on ASCII text', () => {
  // The definition, as regular expressions: what the one-pass ASCII path must give.
  function reference(text: string, maxLength: number): string {
    const slug = text
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (slug.length <= maxLength) return slug;
    let cut = slug.slice(0, maxLength);
    const hyphen = cut.lastIndexOf('-');
    if (slug.charAt(maxLength) !== '-' && hyphen >= maxLength / 2) cut = cut.slice(0, hyphen);
    return cut.replace(/-$/, '');
  }

  it('gives what the regular expressions give', () => {
    const unit = fc.oneof(
      fc.constantFrom("'", '’', '—', '«', '…', '\u00a0', ' ', '-', '--', 'A', 'z', '9'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 20 }),
        fc.integer({ min: 0, max: 70 }),
        (units, max) => {
          const text = units.join('');
          expect(slugify(text, max)).toBe(reference(text, max));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('shortHash', () => {
  it('gives six base-36 characters', () => {
    expect(shortHash('oj-2026-0005')).toMatch(/^[0-9a-z]{6}$/);
    expect(shortHash('')).toMatch(/^[0-9a-z]{6}$/);
  });

  it('is stable and tells different ids apart', () => {
    expect(shortHash('https://example.com/a')).toBe(shortHash('https://example.com/a'));
    expect(shortHash('https://example.com/a')).not.toBe(shortHash('https://example.com/b'));
  });

  it('matches the FNV-1a reference value', () => {
    // FNV-1a 32 of "a" is 0xe40c292c; 3826002220 mod 36^6 in base 36.
    expect(shortHash('a')).toBe((0xe40c292c % 36 ** 6).toString(36).padStart(6, '0'));
  });
});
