// The production build served as users get it, one definition for `npm run serve`, the e2e
// server, the bench and Lighthouse: every unknown path answered by the SPA shell, precompressed
// files (brotli, gzip) and ETags, the right MIME types (sirv). Hashed files under
// /_app/immutable/ never change, so browsers keep them a year without asking; everything else
// (the shell, the service worker, the manifest, the bank) is checked with the server on each use.
import sirv from 'sirv';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** @param {string} dir the build folder */
export function buildHandler(dir) {
  return sirv(dir, {
    single: '200.html',
    gzip: true,
    brotli: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_app/immutable/') ? IMMUTABLE : 'no-cache'
      );
    }
  });
}
