/**
 * Every way a subscription can fail, in the reader's words: the manager shows these as a subscription's last
 * error and as the answer to its messages, so each comes from the catalogue (lib/core/i18n.ts).
 */
import { t } from '@/lib/core/i18n';
import type { SubscriptionStoreProblem } from '@/lib/db/repos-subscriptions';
import type { AddressProblem } from './address';
import type { FetchProblem } from './fetch-pack';
import { FETCH_TIMEOUT_MS } from './fetch-pack';
import { MAX_PACK_BYTES } from './read-limited';
import type { PackProblem } from './read-pack';

/** Anything a subscription message or check can run into. */
export type SubscriptionProblem =
  | AddressProblem
  | FetchProblem
  | PackProblem
  | SubscriptionStoreProblem
  | 'bad-request'
  | 'store-failed';

/** The words for a problem; `status` is the HTTP status, `detail` the pack check's first finding. */
export function problemWords(problem: SubscriptionProblem, extra: { status?: number; detail?: string } = {}): string {
  switch (problem) {
    case 'not-a-url':
      return t('subscriptionErrorNotUrl');
    case 'not-https':
      return t('subscriptionErrorNotHttps');
    case 'credentials':
      return t('subscriptionErrorCredentials');
    case 'network':
    case 'signature-network':
      return t('subscriptionErrorNetwork');
    case 'timeout':
    case 'signature-timeout':
      return t('subscriptionErrorTimeout', FETCH_TIMEOUT_MS / 1000);
    case 'status':
    case 'signature-status':
      return t('subscriptionErrorStatus', extra.status ?? 0);
    case 'redirect':
    case 'signature-redirect':
      return t('subscriptionErrorRedirect');
    case 'too-large':
    case 'signature-too-large':
      return t('subscriptionErrorTooLarge', MAX_PACK_BYTES / 1024 / 1024);
    default:
      return packWords(problem, extra.detail);
  }
}

function packWords(
  problem: Exclude<SubscriptionProblem, AddressProblem | FetchProblem | `signature-${FetchProblem}`>,
  detail = '',
): string {
  switch (problem) {
    case 'not-a-pack':
      return t('subscriptionErrorNotPack', detail);
    case 'bad-signature':
      return t('subscriptionErrorBadSignature');
    case 'malformed-signature':
      return t('subscriptionErrorMalformedSignature');
    case 'unsigned':
      return t('subscriptionErrorUnsigned');
    case 'key-differs':
      return t('subscriptionErrorKeyDiffers');
    case 'gone':
      return t('subscriptionErrorGone');
    case 'undo-gone':
      return t('subscriptionErrorUndoGone');
    case 'already-subscribed':
      return t('subscriptionErrorAlready');
    case 'bad-request':
      return t('subscriptionErrorBadRequest');
    case 'store-failed':
      return t('subscriptionErrorStore', detail);
  }
}
