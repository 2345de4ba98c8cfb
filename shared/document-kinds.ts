/** The documents Gapboard writes for readers, and the file formats each comes in. */
export const DOCUMENT_KINDS = ['report', 'slides', 'model-card', 'datasheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** HTML and PDF for every kind; Markdown for the model card and the datasheet. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'md'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
