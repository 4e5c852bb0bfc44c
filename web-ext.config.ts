import { defineWebExtConfig } from 'wxt';

// `npm run dev` builds and watches; the project's own scripts launch browsers (scripts/demo.ts, tests/e2e).
export default defineWebExtConfig({ disabled: true });
