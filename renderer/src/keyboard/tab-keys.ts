/**
 * Where a key moves the selection in a row of tabs (the WAI-ARIA tabs pattern): Left and Right
 * step and wrap around, Home and End jump to the ends. Any other key leaves it (null).
 */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  const from = index < 0 ? 0 : index;
  switch (key) {
    case 'ArrowRight':
      return (from + 1) % count;
    case 'ArrowLeft':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
