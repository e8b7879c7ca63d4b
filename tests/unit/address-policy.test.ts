import { describe, expect, it } from 'vitest';
import { refuseAddress as refuse } from '../../lib/source/address-policy';
import { english } from '../../lib/words/english';

/** The refusal in English words, or null. */
const refuseAddress = (url: string, options?: { allowLocal?: boolean }) => {
  const refused = refuse(url, options);
  return refused && english(refused);
};

describe('refuseAddress', () => {
  it.each([
    'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
    'http://example.com/a?b=c',
    'https://8.8.8.8/',
    'https://[2001:4860:4860::8888]/',
  ])('allows public web address %s', (url) => {
    expect(refuseAddress(url)).toBeNull();
  });

  it.each([
    'http://localhost:3000/',
    'http://127.0.0.1/',
    'http://127.1/', // shorthand the URL parser expands to 127.0.0.1
    'http://0x7f000001/',
    'http://10.0.0.5/admin',
    'http://172.16.3.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://router/',
    'http://printer.local/',
    'http://db.internal/',
    'http://nas.home.arpa/',
    'http://0.0.0.0/',
  ])('refuses local or private address %s', (url) => {
    expect(refuseAddress(url)).toMatch(/own machine or network/);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'chrome://settings',
  ])('refuses non-web address %s', (url) => {
    expect(refuseAddress(url)).toMatch(/Only http and https/);
  });

  it('refuses addresses with credentials and things that are not addresses', () => {
    expect(refuseAddress('https://user:pw@example.com/')).toMatch(/user name or password/);
    expect(refuseAddress('not a url')).toMatch(/not a web address/);
  });

  it('lets the reader ask for a local address explicitly', () => {
    expect(refuseAddress('http://127.0.0.1:8080/', { allowLocal: true })).toBeNull();
  });
});
