// Placeholder until the .docx reader lands.
import type { Extracted } from '../types.js';
import { InputError } from './errors.js';

export async function extractDocx(_bytes: Uint8Array): Promise<Extracted> {
  throw new InputError('.docx reading is not built yet');
}
