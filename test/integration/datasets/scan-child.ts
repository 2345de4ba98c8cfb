/**
 * Runs one scan and prints the result as JSON. The unreadable-file test runs it without the
 * capabilities that let root (as in CI) read a file whatever its mode.
 */
import { scanDataset } from '../../../main/core/datasets/index.js';

const result = await scanDataset({ source: process.argv[2]! });
process.stdout.write(JSON.stringify(result));
