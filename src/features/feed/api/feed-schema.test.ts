import fc from 'fast-check';
import * as v from 'valibot';
import { RawItemFieldsSchema, RawItemSchema, readRawItem } from './feed-schema';

const FIELDS = Object.keys(RawItemFieldsSchema.entries);

/** The fields the reader uses (toEqual takes a field set to undefined as absent). */
function known(item: object): Record<string, unknown> {
  const record = item as Record<string, unknown>;
  const fields = Object.fromEntries(FIELDS.map((key) => [key, record[key]]));
  const journal = record._journal as Record<string, unknown> | undefined;
  if (journal) {
    fields._journal = {
      section: journal.section,
      views: journal.views,
      featured: journal.featured,
    };
  }
  return fields;
}

describe('readRawItem', () => {
  it('reads every field as the lenient schema does', () => {
    const value = fc.oneof(fc.string(), fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 }));
    const journal = fc.oneof(
      fc.record(
        { section: value, views: fc.oneof(fc.integer(), fc.double(), value), featured: value },
        { requiredKeys: [] },
      ),
      value,
    );
    const item = fc.record(
      {
        ...Object.fromEntries(FIELDS.map((key) => [key, value])),
        id: fc.oneof(fc.string(), fc.integer(), fc.double(), value),
        _journal: journal,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(item, (raw) => {
        const expected = v.safeParse(RawItemFieldsSchema, raw);
        const identified = v.safeParse(RawItemSchema, raw);
        expect(identified.success).toBe(expected.success);
        if (!identified.success || !expected.success) return;
        expect(known(readRawItem(raw, identified.output.id))).toEqual(known(expected.output));
      }),
      { numRuns: 5_000 },
    );
  });
});
