import {
  FluentProvider,
  Spinner,
  Text,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { keepFocusThroughBusy } from './components/focus-keeper.js';
import { useTranslation } from 'react-i18next';
import { DEFAULT_EXPIRY_THRESHOLDS } from '../preload/contract/health-rules.js';
import { focusWhenReady } from './components/focus-when-ready.js';
import { HealthContext } from './components/health-context.js';
import { useHealth } from './features/overview/use-health.js';
import { AppHeader } from './features/shell/app-header.js';
import { NotificationArea } from './features/shell/notification-area.js';
import { SectionNav } from './features/shell/section-nav.js';
import { SectionPanels } from './features/shell/section-panels.js';
import {
  isSection,
  SECTION_HEADING_ID,
  type OpenRequest,
  type Section,
} from './features/shell/sections.js';
import { StartupNotices } from './features/shell/startup-notices.js';
import { useAppShell } from './features/shell/use-app-shell.js';

const useGlobalStyles = makeStaticStyles({
  'html, body, #root': { margin: 0, padding: 0, height: '100%' },
});

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  rail: {
    width: '260px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    overflowY: 'auto',
    // Never squeezed: when navigation and toasts outgrow the window the column
    // scrolls, and toasts never flow over navigation items.
    '& > *': { flexShrink: 0 },
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  center: { margin: 'auto' },
});

/** The app shell: theme, language, navigation between the Integration sections. */
export function App() {
  const { t } = useTranslation();
  useGlobalStyles();
  const styles = useStyles();
  const { info, dark, systemLanguage, setPreferences } = useAppShell();
  const [section, setSection] = useState<Section>('overview');
  const health = useHealth(section);
  const healthContext = useMemo(
    () => ({
      report: health.report,
      thresholds: health.report?.thresholds ?? DEFAULT_EXPIRY_THRESHOLDS,
    }),
    [health.report],
  );
  const main = useRef<HTMLElement>(null);
  // A button disabled while it works gets focus back when it is enabled again.
  useEffect(() => keepFocusThroughBusy(), []);
  // Panels share one scrolling page: a section opens at its top, not where the last one was left.
  useEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [section]);
  // From an overview card or step: the panel, focused on the card that fixes it.
  const open = useCallback((request: OpenRequest) => {
    if (!isSection(request.section)) return;
    setSection(request.section);
    // The page heading at once (the button that had focus is gone), then the card
    // once the panel has loaded it, scrolled to the top rather than left at the bottom edge.
    focusWhenReady(SECTION_HEADING_ID);
    const { focus } = request;
    if (focus) {
      focusWhenReady(() => {
        const target = document.getElementById(focus);
        target?.scrollIntoView({ block: 'start' });
        return target;
      });
    }
  }, []);

  return (
    // Layout lives on an inner div: FluentProvider copies its className onto portals (dialogs, menus).
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      data-theme={dark ? 'dark' : 'light'}
    >
      <div className={styles.root}>
        {info === null ? (
          <Spinner className={styles.center} label={t('app.loading')} />
        ) : (
          <>
            <AppHeader
              preferences={info.preferences}
              systemLanguage={systemLanguage}
              onChange={(change) => void setPreferences(change)}
            />
            <div className={styles.body}>
              <div className={styles.rail}>
                <SectionNav active={section} report={health.report} onSelect={setSection} />
                <NotificationArea />
              </div>
              <main ref={main} className={styles.main}>
                <StartupNotices notices={info.notices} />
                <div className={styles.page}>
                  <Text size={300} weight="semibold">
                    {t('app.pageTitle')}
                  </Text>
                  <Text
                    as="h2"
                    id={SECTION_HEADING_ID}
                    tabIndex={-1}
                    size={700}
                    weight="semibold"
                    className={styles.heading}
                  >
                    {t(`nav.${section}`)}
                  </Text>
                </div>
                <HealthContext.Provider value={healthContext}>
                  <SectionPanels active={section} health={health} onOpen={open} />
                </HealthContext.Provider>
              </main>
            </div>
          </>
        )}
      </div>
    </FluentProvider>
  );
}
