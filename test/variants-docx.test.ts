// Generated variants as docx files (test/support/variants.ts; scores by class: npm run score).
import { variantSuite } from './support/variant-suite.js';

variantSuite('docx');
