/** The part of an iteration a chart labels its x axis with. */
export interface IterationRefLike {
  id: string;
  name: string;
}
