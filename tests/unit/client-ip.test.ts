import { afterEach, describe, expect, it } from "vitest";
import { addressFromForwarded, CLIENT_IP_HEADER, clientIpFrom } from "@/lib/auth/client-ip";

const SOCKET = "203.0.113.50";
const rotating = (n: number) => `10.${n % 250}.${(n * 7) % 250}.${(n * 13) % 250}`;

describe("the client address for per-IP limits (issue 13)", () => {
  it("with 0 trusted hops is the socket's, whatever X-Forwarded-For says", () => {
    const seen = new Set(Array.from({ length: 40 }, (_, n) => addressFromForwarded(rotating(n), SOCKET, 0)));
    expect([...seen]).toEqual([SOCKET]);
  });

  it("with 1 hop is the entry our proxy appended (the rightmost), not what the client wrote before it", () => {
    const seen = new Set(Array.from({ length: 40 }, (_, n) => addressFromForwarded(`${rotating(n)}, 198.51.100.7`, "10.0.0.2", 1)));
    expect([...seen]).toEqual(["198.51.100.7"]);
  });

  it("with 2 hops is the second from the right", () => {
    expect(addressFromForwarded("6.6.6.6, 198.51.100.7, 10.0.0.9", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("with no header behind a proxy falls back to the socket; IPv4-mapped addresses are plain", () => {
    expect(addressFromForwarded(null, "::ffff:198.51.100.7", 1)).toBe("198.51.100.7");
    expect(addressFromForwarded(undefined, undefined, 0)).toBe("unknown");
  });

  describe("inside the app", () => {
    afterEach(() => {
      delete process.env.MANAK_CLIENT_IP_HEADER;
    });

    it("believes our server entry's header only when the server entry set it up", () => {
      const headers = new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" });
      expect(clientIpFrom(headers, 0)).toBe("unknown");
      process.env.MANAK_CLIENT_IP_HEADER = "1";
      expect(clientIpFrom(headers, 0)).toBe("6.6.6.6");
    });

    it("without the server entry and with 0 hops, a rotating X-Forwarded-For is one client", () => {
      const seen = new Set(Array.from({ length: 40 }, (_, n) => clientIpFrom(new Headers({ "x-forwarded-for": rotating(n) }), 0)));
      expect(seen.size).toBe(1);
    });
  });
});
