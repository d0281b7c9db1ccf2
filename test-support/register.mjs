// Lets Node run our TypeScript directly (`node --import ./test-support/register.mjs demo/run.ts`).
// Node 24 strips the types itself; what it does not do is map the `.js` extension that our
// relative imports carry (as tsc requires) to the `.ts` file beside it. This hook does that.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
      const asTs = new URL(specifier.slice(0, -'.js'.length) + '.ts', context.parentURL);
      const asJs = new URL(specifier, context.parentURL);
      if (!existsSync(fileURLToPath(asJs)) && existsSync(fileURLToPath(asTs))) {
        return nextResolve(asTs.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
