import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepFactChecksRead } from '@/lib/background/fact-checks-read';
import type { Review } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportReviewFeed, statementClaimReviews } from '@/lib/db/export-fact-checks';
import { toPersonRow } from '@/lib/db/person-row';
import { setKeepFactChecks } from '@/lib/db/repos-fact-checks';
import { importPack, previewImport } from '@/lib/db/repos-pack';
import { rateStatement } from '@/lib/db/repos-reviews';
import { countReviews, listReviews } from '@/lib/db/review-store';
import { readClaimReviews } from '@/lib/factcheck/read';
import { libraryActions } from '@/lib/manager/library-actions';
import { freshDb, person, statement } from './helpers';

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
});
afterEach(() => db.close());

const importFile = async (target: OnRecordDb, json: unknown) =>
  importPack(target, (await previewImport(target, json)).accepted);

/** A review without what an import sets itself (its record times). */
const plain = ({ createdAt: _c, updatedAt: _u, ...rest }: Review): Omit<Review, 'createdAt' | 'updatedAt'> => rest;

describe('publishing reviews', () => {
  it('exports a DataFeed that reads back in the shape imported, with nothing left out', async () => {
    await importFile(db, feed);
    const out = JSON.parse(JSON.stringify(await exportReviewFeed(db)));
    expect(out['@type']).toBe('DataFeed');
    const read = readClaimReviews(out);
    expect(read.skipped).toEqual([]);
    expect(read.reviews).toHaveLength(await countReviews(db));
  });

  it('re-imports an exported selection to the same records', async () => {
    await importFile(db, feed);
    const all = await listReviews(db);
    const chosen = all.filter((r) => r.claimantId !== null).map((r) => r.id);
    const other = freshDb();
    await importFile(other, JSON.parse(JSON.stringify(await exportReviewFeed(db, chosen))));
    const byId = async (target: OnRecordDb) =>
      (await listReviews(target)).map(plain).sort((a, b) => a.id.localeCompare(b.id));
    expect(await byId(other)).toEqual((await byId(db)).filter((r) => chosen.includes(r.id)));
    expect((await other.people.toArray()).map((p) => p.name)).toEqual(['Jane Roe']);
    expect((await other.statements.toArray()).map((s) => s.id)).toEqual(
      (await db.statements.toArray()).map((s) => s.id),
    );
    other.close();
  });

  it("copies a statement's reviews as ClaimReview JSON-LD blocks", async () => {
    await importFile(db, feed);
    const [statement] = await db.statements.toArray();
    const blocks = await statementClaimReviews(db, statement?.id ?? '');
    const scripts = [...blocks.matchAll(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/g)];
    expect(scripts).toHaveLength(2);
    for (const [, json] of scripts) {
      const parsed = JSON.parse(json ?? '');
      expect(parsed).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview' });
      expect(parsed.itemReviewed.author.name).toBe('Jane Roe');
      expect(readClaimReviews(parsed).reviews).toHaveLength(1);
    }
  });

  it('keeps a claim that would end the script element from ending it', async () => {
    const crafted = structuredClone(feed.dataFeedElement[2].item[0]);
    crafted.claimReviewed = 'Evil </script><script>alert(1)</script>';
    crafted.itemReviewed = { author: { name: 'Jane Roe' } };
    await importFile(db, crafted);
    const [statement] = await db.statements.toArray();
    const blocks = await statementClaimReviews(db, statement?.id ?? '');
    expect(blocks.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('Keep fact-checks I read', () => {
  const items = [feed.dataFeedElement[0].item[0]];

  it('stores nothing while off (the default)', async () => {
    expect(await keepFactChecksRead(db, { items })).toBe(0);
    expect(await countReviews(db)).toBe(0);
  });

  it('stores the page’s reviews once switched on', async () => {
    await setKeepFactChecks(db, true);
    expect(await keepFactChecksRead(db, { items })).toBe(1);
    expect((await listReviews(db))[0]?.rating.alternateName).toBe(items[0].reviewRating.alternateName);
  });
});

describe('the manager', () => {
  it('copies a statement’s ClaimReview and exports the fact-checks as a DataFeed file', async () => {
    await importFile(db, feed);
    const files: { name: string; text: string }[] = [];
    const actions = libraryActions(
      db,
      (name, _type, text) => void files.push({ name, text }),
      () => null,
    );
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        async writeText(text: string) {
          copied = text;
        },
      },
      configurable: true,
    });
    const [statement] = await db.statements.toArray();
    expect(await actions.copyClaimReview?.(statement?.id ?? '')).toContain('copied');
    expect(copied).toContain('"@type": "ClaimReview"');
    expect(await actions.copyClaimReview?.('no-such-statement')).toContain('No fact-check');
    await actions.exportAs({ kind: 'fact-checks', scope: { kind: 'all' } });
    expect(files[0]?.name).toMatch(/^onrecord-fact-checks-.*\.json$/);
    expect(readClaimReviews(JSON.parse(files[0]?.text ?? '')).reviews).toHaveLength(3);
  });
});

describe('rating a statement in the manager', () => {
  it('stores the rating as a review of the statement, which Copy ClaimReview then publishes', async () => {
    await db.people.put(toPersonRow(person({ id: 'p1', name: 'Jane Roe' })));
    await db.statements.put(
      statement({ id: 's1', personId: 'p1', text: 'Crime fell by half', sources: [{ url: 'https://n.example/a' }] }),
    );
    const review = await rateStatement(
      db,
      's1',
      { verdict: ' Mostly false ', reviewer: 'My Desk', url: 'https://desk.example/crime' },
      '2026-02-01T10:00:00.000Z',
    );
    expect(review).toMatchObject({ claimantId: 'p1', statementId: 's1', appearances: ['https://n.example/a'] });
    const [block] = readClaimReviews(
      JSON.parse((await statementClaimReviews(db, 's1')).replace(/^<script[^>]*>|<\/script>$/g, '')),
    ).reviews;
    expect(block).toMatchObject({
      claim: 'Crime fell by half',
      claimant: { name: 'Jane Roe' },
      rating: { alternateName: 'Mostly false' },
      reviewer: { name: 'My Desk' },
      url: 'https://desk.example/crime',
      reviewDate: '2026-02-01',
    });
  });

  it('refuses a rating without words, storing nothing', async () => {
    await db.statements.put(statement({ id: 's1', personId: 'p1' }));
    await expect(rateStatement(db, 's1', { verdict: '  ', reviewer: 'Me' }, '2026-02-01T10:00:00Z')).rejects.toThrow(
      /alternateName/,
    );
    expect(await countReviews(db)).toBe(0);
  });
});
