import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { iconMap } from './lib/background/icons';

/** The gecko id pins storage and lets Firefox keep the library across restarts of a temporary add-on. */
export const GECKO_ID = 'onrecord@onrecord.app';

/** Where subscribed packs may be fetched from: https, and http on loopback (lib/background/subscriptions/address.ts). */
export const PACK_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Names and descriptions come from public/_locales so the store listing and the browser's extension pages
    // follow the reader's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No 'tabs': the popup learns the page's URL from activeTab (a click on the toolbar button) or from the
    // content script's own answer. Each permission is justified in the README.
    icons: iconMap('onrecord'),
    // Firefox's MV2 build names the toolbar button browser_action (WXT would drop the icon from `action` there).
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_icon: iconMap('onrecord'),
      default_title: '__MSG_extName__',
    },
    // 'alarms' wakes the background to check subscribed packs; the alarm exists only while one does.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'contextMenus',
      'alarms',
      // Firefox's MV2 lists host permissions among the permissions.
      ...(browser === 'firefox' ? PACK_HOSTS : []),
    ],
    // The background fetches subscribed packs (and only those) from these hosts: https anywhere, http on this
    // computer. The content script's matches already cover them, so the install prompt asks nothing new
    // (docs/security.md).
    ...(browser === 'firefox' ? {} : { host_permissions: PACK_HOSTS }),
    // The manager doubles as the options page, opened in its own tab: it is a full curation view.
    options_ui: { page: 'manager.html', open_in_tab: true },
    // Keyboard shortcuts between quotes (readers can change them in the browser's shortcut settings). A
    // shortcut also grants activeTab for that tab, so no further permission is needed.
    commands: {
      'next-quote': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextQuote__',
      },
      'previous-quote': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousQuote__',
      },
    },
    web_accessible_resources:
      browser === 'firefox'
        ? ['card.html']
        : [{ resources: ['card.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first desktop release that knows data_collection_permissions (and the ESR line).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
