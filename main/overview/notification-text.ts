// OS notifications are worded in main, in the UI's language, from the very
// locale files the renderer uses (overview namespace): one source of text.
import de from '../../renderer/i18n/locales/de/overview.json' with { type: 'json' };
import en from '../../renderer/i18n/locales/en/overview.json' with { type: 'json' };
import es from '../../renderer/i18n/locales/es/overview.json' with { type: 'json' };
import fr from '../../renderer/i18n/locales/fr/overview.json' with { type: 'json' };
import type { Language } from '../../preload/contract/app.js';
import type { HealthItem } from '../../preload/contract/overview.js';

/** An OS notification's text. */
export interface NotificationText {
  title: string;
  body: string;
}

const BUNDLES: Record<Language, unknown> = { en, de, fr, es };

function lookup(bundle: unknown, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
  return typeof found === 'string' ? found : undefined;
}

/** One `overview:` text in `language` (English fills a gap), with i18next's `_one`/`_other` plurals. */
export function overviewText(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const count = params.count;
  const plural =
    typeof count === 'number' ? `${key}_${new Intl.PluralRules(language).select(count)}` : null;
  const candidates = [plural, typeof count === 'number' ? `${key}_other` : null, key];
  const template =
    [BUNDLES[language], BUNDLES.en]
      .flatMap((bundle) => candidates.map((k) => (k ? lookup(bundle, k) : undefined)))
      .find((text) => text !== undefined) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => String(params[name] ?? ''));
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
