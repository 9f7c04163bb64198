// The researcher's own note on an outlet ("state-affiliated"), shown with each of its articles, editable.
import { useState } from 'react';
import { getApi } from '../api/client';

export function OutletNotes({ outlet, notes }: { readonly outlet: string; readonly notes: string }) {
  const [saved, setSaved] = useState(notes);
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <p className="outlet-notes">
        {saved ? (
          <>
            <strong>Your note on {outlet}:</strong> {saved}{' '}
          </>
        ) : null}
        <button type="button" className="link" onClick={() => setDraft(saved)}>
          {saved ? 'Edit note' : `Add a note on ${outlet}`}
        </button>
      </p>
    );
  }
  return (
    <form
      className="outlet-notes"
      onSubmit={(e) => {
        e.preventDefault();
        void getApi()
          .setOutletNotes({ outlet, notes: draft })
          .then((r) => {
            setSaved(r.notes);
            setDraft(null);
          });
      }}
    >
      <label>
        Note on {outlet}{' '}
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="for example: state-affiliated" />
      </label>{' '}
      <button type="submit">Save</button>{' '}
      <button type="button" onClick={() => setDraft(null)}>
        Cancel
      </button>
    </form>
  );
}
