/** What presenting hands to the UI: plain data, shared by the core and the renderer. */

export type Change =
  | { kind: 'data'; from: string; to: string }
  | { kind: 'model'; from: string; to: string }
  | { kind: 'preprocessing'; fields: string[] }
  | { kind: 'target'; from: number; to: number; reason: string };

export interface AttributionSplit {
  /** The earlier candidate's model evaluated on the later candidate's data. */
  bridgeRun: string;
  bridgeValue: number;
  dataEffect: number;
  modelEffect: number;
}

export interface AttributionEntry {
  requirement: string;
  title: string;
  metric: string;
  unit: string;
  from: number | null;
  to: number | null;
  /** to − from; null where either side was not measured. */
  total: number | null;
  changes: Change[];
  split?: AttributionSplit;
}

export interface Attribution {
  from: string;
  to: string;
  fromRun: string | null;
  toRun: string | null;
  /** What changed between the two iterations, whatever moved. */
  changes: Change[];
  entries: AttributionEntry[];
  /** Set when a split is possible but no bridge run exists yet (`--run` evaluates it). */
  bridgeNeeded?: { model: string; dataset: { name: string; version: number; split?: string } };
}

/** One slide: its markup (every text escaped by the core) and the speaker notes. */
export interface Slide {
  id: string;
  title: string;
  html: string;
  notes: string;
}
