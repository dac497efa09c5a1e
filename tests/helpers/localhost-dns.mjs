/**
 * Preloaded (node --import) into commands under test so that names ending in ".localhost" reach
 * this machine, as RFC 6761 intends and browsers already do. Entries need a domain name to pass
 * the url schema, so the link-checker test gives its local server one (links.localhost).
 */
import dns from 'node:dns';

const lookup = dns.lookup;
dns.lookup = function lookupLocalhost(hostname, options, callback) {
  if (typeof hostname === 'string' && hostname.endsWith('.localhost')) {
    const done = typeof options === 'function' ? options : callback;
    const all = typeof options === 'object' && options?.all;
    return process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
  }
  return lookup.call(this, hostname, options, callback);
};
