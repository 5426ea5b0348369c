import { it } from 'vitest';
import { canonical, render, without, lintSource } from './support/certs.js';
it('scratch', () => {
  const r = lintSource(render(without(canonical(), '2'), 'text'), 'text');
  console.log(JSON.stringify(r.messages, null, 1));
});
