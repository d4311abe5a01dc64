/** An element id, or a getter for an element the caller holds a ref to. */
export type FocusTarget = string | (() => HTMLElement | null);

// Fluent keeps a closing dialog's surface in the DOM until its exit motion ends.
const OPEN_DIALOG = '.fui-DialogSurface';
// Long enough for a re-render after an IPC answer, short enough never to surprise.
const PATIENCE_MS = 3000;
// Frames the focused target must survive: a card re-keyed after Save replaces its
// heading in a later commit, and focus on the old one would fall to <body>.
const SETTLE_FRAMES = 3;

function resolve(target: FocusTarget): HTMLElement | null {
  const element = typeof target === 'string' ? document.getElementById(target) : target();
  return element?.isConnected ? element : null;
}

const focusLost = (): boolean =>
  document.activeElement === null || document.activeElement === document.body;

/**
 * Moves focus to the first target that exists, once no dialog is open. After
 * Save, Generate or Use the control that had focus is often re-rendered or
 * removed (a form turns into its summary, a dialog's trigger disappears), and
 * focus would drop to <body>; this puts it on the result instead. It never
 * takes focus back from a control the user has moved to meanwhile.
 */
export function focusWhenReady(...targets: FocusTarget[]): void {
  const deadline = performance.now() + PATIENCE_MS;
  let focused: HTMLElement | null = null;
  let settled = 0;
  const attempt = (): void => {
    if (focused) {
      if (focused.isConnected && document.activeElement === focused) settled += 1;
      else if (focused.isConnected || !focusLost()) return;
      else focused = null;
      if (settled >= SETTLE_FRAMES) return;
    }
    if (!focused && !document.querySelector(OPEN_DIALOG)) {
      const element = targets.map(resolve).find(Boolean) ?? null;
      element?.focus();
      if (element) {
        focused = element;
        settled = 0;
      }
    }
    if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
