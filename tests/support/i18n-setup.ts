/**
 * Unit and DOM tests run without a browser, so the fake browser has no i18n lookup: give it the English
 * catalogue, resolved the way browsers resolve it, so components render the words a reader would see.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Catalogue, resolveMessage } from '@/lib/core/i18n';
import english from '@/public/_locales/en/messages.json';

const catalogue: Catalogue = english;

fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
  resolveMessage(catalogue[key], subs === undefined ? [] : [subs].flat())) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
