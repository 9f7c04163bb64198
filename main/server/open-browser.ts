// Opens a URL in the user's default browser when the system has a way to, and says so when it does not.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): boolean {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write('No default browser found; open the URL above yourself.\n'));
    child.unref();
    return true;
  } catch {
    return false;
  }
}
