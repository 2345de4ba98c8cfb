/**
 * Methods of presenting: the slides of the iteration story, what moved each gap between two
 * iterations, and the documents written for readers (report, slides, model card, datasheet)
 * in the reader's language.
 */
import { z } from 'zod';
import type { Attribution } from '../present/types.js';
import type { Slide } from '../present/types.js';
import { method, pathArg } from './define.js';

export type { Attribution, AttributionEntry, Change } from '../present/types.js';
export type { Slide } from '../present/types.js';

import { DOCUMENT_FORMATS, DOCUMENT_KINDS } from '../document-kinds.js';

export { DOCUMENT_FORMATS, DOCUMENT_KINDS, type DocumentFormat, type DocumentKind } from '../document-kinds.js';

const lang = z.enum(['en', 'ko']);
const iterationRef = z.string().min(1, 'an iteration id is required');

const documentArgs = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    lang,
    run: z.string().min(1).optional(),
    dataset: z.string().min(1).optional(),
    paper: z.enum(['a4', 'letter']).optional(),
  })
  .strict();

export const presentMethods = {
  'present.slides': method<{ css: string; slides: Slide[] }>()(
    z.object({ lang }).strict(),
    'The slides of the iteration story in a language: title, per iteration what changed and the scorecard, open gaps.',
  ),
  'present.attribution': method<Attribution>()(
    z.object({ from: iterationRef, to: iterationRef, run: z.boolean().optional() }).strict(),
    'What moved each requirement between two iterations; `run` evaluates the earlier model on the later data to split it.',
  ),
  'report.document': method<{ path: string; bytes: number }>()(
    documentArgs.extend({ format: z.enum(DOCUMENT_FORMATS), path: pathArg }).strict(),
    'Write the report, the slides, a model card or a datasheet as HTML, PDF or Markdown (cards), in a language.',
  ),
  'report.preview': method<{ html: string }>()(documentArgs, 'A document as self-contained HTML, for previewing.'),
} as const;
