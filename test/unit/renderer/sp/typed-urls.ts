import fc from 'fast-check';

/** Addresses an admin may type or paste into a URL field, well formed or not. */
export const TYPED_URLS = [
  '',
  '   ',
  'https://docbits.example.com',
  'https://docbits.example.com/',
  ' https://docbits.example.com/saml/acs ',
  'https://docbits.example.com/saml/acs?x=1',
  'http://docbits.example.com',
  'http://localhost:8080/docbits',
  'http://127.0.0.1',
  'http://[::1]:3000',
  'https://[2001:db8::1]/docbits',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>',
  'file:///etc/passwd',
  'ftp://docbits.example.com',
  'docbits.example.com',
  '/saml/acs',
  'https://user:pw@docbits.example.com',
  'https://docbits.example.com/#frag',
  'https://docbits.example.com/a b',
  'https://docbits.example.com/ä',
  'https://docbits.example.com/%zz',
  'https://docbits.example.com/%20',
  'https://',
  'urn:docbits:sp',
  'urn:x:',
  'URN:docbits:sp',
  `https://docbits.example.com/${'a'.repeat(2100)}`,
  `https://docbits.example.com/${'a'.repeat(1000)}`,
  `urn:docbits:${'a'.repeat(1100)}`,
];

/** The same, plus generated URLs and near-URLs (odd schemes, hosts and tails). */
export const typedUrl = fc.oneof(
  fc.constantFrom(...TYPED_URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'javascript:', 'urn:', 'HTTP://', ''),
      fc.constantFrom('localhost', 'docbits.example.com', '127.0.0.1', '[::1]', 'x', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([scheme, host, rest]) => `${scheme}${host}${rest}`),
);
