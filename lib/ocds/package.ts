import type { OcdsRelease } from "./release";

/** The release package's metadata (OCDS 1.1): everything but the releases. */
export function packageMetadata(opts: { uri: string; baseUrl: string; publishedDate: Date }) {
  return {
    uri: opts.uri,
    version: "1.1",
    publishedDate: opts.publishedDate.toISOString(),
    publisher: { name: "Manak — Government of Chhattisgarh", uri: opts.baseUrl },
    license: "https://www.data.gov.in/Godl",
    publicationPolicy: `${opts.baseUrl}/verify`,
  };
}

export function releasePackage(meta: ReturnType<typeof packageMetadata>, releases: OcdsRelease[]) {
  return { ...meta, releases };
}

/**
 * The same package as JSON text, written as the releases arrive, so a page of releases is never
 * held in memory as one string. `chunks` yields batches of releases in order.
 */
export async function* streamReleasePackage(meta: ReturnType<typeof packageMetadata>, chunks: AsyncIterable<OcdsRelease[]>): AsyncGenerator<string> {
  const head = JSON.stringify(meta);
  yield `${head.slice(0, -1)},"releases":[`;
  let first = true;
  for await (const releases of chunks) {
    for (const release of releases) {
      yield (first ? "" : ",") + JSON.stringify(release);
      first = false;
    }
  }
  yield "]}";
}
