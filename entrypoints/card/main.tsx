import { render } from 'preact';
import { QuoteCard } from '../../components/card/QuoteCard';
import type { CardData } from '../../lib/messages/protocol';
import { connectCard, nonceFromHash } from './card-port';

const app = document.getElementById('app')!;
const nonce = nonceFromHash(location.hash);

if (nonce) {
  let send: ReturnType<typeof connectCard> = () => {};
  const close = () => send({ type: 'card/closed', payload: { nonce } });
  const openManager = () => send({ type: 'card/open-manager', payload: {} });
  const show = (data: CardData | null) => {
    render(<QuoteCard data={data} onOpenManager={openManager} onClose={close} />, app);
    app.scrollTop = 0;
  };
  // The quote last asked for: a late answer for an earlier quote never replaces a newer card.
  let current: string | null = null;
  send = connectCard(nonce, (message) => {
    if (message.type === 'card/show') {
      current = message.payload.quote.id;
      show(null);
    } else if (message.type === 'card/data') {
      if (current === null || message.payload.quote.id === current) show(message.payload);
    } else current = null;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
