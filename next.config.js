/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The emulator and the AWS SDK stay plain Node modules on the server.
  serverExternalPackages: ['@aws-sdk/client-cognito-identity-provider'],
  // The e2e run builds into its own folder, so it can run while `npm run dev` is up.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
