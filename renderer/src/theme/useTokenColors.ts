import { useMemo } from 'react';
import { parseColor, type Rgb } from './contrast';
import { useResolvedTheme } from './theme';

/**
 * The current theme's values of some colour tokens (`--name` on <html>), for colours that are
 * computed in script rather than written in a sheet; recomputed when the theme changes.
 */
export function useTokenColors<K extends string>(names: readonly K[]): Record<K, Rgb> {
  const theme = useResolvedTheme();
  const key = names.join(',');
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries(
      key.split(',').map((name) => [name, parseColor(style.getPropertyValue(`--${name}`) || '#808080')]),
    ) as Record<K, Rgb>;
    // `theme` is what changes the values read here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, theme]);
}
