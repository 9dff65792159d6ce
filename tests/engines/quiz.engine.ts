// Check yourself in Firefox and in WebKit: a shared ?quiz= link opens the same first question as
// the element's questions() gives; a pointer click on an option and on Check says right, with the
// article's words; a "where" question is answered by clicking its town on the map.
import { until } from './driver.ts';
import { atlas, centreOf, expect, test, textOf, untilText, whenReady } from './fixtures.ts';
import type { Question } from '../../src/lib/quiz/question.ts';

test('a ?quiz= link: the same questions, answered by pointer and on the map', async ({ open, baseURL }) => {
  const page = await open('/?year=1684');
  await whenReady(page);
  // A set whose first "where" question is about one of the war's towns (in the opening view).
  const found = await page.run<{ seed: number; set: Question[] } | null>(
    `for (let seed = 1; seed < 400; seed++) {
       const set = ${atlas()}.questions({ seed });
       const where = set.find((q) => q.kind === 'where');
       if (where && ['sayram', 'tashkent', 'turkistan'].includes(where.answer)) return { seed, set };
     }
     return null;`,
  );
  expect(found).not.toBeNull();
  const { seed, set } = found!;
  await page.goto(new URL(`/?year=1684&quiz=${seed}`, baseURL).href);
  await whenReady(page);
  await until(page, `return !!${atlas()}.shadowRoot.querySelector('.quiz fieldset');`, [], 'the quiz panel');
  expect(await textOf(page, '.quiz legend')).toBe(set[0]!.prompt);

  for (const [i, q] of set.entries()) {
    if (q.kind === 'where') {
      // On the map (framed round the question's places first): the town clicked becomes the choice.
      await page.run(`await ${atlas()}.whenIdle();`);
      const at = await page.run<{ x: number; y: number }>(`return ${atlas()}.screenPosition(args[0]);`, [
        q.answer,
      ]);
      await page.click(at.x, at.y);
      await until(
        page,
        `return ${atlas()}.shadowRoot.querySelector('.quiz input[type=radio]:checked')?.value === args[0];`,
        [q.answer],
        'the town clicked chosen',
      );
    } else {
      const index = q.options.findIndex((o) => o.id === q.answer);
      const option = await centreOf(page, `.quiz .option:nth-child(${index + 1})`);
      await page.click(option.x, option.y);
    }
    const check = await centreOf(page, '.quiz .actions button.primary');
    await page.click(check.x, check.y);
    await untilText(page, '.quiz .result', 'Right.');
    expect(await textOf(page, '.quiz blockquote')).not.toBe('');
    if (q.kind === 'where') break;
    const next = await centreOf(page, '.quiz .actions button.primary');
    await page.click(next.x, next.y);
    await untilText(page, '.quiz .progress', `Question ${i + 2} of`);
  }
});
