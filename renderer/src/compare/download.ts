// Saves an exported report through the browser's download (in Electron, the save dialog).
import type { ExportedFile } from '../../../shared/domain';

export function download(file: ExportedFile): void {
  const body =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (ch) => ch.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
