/**
 * Which builder runs the build: buildx (BuildKit) when `docker buildx version` answers, else the
 * legacy `docker build`. Pure: the commands' results come in, the choice and its reason come out,
 * so every format buildx prints is specified by recorded fixtures.
 */

/** What a command printed and how it ended (a command that could not start: exitCode != 0). */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface BuildxVersion {
  /** Without the leading `v`: `0.12.1`, `0.10.5+ds1`, or a commit for a development build. */
  version: string;
  commit?: string;
}

/** One node of a builder, as `docker buildx inspect` lists it under `Nodes:`. */
export interface BuilderNode {
  name: string;
  endpoint?: string;
  status?: string;
  /** `v0.11.6+616c3f613b54`, `v0.13.2`, … (`Buildkit:` before buildx 0.13, `BuildKit version:` since). */
  buildkitVersion?: string;
  /** The platforms it builds; the preferred ones (`linux/arm64*`) alone when some are marked. */
  platforms: string[];
  /** buildx ≥ 0.13 lists them (`Multi-platform build: true`); empty before. */
  features: Record<string, boolean>;
}

export interface BuilderInfo {
  name?: string;
  /** `docker`, `docker-container`, `remote`, `kubernetes`, … */
  driver?: string;
  nodes: BuilderNode[];
}

export type BackendChoice =
  | {
      backend: 'buildx';
      /** buildx's version; absent when the choice was read from buildx's files (no probe). */
      version?: string;
      /** The builder `docker buildx build` runs on: the one asked for, else the current one. */
      builder?: string;
      driver?: string;
      /** What the builder's nodes build together; empty while the builder was never started. */
      platforms: string[];
      /** The builder's features (buildx ≥ 0.13), merged over its nodes: true when any node has it. */
      features: Record<string, boolean>;
      /** The lowest BuildKit version among the nodes, when they report one. */
      buildkitVersion?: string;
      reason: string;
    }
  | { backend: 'legacy'; reason: string };

/**
 * `github.com/docker/buildx v0.12.1 30feaa1` (also Debian's `0.10.5+ds1`, Desktop's
 * `v0.14.0-desktop.1`, or a bare commit for a build from source). Undefined when unrecognised.
 */
export function parseBuildxVersion(stdout: string): BuildxVersion | undefined {
  const match = /(?:^|\s)v?(\d+\.\d+\.\d+\S*|[0-9a-f]{7,40})(?:\s+([0-9a-f]{7,40}))?\s*$/m.exec(
    stdout.trim(),
  );
  if (!match?.[1]) return undefined;
  return match[2] ? { version: match[1], commit: match[2] } : { version: match[1] };
}

/** `docker buildx inspect [name]` output; unknown lines (labels, GC policy, devices) are skipped. */
export function parseBuilderInspect(stdout: string): BuilderInfo {
  const info: BuilderInfo = { nodes: [] };
  let node: BuilderNode | undefined;
  let section: 'features' | 'other' | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const indented = /^\s/.test(line);
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (indented) {
      if (section === 'features' && node) node.features[line.slice(0, colon).trim()] = value === 'true';
      continue;
    }
    section = undefined;
    switch (key) {
      case 'name':
        // The first Name is the builder's; each later one opens a node.
        if (info.name === undefined) info.name = value;
        else {
          node = { name: value, platforms: [], features: {} };
          info.nodes.push(node);
        }
        break;
      case 'driver':
        info.driver = value;
        break;
      case 'endpoint':
        if (node) node.endpoint = value;
        break;
      case 'status':
        if (node) node.status = value;
        break;
      case 'buildkit':
      case 'buildkit version':
        if (node && value) node.buildkitVersion = value;
        break;
      case 'platforms':
        if (node) node.platforms = parsePlatformList(value);
        break;
      case 'features':
        section = 'features';
        break;
      default:
        section = 'other';
    }
  }
  return info;
}

/** `linux/amd64, linux/arm64*`: the starred (preferred) platforms when there are any, else all. */
function parsePlatformList(value: string): string[] {
  const all = value
    .split(',')
    .map((platform) => platform.trim())
    .filter(Boolean);
  const preferred = all.filter((platform) => platform.endsWith('*'));
  return (preferred.length > 0 ? preferred : all).map((platform) => platform.replace(/\*+$/, ''));
}

export interface BackendEvidence {
  /** `docker buildx version`. */
  version: CommandResult;
  /** `docker buildx inspect [builder]`; absent when buildx is missing (it is not run then). */
  inspect?: CommandResult;
  /** The `builder` input; empty or absent: the current builder. */
  builder?: string;
}

/**
 * The backend and why. Throws an Error whose message a user can act on when the builder asked for
 * cannot be inspected: silently building elsewhere would ignore the input.
 */
export function chooseBackend(evidence: BackendEvidence): BackendChoice {
  const requested = evidence.builder?.trim() || undefined;
  const parsed = evidence.version.exitCode === 0 ? parseBuildxVersion(evidence.version.stdout) : undefined;
  if (!parsed) {
    if (requested) {
      throw new Error(
        `The builder '${requested}' was asked for, but docker buildx is not installed: add docker/setup-buildx-action before this step`,
      );
    }
    return { backend: 'legacy', reason: 'docker buildx not installed: legacy builder' };
  }
  const inspect = evidence.inspect;
  if (!inspect || inspect.exitCode !== 0) {
    const why = firstLine(inspect?.stderr) ?? 'docker buildx inspect failed';
    if (requested) {
      throw new Error(
        `The builder '${requested}' cannot be used (${why}): create it with docker/setup-buildx-action, or leave 'builder' empty for the current one`,
      );
    }
    return {
      backend: 'buildx',
      version: parsed.version,
      platforms: [],
      features: {},
      reason: `buildx v${parsed.version} found; current builder not inspectable (${why})`,
    };
  }
  const info = parseBuilderInspect(inspect.stdout);
  const builder = requested ?? info.name;
  const platforms = [...new Set(info.nodes.flatMap((node) => node.platforms))];
  const features: Record<string, boolean> = {};
  for (const node of info.nodes) {
    for (const [name, on] of Object.entries(node.features)) features[name] = (features[name] ?? false) || on;
  }
  const buildkitVersion = lowestVersion(info.nodes.map((node) => node.buildkitVersion));
  const driver = info.driver ? ` (${info.driver})` : '';
  return {
    backend: 'buildx',
    version: parsed.version,
    ...(builder ? { builder } : {}),
    ...(info.driver ? { driver: info.driver } : {}),
    platforms,
    features,
    ...(buildkitVersion ? { buildkitVersion } : {}),
    reason: `buildx v${parsed.version} found; builder ${builder ?? '(current)'}${driver}`,
  };
}

/** The choice buildx's own files settle (see builder-store.ts): no version, no BuildKit, no features. */
export function choiceFromStore(stored: { name: string; driver: string }): BackendChoice {
  return {
    backend: 'buildx',
    builder: stored.name,
    driver: stored.driver,
    platforms: [],
    features: {},
    reason: `builder ${stored.name} (${stored.driver}), from buildx's configuration`,
  };
}

/** `v0.11.6+616c3f613b54` → [0, 11, 6]; undefined for a commit (`37657a1`). */
export function versionParts(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** True when `version` is at least `minimum`; a development build (no x.y.z) is taken as recent. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const have = versionParts(version);
  const need = versionParts(minimum);
  if (!have || !need) return true;
  for (let i = 0; i < 3; i++) {
    if (have[i]! !== need[i]!) return have[i]! > need[i]!;
  }
  return true;
}

function lowestVersion(versions: readonly (string | undefined)[]): string | undefined {
  let lowest: string | undefined;
  for (const version of versions) {
    if (version === undefined || versionParts(version) === undefined) continue;
    if (lowest === undefined || !versionAtLeast(version, lowest)) lowest = version;
  }
  return lowest;
}

function firstLine(text: string | undefined): string | undefined {
  return text
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .find(Boolean);
}
