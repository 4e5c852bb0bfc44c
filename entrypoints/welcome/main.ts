// Shows the pinning steps of the browser this page runs in; the rest of the page is static.
import { isFirefox } from '@/lib/core/browser-name';

const firefox = isFirefox();
for (const step of document.querySelectorAll<HTMLElement>('.pin[data-browser]')) {
  step.hidden = step.dataset.browser !== (firefox ? 'firefox' : 'chrome');
}
