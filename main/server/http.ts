// Browser mode: the built renderer and POST /api/<method> on 127.0.0.1 only, guarded by a per-run token and
// Host/Origin checks (so another site in the user's browser cannot reach the library through DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, type ErrorCode } from '../../shared/errors';
import type { AppContext } from '../context';
import { dispatch, isApiMethod } from '../dispatch';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticPath } from '../static-files';

// Large enough for the largest document Parallax imports (MAX_DOCUMENT_FILE_BYTES, 100 MB) sent alone as base64
// from the import screen (133 MB, in JSON); anything bigger is refused from its Content-Length. Documented in
// docs/ARCHITECTURE.md; test/unit/docs.test.ts keeps the two in step.
export const MAX_BODY_BYTES = 160 * 1024 * 1024;

export interface BrowserServerOptions {
  readonly ctx: AppContext;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
}

export interface BrowserServer {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  cancelled: 409,
  too_large: 413,
  unsupported: 422,
  read_only: 403,
  damaged: 500,
  internal: 500,
};

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(data);
}

function sendError(res: http.ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, STATUS[code], { ok: false, error: { code, message } });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startBrowserServer(opts: BrowserServerOptions): Promise<BrowserServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: ReadonlySet<string> = new Set();
  let allowedOrigins: ReadonlySet<string> = new Set();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      console.error('[parallax] request failed:', err);
      if (!res.headersSent) sendError(res, 'internal', 'The request failed; see the terminal for details.');
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      sendError(res, 'forbidden', 'Wrong Host header: open Parallax through the URL it printed.');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      sendError(res, 'forbidden', 'Requests from other sites are refused.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(req, res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
    if (!given || !sameSecret(given, token)) {
      sendError(res, 'unauthorized', 'Missing or wrong token: open Parallax through the URL it printed.');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { ...BASE_HEADERS, Allow: 'POST' }).end();
      return;
    }
    if (!isApiMethod(method)) {
      sendError(res, 'unknown_method', `There is no API method "${method}".`);
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too_large') {
      sendError(res, 'too_large', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
      return;
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        sendError(res, 'invalid_input', 'The request body is not valid JSON.');
        return;
      }
    }
    const envelope = await dispatch(opts.ctx, method, input);
    sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const file = resolveStaticPath(opts.rendererDir, pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Frame-Options': 'DENY',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new ApiError(
              'conflict',
              `Port ${opts.port} is already in use. Choose another with --port, or --port 0 for any free port.`,
            )
          : err,
      ),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
