import type { presentMethods } from '../../../../shared/contract/present-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { attribute } from '../../present/attribution.js';
import { attributeWithBridge } from '../../present/bridge-run.js';
import { buildSlides } from '../../present/deck.js';
import { DECK_CSS } from '../../present/deck-html.js';
import { renderDocumentHtml } from '../../report/documents.js';
import { translator } from '../../../../shared/report-i18n/i18n.js';
import { writeReport } from '../../report/write-report.js';
import type { AreaHandlers } from './types.js';

/** Slides, attribution and reader documents: one-liners onto the presenting core. */
export function presentHandlers(core: GapboardCore): AreaHandlers<typeof presentMethods> {
  const doc = () => core.requireSession().doc;
  return {
    'present.slides': ({ lang }) => ({ css: DECK_CSS, slides: buildSlides(translator(lang), doc()) }),
    'present.attribution': async ({ from, to, run }) => {
      if (!run) return attribute(doc(), from, to);
      const { attribution, evaluated } = await attributeWithBridge(core.requireSession(), from, to, { now: core.now });
      if (evaluated) core.changed();
      return attribution;
    },
    'report.document': ({ format, path, ...req }) =>
      writeReport(doc(), format, path, {
        ...req,
        baseDir: core.requireSession().folder,
        generatedAt: core.now(),
        printPdf: core.deps.printPdf,
      }),
    'report.preview': async (req) => ({ html: await renderDocumentHtml(doc(), { ...req, generatedAt: core.now() }) }),
  };
}
