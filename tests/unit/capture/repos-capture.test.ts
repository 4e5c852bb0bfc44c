import { beforeEach, describe, expect, it } from 'vitest';
import type { PageInfo, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportPack, importPack, putPerson, putStatement, readLibrary } from '@/lib/db/repos';
import { type CaptureInput, saveCapturedQuote, speakerOnPage } from '@/lib/db/repos-capture';
import { freshDb, person, statement } from '@/tests/db/helpers';

const WORDS = 'China always respects the sovereignty and territorial integrity of all countries';

function page(over: Partial<PageInfo> = {}): PageInfo {
  return {
    url: 'https://news.example/china-russia',
    title: 'China on Ukraine',
    outlet: 'Example News',
    publishedAt: '2022-02-24T14:05:00.000Z',
    ...over,
  };
}

function quote(over: Partial<PageQuote> = {}): PageQuote {
  return {
    id: 'q1',
    text: WORDS,
    kind: 'direct',
    speaker: 'Wang Yi',
    prefix: 'Wang said: "',
    suffix: '," he added',
    ...over,
  };
}

function capture(over: Partial<CaptureInput> = {}): CaptureInput {
  const q = over.quote ?? quote();
  return {
    quote: q,
    page: page(),
    speaker: speakerOnPage(q, [{ name: 'Wang Yi', role: 'Foreign Minister', aliases: ['Wang'], kind: 'person' }]),
    ...over,
  };
}

let db: OnRecordDb;
let n = 0;
const ids = (prefix: string) => `${prefix}${++n}`;

beforeEach(() => {
  db = freshDb();
  n = 0;
});

describe('saveCapturedQuote', () => {
  it('stores a new speaker and the exact words with date, source and the text around them', async () => {
    const result = await saveCapturedQuote(db, capture(), ids);
    expect(result).toMatchObject({ status: 'added', personName: 'Wang Yi' });
    const { people, statements } = await readLibrary(db);
    expect(people).toEqual([
      expect.objectContaining({
        name: 'Wang Yi',
        aliases: ['Wang'],
        roles: [{ title: 'Foreign Minister', from: '2022-02-24' }],
      }),
    ]);
    expect(statements).toEqual([
      expect.objectContaining({
        personId: people[0]!.id,
        text: WORDS,
        date: '2022-02-24',
        sources: [
          {
            url: 'https://news.example/china-russia',
            outlet: 'Example News',
            title: 'China on Ukraine',
            publishedAt: '2022-02-24T14:05:00.000Z',
          },
        ],
        context: { prefix: 'Wang said: "', suffix: '," he added' },
      }),
    ]);
  });

  it('files the quote under the stored person the page means, in any spelling', async () => {
    await putPerson(db, person({ id: 'wang', name: 'Wang Yi', aliases: ['王毅'] }));
    const result = await saveCapturedQuote(db, capture(), ids);
    expect(result).toMatchObject({ status: 'added', personId: 'wang' });
    expect((await readLibrary(db)).people).toHaveLength(1);
  });

  it.each([
    ['curly marks, case and spacing', `“${WORDS.toUpperCase()}  ”`],
    ['a trailing full stop', `${WORDS}.`],
    ['straight quotes and a dash', `"${WORDS} -"`],
  ])('one statement, two sources, when another outlet reports the same words with %s', async (_what, text) => {
    await saveCapturedQuote(db, capture(), ids);
    const second = capture({
      quote: quote({ text }),
      page: page({ url: 'https://other.example/a', outlet: 'Other', publishedAt: '2022-02-25' }),
    });
    expect(await saveCapturedQuote(db, second, ids)).toMatchObject({ status: 'source-added' });
    const { statements } = await readLibrary(db);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toBe(WORDS);
    expect(statements[0]!.date).toBe('2022-02-24');
    expect(statements[0]!.sources.map((s) => s.outlet)).toEqual(['Example News', 'Other']);
  });

  it('saving the same quote from the same page twice changes nothing', async () => {
    const first = await saveCapturedQuote(db, capture(), ids);
    const before = await readLibrary(db);
    const again = await saveCapturedQuote(db, capture(), ids);
    expect(again).toMatchObject({ status: 'already-saved' });
    expect(again).toMatchObject({ statementId: (first as { statementId: string }).statementId });
    expect(await readLibrary(db)).toEqual(before);
  });

  it('keeps different words by the same person apart', async () => {
    await saveCapturedQuote(db, capture(), ids);
    await saveCapturedQuote(db, capture({ quote: quote({ id: 'q2', text: 'Ukraine is no exception' }) }), ids);
    expect((await readLibrary(db)).statements).toHaveLength(2);
  });

  it('keeps the same words by different people apart', async () => {
    await saveCapturedQuote(db, capture(), ids);
    const other = quote({ speaker: 'Ned Price' });
    await saveCapturedQuote(db, capture({ quote: other, speaker: speakerOnPage(other, []) }), ids);
    const { people, statements } = await readLibrary(db);
    expect(people.map((p) => p.name).sort()).toEqual(['Ned Price', 'Wang Yi']);
    expect(statements).toHaveLength(2);
  });

  it('adds a source to a statement the reader typed, keeping their date and words', async () => {
    await putPerson(db, person({ id: 'wang', name: 'Wang Yi' }));
    await putStatement(db, statement({ id: 's0', personId: 'wang', text: `${WORDS}.`, date: '2022-02-23' }));
    expect(await saveCapturedQuote(db, capture(), ids)).toMatchObject({ status: 'source-added', statementId: 's0' });
    const [s] = (await readLibrary(db)).statements;
    expect(s).toMatchObject({ text: `${WORDS}.`, date: '2022-02-23' });
    expect(s!.sources).toHaveLength(1);
  });

  it('uses the person the reader chose over the page speaker', async () => {
    await putPerson(db, person({ id: 'zhao', name: 'Zhao Lijian' }));
    const result = await saveCapturedQuote(db, capture({ personId: 'zhao' }), ids);
    expect(result).toMatchObject({ status: 'added', personId: 'zhao', personName: 'Zhao Lijian' });
    expect((await readLibrary(db)).people).toHaveLength(1);
  });

  it('leaves a name that fits several stored people to the reader, writing nothing', async () => {
    await putPerson(db, person({ id: 'a', name: 'Anna Smith' }));
    await putPerson(db, person({ id: 'b', name: 'John Smith' }));
    const q = quote({ speaker: 'Smith' });
    const result = await saveCapturedQuote(db, capture({ quote: q, speaker: speakerOnPage(q, []) }), ids);
    expect(result).toEqual({ status: 'ambiguous', candidates: expect.arrayContaining(['Anna Smith', 'John Smith']) });
    expect((await readLibrary(db)).statements).toEqual([]);
  });

  it('refuses a quote with no speaker', async () => {
    const q = quote({ speaker: null });
    expect(await saveCapturedQuote(db, capture({ quote: q, speaker: speakerOnPage(q, []) }), ids)).toEqual({
      status: 'no-speaker',
    });
  });

  it('drops the comma that closed the quote before its attribution, and nothing else', async () => {
    await saveCapturedQuote(db, capture({ quote: quote({ text: ' We will not sign, ever, ' }) }), ids);
    expect((await readLibrary(db)).statements[0]!.text).toBe('We will not sign, ever');
  });

  it('stores an undated page without a date', async () => {
    await saveCapturedQuote(db, capture({ page: page({ publishedAt: null }) }), ids);
    const [s] = (await readLibrary(db)).statements;
    expect(s).not.toHaveProperty('date');
    expect(s!.sources[0]).not.toHaveProperty('publishedAt');
  });

  it('captured statements, with several sources and their context, survive export and import unchanged', async () => {
    await saveCapturedQuote(db, capture(), ids);
    await saveCapturedQuote(db, capture({ page: page({ url: 'https://other.example/b', outlet: 'Other' }) }), ids);
    const meta = { name: 'Mine', author: 'Me', licence: 'Private copy', date: '2025-01-01' };
    const pack = await exportPack(db, meta);
    const copy = freshDb();
    await importPack(copy, JSON.parse(JSON.stringify(pack)));
    expect(await exportPack(copy, meta)).toEqual(pack);
    expect(pack.statements[0]!.sources).toHaveLength(2);
  });
});

describe('one utterance, one statement', () => {
  const LONG = `${WORDS}. At the same time, we understand Russia's legitimate concerns on security issues.`;
  beforeEach(async () => {
    await putPerson(db, person({ id: 'wang', name: 'Wang Yi', aliases: ['Wang'] }));
    await putStatement(
      db,
      statement({
        id: 'long',
        personId: 'wang',
        text: LONG,
        date: '2022-02-24',
        sources: [{ url: 'https://first.example/call', title: 'The call', publishedAt: '2022-02-24' }],
      }),
    );
  });

  it.each([
    ['a sentence inside the stored statement', WORDS],
    ['the stored statement inside a longer quote', `${LONG} We call for talks.`],
  ])('Save of %s adds the page as a source to it', async (_name, text) => {
    const result = await saveCapturedQuote(db, capture({ quote: quote({ text }) }), ids);
    expect(result).toMatchObject({ status: 'source-added', statementId: 'long' });
    const { statements } = await readLibrary(db);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toBe(LONG);
    expect(statements[0]!.sources.map((s) => s.url)).toEqual(['https://first.example/call', page().url]);
    expect(statements[0]!.sources[0]).toMatchObject({ title: 'The call', publishedAt: '2022-02-24' });
  });

  it('says it is already saved when the page is already a source', async () => {
    await saveCapturedQuote(db, capture({ quote: quote({ text: WORDS }) }), ids);
    const again = await saveCapturedQuote(
      db,
      capture({ quote: quote({ text: 'the sovereignty and territorial integrity of all countries' }) }),
      ids,
    );
    expect(again).toMatchObject({ status: 'already-saved', statementId: 'long' });
    expect((await readLibrary(db)).statements).toHaveLength(1);
  });

  it.each([
    ['another day, reported at the same address: the same utterance', '2022-03-01', 'https://first.example/call', 0],
    ['another day and another address: kept apart', '2022-03-01', 'https://third.example/', 1],
  ])('an import of a part of a stored statement on %s', async (_name, date, url, added) => {
    const pack = await exportPack(db, { name: 'x', author: 'x', licence: 'CC0', date: '2026-01-01' });
    const part = { id: 'part', personId: 'wang', text: WORDS, date, sources: [{ url }], tags: [] };
    const summary = await importPack(db, { ...pack, statements: [part], relations: [] });
    expect(summary.statements.added).toBe(added);
    expect((await readLibrary(db)).statements).toHaveLength(1 + added);
  });

  it('an import folds a part of a stored statement into it, with the pack source added', async () => {
    const pack = await exportPack(db, { name: 'x', author: 'x', licence: 'CC0', date: '2026-01-01' });
    const part = {
      ...pack,
      people: pack.people,
      statements: [
        {
          id: 'part',
          personId: 'wang',
          text: WORDS,
          date: '2022-02-24',
          sources: [{ url: 'https://second.example/' }],
          tags: [],
        },
      ],
      relations: [],
    };
    const summary = await importPack(db, part);
    expect(summary.statements).toMatchObject({ added: 0, merged: 1 });
    const { statements } = await readLibrary(db);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.sources.map((s) => s.url)).toEqual(['https://first.example/call', 'https://second.example/']);
  });
});
