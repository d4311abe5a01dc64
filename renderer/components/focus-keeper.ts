// A control disabled while its action runs loses focus to <body> (the browser's
// focus fixup): keyboard users lose their place, and Escape no longer reaches an
// open dialog. This gives focus back to that very control once it is enabled
// again, unless focus went somewhere else meanwhile. A result that moves focus on
// purpose (focusWhenReady) still wins: it runs after this.

// Fluent keeps a closing dialog's surface in the DOM until its exit motion ends.
const OPEN_DIALOG = '.fui-DialogSurface';

const isDisabled = (element: Element): boolean =>
  element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';

/** Watches `root` for the rest of the page's life; returns the way to stop. */
export function keepFocusThroughBusy(root: Document = document): () => void {
  let lastFocused: Element | null = null;
  let waiting: HTMLElement | null = null;
  const focusLost = (): boolean => root.activeElement === null || root.activeElement === root.body;
  const onFocusIn = (event: FocusEvent): void => {
    lastFocused = event.target instanceof Element ? event.target : null;
  };
  const observer = new MutationObserver((records) => {
    for (const { target } of records) {
      if (!(target instanceof HTMLElement)) continue;
      if (isDisabled(target)) {
        const hadFocus = target === root.activeElement || (target === lastFocused && focusLost());
        if (hadFocus) waiting = target;
      } else if (target === waiting) {
        waiting = null;
        // Never out of an open dialog: focus on a control behind it would leave the dialog.
        const dialog = root.querySelector(OPEN_DIALOG);
        if (dialog && !dialog.contains(target)) continue;
        if (target.isConnected && focusLost()) target.focus();
      }
    }
  });
  root.addEventListener('focusin', onFocusIn);
  observer.observe(root.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled'],
  });
  return () => {
    observer.disconnect();
    root.removeEventListener('focusin', onFocusIn);
  };
}
