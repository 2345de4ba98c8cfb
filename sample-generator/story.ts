/**
 * The story of the sample project: a math-homework photo app needs a digit recognizer.
 * Requirements, Q&A with planning and the labeling vendor, labeling batches and three
 * iterations. Only fixed text and dates live here; counts and measured values are filled in by
 * the generator from what it actually built, so the story is true of the files.
 */
import type { SampleProject, SampleQa, SampleRequirement } from './types.js';

export const PROJECT: SampleProject = {
  name: 'Digit recognizer — math homework app',
  service:
    'Snap-a-worksheet: students photograph handwritten math homework; the app reads each answer digit and checks it.',
  // `{digits}` is filled in with the number of images the generator wrote.
  description:
    'Sample project built from {digits} real MNIST digits: three dataset versions, three models of rising quality, three closed iterations.',
  servingTargets: [
    {
      id: 'laptop-cpu',
      mode: 'local',
      hardware: 'Teacher laptop, 4-core x86-64 CPU, no GPU',
      cores: 4,
      ramGb: 8,
      runtime: { threads: 1, executionProvider: 'cpu' },
    },
    {
      id: 'mobile',
      mode: 'mobile',
      hardware: 'Mid-range Android phone (on-device model shipped in the app)',
      cores: 8,
      ramGb: 4,
      runtime: { threads: 2, executionProvider: 'cpu' },
    },
  ],
  team: [
    { name: 'Jiwoo Park', role: 'planning' },
    { name: 'Minseo Kim', role: 'data' },
    { name: 'Hyunwoo Lee', role: 'modeling' },
    { name: 'Seoyeon Choi', role: 'optimization' },
    { name: 'Dohyun Jung', role: 'serving' },
  ],
};

export const VENDOR = 'Hanbit Data Labeling Co.';

export const DATES = {
  batch1Ordered: '2025-02-17',
  batch1Delivered: '2025-03-07',
  iteration1: '2025-03-14',
  batch2Ordered: '2025-03-24',
  batch2Delivered: '2025-04-11',
  iteration2: '2025-04-18',
  batch3Ordered: '2025-04-24',
  batch3Delivered: '2025-05-02',
  iteration3: '2025-05-09',
} as const;

/** Labeling prices per image (KRW) and the vendor's rejects, per batch. */
export const BATCH_TERMS = {
  v1: { unitPrice: 50, extraOrdered: 100, rejected: 68 },
  v2: { unitPrice: 70, extraOrdered: 100, rejected: 71 },
  v3: { unitPrice: 20 },
} as const;

export function requirements(): SampleRequirement[] {
  const test = { dataset: 'digits', split: 'test' as const };
  return [
    {
      id: 'R-1',
      title: 'Digits read correctly',
      metric: 'accuracy',
      op: '>=',
      target: 0.93,
      unit: '',
      priority: 'must',
      scope: test,
      owner: 'Hyunwoo Lee',
      rationale:
        'Every misread digit is a correction the student must make; at 0.93 a 30-digit worksheet needs about two taps.',
      source: { by: 'Jiwoo Park (planning)', qa: 'Q-4' },
      addedIn: 1,
      history: [
        {
          iteration: 1,
          date: DATES.batch1Ordered,
          op: '>=',
          target: 0.97,
          reason: 'Initial target from planning: a worksheet should almost never need a correction.',
        },
        {
          iteration: 2,
          date: '2025-04-02',
          op: '>=',
          target: 0.93,
          reason:
            'Launch ships with one-tap correction (Q-4): 0.93 for launch, 0.97 stays the goal for the 2.0 release.',
          qa: 'Q-4',
        },
      ],
    },
    {
      id: 'R-2',
      title: 'No digit systematically misread',
      metric: 'min_class_recall',
      op: '>=',
      target: 0.93,
      unit: '',
      priority: 'must',
      scope: test,
      owner: 'Hyunwoo Lee',
      rationale: 'A student whose 7s are always wrong stops trusting the app, whatever the average says.',
      source: { by: 'Jiwoo Park (planning)' },
      addedIn: 1,
      history: [{ iteration: 1, date: DATES.batch1Ordered, op: '>=', target: 0.93, reason: 'Initial target.' }],
    },
    {
      id: 'R-3',
      title: 'Instant answer on the teacher laptop',
      metric: 'latency_p95_ms',
      op: '<=',
      target: 5,
      unit: 'ms',
      priority: 'must',
      scope: test,
      servingTarget: 'laptop-cpu',
      owner: 'Seoyeon Choi',
      rationale: 'A worksheet has ~30 digits read one by one: 30 × 5 ms keeps the check under 150 ms.',
      source: { by: 'Dohyun Jung (serving)' },
      addedIn: 1,
      history: [{ iteration: 1, date: DATES.batch1Ordered, op: '<=', target: 5, reason: 'Initial target.' }],
    },
    {
      id: 'R-4',
      title: 'Re-grade a class archive quickly',
      metric: 'throughput_qps',
      op: '>=',
      target: 2000,
      unit: 'qps',
      priority: 'should',
      scope: test,
      servingTarget: 'laptop-cpu',
      owner: 'Seoyeon Choi',
      rationale: "Re-grading a term of a class's homework (~1M digits) should take minutes, not hours.",
      source: { by: 'Jiwoo Park (planning)' },
      addedIn: 1,
      history: [{ iteration: 1, date: DATES.batch1Ordered, op: '>=', target: 2000, reason: 'Initial target.' }],
    },
    {
      id: 'R-5',
      title: 'Fits in the mobile app',
      metric: 'model_size_mb',
      op: '<=',
      target: 1,
      unit: 'MB',
      priority: 'must',
      scope: { dataset: 'digits' },
      servingTarget: 'mobile',
      owner: 'Dohyun Jung',
      rationale: 'The on-device model ships inside the app; the release budget for the model asset is 1 MB.',
      source: { by: 'Dohyun Jung (serving)' },
      addedIn: 1,
      history: [{ iteration: 1, date: DATES.batch1Ordered, op: '<=', target: 1, reason: 'Initial target.' }],
    },
    {
      id: 'R-6',
      title: 'Enough examples of every digit',
      metric: 'data.min_class_count',
      op: '>=',
      target: 150,
      unit: 'samples',
      priority: 'must',
      scope: { dataset: 'digits', split: 'train' },
      owner: 'Minseo Kim',
      rationale: 'Below ~150 labeled training examples a digit’s recall swings from run to run.',
      source: { by: 'Minseo Kim (data)', qa: 'Q-2' },
      addedIn: 1,
      history: [{ iteration: 1, date: DATES.batch1Ordered, op: '>=', target: 150, reason: 'Initial target.' }],
    },
    {
      id: 'R-7',
      title: 'Homework photographed at an angle',
      metric: 'slice[rotated].accuracy',
      op: '>=',
      target: 0.9,
      unit: '',
      priority: 'should',
      scope: { dataset: 'digits', split: 'test', slice: 'rotated' },
      owner: 'Hyunwoo Lee',
      rationale: 'Beta users hold the phone at 15–30° to the page; these photos must still read.',
      source: { by: 'Jiwoo Park (planning)', qa: 'Q-3' },
      addedIn: 2,
      history: [
        {
          iteration: 2,
          date: '2025-03-19',
          op: '>=',
          target: 0.9,
          reason: 'Added after the beta feedback on tilted photos (Q-3).',
          qa: 'Q-3',
        },
      ],
    },
    {
      id: 'R-8',
      title: 'Out-of-focus photos',
      metric: 'slice[blurred].accuracy',
      op: '>=',
      target: 0.9,
      unit: '',
      priority: 'could',
      scope: { dataset: 'digits', split: 'test', slice: 'blurred' },
      owner: 'Hyunwoo Lee',
      rationale: 'Cheap phones in dim classrooms give soft, grey photos.',
      source: { by: 'Jiwoo Park (planning)', qa: 'Q-3' },
      addedIn: 2,
      history: [
        {
          iteration: 2,
          date: '2025-03-19',
          op: '>=',
          target: 0.9,
          reason: 'Added with R-7 from the same beta feedback (Q-3).',
          qa: 'Q-3',
        },
      ],
    },
  ];
}

/** The Q&A log. `weakest` = the digit with the lowest recall at iteration 3 and its recall. */
export function qaLog(
  relabeled: number,
  weakest: { digit: string; recall: number },
  topUpPerClass: number,
): SampleQa[] {
  return [
    {
      id: 'Q-1',
      date: '2025-02-26',
      channel: 'vendor',
      askedBy: `${VENDOR} (labeling lead)`,
      answeredBy: 'Minseo Kim (data)',
      question: 'Some crops show a digit cut off at the edge or two digits touching. Label them or reject them?',
      answer: 'Reject them; they are not billed as accepted. Guide v1.0 gets a "reject" section.',
      status: 'answered',
      linkedDatasetVersion: 1,
      changed: 'Work guide v1.0 (reject rules); explains delivered vs accepted in batch LB-1.',
    },
    {
      id: 'Q-2',
      date: '2025-03-10',
      channel: 'vendor',
      askedBy: 'Minseo Kim (data)',
      answeredBy: `${VENDOR} (labeling lead)`,
      question: 'Batch LB-1 has fewer 5s, 8s and 9s than the other digits. Why, and can you top them up?',
      answer: `The source worksheets had fewer of them. A top-up of every digit to ${topUpPerClass} clean training samples is possible in the next batch.`,
      status: 'answered',
      linkedRequirement: 'R-6',
      linkedDatasetVersion: 2,
      changed: 'Batch LB-2 orders the top-up; digits@v2 meets R-6.',
    },
    {
      id: 'Q-3',
      date: '2025-03-18',
      channel: 'planning',
      askedBy: 'Jiwoo Park (planning)',
      answeredBy: 'Hyunwoo Lee (modeling)',
      question: 'Beta users photograph the homework at an angle and often out of focus. How well do we read those?',
      answer:
        'Not measured: digits@v1 has only flat, sharp scans. We will collect tilted (15–30°) and blurred photos as tagged slices and add requirements for them.',
      status: 'answered',
      linkedRequirement: 'R-7',
      linkedDatasetVersion: 2,
      changed:
        'Added R-7 (slice[rotated].accuracy ≥ 0.90, should) and R-8 (slice[blurred].accuracy ≥ 0.90, could); batch LB-2 collects both slices.',
    },
    {
      id: 'Q-4',
      date: '2025-04-02',
      channel: 'planning',
      askedBy: 'Hyunwoo Lee (modeling)',
      answeredBy: 'Jiwoo Park (planning)',
      question: 'Accuracy ≥ 0.97 is far off with the data we can label before launch. Is it a launch blocker?',
      answer:
        'No: launch ships with one-tap correction of a digit. 0.93 for launch; 0.97 stays the target for the 2.0 release.',
      status: 'answered',
      linkedRequirement: 'R-1',
      changed: 'R-1 target 0.97 → 0.93 (history kept).',
    },
    {
      id: 'Q-5',
      date: '2025-04-21',
      channel: 'vendor',
      askedBy: 'Hyunwoo Lee (modeling)',
      answeredBy: `${VENDOR} (labeling lead)`,
      question:
        'Error analysis of the iteration-2 run: many "errors" are labels, not the model: 1s with a flag labeled 7, open 4s labeled 9, flat-topped 5s labeled 3, and the reverse. How does the guide say to label these?',
      answer:
        'Guide v1.0 had no examples of these handwriting styles and labelers disagreed. Guide v1.1 adds them (label what the writer meant); we re-review every 1, 3, 4, 5, 7 and 9 of digits@v2.',
      status: 'answered',
      linkedRequirement: 'R-2',
      linkedDatasetVersion: 3,
      changed: `Work guide v1.1; batch LB-3 (re-review) fixed ${relabeled} labels → digits@v3.`,
    },
    {
      id: 'Q-6',
      date: '2025-05-09',
      channel: 'planning',
      askedBy: 'Hyunwoo Lee (modeling)',
      answeredBy: 'Jiwoo Park (planning)',
      question: `After iteration 3 the weakest digit is ${weakest.digit} (recall ${weakest.recall.toFixed(3)} < 0.93). Order ~300 more photos of it for iteration 4, or accept it for launch?`,
      answer: '',
      status: 'open',
      linkedRequirement: 'R-2',
      changed: '',
    },
  ];
}

export const GUIDE_V1_0 = `# Digit labeling guide — v1.0

Project: math homework app (digit recognizer) · Vendor: ${VENDOR}

1. Each image is one handwritten digit, 28×28 pixels, white on black.
2. Label it with the digit 0–9 it shows.
3. Reject (do not label) an image when the digit is cut off at the edge, when two digits touch,
   or when it is blank (added after Q-1).
4. Deliver one JSONL line per image: \`file\`, \`label\`, \`split\`, \`slices\`.
`;

export const GUIDE_V1_1 = `# Digit labeling guide — v1.1

Changes from v1.0 (after Q-5): examples of handwriting styles the labelers disagreed on.

1. Label what the writer meant, not the closest printed digit.
2. A 1 with a long flag and a base is still a 1 (European style); a 7 has a horizontal top
   stroke, with or without a crossbar.
3. A 4 with an open top is a 4; a 9 has a closed loop.
4. A 5 with a flat top and a 3 with a flat top differ in the upper-left vertical stroke: 5 has it.
5. Photographed digits (slices \`rotated\`, \`blurred\`) are labeled like flat scans.
6. Reject rules as in v1.0.
`;
