import { formatDate, formatReadingTime, formatShortDate, formatViews } from './format';

describe('formatViews', () => {
  it('groups thousands in English style and agrees in number', () => {
    expect(formatViews(1)).toBe('1 view');
    expect(formatViews(0)).toBe('0 views');
    expect(formatViews(1234)).toBe('1,234 views');
    expect(formatViews(1234567)).toBe('1,234,567 views');
  });
});

describe('dates', () => {
  it('formats in UTC whatever the offset of the source', () => {
    expect(formatDate('2026-11-19T23:30:00-02:00')).toBe('20 November 2026');
    expect(formatShortDate('2026-03-02T10:00:00Z')).toBe('2 Mar');
  });
});

describe('formatReadingTime', () => {
  it('says minutes', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
  });
});
