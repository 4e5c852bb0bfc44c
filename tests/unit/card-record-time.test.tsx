import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import { QuoteContext } from '@/components/sidepanel/QuoteContext';
import { loadCard } from '@/lib/background/card-lookup';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack } from '@/lib/db/repos-pack';
import { putStatement } from '@/lib/db/repos-statements';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { freshDb, statement } from '@/tests/db/helpers';
import { pageOn, WANG_YI_PEOPLE, wangYiQuote } from '@/tests/support/wang-yi-quote';

const people = WANG_YI_PEOPLE;
const quoteOf = wangYiQuote;
const MUNICH = 'wang-yi-2022-02-19-munich-sovereignty';
const CALL = 'wang-yi-2022-02-24-call-sovereignty';

describe('the card places the record in time against the page', () => {
  let db: OnRecordDb;
  let host: HTMLElement;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, STARTER_PACK);
    for (const [id, date] of [
      ['later-2017', '2017-06-01'],
      ['later-2022', '2022-05-10'],
      ['older-2015', '2015-03-01'],
      ['undated', undefined],
    ] as const)
      await putStatement(
        db,
        statement({ id, personId: 'wang-yi', text: `China respects sovereignty, statement ${id}.`, date }),
      );
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it.each([
    ['a December 2016 article', '2016-12-05'],
    ['the Munich day', '2022-02-19'],
    ['the day of the call', '2022-02-24'],
    ['a 2030 article', '2030-01-01'],
  ])('on %s nothing dated after the page is listed as said before', async (_name, publishedAt) => {
    const card = await loadCard(db, {
      quote: quoteOf('China respects sovereignty of all nations.'),
      page: pageOn(publishedAt),
      people,
    });
    expect(card.earlier.length).toBeGreaterThan(0);
    for (const s of card.earlier) expect(s.date! <= publishedAt).toBe(true);
    for (const s of card.since ?? []) expect(s.date! > publishedAt).toBe(true);
    expect(card.undated?.map((s) => s.id)).toEqual(['undated']);
    expect(card.earlier.map((s) => s.id)).not.toContain('undated');
    const all = [...card.earlier, ...(card.since ?? []), ...(card.undated ?? [])];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('lists the 2017 and 2022 statements under a collapsed Said since on a 2016 article, each with its date', async () => {
    const card = await loadCard(db, {
      quote: quoteOf('China respects sovereignty of all nations.'),
      page: pageOn('2016-12-05'),
      people,
    });
    expect(card.earlier.map((s) => s.id)).toEqual(['older-2015']);
    expect(card.since?.[0]?.id).toBe('later-2017');
    render(<QuoteCard data={card} onOpenManager={() => {}} onClose={() => {}} />, host);
    const before = host.querySelector('.earlier')!.textContent!;
    expect(before).not.toContain('2017');
    expect(before).not.toContain('2022');
    const since = host.querySelector('details.since') as HTMLDetailsElement;
    expect(since.open).toBe(false);
    expect(since.querySelector('summary')!.textContent).toContain('Said since');
    expect(since.textContent).toContain('1 Jun 2017');
    expect(host.querySelector('.undated')!.textContent).toContain('Undated');
  });

  it('reads against the day of the visit when the page has no date', async () => {
    const card = await loadCard(db, {
      quote: quoteOf('China respects sovereignty of all nations.'),
      page: pageOn(null),
      people,
    });
    expect(card.asOf?.from).toBe('visit');
    expect(card.since).toEqual([]);
    expect(card.earlier.map((s) => s.id)).toContain('later-2022');
  });

  it('reads the relation with its direction from both ends, in the card and the side panel', async () => {
    const munichCard = await loadCard(db, {
      quote: quoteOf('Ukraine is no exception.'),
      page: pageOn('2022-02-19'),
      people,
    });
    const call = munichCard.since?.find((s) => s.id === CALL);
    expect(call?.relation?.direction).toBe('it-to-this');
    render(<QuoteCard data={munichCard} onOpenManager={() => {}} onClose={() => {}} />, host);
    const since = host.querySelector('details.since') as HTMLDetailsElement;
    // A person related it to this quote: open, so the note is not hidden behind a click.
    expect(since.open).toBe(true);
    expect(since.textContent).toContain('Later, on 24 Feb 2022:');
    expect(since.textContent).toContain('shifts emphasis from this');
    expect(since.textContent).toContain('labelled by OnRecord starter pack');

    const callCard = await loadCard(db, {
      quote: quoteOf('China always respects the sovereignty and territorial integrity of all countries.'),
      page: pageOn('2022-02-24'),
      people,
    });
    const munich = callCard.earlier.find((s) => s.id === MUNICH);
    expect(munich?.relation?.direction).toBe('this-to-it');
    render(<QuoteContext card={callCard} onOpenManager={() => {}} />, host);
    const text = host.textContent!;
    expect(text).toContain('Earlier, on 19 Feb 2022:');
    expect(text).toContain('this shifts emphasis from it');
  });

  it('never says "Nothing saved" under "On record"', async () => {
    const card = await loadCard(db, {
      quote: {
        ...quoteOf('Russia was forced to take necessary measures to safeguard its rights and interests.'),
        speaker: 'Sergey Lavrov',
      },
      page: pageOn('2022-02-24'),
      people: [{ name: 'Sergey Lavrov', role: null, aliases: [], kind: 'person' }],
    });
    expect(card.onRecord).not.toBeNull();
    render(
      <QuoteCard
        data={card}
        onOpenManager={() => {}}
        onClose={() => {}}
        save={{ saved: null, saving: false, onSave: () => {} }}
      />,
      host,
    );
    expect(host.textContent).toContain('On record since 24 Feb 2022');
    expect(host.textContent).not.toContain('Nothing saved');
    expect(host.querySelector('.save-button')!.textContent).toBe('Add this source to the statement on record');
  });
});
