// Serves the production build (build/) as users get it (static-handler.mjs: the SPA shell,
// precompressed files, ETags, long caching of hashed files). Prints where the app is once
// it listens, as its last line, so `npm start` ends with the address to open.
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 4173] [--cert cert.pem --key key.pem]
//
// --host 0.0.0.0 serves the local network too (its addresses are printed). A phone's browser
// registers the service worker and opens the camera only in a secure context: over plain HTTP on
// a network address the app works, but not offline and without QR scanning. --cert and --key
// serve HTTPS with a certificate the phones trust (README: "Try it on real phones").
import { readFileSync, existsSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildHandler } from './static-handler.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    dir: { type: 'string', default: join(ROOT, 'build') },
    cert: { type: 'string' },
    key: { type: 'string' }
  }
});

const dir = resolve(values.dir);
if (!existsSync(join(dir, '200.html'))) {
  console.error(
    `No build in ${dir}: run \`npm run build\` first (or \`npm start\`, which does both).`
  );
  process.exit(1);
}
if (Boolean(values.cert) !== Boolean(values.key)) {
  console.error('HTTPS needs both --cert and --key.');
  process.exit(1);
}

const handler = buildHandler(dir);
const https = values.cert !== undefined && values.key !== undefined;
const server = https
  ? createHttps({ cert: readFileSync(values.cert), key: readFileSync(values.key) }, handler)
  : createHttp(handler);
const scheme = https ? 'https' : 'http';
const port = Number(values.port);

server.on('error', (error) => {
  const taken = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
  console.error(
    taken
      ? `Port ${port} is in use: stop what uses it, or pick another with --port.`
      : `Could not serve the app: ${error.message}`
  );
  process.exit(1);
});

server.listen(port, values.host, () => {
  // The port listened on (--port 0 asks for any free one).
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const wildcard = values.host === '0.0.0.0' || values.host === '::';
  if (wildcard) {
    for (const address of lanAddresses()) {
      console.log(`On this network: ${scheme}://${address}:${port}`);
    }
  }
  const local = wildcard ? '127.0.0.1' : values.host;
  console.log(`Dars is ready at ${scheme}://${local}:${port}`);
});

// Ctrl+C, or the test or tool that started it, ends it at once: nothing is left to write.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

/** The machine's IPv4 addresses on its networks (not the loopback). */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
