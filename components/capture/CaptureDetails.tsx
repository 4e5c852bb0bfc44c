/** The optional facts a reader adds to a captured quote: where it was said, and tags to find it by. */
import { parseTags as parseTagList } from '@/components/tags';
import { t } from '@/lib/core/i18n';

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
        {t('captureVenue')} <span class="optional">{t('captureOptional')}</span>
        <input
          value={venue}
          placeholder={t('captureVenueExample')}
          onInput={(e) => onVenue((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('captureTags')} <span class="optional">{t('captureTagsHint')}</span>
        <input value={tags} onInput={(e) => onTags((e.target as HTMLInputElement).value)} />
      </label>
    </>
  );
}
