import { useEffect, useState } from 'react';
import type { RequirementTemplate } from '../../../../shared/contract/template-methods';
import { useActions } from '../../store/StoreContext';

/** The template list (built-in, then the user's), fetched when a picker first shows. */
export function useTemplates(): [RequirementTemplate[] | null, (list: RequirementTemplate[]) => void] {
  const { run } = useActions();
  const [templates, setTemplates] = useState<RequirementTemplate[] | null>(null);
  useEffect(() => {
    let live = true;
    void run((api) => api.templates.list({})).then((list) => {
      if (live && list) setTemplates(list);
    });
    return () => {
      live = false;
    };
  }, [run]);
  return [templates, setTemplates];
}
