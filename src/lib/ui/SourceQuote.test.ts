// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Localizer } from '../i18n/localizer.ts';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import SourceQuote from './SourceQuote.svelte';

describe('SourceQuote', () => {
  it('keeps the caption’s separator apart from the words on both sides', () => {
    const text = new Localizer('kk', testAtlas(), null);
    const { container } = render(SourceQuote, {
      source: { section: 'Aftermath', quote: 'Dzungar victory' },
      text,
    });
    const caption = container.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(caption).toContain(` · ${text.t('quote.fromArticle')}`);
    expect(caption).not.toMatch(/\S·/);
  });
});
