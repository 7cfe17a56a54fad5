// Loaded into the Cognito emulator by the bench (node --import), never into the app: makes
// Date.now, which the emulator's TOTP check reads, run BENCH_TOTP_CLOCK's speed times faster from
// its start. The emulator dates its tokens with `new Date()`, which keeps real time.
const [start, speed] = (process.env.BENCH_TOTP_CLOCK ?? '').split(':').map(Number);

if (Number.isFinite(start) && Number.isFinite(speed) && speed > 0) {
  const realNow = Date.now;
  Date.now = () => start + (realNow() - start) * speed;
}
