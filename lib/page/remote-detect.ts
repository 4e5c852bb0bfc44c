/**
 * The content script's detector: each part's text goes to the background in a 'page/detect' extension message
 * (nothing leaves the browser) and the spans come back. The bundle every page loads thus holds no lexicons.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground, Message } from '@/lib/core/protocol';
import { toWellFormed } from '@/lib/core/unicode';
import type { GateResponse } from '@/lib/core/validate';
import type { Detection } from '@/lib/detect/types';
import type { DetectInput } from '@/lib/page/dom/page-read';

/**
 * Waits before asking again when the message found no listener: Chrome's service worker or Firefox's event
 * page is starting (the message itself wakes it), or the extension is being reloaded.
 */
const RETRY_MS: readonly number[] = [100, 400, 1_000];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The 'page/detect' message for one part. The gate refuses text with a lone surrogate, which a broken or hostile
 * page can hold; each becomes U+FFFD, one code unit for one, so every offset of the answer still fits the page.
 */
export function detectMessage(input: DetectInput): Message<ContentToBackground> {
  return { type: 'page/detect', payload: { ...input, text: toWellFormed(input.text) } };
}

/** Asks the background for the detection of one part's text; rejects when it refuses or cannot be reached. */
export async function detectInBackground(input: DetectInput): Promise<Detection> {
  const message = detectMessage(input);
  for (let attempt = 0; ; attempt++) {
    let answer: GateResponse | undefined;
    try {
      answer = (await browser.runtime.sendMessage(message)) as GateResponse | undefined;
      // No answer at all: the background has not registered its listener yet.
      if (!answer) throw new Error('page/detect: no answer');
    } catch (error) {
      if (attempt >= RETRY_MS.length) throw error;
      await pause(RETRY_MS[attempt] ?? 0);
      continue;
    }
    if (!answer.ok) throw new Error(answer.error);
    return answer.result as Detection;
  }
}
