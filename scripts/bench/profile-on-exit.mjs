// Loaded with node --import into a process the bench wants a CPU profile of, where --cpu-prof
// cannot be passed (NODE_OPTIONS refuses it): profiles from start-up and, on SIGTERM, writes
// BENCH_PROFILE_FILE and exits.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.BENCH_PROFILE_FILE;

if (file) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.once('SIGTERM', () => {
    // An in-process inspector session answers synchronously, so the profile is written before exit.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(file, JSON.stringify(result.profile));
      process.exit(0);
    });
  });
}
