import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { ApiKeyPage } from './pages/api-key-page.js';
import { ShellPage } from './pages/shell-page.js';

// Screenshots for the README: `SCREENSHOTS=1 npx playwright test -c test/ui/playwright.config.ts screenshots`.
const shots = path.resolve('docs/screenshots');

test.describe('README screenshots', () => {
  test.skip(
    !process.env.SCREENSHOTS,
    'screenshots are taken on demand (SCREENSHOTS=1), not in every run',
  );
  test.use({ viewport: { width: 1280, height: 860 } });

  for (const [name, colorScheme, language] of [
    ['api-key-light-en', 'light', 'English'],
    ['api-key-dark-en', 'dark', 'English'],
    ['api-key-fr', 'light', 'Français'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme });
      await app.launch();
      await app.services().apiKey.regenerate();
      await app.services().apiKey.importKey('legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz');
      await app.services().apiKey.regenerate();
      await app.page.reload();
      if (language !== 'English')
        await new ShellPage(app.page).chooseLanguage('Language', language);
      await new ApiKeyPage(app.page).open(language === 'English' ? 'API key' : 'Clé API');
      await expect(app.page.getByTestId('api-key-fingerprint')).toBeVisible();
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }
});
