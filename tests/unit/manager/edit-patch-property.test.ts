/**
 * Edits are patches: over random stored records and a random edit of one form field, every record field the
 * edit does not touch survives exactly — a source's title and date, other sources, the text around a quote,
 * roles' dates, aliases' spellings, a relation's ends and labeller.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchRelation, type RelationText } from '@/components/manager/form-patch';
import {
  type PersonFields,
  personFields,
  personFromFields,
  type StatementFields,
  statementFields,
  statementFromFields,
} from '@/components/manager/forms';
import { type Person, RELATION_TYPES, type Relation, type Statement } from '@/lib/core/records';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'][A-Za-zÀ-ÿ' .-]{0,18}[A-Za-zÀ-ÿ.]$/);
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const url = fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.nat(999)).map(([h, n]) => `https://${h}.example/a/${n}`);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);

const source = fc.record(
  { url, outlet: word, title: word, publishedAt: fc.oneof(day, stamp) },
  { requiredKeys: ['url'] },
);
const statement: fc.Arbitrary<Statement> = fc
  .record(
    {
      id,
      personId: id,
      text: word,
      date: day,
      venue: word,
      sources: fc.uniqueArray(source, { maxLength: 4, selector: (s) => s.url }),
      tags: fc.uniqueArray(
        word.filter((t) => !t.includes(',')),
        { maxLength: 4 },
      ),
      context: fc.record({ prefix: fc.string({ maxLength: 40 }), suffix: fc.string({ maxLength: 40 }) }),
      createdAt: stamp,
      updatedAt: stamp,
    },
    { requiredKeys: ['id', 'personId', 'text', 'sources', 'tags', 'createdAt', 'updatedAt'] },
  )
  .map((s) => s as Statement);

/** Each statement form field and a valid new value for it. */
const statementEdit = fc.oneof(
  fc.record({ field: fc.constant<keyof StatementFields>('personId'), value: id }),
  fc.record({ field: fc.constant<keyof StatementFields>('text'), value: word }),
  fc.record({ field: fc.constant<keyof StatementFields>('date'), value: fc.oneof(day, fc.constant('')) }),
  fc.record({ field: fc.constant<keyof StatementFields>('venue'), value: fc.oneof(word, fc.constant('')) }),
  fc.record({ field: fc.constant<keyof StatementFields>('url'), value: url }),
  fc.record({ field: fc.constant<keyof StatementFields>('outlet'), value: fc.oneof(word, fc.constant('')) }),
  fc.record({ field: fc.constant<keyof StatementFields>('sourceTitle'), value: fc.oneof(word, fc.constant('')) }),
  fc.record({ field: fc.constant<keyof StatementFields>('sourceDate'), value: fc.oneof(day, fc.constant('')) }),
  fc.record({ field: fc.constant<keyof StatementFields>('tags'), value: fc.string({ maxLength: 30 }) }),
);

/** Which record fields each form field may change; everything else must survive. */
const TOUCHES: Record<keyof StatementFields, (keyof Statement)[]> = {
  personId: ['personId'],
  text: ['text'],
  date: ['date'],
  venue: ['venue'],
  url: ['sources'],
  outlet: ['sources'],
  sourceTitle: ['sources'],
  sourceDate: ['sources'],
  tags: ['tags'],
};

describe('statement edits keep every field the reader did not change', () => {
  it('over random statements and one random field edit', () => {
    fc.assert(
      fc.property(statement, statementEdit, (base, { field, value }) => {
        const opened = statementFields(base, base.personId);
        const result = statementFromFields({ ...opened, [field]: value }, base);
        if (!result.ok) return;
        const edited = result.value;
        for (const key of Object.keys({ ...base, ...edited }) as (keyof Statement)[]) {
          if (key === 'updatedAt' || TOUCHES[field].includes(key)) continue;
          expect(edited[key], key).toEqual(base[key]);
        }
        if (field === 'url' || field === 'outlet') {
          // The first source's other fields, and every other source, survive an edit of its link or outlet.
          const [first, ...rest] = edited.sources;
          expect(rest).toEqual(base.sources.slice(1));
          const { url: _u, outlet: _o, ...others } = base.sources[0] ?? {};
          expect(first).toMatchObject(others);
          // An outlet typed with no link has no source to go on.
          if (base.sources[0] || field === 'url') expect(first?.[field]).toBe(value.trim() || undefined);
          else expect(edited.sources).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('submitting the form unchanged writes the stored statement back as it was', () => {
    fc.assert(
      fc.property(statement, (base) => {
        const result = statementFromFields(statementFields(base, base.personId), base);
        expect(result.ok).toBe(true);
        if (result.ok) expect({ ...result.value, updatedAt: base.updatedAt }).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });
});

const role = fc.record(
  { title: word.filter((t) => !t.includes('|')), from: day, to: day },
  { requiredKeys: ['title'] },
);
const person: fc.Arbitrary<Person> = fc.record({
  id,
  name: word,
  aliases: fc.uniqueArray(word, { maxLength: 5, selector: (a) => a.trim() }),
  roles: fc.uniqueArray(role, { maxLength: 4, selector: (r) => JSON.stringify(r) }),
  kind: fc.constantFrom('person' as const, 'organisation' as const),
  createdAt: stamp,
  updatedAt: stamp,
});

/** Rewrites one line of a multi-line field (or appends one), as a reader edits one alias or one role. */
function editLine(text: string, at: number, line: string): { text: string; index: number } {
  const all = text ? text.split('\n') : [];
  const index = all.length === 0 ? 0 : at % (all.length + 1);
  if (index === all.length) all.push(line);
  else all[index] = line;
  return { text: all.join('\n'), index };
}

describe('person edits keep every field, alias and role the reader did not change', () => {
  it.each([
    ['name', (f: PersonFields, v: string) => ({ ...f, name: v })],
    ['kind', (f: PersonFields) => ({ ...f, kind: f.kind === 'person' ? 'organisation' : 'person' })],
  ] as const)('editing the %s', (field, edit) => {
    fc.assert(
      fc.property(person, word, (base, value) => {
        const result = personFromFields(edit(personFields(base), value) as PersonFields, base);
        if (!result.ok) return;
        for (const key of ['id', 'name', 'kind', 'aliases', 'roles', 'createdAt'] as const)
          if (key !== field) expect(result.value[key], key).toEqual(base[key]);
      }),
      { numRuns: 200 },
    );
  });

  it('editing one line of the aliases', () => {
    fc.assert(
      fc.property(person, word, fc.nat(), (base, value, at) => {
        const opened = personFields(base);
        const { text, index } = editLine(opened.aliases, at, value);
        const result = personFromFields({ ...opened, aliases: text }, base);
        if (!result.ok) return;
        expect(result.value.roles).toEqual(base.roles);
        expect(result.value.name).toBe(base.name);
        // Every entry on a line the reader did not touch is kept exactly, spelling included.
        base.aliases.forEach((entry, i) => {
          if (i !== index) expect(result.value.aliases).toContainEqual(entry);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('editing one row of the roles', () => {
    fc.assert(
      fc.property(person, word, fc.nat(), (base, value, at) => {
        const opened = personFields(base);
        const index = at % (opened.roles.length + 1);
        const roles = [...opened.roles];
        roles[index] = { title: value, from: '2020', to: '' };
        const result = personFromFields({ ...opened, roles }, base);
        if (!result.ok) return;
        expect(result.value.aliases).toEqual(base.aliases);
        expect(result.value.name).toBe(base.name);
        expect(result.value.roles[index]).toEqual({ title: value.trim(), from: '2020' });
        // Every row the reader did not touch is kept exactly, dates included.
        base.roles.forEach((entry, i) => {
          if (i !== index) expect(result.value.roles).toContainEqual(entry);
        });
      }),
      { numRuns: 300 },
    );
  });
});

const relation: fc.Arbitrary<Relation> = fc.record({
  id,
  fromId: id,
  toId: id,
  type: fc.constantFrom(...RELATION_TYPES),
  note: fc.string({ maxLength: 60 }),
  labelledBy: word,
  createdAt: stamp,
});

describe('relation edits keep the ends, the labeller and the date', () => {
  it('over random relations and one random field edit', () => {
    fc.assert(
      fc.property(
        relation,
        fc.oneof(
          fc.record({ field: fc.constant<keyof RelationText>('type'), value: fc.constantFrom(...RELATION_TYPES) }),
          fc.record({ field: fc.constant<keyof RelationText>('note'), value: fc.string({ maxLength: 60 }) }),
        ),
        (base, { field, value }) => {
          const opened: RelationText = { type: base.type, note: base.note };
          const edited = patchRelation(base, opened, { ...opened, [field]: value } as RelationText);
          for (const key of Object.keys(base) as (keyof Relation)[])
            if (key !== field) expect(edited[key], key).toEqual(base[key]);
          if (field === 'type') expect(edited.type).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});
