import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/pages.ts
var PAGE_LIMIT = 100;
function isGone(lifecycleState) {
  return lifecycleState === "DELETING" || lifecycleState === "DELETED";
}
async function findInPages(fetchPage, predicate) {
  for await (const items of pages(fetchPage)) {
    const found = items.find(predicate);
    if (found !== void 0) return found;
  }
  return void 0;
}
async function allPages(fetchPage, onPage) {
  const all = [];
  for await (const items of pages(fetchPage)) {
    all.push(...items);
    onPage?.(all.length);
  }
  return all;
}
async function* pages(fetchPage) {
  const seen = /* @__PURE__ */ new Set();
  let token;
  for (; ; ) {
    const { items, nextPage } = await fetchPage(token);
    yield items;
    if (!nextPage) return;
    if (seen.has(nextPage)) throw new Error(`OCI list pagination repeated the page token ${nextPage}`);
    seen.add(nextPage);
    token = nextPage;
  }
}

export {
  PAGE_LIMIT,
  isGone,
  findInPages,
  allPages
};
