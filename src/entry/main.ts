import { run } from '../build-push/run.js';

await run();
