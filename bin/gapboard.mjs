#!/usr/bin/env node
// Runs the TypeScript CLI directly under plain Node (no build step, no Electron).
import { register } from 'tsx/esm/api';

register();
await import('../main/core/cli/main.ts');
