import { formatNumber, t } from '@/lib/core/i18n';
/** How many left-out records the preview lists; the rest are counted, and the whole list can be downloaded. */
export const SHOWN_REJECTIONS = 200;

/** The text file of every left-out record and its reason, one a line. */
export function rejectionsFile(rejected: readonly string[]): string {
  return `${rejected.join('\n')}\n`;
}

function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The records an import would leave out, and why. A broken file can hold 250,000 of them: drawing them all
 * froze the manager, so the first SHOWN_REJECTIONS are listed, the rest counted, and the full list is a download.
 */
export function RejectedList({ rejected, fileName }: { rejected: readonly string[]; fileName: string }) {
  if (rejected.length === 0) return null;
  const hidden = rejected.length - SHOWN_REJECTIONS;
  return (
    <details open>
      <summary>{t('managerLeftOut')}</summary>
      <ul class="errors">
        {rejected.slice(0, SHOWN_REJECTIONS).map((r, i) => (
          // Two problems can read the same; the position keeps each its own row.
          <li key={i}>{r}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('managerMoreProblems', formatNumber(hidden))}</p>}
      <button type="button" onClick={() => downloadText(`${fileName}-left-out.txt`, rejectionsFile(rejected))}>
        {t('managerDownloadProblems', formatNumber(rejected.length))}
      </button>
    </details>
  );
}
