/** The tag-rule engine: parse the `tags` and `flavor` inputs, then compute the tags of a run. */
export { computeTags, type ComputedTags, type ComputeOptions } from './compute.js';
export { parseFlavor } from './flavor.js';
export { DEFAULT_TAG_RULES, parseTagRules } from './rules.js';
export { isValidTag, sanitiseTag, MAX_TAG_LENGTH } from './sanitise.js';
export { DEFAULT_FLAVOR, DEFAULT_PRIORITY, type Flavor, type LatestMode, type TagRule } from './types.js';
