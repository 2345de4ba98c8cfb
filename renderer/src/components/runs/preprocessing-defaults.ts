/**
 * The preprocessing defaults the engine will pick, worked out from the model's
 * input shape so the Evaluate form can show them before anything runs. It mirrors
 * resolvePreprocessing in main/core/eval/preprocess.ts, which stays the authority: what the
 * run records is what the engine resolved.
 */
import type { Model } from '../../../../shared/schema';

export type Defaults =
  | { kind: 'tabular'; input: string; output: string }
  | {
      kind: 'image';
      input: string;
      output: string;
      /** Missing when the model's image dims are symbolic: the user must give a size. */
      width: number | null;
      height: number | null;
      /** Null when the channel dim is symbolic (then the color decides the channels). */
      channels: 1 | 3 | null;
      color: 'grayscale' | 'rgb';
      tensorLayout: 'NCHW' | 'NHWC';
      scale: number;
    }
  /** The engine would refuse this model without more settings; `reason` says why. */
  | { kind: 'unknown'; input: string; output: string; reason: 'rank' | 'layout' | 'channels' | 'noInput' };

const num = (d: number | string | undefined): number | null => (typeof d === 'number' ? d : null);

export function preprocessingDefaults(model: Pick<Model, 'inputs' | 'outputs'>): Defaults {
  const input = model.inputs[0];
  const output = model.outputs[0]?.name ?? '';
  if (!input) return { kind: 'unknown', input: '', output, reason: 'noInput' };
  const shape = input.shape;
  const base = { input: input.name, output };
  if (shape.length === 2) return { kind: 'tabular', ...base };
  let layout: 'NCHW' | 'NHWC';
  let dims: [number | string | undefined, number | string | undefined, number | string | undefined];
  if (shape.length === 3) {
    layout = 'NHWC';
    dims = [1, shape[1], shape[2]];
  } else if (shape.length === 4) {
    if (shape[1] === 1 || shape[1] === 3) layout = 'NCHW';
    else if (shape[3] === 1 || shape[3] === 3) layout = 'NHWC';
    else return { kind: 'unknown', ...base, reason: 'layout' };
    dims = layout === 'NCHW' ? [shape[1], shape[2], shape[3]] : [shape[3], shape[1], shape[2]];
  } else {
    return { kind: 'unknown', ...base, reason: 'rank' };
  }
  const channels = num(dims[0]);
  if (channels !== null && channels !== 1 && channels !== 3) return { kind: 'unknown', ...base, reason: 'channels' };
  return {
    kind: 'image',
    ...base,
    height: num(dims[1]),
    width: num(dims[2]),
    channels,
    color: channels === 1 ? 'grayscale' : 'rgb',
    tensorLayout: layout,
    scale: 1 / 255,
  };
}
