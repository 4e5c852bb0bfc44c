import { defineBackground } from 'wxt/utils/define-background';
import { startCardRelay } from '../lib/messages/card-relay';

export default defineBackground(() => {
  startCardRelay();
  // wiring lands with lib/db and lib/messages
});
