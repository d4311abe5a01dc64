import type { FirstRunStep, HealthItem, HealthKind } from '../../preload/contract/overview.js';

const fact = (items: readonly HealthItem[], kind: HealthKind, name: string): unknown =>
  items.find((item) => item.kind === kind)?.facts[name];

const setUp = (items: readonly HealthItem[], kind: HealthKind): boolean =>
  items.some((item) => item.kind === kind && item.state !== 'not-set-up');

/**
 * The steps of Docbits' Azure SSO guide, in its order, each ticked from the
 * same items the overview grades: SP addresses → certificate → download the
 * SP metadata (a file that carries the current certificate) → upload the IdP's
 * metadata → Configure.
 */
export function firstRunSteps(items: readonly HealthItem[]): FirstRunStep[] {
  const configured = setUp(items, 'idpConfiguration');
  return [
    { step: 'spAddresses', done: fact(items, 'spAddresses', 'metadataReady') === true },
    { step: 'spCertificate', done: setUp(items, 'spCertificate') },
    { step: 'spMetadata', done: fact(items, 'spCertificate', 'metadataHasCurrent') === true },
    // A configuration (from a file or typed in) means the IdP's settings came in.
    {
      step: 'idpMetadata',
      done: configured || fact(items, 'idpConfiguration', 'uploaded') === true,
    },
    { step: 'idpConfigure', done: configured },
  ];
}
