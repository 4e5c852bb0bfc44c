import { afterEach, describe, expect, it } from 'vitest';
import { formatTensionReason } from '@/components/card/format';
import type { ReasonPull, TensionReason } from '@/lib/match/types';
import { speak, speakEnglish } from '@/tests/support/speak';

const reason = (code: ReasonPull['code']): TensionReason => ({
  code: 'shared-topic',
  shared: ['taxes', 'fuel'],
  pulls: [{ code, page: 'will not raise', earlier: 'will raise' }],
});

describe('formatTensionReason', () => {
  afterEach(speakEnglish);

  it.each([
    [
      'en',
      'negation',
      'Both speak of taxes, fuel; one negates what the other states (“will not raise” / “will raise”).',
    ],
    ['en', 'antonym', 'Both speak of taxes, fuel; opposite words (“will not raise” / “will raise”).'],
    [
      'en',
      'modality',
      'Both speak of taxes, fuel; firm in one, tentative in the other (“will not raise” / “will raise”).',
    ],
    [
      'en',
      'exception',
      'Both speak of taxes, fuel; an exception in one, none in the other (“will not raise” / “will raise”).',
    ],
    [
      'fr',
      'negation',
      "Les deux parlent de taxes, fuel ; l'un nie ce que l'autre affirme (« will not raise » / « will raise »).",
    ],
    ['fr', 'antonym', 'Les deux parlent de taxes, fuel ; des mots opposés (« will not raise » / « will raise »).'],
    [
      'fr',
      'modality',
      "Les deux parlent de taxes, fuel ; ferme dans l'un, hésitant dans l'autre (« will not raise » / « will raise »).",
    ],
    [
      'fr',
      'exception',
      "Les deux parlent de taxes, fuel ; une exception dans l'un, aucune dans l'autre (« will not raise » / « will raise »).",
    ],
  ] as const)('%s %s', (locale, code, expected) => {
    speak(locale);
    expect(formatTensionReason(reason(code))).toBe(expected);
  });

  it('joins several pulls apart and shows an older reason already in words unchanged', () => {
    const two: TensionReason = {
      code: 'shared-topic',
      shared: ['Crimea'],
      pulls: [
        { code: 'negation', page: 'a', earlier: 'b' },
        { code: 'antonym', page: 'c', earlier: 'd' },
      ],
    };
    expect(formatTensionReason(two)).toBe(
      'Both speak of Crimea; one negates what the other states (“a” / “b”); opposite words (“c” / “d”).',
    );
    expect(formatTensionReason('Both speak of fuel.')).toBe('Both speak of fuel.');
  });
});
