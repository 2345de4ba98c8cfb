/**
 * Every leaf of an English catalogue part as a string, so its Korean twin must have the same
 * shape even if the English one is ever narrowed to literal types (`as const`).
 */
export type KoreanOf<T> = { [K in keyof T]: T[K] extends string ? string : KoreanOf<T[K]> };
