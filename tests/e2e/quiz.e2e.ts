// Check yourself: a shared link opens the same set; answering by click, by keyboard and on the
// map; the score; the worksheet that prints; the Moodle file; junk in the link.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, expect, openAtlas, setTimings, test } from './support.ts';
import type { Question } from '../../src/lib/quiz/question.ts';

const questionsOf = (page: Page, seed: number): Promise<Question[]> =>
  page.evaluate((seed) => (document.querySelector('war-atlas') as any).questions({ seed }), seed);

const quiz = (page: Page) => page.getByRole('dialog', { name: 'Check yourself' });

/** Answers the question on show by clicking the option's label, and checks it. */
async function answer(page: Page, q: Question, optionId: string) {
  const label = q.options.find((o) => o.id === optionId)!.label;
  await quiz(page).getByRole('radio', { name: label, exact: true }).check();
  await quiz(page).getByRole('button', { name: 'Check' }).click();
}

test.describe('Check yourself', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('?quiz= opens the same ten questions; a click answers, shows the quote and the place', async ({
    page,
  }) => {
    await openAtlas(page, '?year=1680&quiz=4711');
    const set = await questionsOf(page, 4711);
    expect(set).toHaveLength(10);
    await expect(quiz(page).locator('fieldset')).toHaveAttribute('data-question', set[0]!.id);
    await expect(quiz(page).locator('legend')).toHaveText(set[0]!.prompt);
    await expect(quiz(page).getByText('Question 1 of 10')).toBeVisible();
    // The options as radios, in the set's order.
    await expect(quiz(page).getByRole('radio')).toHaveCount(set[0]!.options.length);
    await expect(quiz(page).locator('.option')).toHaveText(set[0]!.options.map((o) => o.label));

    // A wrong answer says which is right, and gives the article's words.
    const wrong = set[0]!.options.find((o) => o.id !== set[0]!.answer)!;
    await answer(page, set[0]!, wrong.id);
    const right = set[0]!.options.find((o) => o.id === set[0]!.answer)!.label;
    await expect(quiz(page).getByRole('status')).toHaveText(`Not quite: the answer is ${right}.`);
    await expect(quiz(page).locator('blockquote')).toBeVisible();
    await expect(quiz(page).getByRole('radio').first()).toBeDisabled();

    // Show on the map: the question's year and place.
    await quiz(page).getByRole('button', { name: 'Show on the map' }).click();
    const q0 = set[0]!;
    if (q0.place) await expect(page.locator('war-atlas')).toHaveAttribute('place', q0.place);

    // Next, then the right answer.
    await quiz(page).getByRole('button', { name: 'Next question' }).click();
    await expect(quiz(page).locator('fieldset')).toHaveAttribute('data-question', set[1]!.id);
    await answer(page, set[1]!, set[1]!.answer);
    await expect(quiz(page).getByRole('status')).toHaveText('Right.');

    // The same link opened again (another student): the same questions in the same order.
    await openAtlas(page, '?quiz=4711');
    expect((await questionsOf(page, 4711)).map((q) => [q.id, q.options.map((o) => o.id)])).toEqual(
      set.map((q) => [q.id, q.options.map((o) => o.id)]),
    );
    await expect(quiz(page).locator('fieldset')).toHaveAttribute('data-question', set[0]!.id);
  });

  test('the keyboard answers, the score counts, Again gives a new set, and the link follows', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=ru');
    await page.locator('war-atlas').getByRole('button', { name: 'Проверь себя' }).click();
    const dialog = page.getByRole('dialog', { name: 'Проверь себя' });
    await expect(dialog).toBeVisible();
    const seed = Number(await dialog.getAttribute('data-seed'));
    await expect(page).toHaveURL(new RegExp(`quiz=${seed}`));
    const set = await questionsOf(page, seed);
    for (const [i, q] of set.entries()) {
      // Into the radio group, onto the right option with the arrow keys, Enter on Check.
      await dialog.getByRole('radio').first().focus();
      const target = q.options.findIndex((o) => o.id === q.answer);
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      // The first radio is only focused, not chosen, until an arrow or Space.
      if (target === 0) await page.keyboard.press('Space');
      await expect(dialog.getByRole('radio', { checked: true })).toHaveAccessibleName(
        q.options[target]!.label,
      );
      await dialog.getByRole('button', { name: 'Проверить' }).press('Enter');
      await expect(dialog.getByRole('status')).toHaveText('Верно.');
      await dialog
        .getByRole('button', { name: i + 1 < set.length ? 'Следующий вопрос' : 'Узнать результат' })
        .press('Enter');
    }
    await expect(dialog.locator('.score')).toHaveText('Верных ответов: 10 из 10.');
    await dialog.getByRole('button', { name: 'Ещё раз, с новыми вопросами' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Проверь себя' }).getByText('Вопрос 1 из 10'),
    ).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(`quiz=${seed}(&|$)`));
    // Closing takes the set out of the URL.
    await page.getByRole('dialog', { name: 'Проверь себя' }).getByRole('button', { name: 'Закрыть' }).click();
    await expect(page.getByRole('dialog', { name: 'Проверь себя' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/quiz=/);
  });

  test('a "where" question is answered by clicking the town on the map', async ({ page }) => {
    await openAtlas(page, '?year=1684');
    // A set whose first "where" question is about one of the war's towns (all in the opening view).
    let seed = 0;
    let set: Question[] = [];
    for (let s = 1; s < 400 && !seed; s++) {
      set = await questionsOf(page, s);
      const where = set.find((q) => q.kind === 'where');
      if (where && ['sayram', 'tashkent', 'turkistan'].includes(where.answer)) seed = s;
    }
    expect(seed).toBeGreaterThan(0);
    await openAtlas(page, `?year=1684&quiz=${seed}`);
    const index = set.findIndex((q) => q.kind === 'where');
    for (const q of set.slice(0, index)) {
      await answer(page, q, q.answer);
      await quiz(page).getByRole('button', { name: 'Next question' }).click();
    }
    const where = set[index]!;
    await expect(quiz(page).locator('fieldset')).toHaveAttribute('data-kind', 'where');
    await expect(quiz(page).getByText('You can also click the place on the map.')).toBeVisible();
    const at = await page.evaluate(
      (id) => (document.querySelector('war-atlas') as any).screenPosition(id),
      where.answer,
    );
    await page.mouse.click(at.x, at.y);
    const label = where.options.find((o) => o.id === where.answer)!.label;
    await expect(quiz(page).getByRole('radio', { checked: true })).toHaveAccessibleName(label);
    await quiz(page).getByRole('button', { name: 'Check' }).click();
    await expect(quiz(page).getByRole('status')).toHaveText('Right.');
  });

  test('the worksheet prints on A4 with the map, and the answer key on a page of its own', async ({
    page,
    browser,
  }) => {
    await openAtlas(page, '?year=1684&quiz=99&lang=kk');
    const set = await questionsOf(page, 99);
    // Printing goes to the browser's dialog (none in headless Chromium); the frame it prints is read instead.
    await page
      .getByRole('dialog', { name: 'Өзіңді тексер' })
      .getByRole('button', { name: 'Жұмыс парағын басып шығару' })
      .click();
    const frame = page.locator('war-atlas iframe.print-document');
    await expect(frame).toBeAttached();
    await expect(
      page
        .getByRole('dialog', { name: 'Өзіңді тексер' })
        .getByRole('button', { name: 'Жұмыс парағын басып шығару' }),
    ).toBeEnabled();
    const html = (await frame.getAttribute('srcdoc'))!;
    for (const q of set) expect(html).toContain(q.prompt.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    const sheet = await browser.newPage();
    await sheet.setContent(html);
    const pdf = await sheet.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    await sheet.close();
    // In the atlas's own frame the picture did load.
    expect(
      await page.evaluate(() => {
        const f = document
          .querySelector('war-atlas')!
          .shadowRoot!.querySelector('iframe.print-document') as HTMLIFrameElement;
        return f.contentDocument?.images[0]?.naturalWidth ?? 0;
      }),
    ).toBeGreaterThan(300);
  });

  test('the set downloads as Moodle XML with the same questions', async ({ page }) => {
    await openAtlas(page, '?quiz=12&lang=kk');
    const set = await questionsOf(page, 12);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('dialog', { name: 'Өзіңді тексер' })
        .getByRole('button', { name: 'Moodle үшін жүктеп алу (XML)' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('war-atlas-questions-12-kk.xml');
    const xml = await readFile((await download.path())!, 'utf8');
    expect(xml.match(/<question type="multichoice">/g)).toHaveLength(set.length);
    for (const q of set) expect(xml).toContain(`<idnumber>${q.id}</idnumber>`);
  });

  test('junk in ?quiz= is refused with a notice; the map carries on', async ({ page }) => {
    await setTimings(page, { noticeMs: 60_000 });
    await openAtlas(page, '?year=1684&quiz=%3Cimg%20src%3Dx%3E');
    await expect(page.locator('war-atlas').getByText('quiz="<img src=x>" is not a set number')).toBeVisible();
    await expect(quiz(page)).toHaveCount(0);
    expect(
      await page.locator('war-atlas').evaluate((el) => el.shadowRoot!.querySelector('img[src="x"]')),
    ).toBeNull();
    await expect(page.locator('war-atlas')).toHaveAttribute('data-ready', '');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('Menu → Check yourself: the panel leaves the map above it, targets ≥ 24 px, no axe violations', async ({
      page,
    }) => {
      await openAtlas(page, '?year=1684&lang=kk');
      await page.locator('war-atlas').getByRole('button', { name: 'Мәзір' }).click();
      await page.locator('war-atlas').getByRole('button', { name: 'Өзіңді тексер' }).click();
      const dialog = page.getByRole('dialog', { name: 'Өзіңді тексер' });
      await expect(dialog).toBeVisible();
      const box = (await dialog.boundingBox())!;
      // Over the lower part of the map: below the title card, at least 30% of the map stays free to click.
      const map = (await page.locator('war-atlas .map-area').boundingBox())!;
      const card = (await page.locator('war-atlas .title-card').boundingBox())!;
      expect(box.y - (card.y + card.height)).toBeGreaterThan(0.3 * map.height);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height - 48);
      for (const target of await dialog.locator('label.option, button').all()) {
        const b = (await target.boundingBox())!;
        if (b.y + b.height > 844 || !(await target.isVisible())) continue;
        expect(b.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(24);
      }
      expect(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])).toEqual([]);
    });
  });
});
