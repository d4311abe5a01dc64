import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Semantic h3–h5 for screen readers, without the browser's margins.
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const TAGS = { 3: 'h3', 4: 'h4', 5: 'h5' } as const;

/**
 * A heading in an SP card (h3 for the card's title, h4–h5 within it). Focus can
 * be moved to it once an action removed the control that had it.
 */
export function CardHeading({
  id,
  level,
  children,
}: {
  id: string;
  level: keyof typeof TAGS;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Text
      as={TAGS[level]}
      id={id}
      tabIndex={-1}
      className={styles.heading}
      weight="semibold"
      size={level === 3 ? 400 : undefined}
    >
      {children}
    </Text>
  );
}

/** A part of a card named by its own heading (current certificate, rollover, retired key…). */
export function CardSection({
  id,
  level,
  title,
  children,
}: {
  id: string;
  level: 4 | 5;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <CardHeading id={id} level={level}>
        {title}
      </CardHeading>
      {children}
    </section>
  );
}

/** A row of a card part's buttons, wrapping in a narrow window. */
export function ActionRow({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.actions}>{children}</div>;
}
