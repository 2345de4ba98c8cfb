/**
 * Test-side entry to the ONNX writer. The writer itself lives in the core
 * (main/core/models/onnx-writer.ts) because the sample-project generator needs it at runtime.
 */
export * from '../../main/core/models/onnx-writer.js';
