/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The emulator, the AWS SDK and the SRP helpers stay plain Node modules on the server, loaded
  // as the unit tests load them.
  serverExternalPackages: ['@aws-sdk/client-cognito-identity-provider', 'amazon-cognito-identity-js'],
  // The e2e run builds into its own folder, so it can run while `npm run dev` is up.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run bench` also builds `*.bench.tsx` pages (a blank page to measure the framework's own
  // JavaScript against); other builds leave them out, so they never ship.
  pageExtensions: process.env.NEXT_BENCH_PAGES ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
