import { makeStyles, tokens } from '@fluentui/react-components';
import { factGridStyles } from '../../components/fact-grid-styles.js';

/** Layout the handover cards share: headings without margins, stacked sections, action rows, facts. */
export const useHandoverStyles = makeStyles({
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  file: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
  // A passphrase or a language needs no full card width; the line stays readable.
  field: { maxWidth: '480px' },
  ...factGridStyles,
});
