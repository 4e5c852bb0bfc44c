/**
 * The extract CLI: parses each HTML page with happy-dom and runs the very analyzePage the content
 * script runs, printing one JSON line per page (the format ../shared/eval/README.md describes).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { analyzePage } from '../lib/page/dom/analyze';

/** Parses `html` into a Document without running scripts or loading resources. */
export function parseHtml(html: string, url = 'https://example.org/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

/** Extracts one page to the scorer's JSON shape. */
export function extractPage(file: string): Record<string, unknown> {
  const doc = parseHtml(readFileSync(file, 'utf8'));
  const t0 = performance.now();
  const page = analyzePage(doc);
  const ms = performance.now() - t0;
  return {
    file,
    ms: Math.round(ms * 100) / 100,
    quotes: page.detection.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
      start: q.start,
      end: q.end,
      evidence: q.evidence ?? null,
    })),
    people: page.detection.people.map((p) => ({ name: p.name, role: p.role, aliases: p.aliases, kind: p.kind })),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of process.argv.slice(2)) {
    try {
      process.stdout.write(`${JSON.stringify(extractPage(file))}\n`);
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`);
      process.stdout.write(`${JSON.stringify({ file, error: String(err), quotes: [], people: [] })}\n`);
    }
  }
}
