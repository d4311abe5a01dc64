// OS notifications are worded in main, in the UI's language, from the very
// locale files the renderer uses (overview namespace): one source of text.
import type { Language } from '../../preload/contract/app.js';
import type { HealthItem } from '../../preload/contract/overview.js';
import { createTranslator } from '../i18n/translator.js';

/** An OS notification's text. */
export interface NotificationText {
  title: string;
  body: string;
}

/** One `overview:` text in `language` (English fills a gap), with i18next's plurals. */
export function overviewText(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  return createTranslator(language).lookup(`overview:${key}`, params) || key;
}

/** What a notification names: the certificate's subject, the connection's name … */
function nameOf(item: HealthItem): string {
  const { subject, name, environment, validUntil } = item.facts;
  if (typeof name === 'string') return environment ? `${name} (${String(environment)})` : name;
  if (typeof subject === 'string') return subject;
  return typeof validUntil === 'string' ? validUntil : item.id;
}

/** The notification for an item that crossed a threshold (or expired). */
export function expiryNotificationText(item: HealthItem, language: Language): NotificationText {
  const what = overviewText(language, `notifications.what.${item.kind}`);
  const days = item.daysLeft ?? 0;
  const title =
    days < 0
      ? overviewText(language, 'notifications.expired', { what })
      : days === 0
        ? overviewText(language, 'notifications.expiresToday', { what })
        : overviewText(language, 'notifications.expiresIn', { what, count: days });
  const date = item.expires
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(item.expires))
    : '';
  return {
    title,
    body: overviewText(language, 'notifications.body', { name: nameOf(item), date }),
  };
}
