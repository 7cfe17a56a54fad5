'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * Copies a value to the clipboard and says so, for the person typing the key into their app by hand.
 * It only appears once JavaScript runs; without it the key stays selectable on the page.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const scripted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  if (!scripted) return null;

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
    <span className="copy">
      <button type="button" className="button button-secondary button-small" onClick={copy}>
        {status === 'copied' ? 'Copied' : label}
      </button>
      <span className={status === 'failed' ? 'hint' : 'visually-hidden'} role="status">
        {status === 'copied' ? 'Key copied to the clipboard.' : ''}
        {status === 'failed' ? 'Copying is blocked here: select the key and copy it.' : ''}
      </span>
    </span>
  );
}
