import { Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';
import { ErrorBar } from './error-bar.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1040px',
  },
  // The API key panel holds one narrow card: its rows read better short.
  narrow: { maxWidth: '920px' },
  intro: { margin: 0 },
});

/**
 * A section's panel: its description (which names the panel for screen
 * readers), the error that kept it from loading, a spinner until it has
 * loaded, then its content. `name` gives the ids: `<name>-description`, and
 * `<name>-panel` for the tests.
 */
export function PanelFrame({
  name,
  description,
  error = null,
  loaded = true,
  narrow = false,
  spacedIntro = false,
  children,
}: {
  name: string;
  description: string;
  error?: AppErrorData | null;
  loaded?: boolean;
  narrow?: boolean;
  /** Keeps the paragraph's own margins above and below the description. */
  spacedIntro?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const descriptionId = `${name}-description`;
  return (
    <section
      className={mergeClasses(styles.panel, narrow && styles.narrow)}
      aria-labelledby={descriptionId}
      data-testid={`${name}-panel`}
    >
      <Text id={descriptionId} as="p" className={spacedIntro ? undefined : styles.intro}>
        {description}
      </Text>
      {error ? <ErrorBar error={error} /> : null}
      {!loaded && error === null ? <Spinner label={t('common:app.loading')} /> : null}
      {loaded ? children : null}
    </section>
  );
}
