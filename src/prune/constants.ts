/** Names of the prune action's public interface (prune/action.yml). */
import { SharedInput } from '../common/constants.js';

export const Input = {
  ...SharedInput,
  Tags: 'tags',
  Match: 'match',
  KeepLast: 'keep-last',
  OlderThan: 'older-than',
  Protect: 'protect',
  NoDefaultProtect: 'no-default-protect',
  Registry: 'registry',
  Untagged: 'untagged',
  DryRun: 'dry-run',
} as const;

export const Output = {
  Deleted: 'deleted',
  DeletedCount: 'deleted-count',
  KeptCount: 'kept-count',
} as const;
