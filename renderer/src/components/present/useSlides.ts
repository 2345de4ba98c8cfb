import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../../../shared/contract/present-methods';
import { selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';

/** The story's slides in the UI language, fetched again when the project or the language changes. */
export function useSlides(): { css: string; slides: Slide[] } | null {
  const { i18n } = useTranslation();
  const { run } = useActions();
  const project = useAppStore(selectProject);
  const [deck, setDeck] = useState<{ css: string; slides: Slide[] } | null>(null);
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  useEffect(() => {
    let live = true;
    void run((a) => a.present.slides({ lang })).then((d) => live && d && setDeck(d));
    return () => {
      live = false;
    };
  }, [run, lang, project]);
  return deck;
}
