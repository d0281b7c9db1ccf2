/**
 * Which container scan targets cover a repository, over the compartment tree, and when the gate may
 * say for certain that none does (pure: no SDK, no I/O).
 */
import {
  ancestryOf,
  judgeCoverage,
  registryCovers,
  targetCovers,
  targetSearchOrder,
  type Ancestry,
} from '../../src/oci/scan-coverage.js';

// tenancy ─┬─ prod ── api ── blue      (the repository sits in blue)
//          │           └──── green    (blue's sibling)
//          └─ security
const tenancy = 'ocid1.tenancy.oc1..root';
const prod = 'ocid1.compartment.oc1..prod';
const api = 'ocid1.compartment.oc1..api';
const blue = 'ocid1.compartment.oc1..blue';
const green = 'ocid1.compartment.oc1..green';
const security = 'ocid1.compartment.oc1..security';
const parents = new Map([
  [prod, tenancy],
  [api, prod],
  [blue, api],
  [green, api],
  [security, tenancy],
]);
const REPOSITORY = 'project-x/api';
const inBlue = ancestryOf(blue, tenancy, parents);

function target(registryCompartmentId: string, repositories?: string[], lifecycleState = 'ACTIVE') {
  return {
    id: `ocid1.vsscontainerscantarget.oc1..${lifecycleState.toLowerCase()}`,
    displayName: 'scan-all',
    compartmentId: security,
    lifecycleState,
    targetRegistry: { compartmentId: registryCompartmentId, ...(repositories ? { repositories } : {}) },
  };
}

describe('ancestry', () => {
  it.each<[string, string, Map<string, string> | undefined, Ancestry]>([
    [
      'a compartment three levels down',
      blue,
      parents,
      { compartments: [blue, api, prod, tenancy], complete: true },
    ],
    ['a top-level compartment', security, parents, { compartments: [security, tenancy], complete: true }],
    ['the root compartment itself', tenancy, parents, { compartments: [tenancy], complete: true }],
    [
      'a compartment the tree read does not hold',
      'ocid1.compartment.oc1..hidden',
      parents,
      {
        compartments: ['ocid1.compartment.oc1..hidden', tenancy],
        complete: false,
        unknownParentOf: 'ocid1.compartment.oc1..hidden',
      },
    ],
    [
      'a compartment whose parent is hidden',
      blue,
      new Map([[blue, api]]),
      { compartments: [blue, api, tenancy], complete: false, unknownParentOf: api },
    ],
    [
      'no tree at all: only what is certain',
      blue,
      undefined,
      { compartments: [blue, tenancy], complete: false },
    ],
  ])('%s', (_, compartmentId, tree, expected) => {
    expect(ancestryOf(compartmentId, tenancy, tree)).toEqual(expected);
  });
});

describe('a target covers the repository in blue', () => {
  it.each([
    ['no repository list, on the same compartment', target(blue), true],
    ['no repository list, on the parent', target(api), true],
    ['no repository list, on the grandparent', target(prod), true],
    ['no repository list, on the root: the whole tenancy', target(tenancy), true],
    ['no repository list, on a sibling', target(green), false],
    ['no repository list, on another branch', target(security), false],
    ['an empty repository list: all of them', target(blue, []), true],
    ['a list on the same compartment that names it', target(blue, ['project-x/web', REPOSITORY]), true],
    ['a list on the same compartment that omits it', target(blue, ['project-x/web']), false],
    [
      'a list on the parent that names it (lists name repositories of their own compartment)',
      target(api, [REPOSITORY]),
      false,
    ],
    ['a list on the root that names it', target(tenancy, [REPOSITORY]), false],
    ['a deleted target on the root', target(tenancy, undefined, 'DELETED'), false],
    ['a failed target on the same compartment', target(blue, undefined, 'FAILED'), false],
    ['a target still being created', target(blue, undefined, 'CREATING'), false],
    ['a target without a registry', { lifecycleState: 'ACTIVE' }, false],
  ])('%s', (_, candidate, covers) => {
    expect(targetCovers(candidate, REPOSITORY, inBlue)).toBe(covers);
  });

  it('the registry part alone decides for targets that are changing', () => {
    expect(registryCovers(target(prod, undefined, 'UPDATING'), REPOSITORY, inBlue)).toBe(true);
    expect(registryCovers(target(green, undefined, 'UPDATING'), REPOSITORY, inBlue)).toBe(false);
  });
});

describe('the verdict', () => {
  const evidence = (targets: ReturnType<typeof target>[], unread: string[] = [], ancestry = inBlue) => ({
    repositoryName: REPOSITORY,
    ancestry,
    targets,
    unread,
  });

  it.each([
    [
      'a covering target, whatever else could not be read',
      evidence([target(green), target(prod)], ['x']),
      'covered',
    ],
    ['every target read, none covers: certain', evidence([target(green), target(security)]), 'uncovered'],
    ['no target anywhere, everything read', evidence([]), 'uncovered'],
    [
      'none covers, but some targets could not be read',
      evidence([target(green)], ['the targets in …']),
      'unknown',
    ],
    [
      'none covers, but the repository compartment is not in the tree read',
      evidence([target(green)], [], ancestryOf('ocid1.compartment.oc1..hidden', tenancy, parents)),
      'unknown',
    ],
    [
      'none covers, the tree could not be read',
      evidence([target(green)], ['the compartments…'], ancestryOf(blue, tenancy, undefined)),
      'unknown',
    ],
    [
      'none active covers, one that would is being created',
      evidence([target(api, undefined, 'CREATING')]),
      'unknown',
    ],
    [
      'none active covers, one that would is deleted',
      evidence([target(api, undefined, 'DELETED')]),
      'uncovered',
    ],
  ])('%s', (_, given, state) => {
    expect(judgeCoverage(given).state).toBe(state);
  });

  it('names the covering target, and says why coverage is unknown', () => {
    expect(judgeCoverage(evidence([target(tenancy)]))).toEqual({
      state: 'covered',
      target: {
        id: 'ocid1.vsscontainerscantarget.oc1..active',
        displayName: 'scan-all',
        compartmentId: security,
      },
    });
    const hidden = ancestryOf('ocid1.compartment.oc1..hidden', tenancy, parents);
    expect(judgeCoverage(evidence([target(api, undefined, 'UPDATING')], ['a reason'], hidden))).toEqual({
      state: 'unknown',
      gaps: [
        'a reason',
        'the compartment ocid1.compartment.oc1..hidden is not among the compartments listed, so those above it are unknown',
      ],
    });
    expect(judgeCoverage(evidence([target(api, undefined, 'CREATING')]))).toEqual({
      state: 'unknown',
      gaps: [
        'the target scan-all (ocid1.vsscontainerscantarget.oc1..creating) that would cover it is CREATING',
      ],
    });
  });
});

describe('where to look for targets', () => {
  it('the repository compartment and its ancestors first, then the rest of the tree', () => {
    expect(targetSearchOrder(inBlue, parents, 100)).toEqual({
      compartments: [blue, api, prod, tenancy, green, security],
      left: 0,
    });
  });

  it('at most the bound, counting what is left out', () => {
    expect(targetSearchOrder(inBlue, parents, 5)).toEqual({
      compartments: [blue, api, prod, tenancy, green],
      left: 1,
    });
  });

  it('without the tree: the compartment and the root', () => {
    expect(targetSearchOrder(ancestryOf(blue, tenancy, undefined), undefined, 100)).toEqual({
      compartments: [blue, tenancy],
      left: 0,
    });
  });
});
