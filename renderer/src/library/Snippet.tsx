// A search snippet with its matches highlighted. The back end marks matches with control characters, so the
// snippet is always plain text: nothing from an article ever becomes HTML.
import ui from '../shell/common.module.css';

export function Snippet({ text }: { readonly text: string }) {
  // eslint-disable-next-line no-control-regex -- the back end's match marks are control characters on purpose
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/);
  return (
    <span className={ui.snippet} dir="auto">
      {parts.map((p, i) => (p.startsWith('\u0002') ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>))}
    </span>
  );
}
