import { render } from 'preact';
import { CaptureChooser, type SpeakerChoice } from '@/components/capture/CaptureChooser';
import type { CaptureDetails } from '@/components/capture/CaptureDetails';
import { describeSaved } from '@/components/card/SaveQuote';
import { dropDraft, getDraft } from '@/lib/background/capture-draft';
import { dayOf } from '@/lib/core/build-capture';
import { t } from '@/lib/core/i18n';
import { localizePage } from '@/lib/core/localize-page';
import { addCaptureDetails } from '@/lib/db/capture-details';
import { db } from '@/lib/db/database';
import { listPeople } from '@/lib/db/repos';
import { saveCapturedQuote } from '@/lib/db/repos-capture';
import { suggestSpeaker } from '@/lib/match/suggest-speaker';

const app = document.getElementById('app')!;

async function main() {
  localizePage(document);
  const draft = await getDraft(location.hash.slice(1));
  if (!draft) {
    render(<p>{t('captureNothingWaiting')}</p>, app);
    return;
  }
  const people = await listPeople(db);
  const save = async (choice: SpeakerChoice, details: CaptureDetails) => {
    const quote = {
      id: draft.id,
      text: draft.text,
      kind: 'direct' as const,
      speaker: 'newName' in choice ? choice.newName : null,
      prefix: draft.prefix,
      suffix: draft.suffix,
    };
    const result = await saveCapturedQuote(
      db,
      'personId' in choice
        ? { quote, page: draft.page, personId: choice.personId }
        : { quote, page: draft.page, speaker: { name: choice.newName, role: null, aliases: [], kind: choice.kind } },
    );
    if ('statementId' in result) {
      await addCaptureDetails(db, result.statementId, details);
      await dropDraft(draft.id);
    }
    const candidates = result.status === 'ambiguous' ? result.candidates : undefined;
    const personName = 'personName' in result ? result.personName : undefined;
    return describeSaved({ quoteId: draft.id, status: result.status, personName, candidates });
  };
  const dismiss = () => {
    void dropDraft(draft.id).finally(() => window.close());
  };
  render(
    <CaptureChooser
      draft={draft}
      people={people}
      suggestedId={suggestSpeaker(draft.speaker, people, dayOf(draft.page.publishedAt))}
      onSave={save}
      onDismiss={dismiss}
    />,
    app,
  );
}

void main();
