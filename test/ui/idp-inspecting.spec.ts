import fs from 'node:fs';
import path from 'node:path';
import { generateAggregate } from '../bench/generate.js';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import { IdpPage } from './pages/idp-page.js';

const ENTRA = path.resolve('test/fixtures/saml/idp/entraid-ssoready-signed.xml');
const ENTRA_ID = 'https://sts.windows.net/a9054a0f-2011-4e31-b3ac-fd8c354146ec/';
const bench = (n: number) => `https://idp.bench${n}.example.org/idp/shibboleth`;

// A 4,000-entity aggregate (> 20 MB): each inspection, and each entity choice, takes seconds.
test.describe('Configure while a new inspection runs', () => {
  test.setTimeout(120_000);

  test('the previous report cannot be configured until the new one arrives', async ({ app }) => {
    const file = path.join(app.filesDir, 'federation-large.xml');
    fs.writeFileSync(file, generateAggregate(4000));
    await app.launch();
    const idp = new IdpPage(app.page);
    const entity = idp.summary.getByTestId('idp-summary-entity');
    const waitingNote = idp.report.getByTestId('idp-configure-blocked');
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    await expect(entity).toHaveText(ENTRA_ID);
    await expect(idp.configure('report')).toBeEnabled();
    await idp.watchConfigureWhileInspecting();

    // Upload: the Entra report stays on screen while the file is chosen and read.
    let choose: (file: string) => void = () => {};
    app.dialogs.openQueue.push(new Promise((resolve) => (choose = resolve)));
    await idp.uploadCard.getByRole('button', { name: 'Upload file', exact: true }).click();
    await expect(idp.uploadCard.getByRole('progressbar')).toBeVisible();
    await expect(idp.configure('report')).toBeDisabled();
    await expect(waitingNote).toHaveText(
      'Configure is unavailable while a file is being inspected.',
    );
    expect(await axeViolations(app.page)).toEqual([]);
    choose(file);
    await expect(idp.picker.getByTestId('idp-picker-count')).toContainText(
      '(4,000 entities in the file)',
      { timeout: 60_000 },
    );

    // Entity choice: the chosen entity's report stays on screen while the next one is read.
    for (const n of [42, 44]) {
      await idp.picker.getByRole('searchbox').fill(`bench${n}.`);
      await expect(idp.picker.getByTestId('idp-picker-entity')).toHaveCount(1);
      await idp.picker.getByRole('button', { name: /^Use / }).click();
      await expect(entity).toHaveText(bench(n), { timeout: 60_000 });
      await expect(idp.configure('report')).toBeEnabled();
    }
    const watch = await idp.configureWatch();
    expect(watch.inspecting).toBeGreaterThan(0);
    expect(watch.enabled).toBe(0);
  });
});
