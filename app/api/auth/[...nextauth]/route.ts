import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { BODY_LIMITS, refuseLargeBody } from "@/lib/http/body-limit";

const handler = NextAuth(authOptions);

async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseLargeBody(request, BODY_LIMITS.auth) ?? handler(request, context);
}

export { handler as GET, POST };
