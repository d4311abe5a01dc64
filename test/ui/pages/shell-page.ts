import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell: header pickers and the section navigation. */
export class ShellPage {
  /** Wraps `page`. */
  constructor(readonly page: Page) {}

  /** The navigation tab of a section, by its visible name. */
  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Picks a language in the header (by the option's visible text). */
  async chooseLanguage(current: string | RegExp, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: current }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Picks a theme in the header. */
  async chooseTheme(current: string | RegExp, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: current }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** A toast notification containing `text`. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.fui-Toast').filter({ hasText: text });
  }

  /**
   * Points at a toast so it stays (the toaster pauses on hover) and waits until
   * its entry motion is over: checks on it then never race its fade in or out.
   */
  async holdToast(text: string | RegExp): Promise<Locator> {
    const toast = this.toast(text);
    await toast.hover();
    await expect
      .poll(() =>
        toast.evaluate((el) => getComputedStyle(el.closest('.fui-ToastContainer') ?? el).opacity),
      )
      .toBe('1');
    return toast;
  }

  /** The panel heading (h2). */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }
}
