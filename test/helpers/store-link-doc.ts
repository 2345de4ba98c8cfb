/**
 * A valid project document holding one store link: an empty project with one model whose
 * metadata (a map that takes any key, in every schema version) is `{ store: <hash> }`. The
 * link-finding code counts links by their shape wherever they sit, so this is a link to it.
 */
import { createDocument, serializeDocument } from '../../main/core/project/document.js';

export function docLinking(hash: string | null): string {
  const doc = createDocument('Linked', '2026-01-01T00:00:00.000Z');
  doc.counters.model = 1;
  doc.models.push({
    id: 'M-1',
    name: 'm',
    path: 'models/m.onnx',
    sha256: 'a'.repeat(64),
    size: 10,
    opset: [],
    producer: { name: 'test', version: '1' },
    inputs: [],
    outputs: [],
    params: 1,
    operators: {},
    metadata: hash ? { store: hash } : {},
    addedAt: '2026-01-01T00:00:00.000Z',
  });
  return serializeDocument(doc);
}
