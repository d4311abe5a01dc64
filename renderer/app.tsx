import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  ArrowSwapRegular,
  KeyRegular,
  PersonAccountsRegular,
  ShieldKeyholeRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './features/shell/app-header.js';
import { NotificationArea } from './features/shell/notification-area.js';
import { SectionPanels, type Section } from './features/shell/section-panels.js';
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
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nav: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`,
    '& .fui-Tab': { textAlign: 'start', justifyContent: 'flex-start' },
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
  const [section, setSection] = useState<Section>('apiKey');

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
                <nav className={styles.nav} aria-label={t('app.navLabel')}>
                  <TabList
                    vertical
                    size="large"
                    selectedValue={section}
                    onTabSelect={(_e, data) => setSection(data.value as Section)}
                  >
                    <Tab value="apiKey" icon={<KeyRegular />}>
                      {t('nav.apiKey')}
                    </Tab>
                    <Tab value="sp" icon={<ShieldKeyholeRegular />}>
                      {t('nav.sp')}
                    </Tab>
                    <Tab value="idp" icon={<PersonAccountsRegular />}>
                      {t('nav.idp')}
                    </Tab>
                    <Tab value="handover" icon={<ArrowSwapRegular />}>
                      {t('nav.handover')}
                    </Tab>
                  </TabList>
                </nav>
                <NotificationArea />
              </div>
              <main className={styles.main}>
                <StartupNotices notices={info.notices} />
                <div className={styles.page}>
                  <Text size={300} weight="semibold">
                    {t('app.pageTitle')}
                  </Text>
                  <Text as="h2" size={700} weight="semibold" className={styles.heading}>
                    {t(`nav.${section}`)}
                  </Text>
                </div>
                <SectionPanels active={section} />
              </main>
            </div>
          </>
        )}
      </div>
    </FluentProvider>
  );
}
