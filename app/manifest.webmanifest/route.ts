import { manifestResponse } from "@/lib/pwa/manifest";

// Static on purpose: nothing here may read cookies or headers (lib/pwa/manifest.ts).
export const dynamic = "force-static";

export function GET() {
  return manifestResponse("en");
}
