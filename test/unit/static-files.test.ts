import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../main/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps paths inside the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-1.js?v=2')).toBe(path.join(root, 'assets', 'index-1.js'));
  });

  it.each(['/../etc/passwd', '/assets/../../x', '/%2e%2e/x', '/a%00b', '/..\\x', '/%5c..%5cx', '/%E0%A4%A'])(
    'refuses %s',
    (p) => {
      expect(resolveStaticPath(root, p)).toBeNull();
    },
  );
});
