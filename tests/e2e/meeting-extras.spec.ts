import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, test } from './fixtures';

const imrfTitle = 'منتدى استعراض الهجرة الدولية 2022 (بيانات تجريبية)';

/** The date and time fields' layout, as a phone in Arabic shows them. */
async function pickerLayout(page: Page) {
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth > window.innerWidth,
    pickers: [
      ...document.querySelectorAll<HTMLInputElement>('main input[type=date], main input[type=time]'),
    ].map((input) => {
      const box = input.getBoundingClientRect();
      return {
        name: input.name,
        direction: getComputedStyle(input).direction,
        inside: box.left >= 0 && box.right <= window.innerWidth,
      };
    }),
  }));
}

/**
 * In Arabic: a reader (not signed in) turns the Hijri date on from the footer and the IMRF's dates
 * show «… (١٦ شوال ١٤٤٣ هـ)»; an organiser's meeting and session forms at 360 px keep their date
 * and time fields left to right (day/month/year in their order) and inside the screen.
 */
test('the Hijri date beside the Gregorian one; date and time pickers at 360 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/ar/meetings');
  const hijri = page.getByRole('button', { name: msg('ar', 'common.calendar.hijri'), exact: true });
  await expect(hijri).toHaveAttribute('aria-pressed', 'false');
  await hijri.click();
  await expect(hijri).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: imrfTitle }).click();
  // 17 May 2022, the IMRF's first day, was 16 Shawwal 1443.
  await expect(page.locator('main').getByText('١٧ مايو ٢٠٢٢ (١٦ شوال ١٤٤٣ هـ)').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'common.calendar.gregorian'), exact: true }).click();
  await expect(page.locator('main')).not.toContainText('شوال');

  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/meetings/new');
  const meetingForm = await pickerLayout(page);
  expect(meetingForm.overflow).toBe(false);
  expect(meetingForm.pickers.map((p) => p.name)).toEqual(['startsOn', 'endsOn']);
  for (const p of meetingForm.pickers) expect(p).toMatchObject({ direction: 'ltr', inside: true });
  await expectAccessible(page);

  await page.goto('/ar/meetings');
  await page.getByRole('link', { name: imrfTitle }).click();
  const sessionForm = await pickerLayout(page);
  expect(sessionForm.overflow).toBe(false);
  expect(sessionForm.pickers.map((p) => p.name)).toEqual(
    expect.arrayContaining(['day', 'startTime', 'endTime']),
  );
  for (const p of sessionForm.pickers) expect(p).toMatchObject({ direction: 'ltr', inside: true });
});
