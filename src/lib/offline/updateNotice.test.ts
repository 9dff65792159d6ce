// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../i18n/messages.ts';
import { updateNotice } from './updateNotice.ts';

afterEach(() => document.body.replaceChildren());

describe('updateNotice', () => {
  it('is an empty live region until a new version is ready', () => {
    const notice = updateNotice(
      document,
      () => 'en',
      () => {},
    );
    expect(notice.element.getAttribute('role')).toBe('status');
    expect(notice.element.parentElement).toBe(document.body);
    expect(notice.element.textContent).toBe('');
  });

  it('says so with a Reload button, and reloads only when pressed', () => {
    const reload = vi.fn();
    const notice = updateNotice(document, () => 'en', reload);
    notice.show();
    expect(notice.element.textContent).toContain('The atlas has been updated.');
    expect(reload).not.toHaveBeenCalled();
    const button = [...notice.element.querySelectorAll('button')].find((b) => b.textContent === 'Reload')!;
    button.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('follows the atlas’s language', () => {
    let lang: Lang = 'kk';
    const notice = updateNotice(
      document,
      () => lang,
      () => {},
    );
    notice.show();
    expect(notice.element.lang).toBe('kk');
    expect(notice.element.textContent).toContain('Атлас жаңартылды.');
    expect(notice.element.textContent).toContain('Қайта жүктеу');
    lang = 'ru';
    notice.refresh();
    expect(notice.element.textContent).toContain('Атлас обновлён.');
    expect(notice.element.querySelector('.dismiss')!.getAttribute('aria-label')).toBe('Закрыть');
  });

  it('can be dismissed, and stays away on a language change', () => {
    const notice = updateNotice(
      document,
      () => 'en',
      () => {},
    );
    notice.show();
    notice.element.querySelector<HTMLButtonElement>('.dismiss')!.click();
    expect(notice.element.textContent).toBe('');
    notice.refresh();
    expect(notice.element.textContent).toBe('');
  });
});
