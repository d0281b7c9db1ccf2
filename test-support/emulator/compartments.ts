/**
 * Compartments, as the identity API (20160918) serves them: a tree under the tenancy (the root
 * compartment, never listed itself). Tests nest them with `addCompartment({parentId})`; a compartment
 * that a repository or scan target names without having been added joins the tenancy's children, so
 * seeds need no ceremony. ListCompartments follows the documented rules: the direct children of a
 * compartment, or with `compartmentIdInSubtree=true` (on the tenancy only) every compartment of the
 * tree; `accessLevel` ANY or ACCESSIBLE (no policies are modelled: both see everything), `name`,
 * `lifecycleState` (any case), `sortBy`/`sortOrder`, and `limit`/`page`. The answer is a bare JSON
 * array, with `opc-next-page` while more remain.
 */
import { invalidParameter, notFound } from './errors.js';
import { paginate } from './pagination.js';
import { booleanQuery, requiredQuery, type ExtraRoute } from './request-fields.js';
import { ocid } from '../keys.js';

export interface CompartmentRecord {
  id: string;
  /** The parent: the tenancy for a top-level compartment. */
  compartmentId: string;
  name: string;
  description: string;
  lifecycleState: 'ACTIVE';
  /** ISO 8601. */
  timeCreated: string;
}

export interface NewCompartment {
  /** Default: a fresh compartment OCID. */
  id?: string;
  /** Default: `compartment-<n>`. Names are unique among siblings, as in OCI. */
  name?: string;
  /** The parent compartment or the tenancy. Default: the tenancy. */
  parentId?: string;
}

const COMPARTMENT_OCID = /^ocid1\.compartment\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/;

export class CompartmentTree {
  private readonly records: CompartmentRecord[] = [];
  private readonly tenancy: string;
  private readonly now: () => Date;

  constructor(tenancy: string, now: () => Date) {
    this.tenancy = tenancy;
    this.now = now;
  }

  add(seed: NewCompartment = {}): CompartmentRecord {
    const id = seed.id ?? ocid.compartment();
    const parentId = seed.parentId ?? this.tenancy;
    const name = seed.name ?? `compartment-${this.records.length + 1}`;
    if (!COMPARTMENT_OCID.test(id)) throw new Error(`addCompartment: '${id}' is not a compartment OCID`);
    if (this.has(id)) throw new Error(`addCompartment: ${id} exists already`);
    if (!this.has(parentId))
      throw new Error(`addCompartment: no parent compartment ${parentId}; add it first`);
    if (this.records.some((record) => record.compartmentId === parentId && record.name === name)) {
      throw new Error(`addCompartment: ${parentId} already has a compartment named ${name}`);
    }
    const record: CompartmentRecord = {
      id,
      compartmentId: parentId,
      name,
      description: name,
      lifecycleState: 'ACTIVE',
      timeCreated: this.now().toISOString(),
    };
    this.records.push(record);
    return structuredClone(record);
  }

  /** A compartment named by a seed or a create: added under the tenancy when the tree does not hold it. */
  ensure(compartmentId: string): void {
    if (this.has(compartmentId)) return;
    // Another tenancy's root, say: OCI answers as for anything the caller may not see.
    if (!COMPARTMENT_OCID.test(compartmentId)) throw notFound(`Compartment ${compartmentId}`);
    this.add({ id: compartmentId });
  }

  has(compartmentId: string): boolean {
    return compartmentId === this.tenancy || this.records.some((record) => record.id === compartmentId);
  }

  /** Whether `compartmentId` is `ancestorId` or lies below it. */
  isWithin(compartmentId: string, ancestorId: string): boolean {
    for (let current: string | undefined = compartmentId; current !== undefined;) {
      if (current === ancestorId) return true;
      current = this.records.find((record) => record.id === current)?.compartmentId;
    }
    return false;
  }

  /** Snapshots, in creation order. */
  compartments(): CompartmentRecord[] {
    return structuredClone(this.records);
  }

  list(query: URLSearchParams): CompartmentRecord[] {
    const compartmentId = requiredQuery(query, 'compartmentId');
    const subtree = booleanQuery(query, 'compartmentIdInSubtree') ?? false;
    const accessLevel = query.get('accessLevel');
    if (accessLevel !== null && accessLevel !== 'ANY' && accessLevel !== 'ACCESSIBLE') {
      throw invalidParameter(`accessLevel must be ANY or ACCESSIBLE, got '${accessLevel}'.`);
    }
    if (!this.has(compartmentId)) throw notFound(`Compartment ${compartmentId}`);
    if (subtree && compartmentId !== this.tenancy) {
      throw invalidParameter(
        'compartmentIdInSubtree can only be true when compartmentId is the tenancy OCID.',
      );
    }
    const name = query.get('name');
    const state = query.get('lifecycleState')?.toUpperCase();
    const found = this.records.filter(
      (record) =>
        (subtree || record.compartmentId === compartmentId) &&
        (name === null || record.name === name) &&
        (state === undefined || record.lifecycleState === state),
    );
    return sorted(found, query);
  }
}

/** TIMECREATED newest first and NAME A-Z by default, as the API documents; creation order breaks ties. */
function sorted(records: CompartmentRecord[], query: URLSearchParams): CompartmentRecord[] {
  const sortBy = query.get('sortBy') ?? 'TIMECREATED';
  const sortOrder = query.get('sortOrder') ?? (sortBy === 'NAME' ? 'ASC' : 'DESC');
  if (sortBy !== 'TIMECREATED' && sortBy !== 'NAME') {
    throw invalidParameter(`sortBy must be TIMECREATED or NAME, got '${sortBy}'.`);
  }
  if (sortOrder !== 'ASC' && sortOrder !== 'DESC') {
    throw invalidParameter(`sortOrder must be ASC or DESC, got '${sortOrder}'.`);
  }
  const key = (record: CompartmentRecord) => (sortBy === 'NAME' ? record.name : record.timeCreated);
  const ascending = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) =>
      key(a.record) < key(b.record) ? -1 : key(a.record) > key(b.record) ? 1 : a.index - b.index,
    )
    .map(({ record }) => record);
  return sortOrder === 'ASC' ? ascending : ascending.reverse();
}

function compartmentView(record: CompartmentRecord): Record<string, unknown> {
  return { ...record, freeformTags: {}, definedTags: {} };
}

export const COMPARTMENT_ROUTES: ExtraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/20160918\/compartments$/,
    handle: ({ state, query, defaultPageSize }) => {
      const page = paginate(
        state.compartments.list(query).map(compartmentView),
        query.get('limit') ?? undefined,
        query.get('page') ?? undefined,
        defaultPageSize,
      );
      // Identity lists answer a bare array.
      const headers: Record<string, string> =
        page.nextPage === undefined ? {} : { 'opc-next-page': page.nextPage };
      return { status: 200, body: page.items, headers };
    },
  },
];
