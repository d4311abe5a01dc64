import type { NotificationText } from '../../../main/overview/notification-text.js';
import type { NotifierPort } from '../../../main/overview/notifier-port.js';

/** The OS notification centre as the UI tests see it: every notification, in order. */
export class RecordingNotifier implements NotifierPort {
  readonly shown: NotificationText[] = [];

  /** @inheritdoc */
  notify(message: NotificationText): void {
    this.shown.push(message);
  }
}
