import { useLayoutEffect } from 'react';

/**
 * Opens every screen at its top: the window is the page's only scroller, so without this a
 * screen would inherit the scroll offset of the one before it. A layout effect runs before any
 * screen's own effects, so a screen that scrolls to a selected item on purpose still does.
 */
export function useScreenTop(screen: string): void {
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);
}
