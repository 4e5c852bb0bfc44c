import { render } from 'preact';
import { provisionalCard } from '../../components/card/provisional';
import { QuoteCard } from '../../components/card/QuoteCard';
import type { CardData } from '../../lib/messages/protocol';
import { connectCard, nonceFromHash } from './card-port';

const app = document.getElementById('app')!;
const nonce = nonceFromHash(location.hash);

if (nonce) {
  let send: ReturnType<typeof connectCard> = () => {};
  const close = () => send({ type: 'card/closed', payload: { nonce } });
  const openManager = () => send({ type: 'card/open-manager', payload: {} });
  const show = (data: CardData | null, loading = false) => {
    render(<QuoteCard data={data} loading={loading} onOpenManager={openManager} onClose={close} />, app);
    app.scrollTop = 0;
  };
  // The quote last asked for: a late answer for an earlier quote never replaces a newer card.
  let current: string | null = null;
  send = connectCard(nonce, (message) => {
    if (message.type === 'card/show') {
      current = message.payload.quote.id;
      // What the page says first, so the card is never blank or stale while the library answers.
      show(provisionalCard(message.payload), true);
    } else if (message.type === 'card/data') {
      if (current === null || message.payload.quote.id === current) show(message.payload);
    } else {
      current = null;
      show(null);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
