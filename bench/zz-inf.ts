import { benchEvalInference } from './eval.js';
for (const r of await benchEvalInference())
  console.log(r.name.padEnd(90), r.value.toFixed(2), r.unit, r.ratio?.toFixed(3) ?? '');
