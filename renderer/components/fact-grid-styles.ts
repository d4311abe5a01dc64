import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * The label/value grid every panel uses for facts (fingerprints, subjects,
 * URLs…): spread into a feature's makeStyles so they all line up alike.
 */
export const factGridStyles: Record<'facts' | 'term' | 'value' | 'mono', GriffelStyle> = {
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    minWidth: 0,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
};
