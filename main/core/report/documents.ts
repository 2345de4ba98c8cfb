/**
 * Every document Gapboard writes for people, in one place: the report, the slides, the model
 * card and the datasheet, as self-contained HTML (with the embedded font) or Markdown.
 */
import { GapboardError } from '../project/errors.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { buildSlides } from '../present/deck.js';
import { deckDocument } from '../present/deck-html.js';
import type { DataMetricsFn } from '../scoring/measure.js';
import { datasheetHtml, datasheetMarkdown } from './datasheet.js';
import { withEmbeddedFont } from './font.js';
import { documentHead, renderHtmlReport } from './html-report.js';
import { translator, type Paper, type ReportLang } from '../../../shared/report-i18n/i18n.js';
import type { DocumentKind } from '../../../shared/document-kinds.js';
import { modelCardHtml, modelCardMarkdown } from './model-card.js';

export { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/document-kinds.js';

export interface DocumentRequest {
  kind?: DocumentKind;
  lang?: ReportLang;
  paper?: Paper;
  /** The run a model card describes. */
  run?: string;
  /** The dataset version a datasheet describes (`digits@v3`). */
  dataset?: string;
  generatedAt: string;
  dataMetrics?: DataMetricsFn;
}

function need(value: string | undefined, what: string, kind: string): string {
  if (!value) throw new GapboardError('BAD_ARGUMENT', `A ${kind} needs ${what}.`);
  return value;
}

/** The HTML of the requested document, without the embedded font (tests read it as is). */
export function renderDocumentHtmlBare(doc: ProjectDocument, req: DocumentRequest): string {
  const tr = translator(req.lang ?? 'en');
  const kind = req.kind ?? 'report';
  if (kind === 'report') return renderHtmlReport(doc, req);
  if (kind === 'slides') {
    const slides = buildSlides(tr, doc, req.dataMetrics ? { dataMetrics: req.dataMetrics } : {});
    return deckDocument(tr, doc.project.name, slides, (title, css) => documentHead(tr, title, css));
  }
  if (kind === 'model-card') return modelCardHtml(tr, doc, need(req.run, 'a run (--run RUN-ID)', 'model card'), req);
  return datasheetHtml(tr, doc, need(req.dataset, 'a dataset version (--dataset NAME@vN)', 'datasheet'), req);
}

/** The requested document as self-contained HTML, with the glyphs it uses embedded. */
export function renderDocumentHtml(doc: ProjectDocument, req: DocumentRequest): Promise<string> {
  return withEmbeddedFont(renderDocumentHtmlBare(doc, req));
}

/** The model card or datasheet as Markdown (the report and slides are HTML / PDF only). */
export function renderDocumentMarkdown(doc: ProjectDocument, req: DocumentRequest): string {
  const tr = translator(req.lang ?? 'en');
  if (req.kind === 'model-card') return modelCardMarkdown(tr, doc, need(req.run, 'a run (--run RUN-ID)', 'model card'));
  if (req.kind === 'datasheet')
    return datasheetMarkdown(tr, doc, need(req.dataset, 'a dataset version (--dataset NAME@vN)', 'datasheet'));
  throw new GapboardError(
    'UNSUPPORTED',
    'Markdown is written for the model card and the datasheet; export the report or the slides as HTML or PDF.',
  );
}
