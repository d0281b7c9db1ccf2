/**
 * The guard behind jest's globalSetup/globalTeardown: a test run must leave no docker image, no
 * container, no temporary file and no process behind, also when a test failed.
 *
 * Temporary files and processes are attributed exactly: setup points TMPDIR at a directory of this
 * run only, so whatever is left in it, and any process still naming it, is the run's. Docker has
 * no such scope, so only what the tests make is looked at: images named for the run's registries or
 * for no local registry, the names the tests record (builders, their containers and volumes, images
 * they load), and containers of the run's images. Other work on the same engine is not the run's.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** The prefix of the run's own TMPDIR, made by jest-global-setup.ts. */
export const RUN_TMP_PREFIX = 'ocir-test-run-';
/** In the run's TMPDIR: the registry fronts its tests started, one `127.0.0.1:<port>` a line. */
const REGISTRY_HOSTS_FILE = '.registry-hosts';
/** In the run's TMPDIR: other docker names its tests made (images, containers, volumes), one a line. */
const RUN_NAMES_FILE = '.run-names';
/** Left in the run's TMPDIR on purpose: the log of a dockerd the tests started, which keeps running. */
const KEPT_TEMP_PREFIXES = ['dockerd-', REGISTRY_HOSTS_FILE, RUN_NAMES_FILE];
/** Processes allowed to outlive the run: the engine the tests may have started, and its children. */
const KEPT_PROCESSES = /^(dockerd|containerd|containerd-shim\S*|docker-proxy)$/;

export interface DockerSnapshot {
  /** image id → its references (`<none>:<none>` for a dangling or intermediate image). */
  images: Map<string, string[]>;
  /** container id → `name (image, status)`. */
  containers: Map<string, string>;
  /** Volume names. */
  volumes: string[];
}

export interface Leaks {
  images: string[];
  containers: string[];
  volumes: string[];
  tempEntries: string[];
  processes: string[];
}

function run(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 30_000 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** Undefined when there is no docker engine to ask (unit tests on a machine without one). */
export async function dockerSnapshot(): Promise<DockerSnapshot | undefined> {
  const [images, containers, volumes] = await Promise.all([
    run('docker', ['images', '-a', '--no-trunc', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}']),
    run('docker', ['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}} ({{.Image}}, {{.Status}})']),
    run('docker', ['volume', 'ls', '--format', '{{.Name}}']),
  ]);
  if (images === undefined || containers === undefined || volumes === undefined) return undefined;
  return {
    images: parseImageListing(images),
    containers: parseContainerListing(containers),
    volumes: volumes.split('\n').filter(Boolean),
  };
}

export function parseImageListing(text: string): Map<string, string[]> {
  const images = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [id, reference] = line.trim().split(' ');
    if (!id || !reference) continue;
    images.set(id, [...(images.get(id) ?? []), reference]);
  }
  return images;
}

export function parseContainerListing(text: string): Map<string, string> {
  const containers = new Map<string, string>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) containers.set(line.slice(0, space), line.slice(space + 1).trim());
  }
  return containers;
}

/**
 * Notes a registry front started by a test of a guarded run, so that its images can be told from
 * those of another test run on the same engine. Outside a guarded run (demo, bench) it does nothing.
 */
export function recordRegistryHost(host: string): void {
  appendToRun(REGISTRY_HOSTS_FILE, host);
}

export function registryHostsOfRun(runTmp: string): string[] {
  return linesOf(join(runTmp, REGISTRY_HOSTS_FILE));
}

/**
 * Notes a docker name a test of a guarded run makes outside its registries: a builder's container
 * or volume, an image it loads. Outside a guarded run it does nothing.
 */
export function recordRunName(name: string): void {
  appendToRun(RUN_NAMES_FILE, name);
}

export function namesOfRun(runTmp: string): string[] {
  return linesOf(join(runTmp, RUN_NAMES_FILE));
}

/** A line for the guard, in a file of the run's TMPDIR; nothing outside a guarded run. */
function appendToRun(file: string, line: string): void {
  const runTmp = process.env.TMPDIR;
  if (runTmp && basename(runTmp).startsWith(RUN_TMP_PREFIX) && existsSync(runTmp)) {
    appendFileSync(join(runTmp, file), `${line}\n`);
  }
}

function linesOf(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/**
 * Whether a new image is this run's: named for one of the run's registries, or named and not for
 * any local registry (`project-x/fork:pr-57`, `gru.ocir.io/…`). Images of other local registries
 * belong to another run; untagged ones (intermediate layers) go with the named image they build.
 */
export function isRunImage(
  references: readonly string[],
  runRegistryHosts: readonly string[],
  runNames: readonly string[] = [],
): boolean {
  const named = references.filter((reference) => !reference.startsWith('<none>'));
  return named.some(
    (reference) =>
      runRegistryHosts.some((host) => reference.startsWith(`${host}/`)) ||
      runNames.includes(reference) ||
      !/^(127\.0\.0\.1|localhost):\d+\//.test(reference),
  );
}

/** `name (image, status)` → the name and the image a container runs. */
function containerParts(description: string): { name: string; image: string } {
  const match = /^(\S+) \((\S+), /.exec(description);
  return { name: match?.[1] ?? description, image: match?.[2] ?? '' };
}

/** The run's new images and the new containers, worded for the failure message. */
export function dockerLeaks(
  before: DockerSnapshot,
  after: DockerSnapshot,
  runRegistryHosts: readonly string[],
  runNames: readonly string[] = [],
): Pick<Leaks, 'images' | 'containers' | 'volumes'> {
  const newImages = [...after.images].filter(([id]) => !before.images.has(id));
  const runImages = newImages.filter(([, references]) => isRunImage(references, runRegistryHosts, runNames));
  const images = runImages.map(
    ([id, references]) => `${id.replace(/^sha256:/, '').slice(0, 12)} ${references.join(' ')}`,
  );
  // A container is the run's when the tests named it, or it runs one of the run's new images (by
  // reference, or by id for an intermediate image of a build).
  const named = new Set([...runNames, ...runImages.flatMap(([, references]) => references)]);
  const ofRun = (image: string) =>
    named.has(image) ||
    (/^(sha256:)?[0-9a-f]{3,}$/.test(image) &&
      newImages.some(([id]) => id.startsWith(image) || id.startsWith(`sha256:${image}`)));
  const containers = [...after.containers]
    .filter(([id, description]) => {
      if (before.containers.has(id)) return false;
      const { name, image } = containerParts(description);
      return named.has(name) || ofRun(image);
    })
    .map(([id, description]) => `${id.slice(0, 12)} ${description}`);
  const volumes = after.volumes.filter(
    (name) => !before.volumes.includes(name) && runNames.some((prefix) => name.startsWith(prefix)),
  );
  return { images, containers, volumes };
}

/** Entries left in the run's temporary directory, but for those kept on purpose. */
export function tempLeaks(runTmp: string): string[] {
  return readdirSync(runTmp).filter((name) => !KEPT_TEMP_PREFIXES.some((prefix) => name.startsWith(prefix)));
}

/** Processes whose command line or environment names the run's temporary directory. */
export async function processLeaks(runTmp: string, ownPids: ReadonlySet<number>): Promise<string[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const found = await Promise.all(
    pids
      .filter((pid) => !ownPids.has(pid))
      .map(async (pid) => {
        const [cmdline, environ, comm] = await Promise.all(
          ['cmdline', 'environ', 'comm'].map((file) =>
            readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => ''),
          ),
        );
        if (KEPT_PROCESSES.test((comm ?? '').trim())) return undefined;
        const named = (cmdline ?? '').includes(runTmp) || (environ ?? '').includes(runTmp);
        return named ? `${pid} ${(cmdline ?? '').replace(/\0+$/, '').split('\0').join(' ')}` : undefined;
      }),
  );
  return found.filter((line): line is string => line !== undefined);
}

/** This process and its ancestors: they were started before the run and name nothing of it. */
export function ownProcessTree(): Set<number> {
  const pids = new Set<number>();
  let pid = process.pid;
  while (pid > 1 && !pids.has(pid)) {
    pids.add(pid);
    const stat = (() => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        return '';
      }
    })();
    // The parent pid is the second field after the parenthesised command name.
    pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0);
  }
  return pids;
}

export function leakReport(leaks: Leaks, runTmp: string): string | undefined {
  const sections = [
    ['docker images (remove each reference the test tagged, in afterAll)', leaks.images],
    ['docker containers', leaks.containers],
    ['docker volumes', leaks.volumes],
    [`temporary files in ${runTmp} (removed now; remove them in afterAll)`, leaks.tempEntries],
    ['processes still running', leaks.processes],
  ] as const;
  const found = sections.filter(([, items]) => items.length > 0);
  if (found.length === 0) return undefined;
  return [
    'The test run left things behind:',
    ...found.map(([what, items]) => `  ${what}:\n${items.map((item) => `    ${item}`).join('\n')}`),
  ].join('\n');
}

/** A snapshot as JSON, for the jest hooks, which hand it from setup to teardown. */
export function snapshotToJson(snapshot: DockerSnapshot | undefined): string {
  return JSON.stringify(
    snapshot
      ? { images: [...snapshot.images], containers: [...snapshot.containers], volumes: snapshot.volumes }
      : null,
  );
}

export function snapshotFromJson(json: string): DockerSnapshot | undefined {
  const parsed = JSON.parse(json) as {
    images: [string, string[]][];
    containers: [string, string][];
    volumes?: string[];
  } | null;
  return parsed
    ? {
        images: new Map(parsed.images),
        containers: new Map(parsed.containers),
        volumes: parsed.volumes ?? [],
      }
    : undefined;
}

/** Everything the run left, compared with the setup's snapshot (JSON on stdin). */
export async function check(runTmp: string, before: DockerSnapshot | undefined): Promise<Leaks> {
  const after = before ? await dockerSnapshot() : undefined;
  const docker =
    before && after
      ? dockerLeaks(before, after, registryHostsOfRun(runTmp), namesOfRun(runTmp))
      : { images: [], containers: [], volumes: [] };
  return {
    ...docker,
    tempEntries: tempLeaks(runTmp),
    processes: await processLeaks(runTmp, ownProcessTree()),
  };
}

/**
 * The jest hooks run under the Node that runs jest, which cannot load this TypeScript's imports;
 * they run this file with the project's Node 24 instead:
 *   leak-guard.ts snapshot          prints the docker snapshot as JSON
 *   leak-guard.ts check <run-tmp>   reads that JSON on stdin; prints the report and exits 1 on leaks
 */
if (import.meta.main) {
  const [command, runTmp] = process.argv.slice(2);
  if (command === 'snapshot') {
    process.stdout.write(snapshotToJson(await dockerSnapshot()));
  } else if (command === 'check' && runTmp) {
    const leaks = await check(runTmp, snapshotFromJson(readFileSync(0, 'utf8')));
    const report = leakReport(leaks, runTmp);
    process.stdout.write(JSON.stringify(leaks.tempEntries));
    if (report !== undefined) {
      process.stderr.write(report);
      process.exitCode = 1;
    }
  } else {
    process.stderr.write('usage: leak-guard.ts snapshot | check <run-tmp>\n');
    process.exitCode = 2;
  }
}
