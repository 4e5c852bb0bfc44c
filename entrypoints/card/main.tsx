import { render } from 'preact';
import { browser } from 'wxt/browser';
import { QuoteCard } from '../../components/card/QuoteCard';
import type { CardData } from '../../components/card/types';
import { db } from '../../lib/db/database';
import { connectCard, nonceFromHash } from './card-port';
import { loadCard } from './load-card';

const app = document.getElementById('app')!;
const nonce = nonceFromHash(location.hash);
// The manager page is its own entrypoint; typed loosely so the card builds whether or not it exists yet.
const managerUrl = (browser.runtime.getURL as (path: string) => string)('/manager.html');
// Each show bumps the ticket, so a slow lookup for an earlier quote never overwrites a later card.
let ticket = 0;

function show(data: CardData | null, close: () => void) {
  render(<QuoteCard data={data} managerUrl={managerUrl} onClose={close} />, app);
}

if (nonce) {
  let send: ReturnType<typeof connectCard> = () => {};
  const close = () => send({ type: 'card/closed', payload: { nonce } });
  send = connectCard(nonce, async (message) => {
    const mine = ++ticket;
    if (message.type === 'card/hide') return;
    show(null, close);
    const data = await loadCard(db, message.payload);
    if (mine === ticket) {
      show(data, close);
      app.scrollTop = 0;
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
