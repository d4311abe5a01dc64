import { SpPage } from './pages/sp-page.js';
import { expect, test } from './harness/app-fixture.js';

test('smoke', async ({ app }) => {
  await app.launch();
  await app.page.setViewportSize({ width: 1280, height: 2600 });
  const sp = new SpPage(app.page);
  await sp.open();
  await sp.setBaseUrl('https://docbits.example.com');
  await sp.generate();
  await expect(sp.current).toBeVisible();
  await app.page.screenshot({ path: '/tmp/sp-smoke.png', fullPage: true });
});
