import { Notification } from 'electron';
import type { NotifierPort } from '../overview/notifier-port.js';

/** OS notifications through Electron; a click brings the app's window forward. */
export function electronNotifier(onClick: () => void): NotifierPort {
  return {
    notify({ title, body }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', onClick);
      notification.show();
    },
  };
}
