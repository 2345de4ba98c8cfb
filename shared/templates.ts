/**
 * Requirement templates: a set of requirements (and the serving targets they name) to start a
 * project or an iteration from. Built-in ones speak both UI languages; a user's own are saved
 * in the app's data folder, never in a project.
 */
import { z } from 'zod';
import { OPERATORS, PRIORITIES, SERVING_MODES, servingTargetSchema } from './schema.js';

/** Text in both UI languages (built-ins), or one text for both (a user's own template). */
export const localizedSchema = z.union([z.string(), z.object({ en: z.string(), ko: z.string() })]);
export type Localized = z.infer<typeof localizedSchema>;

export const templateServingTargetSchema = z.object({
  /** How the template's requirements name it (stable across languages). */
  key: z.string().min(1),
  name: localizedSchema,
  mode: z.enum(SERVING_MODES),
  hardware: servingTargetSchema.shape.hardware,
  runtime: servingTargetSchema.shape.runtime,
});

export const templateRequirementSchema = z.object({
  title: localizedSchema,
  metric: z.string().min(1),
  op: z.enum(OPERATORS),
  target: z.number(),
  unit: z.string(),
  priority: z.enum(PRIORITIES),
  rationale: localizedSchema,
  /** A `key` of the template's serving targets. */
  servingTarget: z.string().optional(),
  scope: z.object({ split: z.string().optional(), slice: z.string().optional() }).optional(),
});

export const templateSchema = z.object({
  id: z.string().min(1),
  builtIn: z.boolean(),
  name: localizedSchema,
  description: localizedSchema,
  servingTargets: z.array(templateServingTargetSchema),
  requirements: z.array(templateRequirementSchema),
});

export type TemplateServingTarget = z.infer<typeof templateServingTargetSchema>;
export type TemplateRequirement = z.infer<typeof templateRequirementSchema>;
export type RequirementTemplate = z.infer<typeof templateSchema>;

export function localize(text: Localized, language: 'en' | 'ko'): string {
  return typeof text === 'string' ? text : text[language];
}

export interface ApplyResult {
  /** Requirement ids added. */
  added: string[];
  /** Template requirements left out because the project already has one like it. */
  skipped: string[];
  servingTargets: string[];
}
