import fc from 'fast-check';
import * as v from 'valibot';
import { RawItemSchema, readRawItem } from './feed-schema';

// An item's fields as a lenient schema would read them, one entry per field: the
// definition that readRawItem spells out by hand.
const lenient = <const TSchema extends v.GenericSchema>(schema: TSchema) =>
  v.fallback(v.optional(schema), undefined);
const lenientString = lenient(v.string());
const LenientItemSchema = v.looseObject({
  id: v.union([v.string(), v.pipe(v.number(), v.finite())]),
  url: lenientString,
  external_url: lenientString,
  title: lenientString,
  content_html: lenientString,
  content_text: lenientString,
  summary: lenientString,
  image: lenientString,
  banner_image: lenientString,
  date_published: lenientString,
  date_modified: lenientString,
  language: lenientString,
  author: v.optional(v.unknown()),
  authors: lenient(v.array(v.unknown())),
  tags: lenient(v.union([v.array(v.unknown()), v.string()])),
  attachments: lenient(v.array(v.unknown())),
  _journal: lenient(
    v.looseObject({
      section: lenientString,
      views: lenient(v.pipe(v.number(), v.finite())),
      featured: lenient(v.boolean()),
    }),
  ),
});

const FIELDS = Object.keys(LenientItemSchema.entries);

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
        const expected = v.safeParse(LenientItemSchema, raw);
        const identified = v.safeParse(RawItemSchema, raw);
        expect(identified.success).toBe(expected.success);
        if (!identified.success || !expected.success) return;
        expect(known(readRawItem(raw, identified.output.id))).toEqual(known(expected.output));
      }),
      { numRuns: 5_000 },
    );
  });
});
