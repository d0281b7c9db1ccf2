/**
 * oci-common's retrier writes every failed call to `console.warn` itself (not through its logger),
 * expected 404s and 409s included, which would read as alarming noise in the action log. While a
 * call is in flight, those lines (recognised by their fixed openings) go to the debug log instead;
 * anything else still reaches the console.
 */

const SDK_RETRIER_LINES =
  /^(Request cannot be retried|All retry attempts have exhausted|Request failed with Exception)/;

let inFlight = 0;
let consoleWarn: typeof console.warn | undefined;
let filtered: typeof console.warn | undefined;
let divert: ((message: string) => void) | undefined;

/** Runs `call` with the SDK's retrier lines sent to `log`. Safe for concurrent calls. */
export async function withSdkWarningsTo<T>(
  log: (message: string) => void,
  call: () => Promise<T>,
): Promise<T> {
  if (inFlight === 0) install();
  inFlight += 1;
  divert = log;
  try {
    return await call();
  } finally {
    inFlight -= 1;
    if (inFlight === 0) uninstall();
  }
}

function install(): void {
  const original = console.warn;
  consoleWarn = original;
  filtered = (...args: unknown[]): void => {
    const text = args.map(String).join(' ');
    if (divert && SDK_RETRIER_LINES.test(text)) divert(`OCI SDK: ${text}`);
    else original.apply(console, args);
  };
  console.warn = filtered;
}

function uninstall(): void {
  // Leave a console.warn that someone else replaced meanwhile alone.
  if (consoleWarn && console.warn === filtered) console.warn = consoleWarn;
  consoleWarn = undefined;
  filtered = undefined;
  divert = undefined;
}
