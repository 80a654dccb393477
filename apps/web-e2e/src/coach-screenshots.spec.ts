import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/**
 * Not a gate: the coach's pages as PNGs for a person to look at
 * (`nx run web-e2e:screenshots`, output in /tmp/hearth-shots or E2E_SHOTS_DIR).
 */
const dir = process.env.E2E_SHOTS_DIR ?? '/tmp/hearth-shots';
mkdirSync(dir, { recursive: true });

const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
} as const;

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  // Let transitions (modals, drawers, notifications) settle.
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

for (const [size, options] of Object.entries(SIZES)) {
  test.describe(`coach, ${size}`, () => {
    test.use(options);

    test('caseload, couple homework and progress', async ({ page }) => {
      test.slow();
      await page.goto('/login');
      await signIn(page, 'maya@riverside.example');
      await expect(page.getByTestId('couple-row').first()).toBeVisible();
      await shot(page, `${size}-coach-caseload`, true);

      await page.getByRole('link', { name: 'Jordan & Casey', exact: true }).click();
      await expect(page.getByTestId('assignment').first()).toBeVisible();
      await shot(page, `${size}-coach-couple-homework`);
      await shot(page, `${size}-coach-couple-homework-full`, true);

      await page.getByRole('button', { name: 'Assign homework' }).first().click();
      const dialog = page.getByRole('dialog', { name: /Assign homework/ });
      await dialog.getByRole('combobox', { name: 'Exercise' }).fill('Laughter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(dialog.getByText('On set days', { exact: true })).toBeVisible();
      await shot(page, `${size}-coach-assign`);
      // Field errors: one from the form (which partner), one from the API (no weekday).
      await dialog.getByText('One partner', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Assign' }).click();
      await expect(dialog.getByText('Choose which partner does it.')).toBeVisible();
      await dialog.getByText('Jordan', { exact: true }).click();
      await dialog.getByText('Sat', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Assign' }).click();
      await expect(dialog.getByText('Choose at least one weekday.')).toBeVisible();
      await shot(page, `${size}-coach-assign-errors`);
      await page.keyboard.press('Escape');

      await page.getByRole('tab', { name: 'Progress' }).click();
      await expect(page.getByTestId('checkin-chart')).toBeVisible();
      await shot(page, `${size}-coach-couple-progress`);
      await shot(page, `${size}-coach-couple-progress-full`, true);
    });

    test('catalogue, an exercise, a custom exercise', async ({ page }) => {
      test.slow();
      await page.goto('/login');
      await signIn(page, 'maya@riverside.example');
      await page.getByRole('link', { name: 'Catalogue' }).click();
      await expect(page.getByTestId('exercise-card').first()).toBeVisible();
      await shot(page, `${size}-coach-catalogue`);
      await shot(page, `${size}-coach-catalogue-full`, true);

      await page.getByRole('button', { name: 'Details of Funny moments swap' }).click();
      await expect(page.getByTestId('exercise-detail')).toBeVisible();
      await shot(page, `${size}-coach-exercise`);

      await page.getByTestId('exercise-detail').getByRole('button', { name: 'Assign to…' }).click();
      await expect(page.getByRole('dialog', { name: 'Assign homework' })).toBeVisible();
      await shot(page, `${size}-coach-assign-from-exercise`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New exercise' }).first().click();
      const form = page.getByRole('dialog', { name: 'New exercise' });
      await form.getByRole('button', { name: 'Add exercise' }).click();
      await expect(form.getByText(/Give the exercise a title/)).toBeVisible();
      await shot(page, `${size}-coach-exercise-form-errors`);
    });
  });
}
