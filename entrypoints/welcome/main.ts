// Shows the pinning steps of the browser this page runs in; the rest of the page is static.
import { browser } from 'wxt/browser';

const isFirefox = new URL(browser.runtime.getURL('/')).protocol === 'moz-extension:';
for (const step of document.querySelectorAll<HTMLElement>('.pin[data-browser]')) {
  step.hidden = step.dataset.browser !== (isFirefox ? 'firefox' : 'chrome');
}
