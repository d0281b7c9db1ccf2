import { run } from '../prune/run.js';

await run();
