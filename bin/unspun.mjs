#!/usr/bin/env node
// The `unspun` command: runs the TypeScript command line through tsx, so the command line uses the
// very code the extension ships (lib/), with no separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
