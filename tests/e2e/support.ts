// Every end-to-end test runs with two guards: any page error or console error fails it, and any
// request leaving the machine is aborted and fails it.
import { expect, test as base } from '@playwright/test';

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

export const test = base.extend<{ guards: { external: string[]; errors: string[] } }>({
  guards: [
    async ({ page, context }, use) => {
      const external: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (LOCAL.test(url)) return route.continue();
        external.push(url);
        return route.abort();
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
      });
      await use({ external, errors });
      expect(external, 'requests that left the machine').toEqual([]);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
