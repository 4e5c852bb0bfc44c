/**
 * The robustness test pages: the hand-written ones in tests/fixtures/pages/robust, plus a live blog of any
 * size generated from robust/live-blog.html (a 2 MB page is built at test time rather than kept in git).
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from './paths';
import { type StaticServer, startStaticServer } from './serve';

/** Where the hand-written robustness pages live. */
export const ROBUST_PAGES_DIR = join(ROOT_DIR, 'tests/fixtures/pages/robust');

/** The file name of the generated live blog in a served robust site. */
export const BIG_LIVE_BLOG = 'live-blog-big.html';

const OFFICIALS = [
  ['Prime Minister', 'Anna Lindqvist'],
  ['Opposition leader', 'Karl Bergman'],
  ['Finance Minister', 'Maria Keller'],
  ['Election commissioner', 'David Osei'],
  ['Interior Minister', 'Sofia Marchetti'],
  ['Green Party leader', 'Lukas Novak'],
  ['Mayor', 'Elena Park'],
  ['Senator', 'James Whitfield'],
] as const;

const SAYINGS = [
  'We have listened to every district, and the message tonight is very clear',
  'This count will be finished properly, however long it takes',
  'Nobody should read too much into the early results from the cities',
  'Our voters turned out in the rain, and I am proud of every one of them',
  'We will accept the result, whatever it is, once every ballot has been counted',
  'The turnout shows that people still believe their vote can change things',
  'There is a long night ahead of us, and I am not making any predictions',
  'Whatever happens, the next government must deal with the cost of living first',
];

const CONTEXT = [
  'Counting continues in the northern districts, where officials expect results after midnight.',
  'Turnout figures released by the commission show a small rise on the last election in most regions.',
  'Party workers gathered at the campaign headquarters as the first results came in from the coast.',
  'Officials in the capital said the count had been delayed by a power cut at one of the main halls.',
];

/** One generated post, varied by its index so no two posts read the same. */
export function livePost(i: number): string {
  const [role, name] = OFFICIALS[i % OFFICIALS.length]!;
  const [, other] = OFFICIALS[(i * 3 + 1) % OFFICIALS.length]!;
  const surname = other.split(' ').pop();
  const minutes = 21 * 60 + i;
  const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `<div class="post" id="post-${i + 1}"><time>${time}</time>
<p>${CONTEXT[i % CONTEXT.length]} Update ${i + 1} from our reporters in district ${(i % 97) + 1}.</p>
<p>"${SAYINGS[(i * 5) % SAYINGS.length]}," said ${role} ${name} in district ${(i % 97) + 1}.</p>
<p>${surname} told supporters the result was "${SAYINGS[(i + 3) % SAYINGS.length]!.toLowerCase()}" and left soon after.</p>
</div>
`;
}

/** The live-blog template filled with generated posts until the page is at least `bytes` long. */
export function liveBlogHtml(template: string, bytes: number): string {
  const posts: string[] = [];
  let size = template.length;
  for (let i = 0; size < bytes; i++) {
    const post = livePost(i);
    posts.push(post);
    size += post.length;
  }
  // Newest first, as live blogs show them.
  return template.replace('<!--POSTS-->', posts.reverse().join(''));
}

/** A served copy of the robust pages plus the generated live blog; `close()` stops it and removes the copy. */
export async function serveRobustSite(liveBlogBytes = 2 * 1024 * 1024): Promise<StaticServer> {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-robust-'));
  for (const file of await readdir(ROBUST_PAGES_DIR)) await copyFile(join(ROBUST_PAGES_DIR, file), join(dir, file));
  const template = await readFile(join(ROBUST_PAGES_DIR, 'live-blog.html'), 'utf8');
  await writeFile(join(dir, BIG_LIVE_BLOG), liveBlogHtml(template, liveBlogBytes));
  const server = await startStaticServer(dir);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
