import './Presentation.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../hooks/useDialogFocus';
import { isComposing } from '../../keyboard/ime';
import type { Slide } from '../../../../shared/contract/present-methods';

// Space is left out: on a focused nav button it would also click it.
const NEXT = new Set(['ArrowRight', 'PageDown', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);
const W = 1920;
const H = 1080;

/** The scale that fits a 1920×1080 slide into the element, kept up to date on resize. */
function useFit(ref: React.RefObject<HTMLDivElement | null>): number {
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setScale(Math.min(el.clientWidth / W, el.clientHeight / H));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return scale;
}

/**
 * Full-screen slides of the iteration story, drawn by the core at 1920×1080 and scaled to the
 * screen (the exported PDF prints the same slides). Arrow keys / Page Up / Page Down move,
 * Home / End jump, N shows the speaker notes, Esc leaves.
 */
export function Presentation({ css, slides, onExit }: { css: string; slides: Slide[]; onExit: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const scale = useFit(stage);
  const count = slides.length;
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const go = useCallback((i: number) => setIndex(Math.max(0, Math.min(count - 1, i))), [count]);

  // The deck itself takes the focus (its keys move the slides); Esc leaves and the focus goes
  // back to the button that started it.
  useDialogFocus(ref, onExit, ref);
  useEffect(() => {
    const el = ref.current;
    // Native full screen where the host allows it; the overlay already covers the window otherwise.
    el?.requestFullscreen?.().catch(() => undefined);
    const onFs = () => {
      if (!document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      document.removeEventListener('fullscreenchange', onFs);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  const onKey = (e: React.KeyboardEvent) => {
    if (isComposing(e)) return;
    if (NEXT.has(e.key)) go(index + 1);
    else if (PREV.has(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(count - 1);
    else if (e.key === 'n' || e.key === 'N') setNotes((n) => !n);
    else return;
    e.preventDefault();
  };

  const slide = slides[index];
  return (
    <div
      ref={ref}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.title')}
      tabIndex={-1}
      onKeyDown={onKey}
      data-testid="presentation"
    >
      <style>{css}</style>
      <div className="slide-stage" ref={stage}>
        <div className="deck" style={{ width: W * scale, height: H * scale }}>
          <section
            className="slide"
            data-testid="present-slide"
            data-index={index}
            data-slide={slide?.id}
            aria-live="polite"
            style={{ transform: `scale(${scale})`, transformOrigin: '0 0' }}
            // The core escapes every text it puts into a slide; the markup holds no script.
            dangerouslySetInnerHTML={{ __html: slide?.html ?? '' }}
          />
        </div>
      </div>
      {notes && slide && (
        <aside className="slide-notes" data-testid="present-notes">
          <strong>{t('present.notes')}</strong> {slide.notes}
        </aside>
      )}
      <nav className="slide-nav">
        <button
          data-testid="present-prev"
          disabled={index === 0}
          onClick={() => go(index - 1)}
          aria-label={t('present.prev')}
        >
          ←
        </button>
        <span className="muted" data-testid="present-counter">
          {index + 1} / {count}
        </span>
        <button
          data-testid="present-next"
          disabled={index === count - 1}
          onClick={() => go(index + 1)}
          aria-label={t('present.next')}
        >
          →
        </button>
        <button data-testid="present-notes-toggle" aria-pressed={notes} onClick={() => setNotes((n) => !n)}>
          {t('present.notesToggle')}
        </button>
        <button data-testid="present-exit" onClick={onExit}>
          {t('present.exit')}
        </button>
      </nav>
    </div>
  );
}
