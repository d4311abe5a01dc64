import type { NotificationText } from './notification-text.js';

/**
 * The OS notification centre. The app shows Electron's `Notification`; the UI
 * tests record what would have been shown.
 */
export interface NotifierPort {
  /** Shows one notification; never throws (a platform without notifications shows nothing). */
  notify(message: NotificationText): void;
}
