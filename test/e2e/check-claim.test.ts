// "Check a claim" follows the judge, in Chromium on the sample library: a report that says the claim supports it;
// one that says someone else did it contradicts it; a report that only mentions the same people does not support it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURED } from '../../shared/compare/reliability';
import { SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

describe('checking a claim follows the judge', () => {
  it('"Russia offered rebels a ceasefire in Deraa": Al-Masdar supports it, The New Arab (the rebels proposed it) contradicts it', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(env.served.url);
    await page.getByRole('link', { name: 'Check a claim' }).click();
    await page.getByLabel('Claim to check').fill('Russia offered rebels a ceasefire in Deraa');
    await page.getByRole('button', { name: 'Check across the library' }).click();
    const support = page.getByRole('region', { name: /^Support it/ });
    const contradict = page.getByRole('region', { name: /^Contradict it/ });
    await support.getByRole('button').first().waitFor();
    const names = async (region: typeof support) =>
      (await region.getByRole('button').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect((await names(support)).join('\n')).toMatch(/Al-Masdar/);
    expect((await names(support)).join('\n')).not.toMatch(/New Arab|CNN/);
    expect((await names(contradict)).join('\n')).toMatch(/The New Arab/);
    // Under each list, how often reports listed there took that stance, as measured for English claims.
    const [real, checked] = MEASURED.stances.en.disagree;
    await contradict
      .getByText(`${real} of the ${checked} reports Parallax put here did contradict it`, { exact: false })
      .waitFor();
    await support.getByText('did support it', { exact: false }).waitFor();
    // The French report discussing it was never measured against an English claim, and the list says so.
    await page
      .getByRole('region', { name: /^Discuss it/ })
      .getByText('Nothing was measured for reports in other languages.', { exact: false })
      .waitFor();
    // The sentence that decided it is shown, and opening the report shows it beside the claim.
    await contradict.getByRole('button', { name: /The New Arab/ }).click();
    const beside = page.getByRole('complementary', { name: 'The report beside the claim' });
    await beside.locator('mark', { hasText: 'themselves proposed the 29 June truce' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'check-claim-judge.png') });
    await page.close();
  });
});

describe('checking a claim, in French', () => {
  it('the lists and how often they were right are in French', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    await page.goto(env.served.url);
    await page.getByRole('link', { name: 'Vérifier une affirmation' }).click();
    await page.getByLabel('Affirmation à vérifier').fill('Russia offered rebels a ceasefire in Deraa');
    await page.getByRole('button', { name: 'Vérifier dans la bibliothèque' }).click();
    const [real, checked] = MEASURED.stances.en.disagree;
    await page
      .getByText(`${real} des ${checked} textes que Parallax a rangés ici la contredisaient bien`, { exact: false })
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'check-claim-fr.png') });
    await page.close();
  });
});
