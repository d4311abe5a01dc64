import { Toaster, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
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

// Three at most: the strip stays short beside the navigation.
const MAX_VISIBLE = 3;

/**
 * The app's toasts, in a labelled landmark at the bottom of the navigation
 * column: they can never cover a control of the page, whatever the window size.
 */
export function NotificationArea() {
  const { t } = useTranslation();
  const styles = useStyles();
  const area = useRef<HTMLElement>(null);
  // Where the navigation above leaves too little room (French labels wrap to
  // three lines at 1024×700), the column scrolls rather than letting toasts flow
  // over navigation items; a new toast scrolls it into view.
  useEffect(() => {
    const element = area.current;
    const column = element?.parentElement;
    if (!element || !column) return undefined;
    let height = element.offsetHeight;
    const observer = new ResizeObserver(() => {
      if (element.offsetHeight > height) column.scrollTop = column.scrollHeight;
      height = element.offsetHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <aside ref={area} aria-label={t('app.notifications')} className={styles.area}>
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
