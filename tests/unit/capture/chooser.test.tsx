import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureChooser, type ChooserDraft } from '../../../components/capture/CaptureChooser';
import { suggestSpeaker } from '../../../lib/capture/choose-speaker';
import { person } from '../../db/helpers';

const draft: ChooserDraft = {
  text: 'We will not sign',
  page: { url: 'https://news.example/a', title: 'Farm tariffs', outlet: 'News', publishedAt: '2025-03-03T10:00:00Z' },
  speaker: null,
};
const people = [person({ id: 'w', name: 'Wang Yi' }), person({ id: 'o', name: 'Amara Okafor', aliases: ['Okafor'] })];
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(props: Partial<Parameters<typeof CaptureChooser>[0]> = {}) {
  const el = document.body.appendChild(document.createElement('div'));
  const onSave = vi.fn(async () => 'Saved to your library under Amara Okafor.');
  render(
    <CaptureChooser draft={draft} people={people} suggestedId={null} onSave={onSave} onDismiss={() => {}} {...props} />,
    el,
  );
  return { el, onSave };
}

describe('suggestSpeaker', () => {
  it.each([
    ['Okafor', 'o'],
    ['Amara Okafor', 'o'],
    ['Someone Else', null],
    [null, null],
  ])('%s -> %s', (speaker, id) => {
    expect(suggestSpeaker(speaker, people)).toBe(id);
  });
});

describe('CaptureChooser', () => {
  it('shows the words and their page, and saves nothing until confirmed', () => {
    const { el, onSave } = mount({ suggestedId: 'o' });
    expect(el.textContent).toContain('We will not sign');
    expect(el.textContent).toContain('News: Farm tariffs, 2025-03-03');
    expect(el.querySelector('select')!.value).toBe('o');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves under the person picked, then reports the outcome', async () => {
    const { el, onSave } = mount();
    const select = el.querySelector('select')!;
    select.value = 'o';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    await flush();
    expect(onSave).toHaveBeenCalledWith({ personId: 'o' });
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Amara Okafor');
  });

  it('offers someone new, named as the page names them', async () => {
    const { el, onSave } = mount({ draft: { ...draft, speaker: 'Ngozi Eze' } });
    expect(el.querySelector('select')!.value).toBe('__new__');
    expect(el.querySelector('input')!.value).toBe('Ngozi Eze');
    el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(onSave).toHaveBeenCalledWith({ newName: 'Ngozi Eze' });
  });
});
