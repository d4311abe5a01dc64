import type { Page } from '@playwright/test';

/** What a toast may cover: anything a user clicks or types into. */
const CONTROLS = [
  'button',
  'input',
  'textarea',
  'select',
  'a[href]',
  '[role="button"]',
  '[role="tab"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="combobox"]',
  '[role="menuitem"]',
  '[role="searchbox"]',
].join(', ');

/** The boxes of the visible toasts and every visible page control whose box intersects one. */
export async function toastOverlaps(
  page: Page,
): Promise<{ toasts: number; offscreen: number; covered: string[] }> {
  return page.evaluate((selector) => {
    const visible = (box: DOMRect) => box.width > 0 && box.height > 0;
    const toasts = [...document.querySelectorAll('.fui-Toast')]
      .map((toast) => toast.getBoundingClientRect())
      .filter(visible);
    const offscreen = toasts.filter(
      (box) => box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight,
    ).length;
    const covered: string[] = [];
    for (const control of document.querySelectorAll(selector)) {
      if (control.closest('.fui-Toast')) continue;
      const box = control.getBoundingClientRect();
      if (!visible(box)) continue;
      const hit = toasts.some(
        (toast) =>
          box.left < toast.right &&
          box.right > toast.left &&
          box.top < toast.bottom &&
          box.bottom > toast.top,
      );
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      if (hit) covered.push(`${control.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`);
    }
    return { toasts: toasts.length, offscreen, covered };
  }, CONTROLS);
}
