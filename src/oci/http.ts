/**
 * The HTTP layer under every SDK client: oci-common's fetch client with a fresh time limit per
 * request, failures that name their cause (fetch reports every network failure as "fetch failed",
 * and the SDK keeps only that line), and a look at each answer for the retry loop and the count.
 */
import * as common from 'oci-common';
import { isPermanentNetworkCode } from './errors.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface HttpObserver {
  /** Called as each request leaves, retries included. */
  sent(): void;
  /** Called with each HTTP answer, before the SDK reads it. */
  answered(response: Response): void;
}

export function timedHttpClient(
  signer: common.RequestSigner,
  timeoutMs: number,
  observer: HttpObserver,
): common.HttpClient {
  return {
    async send(request, ...rest) {
      const fetcher = new common.FetchHttpClient(signer, null, { signal: AbortSignal.timeout(timeoutMs) });
      observer.sent();
      let response: Response;
      try {
        response = await fetcher.send(request, ...rest);
      } catch (error) {
        throw networkFailure(error, request.uri, timeoutMs);
      }
      observer.answered(response);
      return response;
    },
  };
}

function networkFailure(error: unknown, uri: string, timeoutMs: number): Error {
  const host = hostOf(uri);
  // Duck-typed: fetch's errors may come from another realm (a test VM context), where instanceof fails.
  const outer = fieldsOf(error);
  if (outer.name === 'TimeoutError' || outer.name === 'AbortError') {
    return Object.assign(new Error(`${host}: no answer within ${timeoutMs / 1000} s (ETIMEDOUT)`), {
      code: 'ETIMEDOUT',
    });
  }
  const cause = fieldsOf(outer.cause);
  const code = cause.code ?? outer.code;
  const detail = cause.message ?? outer.message ?? String(error);
  const failure = new Error(`${host}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
  // The SDK's retrier reads these two: a host that does not exist or a bad certificate stays so.
  return Object.assign(
    failure,
    code ? { code } : {},
    isPermanentNetworkCode(code) ? { shouldBeRetried: false } : {},
  );
}

export function fieldsOf(error: unknown): {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
} {
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  return { name: text('name'), message: text('message'), code: text('code'), cause: record.cause };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}
