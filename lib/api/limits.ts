/** Requests a minute the open API allows (lib/api/rate-limit.ts counts them; /developers states them). */
function limitFrom(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const apiRateLimits = () => ({
  perToken: limitFrom("API_TOKEN_RATE_PER_MINUTE", 120),
  perAddress: limitFrom("API_PUBLIC_RATE_PER_MINUTE", 60),
});
