import { makeStyles } from '@fluentui/react-components';

/** Headings inside cards: semantic h3–h5 for screen readers, without the browser's margins. */
export const useHeadingStyles = makeStyles({
  heading: { margin: 0 },
});
