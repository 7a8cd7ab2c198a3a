/** Entry point of the bundled action (dist/index.js). */
import { run } from './main.ts';

await run();
