// Which locale files main loads, one language at a time: a command or a
// notification needs its own language (and English for gaps), never all four.
import type { Language } from '../../preload/contract/texts.js';
import type english from './locales/en.js';

/** One language's namespaces, as main uses them. */
export type MainResources = typeof english;

const LOADERS: Record<Language, () => Promise<{ default: MainResources }>> = {
  en: () => import('./locales/en.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
};

/** The namespaces of `language`. */
export async function loadResources(language: Language): Promise<MainResources> {
  return (await LOADERS[language]()).default;
}
