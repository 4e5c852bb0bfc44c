// Puts the page's words in the reader's language, then shows the pinning steps of the browser it runs in.
import { isFirefox } from '@/lib/core/browser-name';
import { localizePage } from '@/lib/core/localize-page';

localizePage(document);
const firefox = isFirefox();
for (const step of document.querySelectorAll<HTMLElement>('.pin[data-browser]')) {
  step.hidden = step.dataset.browser !== (firefox ? 'firefox' : 'chrome');
}
