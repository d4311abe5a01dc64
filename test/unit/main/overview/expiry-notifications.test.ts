import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../preload/contract/app.js';
import { createExpiryNotifications } from '../../../../main/overview/expiry-notifications.js';
import {
  DAY_MS,
  startExpiryWatch,
  type RepeatTimer,
} from '../../../../main/overview/expiry-watch.js';
import type { NotificationText } from '../../../../main/overview/notification-text.js';
import type { Services } from '../../../../main/services.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { NOW } from '../../saml/idp/fixtures.js';
import { clock, installation, setUpSp, spDaysLeft } from './overview-kit.js';

/** The notifications of one process over `services`, into `shown`. */
function notifier(services: Services, now: () => Date, language: Language = 'en') {
  const shown: NotificationText[] = [];
  const notifications = createExpiryNotifications({
    overview: services.overview,
    section: services.settings.section('overview'),
    notifier: { notify: (message) => shown.push(message) },
    language: () => language,
    now,
  });
  return { shown, check: () => notifications.check() };
}

describe('expiry notifications', () => {
  it('fire once per item and threshold, remembered across restarts', async () => {
    const time = clock(NOW);
    const secrets = new MemorySecretStore();
    const first = installation(time.now, { secrets });
    await setUpSp(first.services);
    const app = notifier(first.services, time.now);
    expect(await app.check()).toBe(0);

    time.set(spDaysLeft(20));
    expect(await app.check()).toBe(1);
    expect(app.shown).toEqual([
      {
        title: 'The SAML signing certificate expires in 20 days',
        body: expect.stringContaining('CN=fixture.docbits.test'),
      },
    ]);
    // The same day again, and a restart (new services over the same folder): nothing new.
    expect(await app.check()).toBe(0);
    const restarted = notifier(
      installation(time.now, { secrets, dir: first.dir }).services,
      time.now,
    );
    expect(await restarted.check()).toBe(0);
    time.set(spDaysLeft(15));
    expect(await restarted.check()).toBe(0);

    time.set(spDaysLeft(6));
    expect(await restarted.check()).toBe(1);
    expect(restarted.shown[0]?.title).toBe('The SAML signing certificate expires in 6 days');
    time.set(spDaysLeft(-2));
    expect(await restarted.check()).toBe(1);
    expect(restarted.shown[1]?.title).toBe('The SAML signing certificate has expired');
    expect(await restarted.check()).toBe(0);
    expect(first.services.settings.get('overview').notified.map((n) => n.threshold)).toEqual([
      30, 7, 0,
    ]);
  });

  it('start over for a renewed certificate (another expiry date)', async () => {
    const time = clock(NOW);
    const { services } = installation(time.now);
    await setUpSp(services);
    const app = notifier(services, time.now);
    time.set(spDaysLeft(5));
    expect(await app.check()).toBe(1);
    const renewed = services.settings.get('sp');
    const current = renewed.certificates.current;
    if (!current) throw new Error('no certificate');
    // The same certificate with a later date stands for a renewal here.
    services.settings.set('sp', {
      ...renewed,
      certificates: {
        ...renewed.certificates,
        current: {
          ...current,
          notAfter: new Date(time.now().getTime() + 25 * DAY_MS).toISOString(),
        },
      },
    });
    expect(await app.check()).toBe(1);
    expect(app.shown[1]?.title).toBe('The SAML signing certificate expires in 25 days');
    // What was sent for the old date is forgotten once that date is gone.
    expect(services.settings.get('overview').notified).toHaveLength(1);
  });

  it("are worded in the UI's language, from the overview locale files", async () => {
    const time = clock(NOW);
    const { services } = installation(time.now);
    await setUpSp(services);
    time.set(spDaysLeft(1));
    const app = notifier(services, time.now, 'fr');
    await app.check();
    expect(app.shown[0]?.title).toBe('Le certificat de signature SAML expire dans 1 jour');
    expect(app.shown[0]?.body).toContain('Ouvrez Docbits Integration');
  });

  it('still notify when the folder cannot be saved (and say it again next time)', async () => {
    const time = clock(spDaysLeft(20));
    const { services } = installation(time.now);
    await setUpSp(services);
    const shown: NotificationText[] = [];
    const section = services.settings.section('overview');
    const notifications = createExpiryNotifications({
      overview: services.overview,
      section: {
        ...section,
        set: () => {
          throw new Error('read-only');
        },
      },
      notifier: { notify: (message) => shown.push(message) },
      language: () => 'en',
      now: time.now,
    });
    expect(await notifications.check()).toBe(1);
    expect(await notifications.check()).toBe(1);
  });
});

describe('expiry watch', () => {
  it('checks at start and once a day; a failed check does not stop the next', async () => {
    const ticks: Array<() => Promise<void>> = [];
    const periods: number[] = [];
    const timer: RepeatTimer = (ms, task) => {
      periods.push(ms);
      ticks.push(task);
      return () => ticks.splice(0);
    };
    let runs = 0;
    let after = 0;
    const stop = startExpiryWatch(
      async () => {
        runs += 1;
        if (runs === 2) throw new Error('keychain locked');
      },
      () => (after += 1),
      timer,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([runs, after, periods]).toEqual([1, 1, [DAY_MS]]);
    await ticks[0]?.();
    await ticks[0]?.();
    expect([runs, after]).toEqual([3, 3]);
    stop();
    expect(ticks).toEqual([]);
  });
});
