/** One benchmark figure: a value, and where it compares the app with the bare library, the ratio. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  ratio?: number;
  target?: string;
}
