import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A section that may scroll sideways when its tables are wider than the column. While it
 * overflows it joins the Tab order (named by `label`), so keyboard users can scroll it with the
 * arrow keys too; when everything fits it is no extra Tab stop.
 */
export function ScrollSection({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (overflows) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const child of el.children) ro.observe(child);
    return () => ro.disconnect();
  }, []);
  return (
    <section ref={ref} aria-label={label}>
      {children}
    </section>
  );
}
