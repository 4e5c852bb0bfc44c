/** A catalogue message with a few inline tags (<em>, <strong>, <kbd>, <code>) drawn as elements, text only. */
import { inlineParts } from '@/lib/core/localize-page';

const TAGS = new Set(['em', 'strong', 'kbd', 'code']);

/** Renders `text` (already translated) with its inline emphasis; any other tag is shown as its words alone. */
export function Rich({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((part, i) => {
        if (typeof part === 'string') return part;
        const Tag = (TAGS.has(part.tag) ? part.tag : 'span') as 'em';
        // Parts have no identity beyond their place in the message, which is rendered whole.
        return <Tag key={i}>{part.text}</Tag>;
      })}
    </>
  );
}
