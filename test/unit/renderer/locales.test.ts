import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../preload/contract/errors.js';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import { languageForLocale } from '../../../preload/contract/texts.js';

const localesDir = path.resolve('renderer/i18n/locales');
const namespaces = fs
  .readdirSync(path.join(localesDir, 'en'))
  .map((file) => file.replace(/\.json$/, ''));

/** Flattens nested keys: { a: { b: 'x' } } → ['a.b']. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}
const load = (language: string, ns: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(localesDir, language, `${ns}.json`), 'utf8'));
const lookup = (bundle: Record<string, unknown>, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);

describe('translations', () => {
  it.each(LANGUAGES.flatMap((language) => namespaces.map((ns) => [language, ns])))(
    '%s/%s has exactly the English keys and placeholders',
    (language, ns) => {
      const english = load('en', ns);
      const other = load(language, ns);
      expect(keys(other).sort()).toEqual(keys(english).sort());
      for (const key of keys(english)) {
        const placeholders = (text: unknown) =>
          String(text)
            .match(/\{\{\w+\}\}/g)
            ?.sort() ?? [];
        expect(placeholders(lookup(other, key)), `${language}/${ns}:${key}`).toEqual(
          placeholders(lookup(english, key)),
        );
      }
    },
  );

  it('translates every error code in every language', () => {
    for (const language of LANGUAGES) {
      const errors = load(language, 'common').errors as Record<string, string>;
      for (const code of ERROR_CODES)
        expect(errors[code], `${language}: errors.${code}`).toBeTruthy();
    }
  });

  it('uses the vocabulary of the French and Spanish seed documents', () => {
    expect(load('fr', 'common')).toMatchObject({
      app: { pageTitle: 'Intégration' },
      nav: {
        apiKey: 'Clé API',
        sp: 'Paramètres du Fournisseur de Services SSO',
        idp: "Paramètres du Fournisseur de Services d'Identité",
      },
    });
    expect(load('es', 'common')).toMatchObject({
      app: { pageTitle: 'Integración' },
      nav: {
        apiKey: 'Clave de API',
        sp: 'Configuración del Proveedor de Servicios SSO',
        idp: 'Configuración del Proveedor de Servicios de Identidad',
      },
    });
  });

  it('names the handover as the seed documents do', () => {
    const handover = Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        (load(language, 'common').nav as Record<string, string>).handover,
      ]),
    );
    expect(handover).toEqual({ en: 'Handover', de: 'Übergabe', fr: 'Transmission', es: 'Entrega' });
  });

  it('maps OS locales to a shipped language, English otherwise', () => {
    expect(languageForLocale('fr-CA')).toBe('fr');
    expect(languageForLocale('de_AT')).toBe('de');
    expect(languageForLocale('es')).toBe('es');
    expect(languageForLocale('ja-JP')).toBe('en');
  });
});
