import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { factGridStyles } from '../../components/fact-grid-styles.js';

const useStyles = makeStyles({
  ...factGridStyles,
  // Card facts: values may be long (URLs, subjects) and must wrap inside the card.
  value: { ...factGridStyles.value, flexWrap: 'wrap' },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
  mono: { ...factGridStyles.mono, fontSize: tokens.fontSizeBase200 },
  // A dt/dd pair grouped for tests, without breaking the grid.
  group: { display: 'contents' },
});

/** One fact of a card: its label and value (text, or text with a badge). */
export interface Fact {
  label: string;
  value: ReactNode;
  mono?: boolean;
  /** For tests: which fact this is. */
  name: string;
}

/** The facts of a part as a label/value grid, like the panels' fact grids. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map((fact) => (
        <div key={fact.name} className={styles.group} data-fact={fact.name}>
          <dt className={styles.term}>{fact.label}</dt>
          <dd className={styles.value}>
            {typeof fact.value === 'string' ? (
              <Text className={fact.mono ? styles.mono : styles.text}>{fact.value}</Text>
            ) : (
              fact.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
