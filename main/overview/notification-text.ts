// OS notifications are worded in main, in the UI's language, from the very
// locale files the renderer uses (overview namespace): one source of text.
import type { Language } from '../../preload/contract/app.js';
import type { HealthItem } from '../../preload/contract/overview.js';
import { loadTranslator, type Translator } from '../i18n/translator.js';

/** An OS notification's text. */
export interface NotificationText {
  title: string;
  body: string;
}

/** What a notification names: the certificate's subject, the connection's name … */
function nameOf(item: HealthItem): string {
  const { subject, name, environment, validUntil } = item.facts;
  if (typeof name === 'string') return environment ? `${name} (${String(environment)})` : name;
  if (typeof subject === 'string') return subject;
  return typeof validUntil === 'string' ? validUntil : item.id;
}

/** The notification for an item that crossed a threshold (or expired). */
export async function expiryNotificationText(
  item: HealthItem,
  language: Language,
): Promise<NotificationText> {
  const translator: Translator = await loadTranslator(language);
  // One `overview:` text (English fills a gap), with i18next's plurals.
  const text = (key: string, params: Record<string, string | number> = {}): string =>
    translator.lookup(`overview:${key}`, params) || key;
  const what = text(`notifications.what.${item.kind}`);
  const days = item.daysLeft ?? 0;
  const title =
    days < 0
      ? text('notifications.expired', { what })
      : days === 0
        ? text('notifications.expiresToday', { what })
        : text('notifications.expiresIn', { what, count: days });
  const date = item.expires
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(item.expires))
    : '';
  return {
    title,
    body: text('notifications.body', { name: nameOf(item), date }),
  };
}
