import { Toaster, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TOASTER_ID } from '../../components/use-notify.js';

const useStyles = makeStyles({
  area: {
    // Pushed to the bottom of the navigation column: a strip page content never occupies.
    marginTop: 'auto',
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL}`,
  },
  toaster: {
    // Fluent positions toasts over the page; here they flow inside the reserved strip instead.
    position: 'static',
    width: 'auto',
  },
});

// Three stacked toasts still fit the strip at the smallest window size (560 px high).
const MAX_VISIBLE = 3;

/**
 * The app's toasts, in a labelled landmark at the bottom of the navigation
 * column: they can never cover a control of the page, whatever the window size.
 */
export function NotificationArea() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <aside aria-label={t('app.notifications')} className={styles.area}>
      <Toaster
        toasterId={TOASTER_ID}
        inline
        position="bottom-start"
        limit={MAX_VISIBLE}
        // A saved file's path is long: pointing at the toast keeps it while it is read.
        pauseOnHover
        className={styles.toaster}
      />
    </aside>
  );
}
