'use client';

import { useState } from 'react';

/** Copies a value to the clipboard and says so, for the person typing the key into their app by hand. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // Browsers refuse the clipboard outside secure contexts; the key stays on screen to select.
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 3000);
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={copy}>
        {status === 'copied' ? 'Copied' : label}
      </button>
      <span className={status === 'failed' ? 'hint' : 'visually-hidden'} aria-live="polite">
        {status === 'copied' ? 'Key copied to the clipboard.' : ''}
        {status === 'failed' ? 'Copying is blocked here: select the key and copy it.' : ''}
      </span>
    </>
  );
}
