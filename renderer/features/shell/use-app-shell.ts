import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, UiPreferences } from '../../../preload/contract/app.js';
import { languageForLocale } from '../../../preload/contract/texts.js';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** True while the OS asks for a dark theme; follows changes live. */
function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (event: MediaQueryListEvent): void => setDark(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** App-wide state: start-up info, preferences, effective language and theme. */
export function useAppShell() {
  const { i18n } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const systemDark = useSystemDark();

  useEffect(() => {
    void window.docbits.appInfo().then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);

  const systemLanguage = languageForLocale(info?.systemLocale ?? navigator.language);
  const preferences = info?.preferences;
  const language =
    !preferences || preferences.language === 'system' ? systemLanguage : preferences.language;
  const dark = preferences?.theme === 'dark' || (preferences?.theme !== 'light' && systemDark);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const setPreferences = useCallback(async (change: Partial<UiPreferences>) => {
    const result = await window.docbits.setPreferences(change);
    if (result.ok)
      setInfo((current) => (current ? { ...current, preferences: result.value } : current));
  }, []);

  return { info, language, systemLanguage, dark, setPreferences };
}
