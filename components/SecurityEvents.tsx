import type { SecurityEvent, SecurityEventType } from '@/lib/security/events';

const describe: Record<SecurityEventType, string> = {
  'signed-in-with-authenticator': 'Signed in with the authenticator app',
  'authenticator-enabled': 'Authenticator app turned on',
  'authenticator-disabled': 'Authenticator app turned off',
  'authenticator-replacement-started': 'Started replacing the authenticator app',
  'locked-out': 'Sign-in paused after too many wrong attempts',
};

// The server cannot know the reader's time zone, so the time says which one it is in.
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** The last few security events of the account, so a person can spot what they did not do. */
export function SecurityEvents({ events }: { events: SecurityEvent[] }) {
  return (
    <section className="stack section" aria-labelledby="events-heading">
      <h2 id="events-heading">Recent security activity</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="events" data-testid="security-events">
          {events.map((event) => (
            <li key={`${event.at}-${event.type}`}>
              <span>{describe[event.type]}</span>{' '}
              <span className="muted">
                <time dateTime={event.at}>{when.format(new Date(event.at))} UTC</time> from {event.address}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">If you don’t recognise something here, change your password and replace your authenticator app.</p>
    </section>
  );
}
