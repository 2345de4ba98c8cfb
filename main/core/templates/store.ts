/**
 * Where a user's own templates live: `templates.json` in the app's data folder (beside the
 * preferences), so every project on this machine can start from them. Never in a project file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describeIssues } from '../project/document.js';
import { GapboardError } from '../project/errors.js';
import { writeAtomic } from '../project/file-io.js';
import { templateSchema, type RequirementTemplate } from '../../../shared/templates.js';

export interface TemplateStore {
  list(): Promise<RequirementTemplate[]>;
  /** Replaces the whole list of the user's templates. */
  write(templates: RequirementTemplate[]): Promise<void>;
}

const fileSchema = z.object({ templates: z.array(templateSchema) });

export const TEMPLATES_FILE = 'templates.json';

export function createFileTemplateStore(dataDir: string): TemplateStore {
  const file = path.join(dataDir, TEMPLATES_FILE);
  const list = async (): Promise<RequirementTemplate[]> => {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new GapboardError('IO', `Cannot read your templates (${file}): ${(err as Error).message}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new GapboardError(
        'INVALID',
        `${file} is not valid JSON (${(err as Error).message}); it was left as it is.`,
      );
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new GapboardError(
        'INVALID',
        `${file} is not a templates file: ${describeIssues(parsed.error)}; it was left as it is.`,
      );
    }
    return parsed.data.templates;
  };
  return {
    list,
    async write(templates) {
      await fs.mkdir(dataDir, { recursive: true });
      await writeAtomic(file, JSON.stringify({ templates }, null, 2) + '\n');
    },
  };
}

/** Templates kept in memory (tests, one-off runs without a data folder). */
export function createMemoryTemplateStore(initial: RequirementTemplate[] = []): TemplateStore {
  let templates = structuredClone(initial);
  return {
    list: () => Promise.resolve(structuredClone(templates)),
    write: (next) => {
      templates = structuredClone(next);
      return Promise.resolve();
    },
  };
}
