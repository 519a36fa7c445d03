import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../scripts/lib/paths';

/** Where each page of the journeys is photographed, for people to look at (git-ignored). */
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');

/** Debian's Chromium, found or installed by `npm test` (scripts/lib/chromium.ts); never skipped. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the browser tests through `npm test`, which finds or installs Chromium.');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A phone: 390×844, touch, in the given language. */
export function phone(browser: Browser, locale = 'fr-BE'): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale, acceptDownloads: true });
}

/**
 * Every page of a journey: no serious or critical accessibility violation (axe-core, WCAG 2.x A
 * and AA rules), no script error, and a full-page screenshot.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
          .join('; ')}`,
    );
  expect(bad, `accessibility of ${name}`).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Signs out with the page's button, and returns once the server has ended the session (not merely the page). */
export async function signOut(page: Page, buttonName: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/session') && r.request().method() === 'DELETE'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
}

/** Collects uncaught errors and console errors of a page (a 4xx the page shows is not one). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/Mot de passe|Password|Wachtwoord/).fill(password);
  await page.getByRole('button', { name: /Se connecter|Sign in|Aanmelden/ }).click();
}

/** Runs a journey on a page; when it fails, the page as it stood is photographed (`FAILED-<name>.png`) before the error goes on. */
export async function journey(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (err) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, `FAILED-${name}.png`), fullPage: true }).catch(() => undefined);
    throw err;
  }
}
