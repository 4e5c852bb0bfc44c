import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wiring lands with lib/db and lib/messages
});
