/** The optional facts a reader adds to a captured quote: where it was said, and tags to find it by. */
import { parseTags as parseTagList } from '@/components/tags';

/** What the capture window stores with the quote besides its words and speaker. */
export interface CaptureDetails {
  /** Where it was said; '' when the reader left it empty. */
  venue: string;
  tags: string[];
}

/** Tags as typed, comma-separated: trimmed, lower case, without empties or repeats. */
export function parseTags(typed: string): string[] {
  return parseTagList(typed.toLowerCase());
}

/** The venue and tags fields. */
export function CaptureDetailsFields({
  venue,
  tags,
  onVenue,
  onTags,
}: {
  venue: string;
  tags: string;
  onVenue(value: string): void;
  onTags(value: string): void;
}) {
  return (
    <>
      <label>
        Venue <span class="optional">(optional)</span>
        <input
          value={venue}
          placeholder="e.g. Munich Security Conference"
          onInput={(e) => onVenue((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        Tags <span class="optional">(optional, separated by commas)</span>
        <input value={tags} onInput={(e) => onTags((e.target as HTMLInputElement).value)} />
      </label>
    </>
  );
}
